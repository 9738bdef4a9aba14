// @generated from schema/direct_v5/bidmodifiers.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The BidModifiers service: `POST /json/v5/bidmodifiers`.
//!
//! Generated from `schema/direct_v5/bidmodifiers.json` (upstream `bidmodifiers.xml`, sha256 `33ba8a4e3e6d495bf95aec4219716e0472d86bebac51b886e295c3af3a13540a`).
use crate::runtime as rt;
/// `BidModifiers.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "BidModifiers",
    endpoint: "bidmodifiers",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `BidModifiers.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "BidModifiers",
    endpoint: "bidmodifiers",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `BidModifiers.set`.
pub const SET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "BidModifiers",
    endpoint: "bidmodifiers",
    method: "set",
    access: rt::Access::Write,
    finance: false,
};
/// `BidModifiers.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "BidModifiers",
    endpoint: "bidmodifiers",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: SET,
        request: rt::method::roundtrip_request::<SetRequest>,
        response: rt::method::roundtrip_response::<SetResponse>,
    },
    rt::MethodEntry {
        info: DELETE,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The BidModifiers service (`POST /json/v5/bidmodifiers`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct BidModifiersService<'a> {
    client: &'a rt::Client,
}
impl<'a> BidModifiersService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `BidModifiers.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `BidModifiers.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `BidModifiers.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET, &params).await
    }
    /// `BidModifiers.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
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
    type Item = BidModifierGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<BidModifierGetItem> {
        self.bid_modifiers.unwrap_or_default()
    }
}
/// `BidModifierTypeEnum`: one of 13 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierTypeEnum {
    /// `MOBILE_ADJUSTMENT`
    MobileAdjustment,
    /// `DESKTOP_ADJUSTMENT`
    DesktopAdjustment,
    /// `SMART_TV_ADJUSTMENT`
    SmartTvAdjustment,
    /// `TABLET_ADJUSTMENT`
    TabletAdjustment,
    /// `DESKTOP_ONLY_ADJUSTMENT`
    DesktopOnlyAdjustment,
    /// `DEMOGRAPHICS_ADJUSTMENT`
    DemographicsAdjustment,
    /// `RETARGETING_ADJUSTMENT`
    RetargetingAdjustment,
    /// `REGIONAL_ADJUSTMENT`
    RegionalAdjustment,
    /// `VIDEO_ADJUSTMENT`
    VideoAdjustment,
    /// `SMART_AD_ADJUSTMENT`
    SmartAdAdjustment,
    /// `SERP_LAYOUT_ADJUSTMENT`
    SerpLayoutAdjustment,
    /// `INCOME_GRADE_ADJUSTMENT`
    IncomeGradeAdjustment,
    /// `AD_GROUP_ADJUSTMENT`
    AdGroupAdjustment,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BidModifierTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MobileAdjustment,
        Self::DesktopAdjustment,
        Self::SmartTvAdjustment,
        Self::TabletAdjustment,
        Self::DesktopOnlyAdjustment,
        Self::DemographicsAdjustment,
        Self::RetargetingAdjustment,
        Self::RegionalAdjustment,
        Self::VideoAdjustment,
        Self::SmartAdAdjustment,
        Self::SerpLayoutAdjustment,
        Self::IncomeGradeAdjustment,
        Self::AdGroupAdjustment,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MobileAdjustment => "MOBILE_ADJUSTMENT",
            Self::DesktopAdjustment => "DESKTOP_ADJUSTMENT",
            Self::SmartTvAdjustment => "SMART_TV_ADJUSTMENT",
            Self::TabletAdjustment => "TABLET_ADJUSTMENT",
            Self::DesktopOnlyAdjustment => "DESKTOP_ONLY_ADJUSTMENT",
            Self::DemographicsAdjustment => "DEMOGRAPHICS_ADJUSTMENT",
            Self::RetargetingAdjustment => "RETARGETING_ADJUSTMENT",
            Self::RegionalAdjustment => "REGIONAL_ADJUSTMENT",
            Self::VideoAdjustment => "VIDEO_ADJUSTMENT",
            Self::SmartAdAdjustment => "SMART_AD_ADJUSTMENT",
            Self::SerpLayoutAdjustment => "SERP_LAYOUT_ADJUSTMENT",
            Self::IncomeGradeAdjustment => "INCOME_GRADE_ADJUSTMENT",
            Self::AdGroupAdjustment => "AD_GROUP_ADJUSTMENT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MOBILE_ADJUSTMENT" => Self::MobileAdjustment,
            "DESKTOP_ADJUSTMENT" => Self::DesktopAdjustment,
            "SMART_TV_ADJUSTMENT" => Self::SmartTvAdjustment,
            "TABLET_ADJUSTMENT" => Self::TabletAdjustment,
            "DESKTOP_ONLY_ADJUSTMENT" => Self::DesktopOnlyAdjustment,
            "DEMOGRAPHICS_ADJUSTMENT" => Self::DemographicsAdjustment,
            "RETARGETING_ADJUSTMENT" => Self::RetargetingAdjustment,
            "REGIONAL_ADJUSTMENT" => Self::RegionalAdjustment,
            "VIDEO_ADJUSTMENT" => Self::VideoAdjustment,
            "SMART_AD_ADJUSTMENT" => Self::SmartAdAdjustment,
            "SERP_LAYOUT_ADJUSTMENT" => Self::SerpLayoutAdjustment,
            "INCOME_GRADE_ADJUSTMENT" => Self::IncomeGradeAdjustment,
            "AD_GROUP_ADJUSTMENT" => Self::AdGroupAdjustment,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BidModifierTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BidModifierTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for BidModifierTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BidModifierLevelEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierLevelEnum {
    /// `CAMPAIGN`
    Campaign,
    /// `AD_GROUP`
    AdGroup,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BidModifierLevelEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Campaign, Self::AdGroup];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Campaign => "CAMPAIGN",
            Self::AdGroup => "AD_GROUP",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CAMPAIGN" => Self::Campaign,
            "AD_GROUP" => Self::AdGroup,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BidModifierLevelEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BidModifierLevelEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for BidModifierLevelEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierLevelEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BidModifierFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierFieldEnum {
    /// `Id`
    Id,
    /// `CampaignId`
    CampaignId,
    /// `AdGroupId`
    AdGroupId,
    /// `Level`
    Level,
    /// `Type`
    Type,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl BidModifierFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::CampaignId,
        Self::AdGroupId,
        Self::Level,
        Self::Type,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::CampaignId => "CampaignId",
            Self::AdGroupId => "AdGroupId",
            Self::Level => "Level",
            Self::Type => "Type",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "CampaignId" => Self::CampaignId,
            "AdGroupId" => Self::AdGroupId,
            "Level" => Self::Level,
            "Type" => Self::Type,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for BidModifierFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for BidModifierFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for BidModifierFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `MobileAdjustmentFieldEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// `OperatingSystemType`
    OperatingSystemType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier, Self::OperatingSystemType];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::OperatingSystemType => "OperatingSystemType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            "OperatingSystemType" => Self::OperatingSystemType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for MobileAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DesktopAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesktopAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DesktopAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DesktopAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DesktopAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DesktopAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SmartTvAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartTvAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartTvAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartTvAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartTvAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SmartTvAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TabletAdjustmentFieldEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TabletAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// `OperatingSystemType`
    OperatingSystemType,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TabletAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier, Self::OperatingSystemType];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::OperatingSystemType => "OperatingSystemType",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            "OperatingSystemType" => Self::OperatingSystemType,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TabletAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TabletAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for TabletAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DesktopOnlyAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesktopOnlyAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DesktopOnlyAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DesktopOnlyAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DesktopOnlyAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DesktopOnlyAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DemographicsAdjustmentFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DemographicsAdjustmentFieldEnum {
    /// `Gender`
    Gender,
    /// `Age`
    Age,
    /// `BidModifier`
    BidModifier,
    /// `Enabled`
    Enabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DemographicsAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Gender,
        Self::Age,
        Self::BidModifier,
        Self::Enabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gender => "Gender",
            Self::Age => "Age",
            Self::BidModifier => "BidModifier",
            Self::Enabled => "Enabled",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Gender" => Self::Gender,
            "Age" => Self::Age,
            "BidModifier" => Self::BidModifier,
            "Enabled" => Self::Enabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DemographicsAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DemographicsAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for DemographicsAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `RetargetingAdjustmentFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingAdjustmentFieldEnum {
    /// `RetargetingConditionId`
    RetargetingConditionId,
    /// `BidModifier`
    BidModifier,
    /// `Accessible`
    Accessible,
    /// `Enabled`
    Enabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RetargetingAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::RetargetingConditionId,
        Self::BidModifier,
        Self::Accessible,
        Self::Enabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RetargetingConditionId => "RetargetingConditionId",
            Self::BidModifier => "BidModifier",
            Self::Accessible => "Accessible",
            Self::Enabled => "Enabled",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RetargetingConditionId" => Self::RetargetingConditionId,
            "BidModifier" => Self::BidModifier,
            "Accessible" => Self::Accessible,
            "Enabled" => Self::Enabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RetargetingAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RetargetingAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for RetargetingAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `RegionalAdjustmentFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionalAdjustmentFieldEnum {
    /// `RegionId`
    RegionId,
    /// `BidModifier`
    BidModifier,
    /// `Enabled`
    Enabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RegionalAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::RegionId,
        Self::BidModifier,
        Self::Enabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RegionId => "RegionId",
            Self::BidModifier => "BidModifier",
            Self::Enabled => "Enabled",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RegionId" => Self::RegionId,
            "BidModifier" => Self::BidModifier,
            "Enabled" => Self::Enabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RegionalAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RegionalAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for RegionalAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `VideoAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl VideoAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for VideoAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for VideoAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for VideoAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SmartAdAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SmartAdAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SmartAdAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SmartAdAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SmartAdAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `SerpLayoutAdjustmentFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SerpLayoutAdjustmentFieldEnum {
    /// `SerpLayout`
    SerpLayout,
    /// `BidModifier`
    BidModifier,
    /// `Enabled`
    Enabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SerpLayoutAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::SerpLayout,
        Self::BidModifier,
        Self::Enabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SerpLayout => "SerpLayout",
            Self::BidModifier => "BidModifier",
            Self::Enabled => "Enabled",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SerpLayout" => Self::SerpLayout,
            "BidModifier" => Self::BidModifier,
            "Enabled" => Self::Enabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SerpLayoutAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SerpLayoutAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for SerpLayoutAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `OperatingSystemTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystemTypeEnum {
    /// `IOS`
    Ios,
    /// `ANDROID`
    Android,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl OperatingSystemTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Ios, Self::Android];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ios => "IOS",
            Self::Android => "ANDROID",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "IOS" => Self::Ios,
            "ANDROID" => Self::Android,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for OperatingSystemTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for OperatingSystemTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for OperatingSystemTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OperatingSystemTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `IncomeGradeAdjustmentFieldEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncomeGradeAdjustmentFieldEnum {
    /// `Grade`
    Grade,
    /// `BidModifier`
    BidModifier,
    /// `Enabled`
    Enabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl IncomeGradeAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Grade, Self::BidModifier, Self::Enabled];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Grade => "Grade",
            Self::BidModifier => "BidModifier",
            Self::Enabled => "Enabled",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Grade" => Self::Grade,
            "BidModifier" => Self::BidModifier,
            "Enabled" => Self::Enabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for IncomeGradeAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for IncomeGradeAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for IncomeGradeAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdGroupAdjustmentFieldEnum`: one of 1 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupAdjustmentFieldEnum {
    /// `BidModifier`
    BidModifier,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupAdjustmentFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::BidModifier];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BidModifier => "BidModifier",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "BidModifier" => Self::BidModifier,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupAdjustmentFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupAdjustmentFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdGroupAdjustmentFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `BidModifiersSelectionCriteria` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidModifiersSelectionCriteria {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Ids`: array of `xsd:long` (optional).
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Types`: array of `BidModifierTypeEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<BidModifierTypeEnum>>,
    /// `Levels`: array of `BidModifierLevelEnum` (required).
    pub levels: ::std::vec::Vec<BidModifierLevelEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidModifiersSelectionCriteria {
    /// A `BidModifiersSelectionCriteria` with its required fields (`Levels`); the others start absent.
    pub fn new(levels: ::std::vec::Vec<BidModifierLevelEnum>) -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            levels,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    pub fn with_types(mut self, value: ::std::vec::Vec<BidModifierTypeEnum>) -> Self {
        self.types = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for BidModifiersSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        map.serialize_entry("Levels", &self.levels)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifiersSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifiersSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifiersSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifiersSelectionCriteria, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut levels = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
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
                        "Levels" => {
                            levels = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifiersSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifiersSelectionCriteria {
                    campaign_ids,
                    ad_group_ids,
                    ids,
                    types,
                    levels: rt::wire::required(levels, "Levels")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidModifierGetItem` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierGetItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional, nillable).
    pub ad_group_id: rt::Nullable<i64>,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Level`: `BidModifierLevelEnum` (optional).
    pub level: ::core::option::Option<BidModifierLevelEnum>,
    /// `Type`: `BidModifierTypeEnum` (optional).
    pub type_: ::core::option::Option<BidModifierTypeEnum>,
    /// `MobileAdjustment`: `MobileAdjustmentGet` (optional).
    pub mobile_adjustment: ::core::option::Option<MobileAdjustmentGet>,
    /// `DesktopAdjustment`: `DesktopAdjustmentGet` (optional).
    pub desktop_adjustment: ::core::option::Option<DesktopAdjustmentGet>,
    /// `SmartTvAdjustment`: `SmartTvAdjustmentGet` (optional).
    pub smart_tv_adjustment: ::core::option::Option<SmartTvAdjustmentGet>,
    /// `TabletAdjustment`: `TabletAdjustmentGet` (optional).
    pub tablet_adjustment: ::core::option::Option<TabletAdjustmentGet>,
    /// `DesktopOnlyAdjustment`: `DesktopOnlyAdjustmentGet` (optional).
    pub desktop_only_adjustment: ::core::option::Option<DesktopOnlyAdjustmentGet>,
    /// `DemographicsAdjustment`: `DemographicsAdjustmentGet` (optional).
    pub demographics_adjustment: ::core::option::Option<DemographicsAdjustmentGet>,
    /// `RetargetingAdjustment`: `RetargetingAdjustmentGet` (optional).
    pub retargeting_adjustment: ::core::option::Option<RetargetingAdjustmentGet>,
    /// `RegionalAdjustment`: `RegionalAdjustmentGet` (optional).
    pub regional_adjustment: ::core::option::Option<RegionalAdjustmentGet>,
    /// `VideoAdjustment`: `VideoAdjustmentGet` (optional).
    pub video_adjustment: ::core::option::Option<VideoAdjustmentGet>,
    /// `SmartAdAdjustment`: `SmartAdAdjustmentGet` (optional).
    pub smart_ad_adjustment: ::core::option::Option<SmartAdAdjustmentGet>,
    /// `SerpLayoutAdjustment`: `SerpLayoutAdjustmentGet` (optional).
    pub serp_layout_adjustment: ::core::option::Option<SerpLayoutAdjustmentGet>,
    /// `IncomeGradeAdjustment`: `IncomeGradeAdjustmentGet` (optional).
    pub income_grade_adjustment: ::core::option::Option<IncomeGradeAdjustmentGet>,
    /// `AdGroupAdjustment`: `AdGroupAdjustmentGet` (optional).
    pub ad_group_adjustment: ::core::option::Option<AdGroupAdjustmentGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidModifierGetItem {
    /// An empty `BidModifierGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: rt::Nullable::Absent,
            id: ::core::option::Option::None,
            level: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            mobile_adjustment: ::core::option::Option::None,
            desktop_adjustment: ::core::option::Option::None,
            smart_tv_adjustment: ::core::option::Option::None,
            tablet_adjustment: ::core::option::Option::None,
            desktop_only_adjustment: ::core::option::Option::None,
            demographics_adjustment: ::core::option::Option::None,
            retargeting_adjustment: ::core::option::Option::None,
            regional_adjustment: ::core::option::Option::None,
            video_adjustment: ::core::option::Option::None,
            smart_ad_adjustment: ::core::option::Option::None,
            serp_layout_adjustment: ::core::option::Option::None,
            income_grade_adjustment: ::core::option::Option::None,
            ad_group_adjustment: ::core::option::Option::None,
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
        self.ad_group_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Level`.
    #[inline]
    #[must_use]
    pub fn with_level(mut self, value: BidModifierLevelEnum) -> Self {
        self.level = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: BidModifierTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobileAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_mobile_adjustment(mut self, value: MobileAdjustmentGet) -> Self {
        self.mobile_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_desktop_adjustment(mut self, value: DesktopAdjustmentGet) -> Self {
        self.desktop_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartTvAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_smart_tv_adjustment(mut self, value: SmartTvAdjustmentGet) -> Self {
        self.smart_tv_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TabletAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_tablet_adjustment(mut self, value: TabletAdjustmentGet) -> Self {
        self.tablet_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopOnlyAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_desktop_only_adjustment(
        mut self,
        value: DesktopOnlyAdjustmentGet,
    ) -> Self {
        self.desktop_only_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DemographicsAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_demographics_adjustment(
        mut self,
        value: DemographicsAdjustmentGet,
    ) -> Self {
        self.demographics_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RetargetingAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_adjustment(
        mut self,
        value: RetargetingAdjustmentGet,
    ) -> Self {
        self.retargeting_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionalAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_regional_adjustment(mut self, value: RegionalAdjustmentGet) -> Self {
        self.regional_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_video_adjustment(mut self, value: VideoAdjustmentGet) -> Self {
        self.video_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_adjustment(mut self, value: SmartAdAdjustmentGet) -> Self {
        self.smart_ad_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SerpLayoutAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_serp_layout_adjustment(
        mut self,
        value: SerpLayoutAdjustmentGet,
    ) -> Self {
        self.serp_layout_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IncomeGradeAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_income_grade_adjustment(
        mut self,
        value: IncomeGradeAdjustmentGet,
    ) -> Self {
        self.income_grade_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_adjustment(mut self, value: AdGroupAdjustmentGet) -> Self {
        self.ad_group_adjustment = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for BidModifierGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if self.ad_group_id.is_present() {
            map.serialize_entry("AdGroupId", &self.ad_group_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.level {
            map.serialize_entry("Level", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment {
            map.serialize_entry("MobileAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment {
            map.serialize_entry("DesktopAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_tv_adjustment {
            map.serialize_entry("SmartTvAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment {
            map.serialize_entry("TabletAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_only_adjustment {
            map.serialize_entry("DesktopOnlyAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.demographics_adjustment {
            map.serialize_entry("DemographicsAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.retargeting_adjustment {
            map.serialize_entry("RetargetingAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.regional_adjustment {
            map.serialize_entry("RegionalAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment {
            map.serialize_entry("VideoAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_adjustment {
            map.serialize_entry("SmartAdAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serp_layout_adjustment {
            map.serialize_entry("SerpLayoutAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.income_grade_adjustment {
            map.serialize_entry("IncomeGradeAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_adjustment {
            map.serialize_entry("AdGroupAdjustment", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierGetItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = rt::Nullable::Absent;
                let mut id = ::core::option::Option::None;
                let mut level = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut mobile_adjustment = ::core::option::Option::None;
                let mut desktop_adjustment = ::core::option::Option::None;
                let mut smart_tv_adjustment = ::core::option::Option::None;
                let mut tablet_adjustment = ::core::option::Option::None;
                let mut desktop_only_adjustment = ::core::option::Option::None;
                let mut demographics_adjustment = ::core::option::Option::None;
                let mut retargeting_adjustment = ::core::option::Option::None;
                let mut regional_adjustment = ::core::option::Option::None;
                let mut video_adjustment = ::core::option::Option::None;
                let mut smart_ad_adjustment = ::core::option::Option::None;
                let mut serp_layout_adjustment = ::core::option::Option::None;
                let mut income_grade_adjustment = ::core::option::Option::None;
                let mut ad_group_adjustment = ::core::option::Option::None;
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
                        "AdGroupId" => ad_group_id = map.next_value()?,
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Level" => {
                            level = rt::wire::optional_value(
                                &mut map,
                                "Level",
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
                        "MobileAdjustment" => {
                            mobile_adjustment = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustment" => {
                            desktop_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustment" => {
                            smart_tv_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustment" => {
                            tablet_adjustment = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustment" => {
                            desktop_only_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustment" => {
                            demographics_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustment" => {
                            retargeting_adjustment = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustment" => {
                            regional_adjustment = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustment" => {
                            video_adjustment = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustment" => {
                            smart_ad_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustment" => {
                            serp_layout_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustment" => {
                            income_grade_adjustment = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustment" => {
                            ad_group_adjustment = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierGetItem {
                    campaign_id,
                    ad_group_id,
                    id,
                    level,
                    type_,
                    mobile_adjustment,
                    desktop_adjustment,
                    smart_tv_adjustment,
                    tablet_adjustment,
                    desktop_only_adjustment,
                    demographics_adjustment,
                    retargeting_adjustment,
                    regional_adjustment,
                    video_adjustment,
                    smart_ad_adjustment,
                    serp_layout_adjustment,
                    income_grade_adjustment,
                    ad_group_adjustment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `MobileAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `OperatingSystemType`: `OperatingSystemTypeEnum` (optional, nillable).
    pub operating_system_type: rt::Nullable<OperatingSystemTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAdjustmentGet {
    /// An empty `MobileAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            operating_system_type: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OperatingSystemType`.
    #[inline]
    #[must_use]
    pub fn with_operating_system_type(mut self, value: OperatingSystemTypeEnum) -> Self {
        self.operating_system_type = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for MobileAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if self.operating_system_type.is_present() {
            map.serialize_entry("OperatingSystemType", &self.operating_system_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "OperatingSystemType" => {
                            operating_system_type = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAdjustmentGet {
                    bid_modifier,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DesktopAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DesktopAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DesktopAdjustmentGet {
    /// An empty `DesktopAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DesktopAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartTvAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartTvAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartTvAdjustmentGet {
    /// An empty `SmartTvAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SmartTvAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartTvAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartTvAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartTvAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartTvAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartTvAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TabletAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TabletAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `OperatingSystemType`: `OperatingSystemTypeEnum` (optional, nillable).
    pub operating_system_type: rt::Nullable<OperatingSystemTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TabletAdjustmentGet {
    /// An empty `TabletAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            operating_system_type: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OperatingSystemType`.
    #[inline]
    #[must_use]
    pub fn with_operating_system_type(mut self, value: OperatingSystemTypeEnum) -> Self {
        self.operating_system_type = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TabletAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if self.operating_system_type.is_present() {
            map.serialize_entry("OperatingSystemType", &self.operating_system_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TabletAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TabletAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TabletAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "OperatingSystemType" => {
                            operating_system_type = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TabletAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TabletAdjustmentGet {
                    bid_modifier,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DesktopOnlyAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DesktopOnlyAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DesktopOnlyAdjustmentGet {
    /// An empty `DesktopOnlyAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DesktopOnlyAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopOnlyAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopOnlyAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopOnlyAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopOnlyAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopOnlyAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DemographicsAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DemographicsAdjustmentGet {
    /// `Gender`: `general:GenderEnum` (optional, nillable).
    pub gender: rt::Nullable<super::general::GenderEnum>,
    /// `Age`: `general:AgeRangeEnum` (optional, nillable).
    pub age: rt::Nullable<super::general::AgeRangeEnum>,
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `Enabled`: `general:YesNoEnum` (optional).
    pub enabled: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DemographicsAdjustmentGet {
    /// An empty `DemographicsAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            gender: rt::Nullable::Absent,
            age: rt::Nullable::Absent,
            bid_modifier: ::core::option::Option::None,
            enabled: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Gender`.
    #[inline]
    #[must_use]
    pub fn with_gender(mut self, value: super::general::GenderEnum) -> Self {
        self.gender = rt::Nullable::Value(value);
        self
    }
    /// Sets `Age`.
    #[inline]
    #[must_use]
    pub fn with_age(mut self, value: super::general::AgeRangeEnum) -> Self {
        self.age = rt::Nullable::Value(value);
        self
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Enabled`.
    #[inline]
    #[must_use]
    pub fn with_enabled(mut self, value: super::general::YesNoEnum) -> Self {
        self.enabled = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DemographicsAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.gender.is_present() {
            map.serialize_entry("Gender", &self.gender)?;
        }
        if self.age.is_present() {
            map.serialize_entry("Age", &self.age)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DemographicsAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DemographicsAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DemographicsAdjustmentGet, A::Error> {
                let mut gender = rt::Nullable::Absent;
                let mut age = rt::Nullable::Absent;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Gender" => gender = map.next_value()?,
                        "Age" => age = map.next_value()?,
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DemographicsAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DemographicsAdjustmentGet {
                    gender,
                    age,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `IncomeGradeAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IncomeGradeAdjustmentGet {
    /// `Grade`: `general:IncomeGradeEnum` (optional).
    pub grade: ::core::option::Option<super::general::IncomeGradeEnum>,
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `Enabled`: `general:YesNoEnum` (optional).
    pub enabled: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl IncomeGradeAdjustmentGet {
    /// An empty `IncomeGradeAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            grade: ::core::option::Option::None,
            bid_modifier: ::core::option::Option::None,
            enabled: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Grade`.
    #[inline]
    #[must_use]
    pub fn with_grade(mut self, value: super::general::IncomeGradeEnum) -> Self {
        self.grade = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Enabled`.
    #[inline]
    #[must_use]
    pub fn with_enabled(mut self, value: super::general::YesNoEnum) -> Self {
        self.enabled = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for IncomeGradeAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.grade {
            map.serialize_entry("Grade", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = IncomeGradeAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `IncomeGradeAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<IncomeGradeAdjustmentGet, A::Error> {
                let mut grade = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Grade" => {
                            grade = rt::wire::optional_value(
                                &mut map,
                                "Grade",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "IncomeGradeAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(IncomeGradeAdjustmentGet {
                    grade,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingAdjustmentGet {
    /// `RetargetingConditionId`: `xsd:long` (optional).
    pub retargeting_condition_id: ::core::option::Option<i64>,
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `Accessible`: `general:YesNoEnum` (optional).
    pub accessible: ::core::option::Option<super::general::YesNoEnum>,
    /// `Enabled`: `general:YesNoEnum` (optional).
    pub enabled: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingAdjustmentGet {
    /// An empty `RetargetingAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            retargeting_condition_id: ::core::option::Option::None,
            bid_modifier: ::core::option::Option::None,
            accessible: ::core::option::Option::None,
            enabled: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RetargetingConditionId`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_condition_id(mut self, value: i64) -> Self {
        self.retargeting_condition_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Accessible`.
    #[inline]
    #[must_use]
    pub fn with_accessible(mut self, value: super::general::YesNoEnum) -> Self {
        self.accessible = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Enabled`.
    #[inline]
    #[must_use]
    pub fn with_enabled(mut self, value: super::general::YesNoEnum) -> Self {
        self.enabled = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.retargeting_condition_id {
            map.serialize_entry("RetargetingConditionId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.accessible {
            map.serialize_entry("Accessible", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingAdjustmentGet, A::Error> {
                let mut retargeting_condition_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut accessible = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingConditionId" => {
                            retargeting_condition_id = rt::wire::optional_value(
                                &mut map,
                                "RetargetingConditionId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Accessible" => {
                            accessible = rt::wire::optional_value(
                                &mut map,
                                "Accessible",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingAdjustmentGet {
                    retargeting_condition_id,
                    bid_modifier,
                    accessible,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RegionalAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionalAdjustmentGet {
    /// `RegionId`: `xsd:long` (optional).
    pub region_id: ::core::option::Option<i64>,
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `Enabled`: `general:YesNoEnum` (optional).
    pub enabled: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RegionalAdjustmentGet {
    /// An empty `RegionalAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            region_id: ::core::option::Option::None,
            bid_modifier: ::core::option::Option::None,
            enabled: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `RegionId`.
    #[inline]
    #[must_use]
    pub fn with_region_id(mut self, value: i64) -> Self {
        self.region_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Enabled`.
    #[inline]
    #[must_use]
    pub fn with_enabled(mut self, value: super::general::YesNoEnum) -> Self {
        self.enabled = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RegionalAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.region_id {
            map.serialize_entry("RegionId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RegionalAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RegionalAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RegionalAdjustmentGet, A::Error> {
                let mut region_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => {
                            region_id = rt::wire::optional_value(
                                &mut map,
                                "RegionId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RegionalAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RegionalAdjustmentGet {
                    region_id,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `VideoAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoAdjustmentGet {
    /// An empty `VideoAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for VideoAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartAdAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdAdjustmentGet {
    /// An empty `SmartAdAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SmartAdAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SerpLayoutAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SerpLayoutAdjustmentGet {
    /// `SerpLayout`: `general:SerpLayoutEnum` (optional).
    pub serp_layout: ::core::option::Option<super::general::SerpLayoutEnum>,
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// `Enabled`: `general:YesNoEnum` (optional).
    pub enabled: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SerpLayoutAdjustmentGet {
    /// An empty `SerpLayoutAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            serp_layout: ::core::option::Option::None,
            bid_modifier: ::core::option::Option::None,
            enabled: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SerpLayout`.
    #[inline]
    #[must_use]
    pub fn with_serp_layout(mut self, value: super::general::SerpLayoutEnum) -> Self {
        self.serp_layout = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Enabled`.
    #[inline]
    #[must_use]
    pub fn with_enabled(mut self, value: super::general::YesNoEnum) -> Self {
        self.enabled = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SerpLayoutAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.serp_layout {
            map.serialize_entry("SerpLayout", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.enabled {
            map.serialize_entry("Enabled", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SerpLayoutAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SerpLayoutAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SerpLayoutAdjustmentGet, A::Error> {
                let mut serp_layout = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut enabled = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SerpLayout" => {
                            serp_layout = rt::wire::optional_value(
                                &mut map,
                                "SerpLayout",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        "Enabled" => {
                            enabled = rt::wire::optional_value(
                                &mut map,
                                "Enabled",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SerpLayoutAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SerpLayoutAdjustmentGet {
                    serp_layout,
                    bid_modifier,
                    enabled,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupAdjustmentGet` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupAdjustmentGet {
    /// `BidModifier`: `xsd:int` (optional).
    pub bid_modifier: ::core::option::Option<i32>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupAdjustmentGet {
    /// An empty `AdGroupAdjustmentGet`: every field absent.
    pub fn new() -> Self {
        Self {
            bid_modifier: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BidModifier`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifier(mut self, value: i32) -> Self {
        self.bid_modifier = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdGroupAdjustmentGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.bid_modifier {
            map.serialize_entry("BidModifier", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAdjustmentGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAdjustmentGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAdjustmentGet, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = rt::wire::optional_value(
                                &mut map,
                                "BidModifier",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAdjustmentGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAdjustmentGet {
                    bid_modifier,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidModifierAddBase` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierAddBase {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidModifierAddBase {
    /// An empty `BidModifierAddBase`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
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
}
impl ::serde::Serialize for BidModifierAddBase {
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
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierAddBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierAddBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierAddBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierAddBase, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierAddBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierAddBase {
                    campaign_id,
                    ad_group_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `MobileAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// `OperatingSystemType`: `OperatingSystemTypeEnum` (optional).
    pub operating_system_type: ::core::option::Option<OperatingSystemTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MobileAdjustmentAdd {
    /// A `MobileAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            operating_system_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `OperatingSystemType`.
    #[inline]
    #[must_use]
    pub fn with_operating_system_type(mut self, value: OperatingSystemTypeEnum) -> Self {
        self.operating_system_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for MobileAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        if let ::core::option::Option::Some(value) = &self.operating_system_type {
            map.serialize_entry("OperatingSystemType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MobileAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MobileAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MobileAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MobileAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "OperatingSystemType" => {
                            operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "OperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MobileAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MobileAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DesktopAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DesktopAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DesktopAdjustmentAdd {
    /// A `DesktopAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DesktopAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartTvAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartTvAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartTvAdjustmentAdd {
    /// A `SmartTvAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SmartTvAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartTvAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartTvAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartTvAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartTvAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartTvAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartTvAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TabletAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TabletAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// `OperatingSystemType`: `OperatingSystemTypeEnum` (optional).
    pub operating_system_type: ::core::option::Option<OperatingSystemTypeEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TabletAdjustmentAdd {
    /// A `TabletAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            operating_system_type: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `OperatingSystemType`.
    #[inline]
    #[must_use]
    pub fn with_operating_system_type(mut self, value: OperatingSystemTypeEnum) -> Self {
        self.operating_system_type = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TabletAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        if let ::core::option::Option::Some(value) = &self.operating_system_type {
            map.serialize_entry("OperatingSystemType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TabletAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TabletAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TabletAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TabletAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut operating_system_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "OperatingSystemType" => {
                            operating_system_type = rt::wire::optional_value(
                                &mut map,
                                "OperatingSystemType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TabletAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TabletAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    operating_system_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DesktopOnlyAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DesktopOnlyAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DesktopOnlyAdjustmentAdd {
    /// A `DesktopOnlyAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DesktopOnlyAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DesktopOnlyAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DesktopOnlyAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DesktopOnlyAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DesktopOnlyAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DesktopOnlyAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DesktopOnlyAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DemographicsAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DemographicsAdjustmentAdd {
    /// `Gender`: `general:GenderEnum` (optional).
    pub gender: ::core::option::Option<super::general::GenderEnum>,
    /// `Age`: `general:AgeRangeEnum` (optional).
    pub age: ::core::option::Option<super::general::AgeRangeEnum>,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DemographicsAdjustmentAdd {
    /// A `DemographicsAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            gender: ::core::option::Option::None,
            age: ::core::option::Option::None,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Gender`.
    #[inline]
    #[must_use]
    pub fn with_gender(mut self, value: super::general::GenderEnum) -> Self {
        self.gender = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Age`.
    #[inline]
    #[must_use]
    pub fn with_age(mut self, value: super::general::AgeRangeEnum) -> Self {
        self.age = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DemographicsAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.gender {
            map.serialize_entry("Gender", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.age {
            map.serialize_entry("Age", value)?;
        }
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DemographicsAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DemographicsAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DemographicsAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DemographicsAdjustmentAdd, A::Error> {
                let mut gender = ::core::option::Option::None;
                let mut age = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Gender" => {
                            gender = rt::wire::optional_value(
                                &mut map,
                                "Gender",
                                &mut unknown_fields,
                            )?;
                        }
                        "Age" => {
                            age = rt::wire::optional_value(
                                &mut map,
                                "Age",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DemographicsAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DemographicsAdjustmentAdd {
                    gender,
                    age,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingAdjustmentAdd {
    /// `RetargetingConditionId`: `xsd:long` (required).
    pub retargeting_condition_id: i64,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingAdjustmentAdd {
    /// A `RetargetingAdjustmentAdd` with its required fields (`RetargetingConditionId`, `BidModifier`); the others start absent.
    pub fn new(retargeting_condition_id: i64, bid_modifier: i32) -> Self {
        Self {
            retargeting_condition_id,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for RetargetingAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RetargetingConditionId", &self.retargeting_condition_id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingAdjustmentAdd, A::Error> {
                let mut retargeting_condition_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingConditionId" => {
                            retargeting_condition_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingAdjustmentAdd {
                    retargeting_condition_id: rt::wire::required(
                        retargeting_condition_id,
                        "RetargetingConditionId",
                    )?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RegionalAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionalAdjustmentAdd {
    /// `RegionId`: `xsd:long` (required).
    pub region_id: i64,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RegionalAdjustmentAdd {
    /// A `RegionalAdjustmentAdd` with its required fields (`RegionId`, `BidModifier`); the others start absent.
    pub fn new(region_id: i64, bid_modifier: i32) -> Self {
        Self {
            region_id,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for RegionalAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RegionId", &self.region_id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RegionalAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RegionalAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RegionalAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RegionalAdjustmentAdd, A::Error> {
                let mut region_id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => {
                            region_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RegionalAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RegionalAdjustmentAdd {
                    region_id: rt::wire::required(region_id, "RegionId")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `VideoAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VideoAdjustmentAdd {
    /// A `VideoAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for VideoAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VideoAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VideoAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VideoAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VideoAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VideoAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VideoAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SmartAdAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartAdAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmartAdAdjustmentAdd {
    /// A `SmartAdAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SmartAdAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmartAdAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmartAdAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmartAdAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmartAdAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmartAdAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmartAdAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdGroupAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupAdjustmentAdd {
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdGroupAdjustmentAdd {
    /// A `AdGroupAdjustmentAdd` with its required fields (`BidModifier`); the others start absent.
    pub fn new(bid_modifier: i32) -> Self {
        Self {
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AdGroupAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdGroupAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdGroupAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdGroupAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdGroupAdjustmentAdd, A::Error> {
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdGroupAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdGroupAdjustmentAdd {
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SerpLayoutAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SerpLayoutAdjustmentAdd {
    /// `SerpLayout`: `general:SerpLayoutEnum` (required).
    pub serp_layout: super::general::SerpLayoutEnum,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SerpLayoutAdjustmentAdd {
    /// A `SerpLayoutAdjustmentAdd` with its required fields (`SerpLayout`, `BidModifier`); the others start absent.
    pub fn new(serp_layout: super::general::SerpLayoutEnum, bid_modifier: i32) -> Self {
        Self {
            serp_layout,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SerpLayoutAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SerpLayout", &self.serp_layout)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SerpLayoutAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SerpLayoutAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SerpLayoutAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SerpLayoutAdjustmentAdd, A::Error> {
                let mut serp_layout = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SerpLayout" => {
                            serp_layout = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SerpLayoutAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SerpLayoutAdjustmentAdd {
                    serp_layout: rt::wire::required(serp_layout, "SerpLayout")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `IncomeGradeAdjustmentAdd` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IncomeGradeAdjustmentAdd {
    /// `Grade`: `general:IncomeGradeEnum` (required).
    pub grade: super::general::IncomeGradeEnum,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl IncomeGradeAdjustmentAdd {
    /// A `IncomeGradeAdjustmentAdd` with its required fields (`Grade`, `BidModifier`); the others start absent.
    pub fn new(grade: super::general::IncomeGradeEnum, bid_modifier: i32) -> Self {
        Self {
            grade,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for IncomeGradeAdjustmentAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Grade", &self.grade)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for IncomeGradeAdjustmentAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = IncomeGradeAdjustmentAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `IncomeGradeAdjustmentAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<IncomeGradeAdjustmentAdd, A::Error> {
                let mut grade = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Grade" => {
                            grade = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "IncomeGradeAdjustmentAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(IncomeGradeAdjustmentAdd {
                    grade: rt::wire::required(grade, "Grade")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidModifierAddItem` (`schema/direct_v5/bidmodifiers.json`). Extends `BidModifierAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierAddItem {
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `AdGroupId`: `xsd:long` (optional).
    pub ad_group_id: ::core::option::Option<i64>,
    /// `MobileAdjustment`: `MobileAdjustmentAdd` (optional).
    pub mobile_adjustment: ::core::option::Option<MobileAdjustmentAdd>,
    /// `DesktopAdjustment`: `DesktopAdjustmentAdd` (optional).
    pub desktop_adjustment: ::core::option::Option<DesktopAdjustmentAdd>,
    /// `SmartTvAdjustment`: `SmartTvAdjustmentAdd` (optional).
    pub smart_tv_adjustment: ::core::option::Option<SmartTvAdjustmentAdd>,
    /// `TabletAdjustment`: `TabletAdjustmentAdd` (optional).
    pub tablet_adjustment: ::core::option::Option<TabletAdjustmentAdd>,
    /// `DesktopOnlyAdjustment`: `DesktopOnlyAdjustmentAdd` (optional).
    pub desktop_only_adjustment: ::core::option::Option<DesktopOnlyAdjustmentAdd>,
    /// `DemographicsAdjustments`: array of `DemographicsAdjustmentAdd` (optional).
    pub demographics_adjustments: ::core::option::Option<
        ::std::vec::Vec<DemographicsAdjustmentAdd>,
    >,
    /// `RetargetingAdjustments`: array of `RetargetingAdjustmentAdd` (optional).
    pub retargeting_adjustments: ::core::option::Option<
        ::std::vec::Vec<RetargetingAdjustmentAdd>,
    >,
    /// `RegionalAdjustments`: array of `RegionalAdjustmentAdd` (optional).
    pub regional_adjustments: ::core::option::Option<
        ::std::vec::Vec<RegionalAdjustmentAdd>,
    >,
    /// `VideoAdjustment`: `VideoAdjustmentAdd` (optional).
    pub video_adjustment: ::core::option::Option<VideoAdjustmentAdd>,
    /// `SmartAdAdjustment`: `SmartAdAdjustmentAdd` (optional).
    pub smart_ad_adjustment: ::core::option::Option<SmartAdAdjustmentAdd>,
    /// `SerpLayoutAdjustments`: array of `SerpLayoutAdjustmentAdd` (optional).
    pub serp_layout_adjustments: ::core::option::Option<
        ::std::vec::Vec<SerpLayoutAdjustmentAdd>,
    >,
    /// `IncomeGradeAdjustments`: array of `IncomeGradeAdjustmentAdd` (optional).
    pub income_grade_adjustments: ::core::option::Option<
        ::std::vec::Vec<IncomeGradeAdjustmentAdd>,
    >,
    /// `AdGroupAdjustment`: `AdGroupAdjustmentAdd` (optional).
    pub ad_group_adjustment: ::core::option::Option<AdGroupAdjustmentAdd>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidModifierAddItem {
    /// An empty `BidModifierAddItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            mobile_adjustment: ::core::option::Option::None,
            desktop_adjustment: ::core::option::Option::None,
            smart_tv_adjustment: ::core::option::Option::None,
            tablet_adjustment: ::core::option::Option::None,
            desktop_only_adjustment: ::core::option::Option::None,
            demographics_adjustments: ::core::option::Option::None,
            retargeting_adjustments: ::core::option::Option::None,
            regional_adjustments: ::core::option::Option::None,
            video_adjustment: ::core::option::Option::None,
            smart_ad_adjustment: ::core::option::Option::None,
            serp_layout_adjustments: ::core::option::Option::None,
            income_grade_adjustments: ::core::option::Option::None,
            ad_group_adjustment: ::core::option::Option::None,
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
    /// Sets `MobileAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_mobile_adjustment(mut self, value: MobileAdjustmentAdd) -> Self {
        self.mobile_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_desktop_adjustment(mut self, value: DesktopAdjustmentAdd) -> Self {
        self.desktop_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartTvAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_smart_tv_adjustment(mut self, value: SmartTvAdjustmentAdd) -> Self {
        self.smart_tv_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TabletAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_tablet_adjustment(mut self, value: TabletAdjustmentAdd) -> Self {
        self.tablet_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopOnlyAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_desktop_only_adjustment(
        mut self,
        value: DesktopOnlyAdjustmentAdd,
    ) -> Self {
        self.desktop_only_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DemographicsAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_demographics_adjustments(
        mut self,
        value: ::std::vec::Vec<DemographicsAdjustmentAdd>,
    ) -> Self {
        self.demographics_adjustments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RetargetingAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_adjustments(
        mut self,
        value: ::std::vec::Vec<RetargetingAdjustmentAdd>,
    ) -> Self {
        self.retargeting_adjustments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionalAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_regional_adjustments(
        mut self,
        value: ::std::vec::Vec<RegionalAdjustmentAdd>,
    ) -> Self {
        self.regional_adjustments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_video_adjustment(mut self, value: VideoAdjustmentAdd) -> Self {
        self.video_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_adjustment(mut self, value: SmartAdAdjustmentAdd) -> Self {
        self.smart_ad_adjustment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SerpLayoutAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_serp_layout_adjustments(
        mut self,
        value: ::std::vec::Vec<SerpLayoutAdjustmentAdd>,
    ) -> Self {
        self.serp_layout_adjustments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IncomeGradeAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_income_grade_adjustments(
        mut self,
        value: ::std::vec::Vec<IncomeGradeAdjustmentAdd>,
    ) -> Self {
        self.income_grade_adjustments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupAdjustment`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_adjustment(mut self, value: AdGroupAdjustmentAdd) -> Self {
        self.ad_group_adjustment = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for BidModifierAddItem {
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
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment {
            map.serialize_entry("MobileAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment {
            map.serialize_entry("DesktopAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_tv_adjustment {
            map.serialize_entry("SmartTvAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment {
            map.serialize_entry("TabletAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_only_adjustment {
            map.serialize_entry("DesktopOnlyAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.demographics_adjustments {
            map.serialize_entry("DemographicsAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.retargeting_adjustments {
            map.serialize_entry("RetargetingAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.regional_adjustments {
            map.serialize_entry("RegionalAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment {
            map.serialize_entry("VideoAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.smart_ad_adjustment {
            map.serialize_entry("SmartAdAdjustment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.serp_layout_adjustments {
            map.serialize_entry("SerpLayoutAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.income_grade_adjustments {
            map.serialize_entry("IncomeGradeAdjustments", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_adjustment {
            map.serialize_entry("AdGroupAdjustment", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierAddItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut ad_group_id = ::core::option::Option::None;
                let mut mobile_adjustment = ::core::option::Option::None;
                let mut desktop_adjustment = ::core::option::Option::None;
                let mut smart_tv_adjustment = ::core::option::Option::None;
                let mut tablet_adjustment = ::core::option::Option::None;
                let mut desktop_only_adjustment = ::core::option::Option::None;
                let mut demographics_adjustments = ::core::option::Option::None;
                let mut retargeting_adjustments = ::core::option::Option::None;
                let mut regional_adjustments = ::core::option::Option::None;
                let mut video_adjustment = ::core::option::Option::None;
                let mut smart_ad_adjustment = ::core::option::Option::None;
                let mut serp_layout_adjustments = ::core::option::Option::None;
                let mut income_grade_adjustments = ::core::option::Option::None;
                let mut ad_group_adjustment = ::core::option::Option::None;
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
                        "MobileAdjustment" => {
                            mobile_adjustment = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustment" => {
                            desktop_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustment" => {
                            smart_tv_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustment" => {
                            tablet_adjustment = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustment" => {
                            desktop_only_adjustment = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustments" => {
                            demographics_adjustments = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustments" => {
                            retargeting_adjustments = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustments" => {
                            regional_adjustments = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustment" => {
                            video_adjustment = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustment" => {
                            smart_ad_adjustment = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustments" => {
                            serp_layout_adjustments = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustments" => {
                            income_grade_adjustments = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustments",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustment" => {
                            ad_group_adjustment = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustment",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierAddItem {
                    campaign_id,
                    ad_group_id,
                    mobile_adjustment,
                    desktop_adjustment,
                    smart_tv_adjustment,
                    tablet_adjustment,
                    desktop_only_adjustment,
                    demographics_adjustments,
                    retargeting_adjustments,
                    regional_adjustments,
                    video_adjustment,
                    smart_ad_adjustment,
                    serp_layout_adjustments,
                    income_grade_adjustments,
                    ad_group_adjustment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BidModifierSetItem` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidModifierSetItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `BidModifier`: `xsd:int` (required).
    pub bid_modifier: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BidModifierSetItem {
    /// A `BidModifierSetItem` with its required fields (`Id`, `BidModifier`); the others start absent.
    pub fn new(id: i64, bid_modifier: i32) -> Self {
        Self {
            id,
            bid_modifier,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for BidModifierSetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("BidModifier", &self.bid_modifier)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BidModifierSetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BidModifierSetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BidModifierSetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BidModifierSetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut bid_modifier = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "BidModifier" => {
                            bid_modifier = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BidModifierSetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BidModifierSetItem {
                    id: rt::wire::required(id, "Id")?,
                    bid_modifier: rt::wire::required(bid_modifier, "BidModifier")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/bidmodifiers.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `BidModifiersSelectionCriteria` (required).
    pub selection_criteria: BidModifiersSelectionCriteria,
    /// `FieldNames`: array of `BidModifierFieldEnum` (required).
    pub field_names: ::std::vec::Vec<BidModifierFieldEnum>,
    /// `MobileAdjustmentFieldNames`: array of `MobileAdjustmentFieldEnum` (optional).
    pub mobile_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAdjustmentFieldEnum>,
    >,
    /// `DesktopAdjustmentFieldNames`: array of `DesktopAdjustmentFieldEnum` (optional).
    pub desktop_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DesktopAdjustmentFieldEnum>,
    >,
    /// `SmartTvAdjustmentFieldNames`: array of `SmartTvAdjustmentFieldEnum` (optional).
    pub smart_tv_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartTvAdjustmentFieldEnum>,
    >,
    /// `TabletAdjustmentFieldNames`: array of `TabletAdjustmentFieldEnum` (optional).
    pub tablet_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<TabletAdjustmentFieldEnum>,
    >,
    /// `DesktopOnlyAdjustmentFieldNames`: array of `DesktopOnlyAdjustmentFieldEnum` (optional).
    pub desktop_only_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DesktopOnlyAdjustmentFieldEnum>,
    >,
    /// `DemographicsAdjustmentFieldNames`: array of `DemographicsAdjustmentFieldEnum` (optional).
    pub demographics_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DemographicsAdjustmentFieldEnum>,
    >,
    /// `RetargetingAdjustmentFieldNames`: array of `RetargetingAdjustmentFieldEnum` (optional).
    pub retargeting_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<RetargetingAdjustmentFieldEnum>,
    >,
    /// `RegionalAdjustmentFieldNames`: array of `RegionalAdjustmentFieldEnum` (optional).
    pub regional_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<RegionalAdjustmentFieldEnum>,
    >,
    /// `VideoAdjustmentFieldNames`: array of `VideoAdjustmentFieldEnum` (optional).
    pub video_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<VideoAdjustmentFieldEnum>,
    >,
    /// `SmartAdAdjustmentFieldNames`: array of `SmartAdAdjustmentFieldEnum` (optional).
    pub smart_ad_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdAdjustmentFieldEnum>,
    >,
    /// `SerpLayoutAdjustmentFieldNames`: array of `SerpLayoutAdjustmentFieldEnum` (optional).
    pub serp_layout_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SerpLayoutAdjustmentFieldEnum>,
    >,
    /// `IncomeGradeAdjustmentFieldNames`: array of `IncomeGradeAdjustmentFieldEnum` (optional).
    pub income_grade_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<IncomeGradeAdjustmentFieldEnum>,
    >,
    /// `AdGroupAdjustmentFieldNames`: array of `AdGroupAdjustmentFieldEnum` (optional).
    pub ad_group_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<AdGroupAdjustmentFieldEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: BidModifiersSelectionCriteria,
        field_names: ::std::vec::Vec<BidModifierFieldEnum>,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names,
            mobile_adjustment_field_names: ::core::option::Option::None,
            desktop_adjustment_field_names: ::core::option::Option::None,
            smart_tv_adjustment_field_names: ::core::option::Option::None,
            tablet_adjustment_field_names: ::core::option::Option::None,
            desktop_only_adjustment_field_names: ::core::option::Option::None,
            demographics_adjustment_field_names: ::core::option::Option::None,
            retargeting_adjustment_field_names: ::core::option::Option::None,
            regional_adjustment_field_names: ::core::option::Option::None,
            video_adjustment_field_names: ::core::option::Option::None,
            smart_ad_adjustment_field_names: ::core::option::Option::None,
            serp_layout_adjustment_field_names: ::core::option::Option::None,
            income_grade_adjustment_field_names: ::core::option::Option::None,
            ad_group_adjustment_field_names: ::core::option::Option::None,
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
    /// Sets `MobileAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_mobile_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<MobileAdjustmentFieldEnum>,
    ) -> Self {
        self.mobile_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_desktop_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<DesktopAdjustmentFieldEnum>,
    ) -> Self {
        self.desktop_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartTvAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_tv_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<SmartTvAdjustmentFieldEnum>,
    ) -> Self {
        self.smart_tv_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TabletAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_tablet_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<TabletAdjustmentFieldEnum>,
    ) -> Self {
        self.tablet_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DesktopOnlyAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_desktop_only_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<DesktopOnlyAdjustmentFieldEnum>,
    ) -> Self {
        self.desktop_only_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DemographicsAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_demographics_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<DemographicsAdjustmentFieldEnum>,
    ) -> Self {
        self.demographics_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RetargetingAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<RetargetingAdjustmentFieldEnum>,
    ) -> Self {
        self.retargeting_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionalAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_regional_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<RegionalAdjustmentFieldEnum>,
    ) -> Self {
        self.regional_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VideoAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_video_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<VideoAdjustmentFieldEnum>,
    ) -> Self {
        self.video_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SmartAdAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<SmartAdAdjustmentFieldEnum>,
    ) -> Self {
        self.smart_ad_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SerpLayoutAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_serp_layout_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<SerpLayoutAdjustmentFieldEnum>,
    ) -> Self {
        self.serp_layout_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IncomeGradeAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_income_grade_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<IncomeGradeAdjustmentFieldEnum>,
    ) -> Self {
        self.income_grade_adjustment_field_names = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_adjustment_field_names(
        mut self,
        value: ::std::vec::Vec<AdGroupAdjustmentFieldEnum>,
    ) -> Self {
        self.ad_group_adjustment_field_names = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.mobile_adjustment_field_names
        {
            map.serialize_entry("MobileAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktop_adjustment_field_names
        {
            map.serialize_entry("DesktopAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_tv_adjustment_field_names
        {
            map.serialize_entry("SmartTvAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablet_adjustment_field_names
        {
            map.serialize_entry("TabletAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .desktop_only_adjustment_field_names
        {
            map.serialize_entry("DesktopOnlyAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .demographics_adjustment_field_names
        {
            map.serialize_entry("DemographicsAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .retargeting_adjustment_field_names
        {
            map.serialize_entry("RetargetingAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .regional_adjustment_field_names
        {
            map.serialize_entry("RegionalAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.video_adjustment_field_names {
            map.serialize_entry("VideoAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .smart_ad_adjustment_field_names
        {
            map.serialize_entry("SmartAdAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .serp_layout_adjustment_field_names
        {
            map.serialize_entry("SerpLayoutAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .income_grade_adjustment_field_names
        {
            map.serialize_entry("IncomeGradeAdjustmentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .ad_group_adjustment_field_names
        {
            map.serialize_entry("AdGroupAdjustmentFieldNames", value)?;
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
                let mut mobile_adjustment_field_names = ::core::option::Option::None;
                let mut desktop_adjustment_field_names = ::core::option::Option::None;
                let mut smart_tv_adjustment_field_names = ::core::option::Option::None;
                let mut tablet_adjustment_field_names = ::core::option::Option::None;
                let mut desktop_only_adjustment_field_names = ::core::option::Option::None;
                let mut demographics_adjustment_field_names = ::core::option::Option::None;
                let mut retargeting_adjustment_field_names = ::core::option::Option::None;
                let mut regional_adjustment_field_names = ::core::option::Option::None;
                let mut video_adjustment_field_names = ::core::option::Option::None;
                let mut smart_ad_adjustment_field_names = ::core::option::Option::None;
                let mut serp_layout_adjustment_field_names = ::core::option::Option::None;
                let mut income_grade_adjustment_field_names = ::core::option::Option::None;
                let mut ad_group_adjustment_field_names = ::core::option::Option::None;
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
                        "MobileAdjustmentFieldNames" => {
                            mobile_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "MobileAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopAdjustmentFieldNames" => {
                            desktop_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DesktopAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartTvAdjustmentFieldNames" => {
                            smart_tv_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartTvAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "TabletAdjustmentFieldNames" => {
                            tablet_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "TabletAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DesktopOnlyAdjustmentFieldNames" => {
                            desktop_only_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DesktopOnlyAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "DemographicsAdjustmentFieldNames" => {
                            demographics_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "DemographicsAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingAdjustmentFieldNames" => {
                            retargeting_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "RetargetingAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionalAdjustmentFieldNames" => {
                            regional_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "RegionalAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "VideoAdjustmentFieldNames" => {
                            video_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "VideoAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SmartAdAdjustmentFieldNames" => {
                            smart_ad_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SmartAdAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "SerpLayoutAdjustmentFieldNames" => {
                            serp_layout_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "SerpLayoutAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "IncomeGradeAdjustmentFieldNames" => {
                            income_grade_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "IncomeGradeAdjustmentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupAdjustmentFieldNames" => {
                            ad_group_adjustment_field_names = rt::wire::optional_value(
                                &mut map,
                                "AdGroupAdjustmentFieldNames",
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
                    mobile_adjustment_field_names,
                    desktop_adjustment_field_names,
                    smart_tv_adjustment_field_names,
                    tablet_adjustment_field_names,
                    desktop_only_adjustment_field_names,
                    demographics_adjustment_field_names,
                    retargeting_adjustment_field_names,
                    regional_adjustment_field_names,
                    video_adjustment_field_names,
                    smart_ad_adjustment_field_names,
                    serp_layout_adjustment_field_names,
                    income_grade_adjustment_field_names,
                    ad_group_adjustment_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/bidmodifiers.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `BidModifiers`: array of `BidModifierGetItem` (optional).
    pub bid_modifiers: ::core::option::Option<::std::vec::Vec<BidModifierGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            bid_modifiers: ::core::option::Option::None,
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
    /// Sets `BidModifiers`.
    #[inline]
    #[must_use]
    pub fn with_bid_modifiers(
        mut self,
        value: ::std::vec::Vec<BidModifierGetItem>,
    ) -> Self {
        self.bid_modifiers = ::core::option::Option::Some(value);
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
        if let ::core::option::Option::Some(value) = &self.bid_modifiers {
            map.serialize_entry("BidModifiers", value)?;
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
                let mut bid_modifiers = ::core::option::Option::None;
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
                        "BidModifiers" => {
                            bid_modifiers = rt::wire::optional_value(
                                &mut map,
                                "BidModifiers",
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
                    bid_modifiers,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `BidModifiers`: array of `BidModifierAddItem` (required).
    pub bid_modifiers: ::std::vec::Vec<BidModifierAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`BidModifiers`); the others start absent.
    pub fn new(bid_modifiers: ::std::vec::Vec<BidModifierAddItem>) -> Self {
        Self {
            bid_modifiers,
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
        map.serialize_entry("BidModifiers", &self.bid_modifiers)?;
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
                let mut bid_modifiers = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifiers" => {
                            bid_modifiers = ::core::option::Option::Some(
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
                    bid_modifiers: rt::wire::required(bid_modifiers, "BidModifiers")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:MultiIdsActionResult` (optional).
    pub add_results: ::core::option::Option<
        ::std::vec::Vec<super::general::MultiIdsActionResult>,
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
        value: ::std::vec::Vec<super::general::MultiIdsActionResult>,
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
/// `SetRequest` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// `BidModifiers`: array of `BidModifierSetItem` (required).
    pub bid_modifiers: ::std::vec::Vec<BidModifierSetItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetRequest {
    /// A `SetRequest` with its required fields (`BidModifiers`); the others start absent.
    pub fn new(bid_modifiers: ::std::vec::Vec<BidModifierSetItem>) -> Self {
        Self {
            bid_modifiers,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for SetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("BidModifiers", &self.bid_modifiers)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetRequest, A::Error> {
                let mut bid_modifiers = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BidModifiers" => {
                            bid_modifiers = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetRequest {
                    bid_modifiers: rt::wire::required(bid_modifiers, "BidModifiers")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `SetResponse` (`schema/direct_v5/bidmodifiers.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// `SetResults`: array of `general:ActionResult` (optional).
    pub set_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetResponse {
    /// An empty `SetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            set_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `SetResults`.
    #[inline]
    #[must_use]
    pub fn with_set_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.set_results = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for SetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.set_results {
            map.serialize_entry("SetResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SetResponse, A::Error> {
                let mut set_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SetResults" => {
                            set_results = rt::wire::optional_value(
                                &mut map,
                                "SetResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SetResponse {
                    set_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteRequest` (`schema/direct_v5/bidmodifiers.json`).
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
/// `DeleteResponse` (`schema/direct_v5/bidmodifiers.json`).
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
