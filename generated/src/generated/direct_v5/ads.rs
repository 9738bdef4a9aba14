// @generated from schema/direct_v5/ads.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Ads service: `POST /json/v5/ads`.
//!
//! Generated from `schema/direct_v5/ads.json` (upstream `ads.xml`, sha256 `7a5c2c243ccdf36c3a3b7e975dd41d42e8f2f7d6202e3bbf36bb1156fb65e912`).
use crate::runtime as rt;
/// `Ads.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `Ads.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.archive`.
pub const ARCHIVE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "archive",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.unarchive`.
pub const UNARCHIVE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "unarchive",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.suspend`.
pub const SUSPEND: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "suspend",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.resume`.
pub const RESUME: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "resume",
    access: rt::Access::Write,
    finance: false,
};
/// `Ads.moderate`.
pub const MODERATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Ads",
    endpoint: "ads",
    method: "moderate",
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
        info: DELETE,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
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
        info: MODERATE,
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
        self.client.call(&ADD, &params).await
    }
    /// `Ads.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `Ads.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `Ads.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
    /// `Ads.archive`: sends `ArchiveRequest` as `params`, returns `ArchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn archive(
        &self,
        params: ArchiveRequest,
    ) -> ::core::result::Result<rt::Response<ArchiveResponse>, rt::Error> {
        self.client.call(&ARCHIVE, &params).await
    }
    /// `Ads.unarchive`: sends `UnarchiveRequest` as `params`, returns `UnarchiveResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn unarchive(
        &self,
        params: UnarchiveRequest,
    ) -> ::core::result::Result<rt::Response<UnarchiveResponse>, rt::Error> {
        self.client.call(&UNARCHIVE, &params).await
    }
    /// `Ads.suspend`: sends `SuspendRequest` as `params`, returns `SuspendResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn suspend(
        &self,
        params: SuspendRequest,
    ) -> ::core::result::Result<rt::Response<SuspendResponse>, rt::Error> {
        self.client.call(&SUSPEND, &params).await
    }
    /// `Ads.resume`: sends `ResumeRequest` as `params`, returns `ResumeResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn resume(
        &self,
        params: ResumeRequest,
    ) -> ::core::result::Result<rt::Response<ResumeResponse>, rt::Error> {
        self.client.call(&RESUME, &params).await
    }
    /// `Ads.moderate`: sends `ModerateRequest` as `params`, returns `ModerateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn moderate(
        &self,
        params: ModerateRequest,
    ) -> ::core::result::Result<rt::Response<ModerateResponse>, rt::Error> {
        self.client.call(&MODERATE, &params).await
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
    type Item = AdGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<AdGetItem> {
        self.ads.unwrap_or_default()
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
impl ::serde::Serialize for AdCategoryEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdCategoryEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AgeLabelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AgeLabelEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobAppAgeLabelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobAppAgeLabelEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdStateSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdStateSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdStatusSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for TextAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for TextAdPriceExtensionFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdPriceExtensionFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for ResponsiveAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for DynamicTextAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobileAppAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for TextImageAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobileAppImageAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for TextAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobileAppAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for CpmBannerAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for CpcVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for CpmVideoAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for SmartAdBuilderAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for ShoppingAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for ListingAdFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdSubtypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdSubtypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for MobileAppFeatureEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppFeatureEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for PriceCurrencyEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceCurrencyEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for PriceQualifierEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceQualifierEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for FeedProcessingStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedProcessingStatusEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
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
impl ::serde::Serialize for AdExtensionAdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdExtensionId", &self.ad_extension_id)?;
        map.serialize_entry("Type", &self.type_)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionAdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtensionAdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtensionAdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtensionAdGetItem, A::Error> {
                let mut ad_extension_id = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdExtensionId" => {
                            ad_extension_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Type" => type_ = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtensionAdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtensionAdGetItem {
                    ad_extension_id: rt::wire::required(
                        ad_extension_id,
                        "AdExtensionId",
                    )?,
                    type_: rt::wire::required(type_, "Type")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(status: super::general::StatusEnum, text: ::std::string::String) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            text,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TextGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    text: rt::wire::required(text, "Text")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        title: ::std::string::String,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            title,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TitleGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("Title", &self.title)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TitleGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TitleGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TitleGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TitleGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TitleGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TitleGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    title: rt::wire::required(title, "Title")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        image_hash: ::std::string::String,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            image_hash,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdImageGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("ImageHash", &self.image_hash)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageGetItem, A::Error> {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut image_hash = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "ImageHash" => {
                            image_hash = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    image_hash: rt::wire::required(image_hash, "ImageHash")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        thumbnail_url: ::std::string::String,
        preview_url: ::std::string::String,
    ) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
            creative_id,
            thumbnail_url,
            preview_url,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for VideoExtensionWithStatusClarificationGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Status", &self.status)?;
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        map.serialize_entry("CreativeId", &self.creative_id)?;
        map.serialize_entry("ThumbnailUrl", &self.thumbnail_url)?;
        map.serialize_entry("PreviewUrl", &self.preview_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionWithStatusClarificationGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionWithStatusClarificationGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionWithStatusClarificationGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                VideoExtensionWithStatusClarificationGetItem,
                A::Error,
            > {
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut creative_id = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Status" => {
                            status = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PreviewUrl" => {
                            preview_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionWithStatusClarificationGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionWithStatusClarificationGetItem {
                    status: rt::wire::required(status, "Status")?,
                    status_clarification,
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    thumbnail_url: rt::wire::required(thumbnail_url, "ThumbnailUrl")?,
                    preview_url: rt::wire::required(preview_url, "PreviewUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        thumbnail_url: ::std::string::String,
        preview_url: ::std::string::String,
    ) -> Self {
        Self {
            creative_id,
            status: ::core::option::Option::None,
            thumbnail_url,
            preview_url,
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
impl ::serde::Serialize for VideoExtensionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        map.serialize_entry("ThumbnailUrl", &self.thumbnail_url)?;
        map.serialize_entry("PreviewUrl", &self.preview_url)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionGetItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PreviewUrl" => {
                            preview_url = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionGetItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    status,
                    thumbnail_url: rt::wire::required(thumbnail_url, "ThumbnailUrl")?,
                    preview_url: rt::wire::required(preview_url, "PreviewUrl")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        tracking_pixel: ::std::string::String,
        provider: ::std::string::String,
    ) -> Self {
        Self {
            tracking_pixel,
            provider,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for TrackingPixelGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TrackingPixel", &self.tracking_pixel)?;
        map.serialize_entry("Provider", &self.provider)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TrackingPixelGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TrackingPixelGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TrackingPixelGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TrackingPixelGetItem, A::Error> {
                let mut tracking_pixel = ::core::option::Option::None;
                let mut provider = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TrackingPixel" => {
                            tracking_pixel = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Provider" => {
                            provider = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TrackingPixelGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TrackingPixelGetItem {
                    tracking_pixel: rt::wire::required(tracking_pixel, "TrackingPixel")?,
                    provider: rt::wire::required(provider, "Provider")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for VideoExtensionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative_id {
            map.serialize_entry("CreativeId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionAddItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = rt::wire::optional_value(
                                &mut map,
                                "CreativeId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionAddItem {
                    creative_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for VideoExtensionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.creative_id.is_present() {
            map.serialize_entry("CreativeId", &self.creative_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoExtensionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoExtensionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoExtensionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoExtensionUpdateItem, A::Error> {
                let mut creative_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => creative_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoExtensionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoExtensionUpdateItem {
                    creative_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for PriceExtensionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Price", &self.price)?;
        if let ::core::option::Option::Some(value) = &self.old_price {
            map.serialize_entry("OldPrice", value)?;
        }
        map.serialize_entry("PriceQualifier", &self.price_qualifier)?;
        map.serialize_entry("PriceCurrency", &self.price_currency)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionAddItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = ::core::option::Option::None;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = ::core::option::Option::Some(map.next_value()?);
                        }
                        "OldPrice" => {
                            old_price = rt::wire::optional_value(
                                &mut map,
                                "OldPrice",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceQualifier" => {
                            price_qualifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "PriceCurrency" => {
                            price_currency = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionAddItem {
                    price: rt::wire::required(price, "Price")?,
                    old_price,
                    price_qualifier: rt::wire::required(
                        price_qualifier,
                        "PriceQualifier",
                    )?,
                    price_currency: rt::wire::required(price_currency, "PriceCurrency")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for PriceExtensionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        if self.old_price.is_present() {
            map.serialize_entry("OldPrice", &self.old_price)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_qualifier {
            map.serialize_entry("PriceQualifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_currency {
            map.serialize_entry("PriceCurrency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionUpdateItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = rt::Nullable::Absent;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        "OldPrice" => old_price = map.next_value()?,
                        "PriceQualifier" => {
                            price_qualifier = rt::wire::optional_value(
                                &mut map,
                                "PriceQualifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceCurrency" => {
                            price_currency = rt::wire::optional_value(
                                &mut map,
                                "PriceCurrency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionUpdateItem {
                    price,
                    old_price,
                    price_qualifier,
                    price_currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for PriceExtensionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        if self.old_price.is_present() {
            map.serialize_entry("OldPrice", &self.old_price)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_qualifier {
            map.serialize_entry("PriceQualifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_currency {
            map.serialize_entry("PriceCurrency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriceExtensionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriceExtensionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriceExtensionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriceExtensionGetItem, A::Error> {
                let mut price = ::core::option::Option::None;
                let mut old_price = rt::Nullable::Absent;
                let mut price_qualifier = ::core::option::Option::None;
                let mut price_currency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        "OldPrice" => old_price = map.next_value()?,
                        "PriceQualifier" => {
                            price_qualifier = rt::wire::optional_value(
                                &mut map,
                                "PriceQualifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceCurrency" => {
                            price_currency = rt::wire::optional_value(
                                &mut map,
                                "PriceCurrency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriceExtensionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriceExtensionGetItem {
                    price,
                    old_price,
                    price_qualifier,
                    price_currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for MobileAppAdFeatureItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feature", &self.feature)?;
        map.serialize_entry("Enabled", &self.enabled)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFeatureItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdFeatureItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdFeatureItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdFeatureItem, A::Error> {
                let mut feature = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feature" => {
                            feature = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Enabled" => {
                            enabled = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdFeatureItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdFeatureItem {
                    feature: rt::wire::required(feature, "Feature")?,
                    enabled: rt::wire::required(enabled, "Enabled")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for MobileAppAdFeatureGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feature", &self.feature)?;
        map.serialize_entry("Enabled", &self.enabled)?;
        map.serialize_entry("IsAvailable", &self.is_available)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdFeatureGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdFeatureGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdFeatureGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdFeatureGetItem, A::Error> {
                let mut feature = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut is_available = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feature" => {
                            feature = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Enabled" => {
                            enabled = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsAvailable" => {
                            is_available = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdFeatureGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdFeatureGetItem {
                    feature: rt::wire::required(feature, "Feature")?,
                    enabled: rt::wire::required(enabled, "Enabled")?,
                    is_available: rt::wire::required(is_available, "IsAvailable")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_logo_extension_hash(mut self, value: ::std::string::String) -> Self {
        self.logo_extension_hash = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SmartAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.logo_extension_hash {
            map.serialize_entry("LogoExtensionHash", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdAdd, A::Error> {
                let mut logo_extension_hash = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LogoExtensionHash" => {
                            logo_extension_hash = rt::wire::optional_value(
                                &mut map,
                                "LogoExtensionHash",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdAdd {
                    logo_extension_hash,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        default_texts: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            feed_id,
            feed_filter_conditions: ::core::option::Option::None,
            title_sources: ::core::option::Option::None,
            text_sources: ::core::option::Option::None,
            default_texts,
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<FeedFilterConditionItem>,
    ) -> Self {
        self.feed_filter_conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.title_sources = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.text_sources = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ShoppingAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_filter_conditions {
            map.serialize_entry("FeedFilterConditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title_sources {
            map.serialize_entry("TitleSources", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_sources {
            map.serialize_entry("TextSources", value)?;
        }
        map.serialize_entry("DefaultTexts", &self.default_texts)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdAdd, A::Error> {
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = ::core::option::Option::None;
                let mut title_sources = ::core::option::Option::None;
                let mut text_sources = ::core::option::Option::None;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = rt::wire::optional_value(
                                &mut map,
                                "FeedFilterConditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => {
                            title_sources = rt::wire::optional_value(
                                &mut map,
                                "TitleSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextSources" => {
                            text_sources = rt::wire::optional_value(
                                &mut map,
                                "TextSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "DefaultTexts" => {
                            default_texts = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdAdd {
                    sitelink_set_id,
                    ad_extension_ids,
                    business_id,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts: rt::wire::required(default_texts, "DefaultTexts")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        default_texts: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            business_id: ::core::option::Option::None,
            feed_id,
            feed_filter_conditions: ::core::option::Option::None,
            title_sources: ::core::option::Option::None,
            text_sources: ::core::option::Option::None,
            default_texts,
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<FeedFilterConditionItem>,
    ) -> Self {
        self.feed_filter_conditions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TitleSources`.
    #[inline]
    #[must_use]
    pub fn with_title_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.title_sources = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextSources`.
    #[inline]
    #[must_use]
    pub fn with_text_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.text_sources = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ListingAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        map.serialize_entry("FeedId", &self.feed_id)?;
        if let ::core::option::Option::Some(value) = &self.feed_filter_conditions {
            map.serialize_entry("FeedFilterConditions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title_sources {
            map.serialize_entry("TitleSources", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_sources {
            map.serialize_entry("TextSources", value)?;
        }
        map.serialize_entry("DefaultTexts", &self.default_texts)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdAdd, A::Error> {
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = ::core::option::Option::None;
                let mut title_sources = ::core::option::Option::None;
                let mut text_sources = ::core::option::Option::None;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedId" => {
                            feed_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = rt::wire::optional_value(
                                &mut map,
                                "FeedFilterConditions",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => {
                            title_sources = rt::wire::optional_value(
                                &mut map,
                                "TitleSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextSources" => {
                            text_sources = rt::wire::optional_value(
                                &mut map,
                                "TextSources",
                                &mut unknown_fields,
                            )?;
                        }
                        "DefaultTexts" => {
                            default_texts = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdAdd {
                    sitelink_set_id,
                    ad_extension_ids,
                    business_id,
                    feed_id: rt::wire::required(feed_id, "FeedId")?,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts: rt::wire::required(default_texts, "DefaultTexts")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for FeedFilterConditionItem {
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
impl<'de> ::serde::Deserialize<'de> for FeedFilterConditionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedFilterConditionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedFilterConditionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedFilterConditionItem, A::Error> {
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
                                "FeedFilterConditionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedFilterConditionItem {
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
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBase, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBase {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_logo_extension_hash(mut self, value: ::std::string::String) -> Self {
        self.logo_extension_hash = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for SmartAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logo_extension_hash.is_present() {
            map.serialize_entry("LogoExtensionHash", &self.logo_extension_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdUpdate, A::Error> {
                let mut logo_extension_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LogoExtensionHash" => logo_extension_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdUpdate {
                    logo_extension_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ShoppingAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdUpdate, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdUpdate {
                    sitelink_set_id,
                    callout_setting,
                    business_id,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ListingAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdUpdate, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdUpdate {
                    sitelink_set_id,
                    callout_setting,
                    business_id,
                    feed_filter_conditions,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdAddItemBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdAddItemBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdAddItemBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdAddItemBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdAddItemBase, A::Error> {
                let mut ad_group_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdAddItemBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdAddItemBase {
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TextAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdAddBase, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdAddBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdAddItem, A::Error> {
                let mut ad_group_id = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdGroupId" => {
                            ad_group_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdAddItem {
                    ad_group_id: rt::wire::required(ad_group_id, "AdGroupId")?,
                    text_ad,
                    responsive_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        text: ::std::string::String,
        title: ::std::string::String,
        mobile: super::general::YesNoEnum,
    ) -> Self {
        Self {
            v_card_id: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            text,
            title,
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(mut self, value: ::std::string::String) -> Self {
        self.title2 = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = ::core::option::Option::Some(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TextAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        map.serialize_entry("Title", &self.title)?;
        if let ::core::option::Option::Some(value) = &self.title2 {
            map.serialize_entry("Title2", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        map.serialize_entry("Mobile", &self.mobile)?;
        if let ::core::option::Option::Some(value) = &self.display_url_path {
            map.serialize_entry("DisplayUrlPath", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_extension {
            map.serialize_entry("PriceExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.prefer_v_card_over_business {
            map.serialize_entry("PreferVCardOverBusiness", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdAdd, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut mobile = ::core::option::Option::None;
                let mut display_url_path = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut price_extension = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut prefer_v_card_over_business = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Title2" => {
                            title2 = rt::wire::optional_value(
                                &mut map,
                                "Title2",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mobile" => {
                            mobile = ::core::option::Option::Some(map.next_value()?);
                        }
                        "DisplayUrlPath" => {
                            display_url_path = rt::wire::optional_value(
                                &mut map,
                                "DisplayUrlPath",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => {
                            price_extension = rt::wire::optional_value(
                                &mut map,
                                "PriceExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = rt::wire::optional_value(
                                &mut map,
                                "PreferVCardOverBusiness",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdAdd {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    text: rt::wire::required(text, "Text")?,
                    title: rt::wire::required(title, "Title")?,
                    title2,
                    final_url,
                    href,
                    mobile: rt::wire::required(mobile, "Mobile")?,
                    display_url_path,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        texts: ::std::vec::Vec<::std::string::String>,
        titles: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            texts,
            titles,
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.ad_image_hashes = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_video_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.video_extension_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = ::core::option::Option::Some(value);
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ResponsiveAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Texts", &self.texts)?;
        map.serialize_entry("Titles", &self.titles)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hashes {
            map.serialize_entry("AdImageHashes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension_ids {
            map.serialize_entry("VideoExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.display_url_path {
            map.serialize_entry("DisplayUrlPath", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price_extension {
            map.serialize_entry("PriceExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.business_id {
            map.serialize_entry("BusinessId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdAdd, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_image_hashes = ::core::option::Option::None;
                let mut video_extension_ids = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut price_extension = ::core::option::Option::None;
                let mut business_id = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Titles" => {
                            titles = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AdImageHashes" => {
                            ad_image_hashes = rt::wire::optional_value(
                                &mut map,
                                "AdImageHashes",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtensionIds" => {
                            video_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "VideoExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => {
                            display_url_path = rt::wire::optional_value(
                                &mut map,
                                "DisplayUrlPath",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => {
                            price_extension = rt::wire::optional_value(
                                &mut map,
                                "PriceExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => {
                            business_id = rt::wire::optional_value(
                                &mut map,
                                "BusinessId",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdAdd {
                    texts: rt::wire::required(texts, "Texts")?,
                    titles: rt::wire::required(titles, "Titles")?,
                    ad_image_hashes,
                    video_extension_ids,
                    href,
                    age_label,
                    display_url_path,
                    sitelink_set_id,
                    ad_extension_ids,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(text: ::std::string::String) -> Self {
        Self {
            v_card_id: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            sitelink_set_id: ::core::option::Option::None,
            ad_extension_ids: ::core::option::Option::None,
            text,
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
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
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.v_card_id {
            map.serialize_entry("VCardId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_id {
            map.serialize_entry("SitelinkSetId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdAdd, A::Error> {
                let mut v_card_id = ::core::option::Option::None;
                let mut ad_image_hash = ::core::option::Option::None;
                let mut sitelink_set_id = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => {
                            v_card_id = rt::wire::optional_value(
                                &mut map,
                                "VCardId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetId" => {
                            sitelink_set_id = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetId",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdAdd {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    ad_extension_ids,
                    text: rt::wire::required(text, "Text")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        text: ::std::string::String,
        title: ::std::string::String,
        action: super::general::MobileAppAdActionEnum,
    ) -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            text,
            title,
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: ::std::vec::Vec<MobileAppAdFeatureItem>,
    ) -> Self {
        self.features = ::core::option::Option::Some(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        map.serialize_entry("Text", &self.text)?;
        map.serialize_entry("Title", &self.title)?;
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        map.serialize_entry("Action", &self.action)?;
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut action = ::core::option::Option::None;
                let mut features = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => text = ::core::option::Option::Some(map.next_value()?),
                        "Title" => {
                            title = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Action" => {
                            action = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdAdd {
                    ad_image_hash,
                    text: rt::wire::required(text, "Text")?,
                    title: rt::wire::required(title, "Title")?,
                    tracking_url,
                    action: rt::wire::required(action, "Action")?,
                    features,
                    age_label,
                    video_extension,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(ad_image_hash: ::std::string::String) -> Self {
        Self {
            ad_image_hash,
            erir_ad_description: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ImageAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdAddBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdAddBase {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(ad_image_hash: ::std::string::String) -> Self {
        Self {
            ad_image_hash,
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for TextImageAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdAdd {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(ad_image_hash: ::std::string::String) -> Self {
        Self {
            ad_image_hash,
            erir_ad_description: ::core::option::Option::None,
            tracking_url: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppImageAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdAdd, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdAdd {
                    ad_image_hash: rt::wire::required(ad_image_hash, "AdImageHash")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdBuilderAdAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdAddItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdAddItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdBuilderAdAddBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdAddBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdAddBase {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for TextAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.final_url {
            map.serialize_entry("FinalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut final_url = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "FinalUrl" => {
                            final_url = rt::wire::optional_value(
                                &mut map,
                                "FinalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_url {
            map.serialize_entry("TrackingUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut tracking_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => {
                            tracking_url = rt::wire::optional_value(
                                &mut map,
                                "TrackingUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for CpmBannerAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_pixels {
            map.serialize_entry("TrackingPixels", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut tracking_pixels = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingPixels" => {
                            tracking_pixels = rt::wire::optional_value(
                                &mut map,
                                "TrackingPixels",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for CpcVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for CpmVideoAdBuilderAdAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Creative", &self.creative)?;
        if let ::core::option::Option::Some(value) = &self.erir_ad_description {
            map.serialize_entry("ErirAdDescription", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.href {
            map.serialize_entry("Href", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tracking_pixels {
            map.serialize_entry("TrackingPixels", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.turbo_page_id {
            map.serialize_entry("TurboPageId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdAdd, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = ::core::option::Option::None;
                let mut href = ::core::option::Option::None;
                let mut tracking_pixels = ::core::option::Option::None;
                let mut turbo_page_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => {
                            erir_ad_description = rt::wire::optional_value(
                                &mut map,
                                "ErirAdDescription",
                                &mut unknown_fields,
                            )?;
                        }
                        "Href" => {
                            href = rt::wire::optional_value(
                                &mut map,
                                "Href",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingPixels" => {
                            tracking_pixels = rt::wire::optional_value(
                                &mut map,
                                "TrackingPixels",
                                &mut unknown_fields,
                            )?;
                        }
                        "TurboPageId" => {
                            turbo_page_id = rt::wire::optional_value(
                                &mut map,
                                "TurboPageId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdAdd {
                    creative: rt::wire::required(creative, "Creative")?,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    text_ad,
                    responsive_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
impl ::serde::Serialize for TextAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdUpdateBase, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdUpdateBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(mut self, value: ::std::string::String) -> Self {
        self.title2 = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = rt::Nullable::Value(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TextAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if self.title2.is_present() {
            map.serialize_entry("Title2", &self.title2)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.prefer_v_card_over_business.is_present() {
            map.serialize_entry(
                "PreferVCardOverBusiness",
                &self.prefer_v_card_over_business,
            )?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdUpdate, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = rt::Nullable::Absent;
                let mut video_extension = ::core::option::Option::None;
                let mut price_extension = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut prefer_v_card_over_business = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title2" => title2 = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriceExtension" => price_extension = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = map.next_value()?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdUpdate {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    text,
                    title,
                    title2,
                    final_url,
                    href,
                    age_label,
                    display_url_path,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_texts(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.texts = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Titles`.
    #[inline]
    #[must_use]
    pub fn with_titles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.titles = ::core::option::Option::Some(value);
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
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = rt::Nullable::Value(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for ResponsiveAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.texts {
            map.serialize_entry("Texts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.titles {
            map.serialize_entry("Titles", value)?;
        }
        if self.ad_image_hashes.is_present() {
            map.serialize_entry("AdImageHashes", &self.ad_image_hashes)?;
        }
        if self.video_extension_ids.is_present() {
            map.serialize_entry("VideoExtensionIds", &self.video_extension_ids)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdUpdate, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_image_hashes = rt::Nullable::Absent;
                let mut video_extension_ids = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut age_label = ::core::option::Option::None;
                let mut display_url_path = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = rt::wire::optional_value(
                                &mut map,
                                "Texts",
                                &mut unknown_fields,
                            )?;
                        }
                        "Titles" => {
                            titles = rt::wire::optional_value(
                                &mut map,
                                "Titles",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHashes" => ad_image_hashes = map.next_value()?,
                        "VideoExtensionIds" => video_extension_ids = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "PriceExtension" => price_extension = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdUpdate {
                    texts,
                    titles,
                    ad_image_hashes,
                    video_extension_ids,
                    sitelink_set_id,
                    callout_setting,
                    href,
                    age_label,
                    display_url_path,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.callout_setting.is_present() {
            map.serialize_entry("CalloutSetting", &self.callout_setting)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdUpdate, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut callout_setting = rt::Nullable::Absent;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "CalloutSetting" => callout_setting = map.next_value()?,
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdUpdate {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    callout_setting,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: ::std::vec::Vec<MobileAppAdFeatureItem>,
    ) -> Self {
        self.features = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for MobileAppAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age_label {
            map.serialize_entry("AgeLabel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_extension {
            map.serialize_entry("VideoExtension", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdUpdate, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut features = ::core::option::Option::None;
                let mut age_label = ::core::option::Option::None;
                let mut video_extension = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AgeLabel" => {
                            age_label = rt::wire::optional_value(
                                &mut map,
                                "AgeLabel",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoExtension" => {
                            video_extension = rt::wire::optional_value(
                                &mut map,
                                "VideoExtension",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdUpdate {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    features,
                    age_label,
                    video_extension,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for ImageAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdUpdateBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdUpdateBase {
                    ad_image_hash,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for TextImageAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdUpdate, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdUpdate {
                    ad_image_hash,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppImageAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdUpdate, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdUpdate {
                    ad_image_hash,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for AdBuilderAdUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdUpdateItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdUpdateItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for AdBuilderAdUpdateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdUpdateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdUpdateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdUpdateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdUpdateBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdUpdateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdUpdateBase {
                    creative,
                    erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for TextAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpmBannerAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpcVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpmVideoAdBuilderAdUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdUpdate, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdUpdate {
                    creative,
                    erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(mut self, value: ::std::vec::Vec<AdStateSelectionEnum>) -> Self {
        self.states = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Statuses`.
    #[inline]
    #[must_use]
    pub fn with_statuses(
        mut self,
        value: ::std::vec::Vec<AdStatusSelectionEnum>,
    ) -> Self {
        self.statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(mut self, value: ::std::vec::Vec<AdTypeEnum>) -> Self {
        self.types = ::core::option::Option::Some(value);
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
    pub fn with_v_card_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.v_card_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SitelinkSetIds`.
    #[inline]
    #[must_use]
    pub fn with_sitelink_set_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.sitelink_set_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.ad_image_hashes = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VCardModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_v_card_moderation_statuses(
        mut self,
        value: ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    ) -> Self {
        self.v_card_moderation_statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SitelinksModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_sitelinks_moderation_statuses(
        mut self,
        value: ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    ) -> Self {
        self.sitelinks_moderation_statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdImageModerationStatuses`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_moderation_statuses(
        mut self,
        value: ::std::vec::Vec<super::general::ExtensionStatusSelectionEnum>,
    ) -> Self {
        self.ad_image_moderation_statuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_extension_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.states {
            map.serialize_entry("States", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.statuses {
            map.serialize_entry("Statuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile {
            map.serialize_entry("Mobile", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.v_card_ids {
            map.serialize_entry("VCardIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelink_set_ids {
            map.serialize_entry("SitelinkSetIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_hashes {
            map.serialize_entry("AdImageHashes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.v_card_moderation_statuses {
            map.serialize_entry("VCardModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sitelinks_moderation_statuses
        {
            map.serialize_entry("SitelinksModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_image_moderation_statuses {
            map.serialize_entry("AdImageModerationStatuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_ids {
            map.serialize_entry("AdExtensionIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut states = ::core::option::Option::None;
                let mut statuses = ::core::option::Option::None;
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut mobile = ::core::option::Option::None;
                let mut v_card_ids = ::core::option::Option::None;
                let mut sitelink_set_ids = ::core::option::Option::None;
                let mut ad_image_hashes = ::core::option::Option::None;
                let mut v_card_moderation_statuses = ::core::option::Option::None;
                let mut sitelinks_moderation_statuses = ::core::option::Option::None;
                let mut ad_image_moderation_statuses = ::core::option::Option::None;
                let mut ad_extension_ids = ::core::option::Option::None;
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
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
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
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mobile" => {
                            mobile = rt::wire::optional_value(
                                &mut map,
                                "Mobile",
                                &mut unknown_fields,
                            )?;
                        }
                        "VCardIds" => {
                            v_card_ids = rt::wire::optional_value(
                                &mut map,
                                "VCardIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinkSetIds" => {
                            sitelink_set_ids = rt::wire::optional_value(
                                &mut map,
                                "SitelinkSetIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHashes" => {
                            ad_image_hashes = rt::wire::optional_value(
                                &mut map,
                                "AdImageHashes",
                                &mut unknown_fields,
                            )?;
                        }
                        "VCardModerationStatuses" => {
                            v_card_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "VCardModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "SitelinksModerationStatuses" => {
                            sitelinks_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "SitelinksModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageModerationStatuses" => {
                            ad_image_moderation_statuses = rt::wire::optional_value(
                                &mut map,
                                "AdImageModerationStatuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionIds" => {
                            ad_extension_ids = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdsSelectionCriteria {
                    ids,
                    states,
                    statuses,
                    campaign_ids,
                    ad_group_ids,
                    types,
                    mobile,
                    v_card_ids,
                    sitelink_set_ids,
                    ad_image_hashes,
                    v_card_moderation_statuses,
                    sitelinks_moderation_statuses,
                    ad_image_moderation_statuses,
                    ad_extension_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TextAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGetBase, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGetBase {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Title`.
    #[inline]
    #[must_use]
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Title2`.
    #[inline]
    #[must_use]
    pub fn with_title2(mut self, value: ::std::string::String) -> Self {
        self.title2 = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
    pub fn with_display_domain(mut self, value: ::std::string::String) -> Self {
        self.display_domain = rt::Nullable::Value(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = rt::Nullable::Value(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TextAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if self.title2.is_present() {
            map.serialize_entry("Title2", &self.title2)?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile {
            map.serialize_entry("Mobile", value)?;
        }
        if self.display_domain.is_present() {
            map.serialize_entry("DisplayDomain", &self.display_domain)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.display_url_path_moderation.is_present() {
            map.serialize_entry(
                "DisplayUrlPathModeration",
                &self.display_url_path_moderation,
            )?;
        }
        if self.video_extension.is_present() {
            map.serialize_entry("VideoExtension", &self.video_extension)?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.prefer_v_card_over_business.is_present() {
            map.serialize_entry(
                "PreferVCardOverBusiness",
                &self.prefer_v_card_over_business,
            )?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdGet, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut title = ::core::option::Option::None;
                let mut title2 = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut mobile = ::core::option::Option::None;
                let mut display_domain = rt::Nullable::Absent;
                let mut display_url_path = rt::Nullable::Absent;
                let mut display_url_path_moderation = rt::Nullable::Absent;
                let mut video_extension = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut prefer_v_card_over_business = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Title2" => title2 = map.next_value()?,
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "Mobile" => {
                            mobile = rt::wire::optional_value(
                                &mut map,
                                "Mobile",
                                &mut unknown_fields,
                            )?;
                        }
                        "DisplayDomain" => display_domain = map.next_value()?,
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "DisplayUrlPathModeration" => {
                            display_url_path_moderation = map.next_value()?;
                        }
                        "VideoExtension" => video_extension = map.next_value()?,
                        "PriceExtension" => price_extension = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "PreferVCardOverBusiness" => {
                            prefer_v_card_over_business = map.next_value()?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdGet {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    text,
                    title,
                    title2,
                    final_url,
                    href,
                    mobile,
                    display_domain,
                    display_url_path,
                    display_url_path_moderation,
                    video_extension,
                    price_extension,
                    turbo_page_id,
                    turbo_page_moderation,
                    business_id,
                    prefer_v_card_over_business,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_texts(mut self, value: ::std::vec::Vec<TextGetItem>) -> Self {
        self.texts = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Titles`.
    #[inline]
    #[must_use]
    pub fn with_titles(mut self, value: ::std::vec::Vec<TitleGetItem>) -> Self {
        self.titles = ::core::option::Option::Some(value);
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
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
        self
    }
    /// Sets `DisplayDomain`.
    #[inline]
    #[must_use]
    pub fn with_display_domain(mut self, value: ::std::string::String) -> Self {
        self.display_domain = rt::Nullable::Value(value);
        self
    }
    /// Sets `DisplayUrlPath`.
    #[inline]
    #[must_use]
    pub fn with_display_url_path(mut self, value: ::std::string::String) -> Self {
        self.display_url_path = rt::Nullable::Value(value);
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ResponsiveAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.texts {
            map.serialize_entry("Texts", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.titles {
            map.serialize_entry("Titles", value)?;
        }
        if self.ad_images.is_present() {
            map.serialize_entry("AdImages", &self.ad_images)?;
        }
        if self.video_extensions.is_present() {
            map.serialize_entry("VideoExtensions", &self.video_extensions)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.display_domain.is_present() {
            map.serialize_entry("DisplayDomain", &self.display_domain)?;
        }
        if self.display_url_path.is_present() {
            map.serialize_entry("DisplayUrlPath", &self.display_url_path)?;
        }
        if self.display_url_path_moderation.is_present() {
            map.serialize_entry(
                "DisplayUrlPathModeration",
                &self.display_url_path_moderation,
            )?;
        }
        if self.price_extension.is_present() {
            map.serialize_entry("PriceExtension", &self.price_extension)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ResponsiveAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ResponsiveAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ResponsiveAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ResponsiveAdGet, A::Error> {
                let mut texts = ::core::option::Option::None;
                let mut titles = ::core::option::Option::None;
                let mut ad_images = rt::Nullable::Absent;
                let mut video_extensions = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut display_domain = rt::Nullable::Absent;
                let mut display_url_path = rt::Nullable::Absent;
                let mut display_url_path_moderation = rt::Nullable::Absent;
                let mut price_extension = rt::Nullable::Absent;
                let mut business_id = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Texts" => {
                            texts = rt::wire::optional_value(
                                &mut map,
                                "Texts",
                                &mut unknown_fields,
                            )?;
                        }
                        "Titles" => {
                            titles = rt::wire::optional_value(
                                &mut map,
                                "Titles",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImages" => ad_images = map.next_value()?,
                        "VideoExtensions" => video_extensions = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "DisplayDomain" => display_domain = map.next_value()?,
                        "DisplayUrlPath" => display_url_path = map.next_value()?,
                        "DisplayUrlPathModeration" => {
                            display_url_path_moderation = map.next_value()?;
                        }
                        "PriceExtension" => price_extension = map.next_value()?,
                        "BusinessId" => business_id = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ResponsiveAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ResponsiveAdGet {
                    texts,
                    titles,
                    ad_images,
                    video_extensions,
                    href,
                    display_domain,
                    display_url_path,
                    display_url_path_moderation,
                    price_extension,
                    business_id,
                    erir_ad_description,
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for SmartAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DynamicTextAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.v_card_id.is_present() {
            map.serialize_entry("VCardId", &self.v_card_id)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.v_card_moderation.is_present() {
            map.serialize_entry("VCardModeration", &self.v_card_moderation)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DynamicTextAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DynamicTextAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DynamicTextAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DynamicTextAdGet, A::Error> {
                let mut v_card_id = rt::Nullable::Absent;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut v_card_moderation = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCardId" => v_card_id = map.next_value()?,
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "VCardModeration" => v_card_moderation = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DynamicTextAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DynamicTextAdGet {
                    v_card_id,
                    ad_image_hash,
                    sitelink_set_id,
                    v_card_moderation,
                    sitelinks_moderation,
                    ad_image_moderation,
                    ad_extensions,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_title(mut self, value: ::std::string::String) -> Self {
        self.title = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Text`.
    #[inline]
    #[must_use]
    pub fn with_text(mut self, value: ::std::string::String) -> Self {
        self.text = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Features`.
    #[inline]
    #[must_use]
    pub fn with_features(
        mut self,
        value: ::std::vec::Vec<MobileAppAdFeatureGetItem>,
    ) -> Self {
        self.features = ::core::option::Option::Some(value);
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
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.title {
            map.serialize_entry("Title", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.features {
            map.serialize_entry("Features", value)?;
        }
        if self.ad_image_moderation.is_present() {
            map.serialize_entry("AdImageModeration", &self.ad_image_moderation)?;
        }
        if self.video_extension.is_present() {
            map.serialize_entry("VideoExtension", &self.video_extension)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdGet, A::Error> {
                let mut title = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut tracking_url = rt::Nullable::Absent;
                let mut action = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut features = ::core::option::Option::None;
                let mut ad_image_moderation = rt::Nullable::Absent;
                let mut video_extension = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Title" => {
                            title = rt::wire::optional_value(
                                &mut map,
                                "Title",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "Features" => {
                            features = rt::wire::optional_value(
                                &mut map,
                                "Features",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageModeration" => ad_image_moderation = map.next_value()?,
                        "VideoExtension" => video_extension = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdGet {
                    title,
                    text,
                    tracking_url,
                    action,
                    ad_image_hash,
                    erir_ad_description,
                    features,
                    ad_image_moderation,
                    video_extension,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for ImageAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ImageAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ImageAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ImageAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ImageAdGetBase, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ImageAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ImageAdGetBase {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for TextImageAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextImageAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextImageAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextImageAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextImageAdGet, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextImageAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextImageAdGet {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppImageAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_image_hash {
            map.serialize_entry("AdImageHash", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppImageAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppImageAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppImageAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppImageAdGet, A::Error> {
                let mut ad_image_hash = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdImageHash" => {
                            ad_image_hash = rt::wire::optional_value(
                                &mut map,
                                "AdImageHash",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppImageAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppImageAdGet {
                    ad_image_hash,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_thumbnail_url(mut self, value: ::std::string::String) -> Self {
        self.thumbnail_url = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PreviewUrl`.
    #[inline]
    #[must_use]
    pub fn with_preview_url(mut self, value: ::std::string::String) -> Self {
        self.preview_url = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdBuilderAdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CreativeId", &self.creative_id)?;
        if let ::core::option::Option::Some(value) = &self.thumbnail_url {
            map.serialize_entry("ThumbnailUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.preview_url {
            map.serialize_entry("PreviewUrl", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdGetItem, A::Error> {
                let mut creative_id = ::core::option::Option::None;
                let mut thumbnail_url = ::core::option::Option::None;
                let mut preview_url = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CreativeId" => {
                            creative_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ThumbnailUrl" => {
                            thumbnail_url = rt::wire::optional_value(
                                &mut map,
                                "ThumbnailUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "PreviewUrl" => {
                            preview_url = rt::wire::optional_value(
                                &mut map,
                                "PreviewUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdGetItem {
                    creative_id: rt::wire::required(creative_id, "CreativeId")?,
                    thumbnail_url,
                    preview_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for AdBuilderAdGetBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdBuilderAdGetBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdBuilderAdGetBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdBuilderAdGetBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdBuilderAdGetBase, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdBuilderAdGetBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdBuilderAdGetBase {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinalUrl`.
    #[inline]
    #[must_use]
    pub fn with_final_url(mut self, value: ::std::string::String) -> Self {
        self.final_url = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for TextAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.final_url.is_present() {
            map.serialize_entry("FinalUrl", &self.final_url)?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TextAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TextAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TextAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TextAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut final_url = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "FinalUrl" => final_url = map.next_value()?,
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TextAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TextAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    final_url,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpcVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpcVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpcVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpcVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpcVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpcVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpcVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `TrackingUrl`.
    #[inline]
    #[must_use]
    pub fn with_tracking_url(mut self, value: ::std::string::String) -> Self {
        self.tracking_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAppCpcVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.tracking_url.is_present() {
            map.serialize_entry("TrackingUrl", &self.tracking_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAppCpcVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAppCpcVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAppCpcVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAppCpcVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut tracking_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "TrackingUrl" => tracking_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAppCpcVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAppCpcVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    tracking_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpmBannerAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmBannerAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmBannerAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmBannerAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmBannerAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmBannerAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmBannerAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_erir_ad_description(mut self, value: ::std::string::String) -> Self {
        self.erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutogeneratedErirAdDescription`.
    #[inline]
    #[must_use]
    pub fn with_autogenerated_erir_ad_description(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.autogenerated_erir_ad_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Href`.
    #[inline]
    #[must_use]
    pub fn with_href(mut self, value: ::std::string::String) -> Self {
        self.href = rt::Nullable::Value(value);
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
impl ::serde::Serialize for CpmVideoAdBuilderAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.creative {
            map.serialize_entry("Creative", value)?;
        }
        if self.erir_ad_description.is_present() {
            map.serialize_entry("ErirAdDescription", &self.erir_ad_description)?;
        }
        if self.autogenerated_erir_ad_description.is_present() {
            map.serialize_entry(
                "AutogeneratedErirAdDescription",
                &self.autogenerated_erir_ad_description,
            )?;
        }
        if self.href.is_present() {
            map.serialize_entry("Href", &self.href)?;
        }
        if self.tracking_pixels.is_present() {
            map.serialize_entry("TrackingPixels", &self.tracking_pixels)?;
        }
        if self.turbo_page_id.is_present() {
            map.serialize_entry("TurboPageId", &self.turbo_page_id)?;
        }
        if self.turbo_page_moderation.is_present() {
            map.serialize_entry("TurboPageModeration", &self.turbo_page_moderation)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CpmVideoAdBuilderAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CpmVideoAdBuilderAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CpmVideoAdBuilderAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CpmVideoAdBuilderAdGet, A::Error> {
                let mut creative = ::core::option::Option::None;
                let mut erir_ad_description = rt::Nullable::Absent;
                let mut autogenerated_erir_ad_description = rt::Nullable::Absent;
                let mut href = rt::Nullable::Absent;
                let mut tracking_pixels = rt::Nullable::Absent;
                let mut turbo_page_id = rt::Nullable::Absent;
                let mut turbo_page_moderation = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Creative" => {
                            creative = rt::wire::optional_value(
                                &mut map,
                                "Creative",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAdDescription" => erir_ad_description = map.next_value()?,
                        "AutogeneratedErirAdDescription" => {
                            autogenerated_erir_ad_description = map.next_value()?;
                        }
                        "Href" => href = map.next_value()?,
                        "TrackingPixels" => tracking_pixels = map.next_value()?,
                        "TurboPageId" => turbo_page_id = map.next_value()?,
                        "TurboPageModeration" => {
                            turbo_page_moderation = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CpmVideoAdBuilderAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CpmVideoAdBuilderAdGet {
                    creative,
                    erir_ad_description,
                    autogenerated_erir_ad_description,
                    href,
                    tracking_pixels,
                    turbo_page_id,
                    turbo_page_moderation,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ShoppingAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_processing_status {
            map.serialize_entry("FeedProcessingStatus", value)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShoppingAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ShoppingAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ShoppingAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ShoppingAdGet, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut feed_processing_status = ::core::option::Option::None;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "FeedProcessingStatus" => {
                            feed_processing_status = rt::wire::optional_value(
                                &mut map,
                                "FeedProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ShoppingAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ShoppingAdGet {
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    business_id,
                    feed_id,
                    feed_filter_conditions,
                    feed_processing_status,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<AdExtensionAdGetItem>,
    ) -> Self {
        self.ad_extensions = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.default_texts = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ListingAdGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.sitelink_set_id.is_present() {
            map.serialize_entry("SitelinkSetId", &self.sitelink_set_id)?;
        }
        if self.sitelinks_moderation.is_present() {
            map.serialize_entry("SitelinksModeration", &self.sitelinks_moderation)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extensions {
            map.serialize_entry("AdExtensions", value)?;
        }
        if self.business_id.is_present() {
            map.serialize_entry("BusinessId", &self.business_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_id {
            map.serialize_entry("FeedId", value)?;
        }
        if self.feed_filter_conditions.is_present() {
            map.serialize_entry("FeedFilterConditions", &self.feed_filter_conditions)?;
        }
        if let ::core::option::Option::Some(value) = &self.feed_processing_status {
            map.serialize_entry("FeedProcessingStatus", value)?;
        }
        if self.title_sources.is_present() {
            map.serialize_entry("TitleSources", &self.title_sources)?;
        }
        if self.text_sources.is_present() {
            map.serialize_entry("TextSources", &self.text_sources)?;
        }
        if let ::core::option::Option::Some(value) = &self.default_texts {
            map.serialize_entry("DefaultTexts", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListingAdGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ListingAdGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ListingAdGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ListingAdGet, A::Error> {
                let mut sitelink_set_id = rt::Nullable::Absent;
                let mut sitelinks_moderation = rt::Nullable::Absent;
                let mut ad_extensions = ::core::option::Option::None;
                let mut business_id = rt::Nullable::Absent;
                let mut feed_id = ::core::option::Option::None;
                let mut feed_filter_conditions = rt::Nullable::Absent;
                let mut feed_processing_status = ::core::option::Option::None;
                let mut title_sources = rt::Nullable::Absent;
                let mut text_sources = rt::Nullable::Absent;
                let mut default_texts = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SitelinkSetId" => sitelink_set_id = map.next_value()?,
                        "SitelinksModeration" => sitelinks_moderation = map.next_value()?,
                        "AdExtensions" => {
                            ad_extensions = rt::wire::optional_value(
                                &mut map,
                                "AdExtensions",
                                &mut unknown_fields,
                            )?;
                        }
                        "BusinessId" => business_id = map.next_value()?,
                        "FeedId" => {
                            feed_id = rt::wire::optional_value(
                                &mut map,
                                "FeedId",
                                &mut unknown_fields,
                            )?;
                        }
                        "FeedFilterConditions" => {
                            feed_filter_conditions = map.next_value()?;
                        }
                        "FeedProcessingStatus" => {
                            feed_processing_status = rt::wire::optional_value(
                                &mut map,
                                "FeedProcessingStatus",
                                &mut unknown_fields,
                            )?;
                        }
                        "TitleSources" => title_sources = map.next_value()?,
                        "TextSources" => text_sources = map.next_value()?,
                        "DefaultTexts" => {
                            default_texts = rt::wire::optional_value(
                                &mut map,
                                "DefaultTexts",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ListingAdGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ListingAdGet {
                    sitelink_set_id,
                    sitelinks_moderation,
                    ad_extensions,
                    business_id,
                    feed_id,
                    feed_filter_conditions,
                    feed_processing_status,
                    title_sources,
                    text_sources,
                    default_texts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AdGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_id {
            map.serialize_entry("AdGroupId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        if self.ad_categories.is_present() {
            map.serialize_entry("AdCategories", &self.ad_categories)?;
        }
        if self.age_label.is_present() {
            map.serialize_entry("AgeLabel", &self.age_label)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.subtype {
            map.serialize_entry("Subtype", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad {
            map.serialize_entry("TextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad {
            map.serialize_entry("DynamicTextAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad {
            map.serialize_entry("MobileAppAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad {
            map.serialize_entry("TextImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_image_ad {
            map.serialize_entry("MobileAppImageAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad {
            map.serialize_entry("TextAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_builder_ad {
            map.serialize_entry("MobileAppAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_banner_ad_builder_ad {
            map.serialize_entry("CpmBannerAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpc_video_ad_builder_ad {
            map.serialize_entry("CpcVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.cpm_video_ad_builder_ad {
            map.serialize_entry("CpmVideoAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_builder_ad {
            map.serialize_entry("SmartAdBuilderAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad {
            map.serialize_entry("ShoppingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad {
            map.serialize_entry("ListingAd", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad {
            map.serialize_entry("ResponsiveAd", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut ad_categories = rt::Nullable::Absent;
                let mut age_label = rt::Nullable::Absent;
                let mut type_ = ::core::option::Option::None;
                let mut subtype = ::core::option::Option::None;
                let mut text_ad = ::core::option::Option::None;
                let mut dynamic_text_ad = ::core::option::Option::None;
                let mut mobile_app_ad = ::core::option::Option::None;
                let mut text_image_ad = ::core::option::Option::None;
                let mut mobile_app_image_ad = ::core::option::Option::None;
                let mut text_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad = ::core::option::Option::None;
                let mut smart_ad_builder_ad = ::core::option::Option::None;
                let mut shopping_ad = ::core::option::Option::None;
                let mut listing_ad = ::core::option::Option::None;
                let mut responsive_ad = ::core::option::Option::None;
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
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
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
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdCategories" => ad_categories = map.next_value()?,
                        "AgeLabel" => age_label = map.next_value()?,
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        "Subtype" => {
                            subtype = rt::wire::optional_value(
                                &mut map,
                                "Subtype",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAd" => {
                            text_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAd" => {
                            dynamic_text_ad = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAd" => {
                            mobile_app_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAd" => {
                            text_image_ad = rt::wire::optional_value(
                                &mut map,
                                "TextImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAd" => {
                            mobile_app_image_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAd" => {
                            text_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAd" => {
                            mobile_app_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAd" => {
                            mobile_app_cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAd" => {
                            cpm_banner_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAd" => {
                            cpc_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAd" => {
                            cpm_video_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAd" => {
                            smart_ad_builder_ad = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAd" => {
                            shopping_ad = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAd" => {
                            listing_ad = rt::wire::optional_value(
                                &mut map,
                                "ListingAd",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAd" => {
                            responsive_ad = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAd",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGetItem {
                    id,
                    campaign_id,
                    ad_group_id,
                    status,
                    state,
                    status_clarification,
                    ad_categories,
                    age_label,
                    type_,
                    subtype,
                    text_ad,
                    dynamic_text_ad,
                    mobile_app_ad,
                    text_image_ad,
                    mobile_app_image_ad,
                    text_ad_builder_ad,
                    mobile_app_ad_builder_ad,
                    mobile_app_cpc_video_ad_builder_ad,
                    cpm_banner_ad_builder_ad,
                    cpc_video_ad_builder_ad,
                    cpm_video_ad_builder_ad,
                    smart_ad_builder_ad,
                    shopping_ad,
                    listing_ad,
                    responsive_ad,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        field_names: ::std::vec::Vec<AdFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
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
        value: ::std::vec::Vec<TextAdFieldEnum>,
    ) -> Self {
        self.text_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdPriceExtensionFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_price_extension_field_names(
        mut self,
        value: ::std::vec::Vec<TextAdPriceExtensionFieldEnum>,
    ) -> Self {
        self.text_ad_price_extension_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAppAdFieldEnum>,
    ) -> Self {
        self.mobile_app_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DynamicTextAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_dynamic_text_ad_field_names(
        mut self,
        value: ::std::vec::Vec<DynamicTextAdFieldEnum>,
    ) -> Self {
        self.dynamic_text_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextImageAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_image_ad_field_names(
        mut self,
        value: ::std::vec::Vec<TextImageAdFieldEnum>,
    ) -> Self {
        self.text_image_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppImageAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_image_ad_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAppImageAdFieldEnum>,
    ) -> Self {
        self.mobile_app_image_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TextAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_text_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<TextAdBuilderAdFieldEnum>,
    ) -> Self {
        self.text_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAppAdBuilderAdFieldEnum>,
    ) -> Self {
        self.mobile_app_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAppCpcVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_app_cpc_video_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAppCpcVideoAdBuilderAdFieldEnum>,
    ) -> Self {
        self.mobile_app_cpc_video_ad_builder_ad_field_names = ::core::option::Option::Some(
            value,
        );
        self
    }
    /// Sets `CpmBannerAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_banner_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<CpmBannerAdBuilderAdFieldEnum>,
    ) -> Self {
        self.cpm_banner_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpcVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpc_video_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<CpcVideoAdBuilderAdFieldEnum>,
    ) -> Self {
        self.cpc_video_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CpmVideoAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_cpm_video_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<CpmVideoAdBuilderAdFieldEnum>,
    ) -> Self {
        self.cpm_video_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdBuilderAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_builder_ad_field_names(
        mut self,
        value: ::std::vec::Vec<SmartAdBuilderAdFieldEnum>,
    ) -> Self {
        self.smart_ad_builder_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ShoppingAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_shopping_ad_field_names(
        mut self,
        value: ::std::vec::Vec<ShoppingAdFieldEnum>,
    ) -> Self {
        self.shopping_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ListingAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_listing_ad_field_names(
        mut self,
        value: ::std::vec::Vec<ListingAdFieldEnum>,
    ) -> Self {
        self.listing_ad_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ResponsiveAdFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_responsive_ad_field_names(
        mut self,
        value: ::std::vec::Vec<ResponsiveAdFieldEnum>,
    ) -> Self {
        self.responsive_ad_field_names = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.text_ad_field_names {
            map.serialize_entry("TextAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .text_ad_price_extension_field_names
        {
            map.serialize_entry("TextAdPriceExtensionFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_app_ad_field_names {
            map.serialize_entry("MobileAppAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.dynamic_text_ad_field_names {
            map.serialize_entry("DynamicTextAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_image_ad_field_names {
            map.serialize_entry("TextImageAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_image_ad_field_names
        {
            map.serialize_entry("MobileAppImageAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text_ad_builder_ad_field_names
        {
            map.serialize_entry("TextAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_ad_builder_ad_field_names
        {
            map.serialize_entry("MobileAppAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .mobile_app_cpc_video_ad_builder_ad_field_names
        {
            map.serialize_entry("MobileAppCpcVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_banner_ad_builder_ad_field_names
        {
            map.serialize_entry("CpmBannerAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpc_video_ad_builder_ad_field_names
        {
            map.serialize_entry("CpcVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .cpm_video_ad_builder_ad_field_names
        {
            map.serialize_entry("CpmVideoAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_ad_builder_ad_field_names
        {
            map.serialize_entry("SmartAdBuilderAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shopping_ad_field_names {
            map.serialize_entry("ShoppingAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.listing_ad_field_names {
            map.serialize_entry("ListingAdFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.responsive_ad_field_names {
            map.serialize_entry("ResponsiveAdFieldNames", value)?;
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
                let mut text_ad_field_names = ::core::option::Option::None;
                let mut text_ad_price_extension_field_names = ::core::option::Option::None;
                let mut mobile_app_ad_field_names = ::core::option::Option::None;
                let mut dynamic_text_ad_field_names = ::core::option::Option::None;
                let mut text_image_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_image_ad_field_names = ::core::option::Option::None;
                let mut text_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut mobile_app_cpc_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpm_banner_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpc_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut cpm_video_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut smart_ad_builder_ad_field_names = ::core::option::Option::None;
                let mut shopping_ad_field_names = ::core::option::Option::None;
                let mut listing_ad_field_names = ::core::option::Option::None;
                let mut responsive_ad_field_names = ::core::option::Option::None;
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
                        "TextAdFieldNames" => {
                            text_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdPriceExtensionFieldNames" => {
                            text_ad_price_extension_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdPriceExtensionFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdFieldNames" => {
                            mobile_app_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DynamicTextAdFieldNames" => {
                            dynamic_text_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "DynamicTextAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextImageAdFieldNames" => {
                            text_image_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextImageAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppImageAdFieldNames" => {
                            mobile_app_image_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppImageAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TextAdBuilderAdFieldNames" => {
                            text_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "TextAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppAdBuilderAdFieldNames" => {
                            mobile_app_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobileAppCpcVideoAdBuilderAdFieldNames" => {
                            mobile_app_cpc_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAppCpcVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmBannerAdBuilderAdFieldNames" => {
                            cpm_banner_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmBannerAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpcVideoAdBuilderAdFieldNames" => {
                            cpc_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpcVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "CpmVideoAdBuilderAdFieldNames" => {
                            cpm_video_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "CpmVideoAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdBuilderAdFieldNames" => {
                            smart_ad_builder_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdBuilderAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ShoppingAdFieldNames" => {
                            shopping_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ShoppingAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ListingAdFieldNames" => {
                            listing_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ListingAdFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ResponsiveAdFieldNames" => {
                            responsive_ad_field_names = rt::wire::optional_value(
                                &mut map,
                                "ResponsiveAdFieldNames",
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
                    text_ad_field_names,
                    text_ad_price_extension_field_names,
                    mobile_app_ad_field_names,
                    dynamic_text_ad_field_names,
                    text_image_ad_field_names,
                    mobile_app_image_ad_field_names,
                    text_ad_builder_ad_field_names,
                    mobile_app_ad_builder_ad_field_names,
                    mobile_app_cpc_video_ad_builder_ad_field_names,
                    cpm_banner_ad_builder_ad_field_names,
                    cpc_video_ad_builder_ad_field_names,
                    cpm_video_ad_builder_ad_field_names,
                    smart_ad_builder_ad_field_names,
                    shopping_ad_field_names,
                    listing_ad_field_names,
                    responsive_ad_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ads(mut self, value: ::std::vec::Vec<AdGetItem>) -> Self {
        self.ads = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.ads {
            map.serialize_entry("Ads", value)?;
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
                let mut ads = ::core::option::Option::None;
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
                        "Ads" => {
                            ads = rt::wire::optional_value(
                                &mut map,
                                "Ads",
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
                    ads,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(ads: ::std::vec::Vec<AdAddItem>) -> Self {
        Self {
            ads,
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
        map.serialize_entry("Ads", &self.ads)?;
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
                let mut ads = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ads" => ads = ::core::option::Option::Some(map.next_value()?),
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
                    ads: rt::wire::required(ads, "Ads")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn new(ads: ::std::vec::Vec<AdUpdateItem>) -> Self {
        Self {
            ads,
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
        map.serialize_entry("Ads", &self.ads)?;
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
                let mut ads = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ads" => ads = ::core::option::Option::Some(map.next_value()?),
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
                    ads: rt::wire::required(ads, "Ads")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DeleteResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.delete_results {
            map.serialize_entry("DeleteResults", value)?;
        }
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
                            delete_results = rt::wire::optional_value(
                                &mut map,
                                "DeleteResults",
                                &mut unknown_fields,
                            )?;
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
                    delete_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.suspend_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SuspendResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.suspend_results {
            map.serialize_entry("SuspendResults", value)?;
        }
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
                            suspend_results = rt::wire::optional_value(
                                &mut map,
                                "SuspendResults",
                                &mut unknown_fields,
                            )?;
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
                    suspend_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.resume_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ResumeResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.resume_results {
            map.serialize_entry("ResumeResults", value)?;
        }
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
                            resume_results = rt::wire::optional_value(
                                &mut map,
                                "ResumeResults",
                                &mut unknown_fields,
                            )?;
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
                    resume_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for ModerateRequest {
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
impl<'de> ::serde::Deserialize<'de> for ModerateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ModerateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ModerateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ModerateRequest, A::Error> {
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
                                "ModerateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ModerateRequest {
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
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.moderate_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ModerateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.moderate_results {
            map.serialize_entry("ModerateResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ModerateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ModerateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ModerateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ModerateResponse, A::Error> {
                let mut moderate_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ModerateResults" => {
                            moderate_results = rt::wire::optional_value(
                                &mut map,
                                "ModerateResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ModerateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ModerateResponse {
                    moderate_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
