// @generated from schema/direct_v5/bidmodifiers.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The BidModifiers service: `POST /json/v5/bidmodifiers`.
//!
//! Generated from `schema/direct_v5/bidmodifiers.json` (upstream `bidmodifiers.xml`, sha256 `33ba8a4e3e6d495bf95aec4219716e0472d86bebac51b886e295c3af3a13540a`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "BidModifiers",
        endpoint: "bidmodifiers",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `BidModifiers.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `BidModifiers.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `BidModifiers.set` (write): the method with its request and response types, as the client's generic calls take it.
pub const SET: rt::Method<SetRequest, SetResponse> = rt::Method::new(
    method_info("set", rt::Access::Write),
);
/// `BidModifiers.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: SET.info,
        request: rt::method::roundtrip_request::<SetRequest>,
        response: rt::method::roundtrip_response::<SetResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
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
        self.client.call(&GET.info, &params).await
    }
    /// `BidModifiers.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `BidModifiers.set`: sends `SetRequest` as `params`, returns `SetResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn set(
        &self,
        params: SetRequest,
    ) -> ::core::result::Result<rt::Response<SetResponse>, rt::Error> {
        self.client.call(&SET.info, &params).await
    }
    /// `BidModifiers.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `BidModifiers.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<BidModifierGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `BidModifiers.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
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
    pub fn new(
        levels: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidModifierLevelEnum>,
        >,
    ) -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            types: ::core::option::Option::None,
            levels: levels.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
            Item = impl ::core::convert::Into<BidModifierTypeEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DemographicsAdjustmentAdd>,
        >,
    ) -> Self {
        self.demographics_adjustments = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `RetargetingAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_adjustments(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingAdjustmentAdd>,
        >,
    ) -> Self {
        self.retargeting_adjustments = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `RegionalAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_regional_adjustments(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RegionalAdjustmentAdd>,
        >,
    ) -> Self {
        self.regional_adjustments = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SerpLayoutAdjustmentAdd>,
        >,
    ) -> Self {
        self.serp_layout_adjustments = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `IncomeGradeAdjustments`.
    #[inline]
    #[must_use]
    pub fn with_income_grade_adjustments(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<IncomeGradeAdjustmentAdd>,
        >,
    ) -> Self {
        self.income_grade_adjustments = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
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
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidModifierFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<MobileAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.mobile_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DesktopAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_desktop_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DesktopAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.desktop_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartTvAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_tv_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartTvAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.smart_tv_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TabletAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_tablet_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<TabletAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.tablet_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DesktopOnlyAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_desktop_only_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DesktopOnlyAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.desktop_only_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `DemographicsAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_demographics_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DemographicsAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.demographics_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `RetargetingAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.retargeting_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `RegionalAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_regional_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RegionalAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.regional_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `VideoAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_video_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<VideoAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.video_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SmartAdAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_smart_ad_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SmartAdAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.smart_ad_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `SerpLayoutAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_serp_layout_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<SerpLayoutAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.serp_layout_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `IncomeGradeAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_income_grade_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<IncomeGradeAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.income_grade_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdGroupAdjustmentFieldNames`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_adjustment_field_names(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdGroupAdjustmentFieldEnum>,
        >,
    ) -> Self {
        self.ad_group_adjustment_field_names = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidModifierGetItem>,
        >,
    ) -> Self {
        self.bid_modifiers = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
    pub fn new(
        bid_modifiers: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidModifierAddItem>,
        >,
    ) -> Self {
        Self {
            bid_modifiers: bid_modifiers
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::MultiIdsActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
    pub fn new(
        bid_modifiers: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<BidModifierSetItem>,
        >,
    ) -> Self {
        Self {
            bid_modifiers: bid_modifiers
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.set_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
