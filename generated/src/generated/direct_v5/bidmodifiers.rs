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
/// Used in `BidModifiersSelectionCriteria::types`, `BidModifierGetItem::type_`.
///
/// One of the 13 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierTypeEnum {
    /// Sent as `MOBILE_ADJUSTMENT`.
    MobileAdjustment,
    /// Sent as `DESKTOP_ADJUSTMENT`.
    DesktopAdjustment,
    /// Sent as `SMART_TV_ADJUSTMENT`.
    SmartTvAdjustment,
    /// Sent as `TABLET_ADJUSTMENT`.
    TabletAdjustment,
    /// Sent as `DESKTOP_ONLY_ADJUSTMENT`.
    DesktopOnlyAdjustment,
    /// Sent as `DEMOGRAPHICS_ADJUSTMENT`.
    DemographicsAdjustment,
    /// Sent as `RETARGETING_ADJUSTMENT`.
    RetargetingAdjustment,
    /// Sent as `REGIONAL_ADJUSTMENT`.
    RegionalAdjustment,
    /// Sent as `VIDEO_ADJUSTMENT`.
    VideoAdjustment,
    /// Sent as `SMART_AD_ADJUSTMENT`.
    SmartAdAdjustment,
    /// Sent as `SERP_LAYOUT_ADJUSTMENT`.
    SerpLayoutAdjustment,
    /// Sent as `INCOME_GRADE_ADJUSTMENT`.
    IncomeGradeAdjustment,
    /// Sent as `AD_GROUP_ADJUSTMENT`.
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
/// Used in `BidModifiersSelectionCriteria::levels`, `BidModifierGetItem::level`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierLevelEnum {
    /// Sent as `CAMPAIGN`.
    Campaign,
    /// Sent as `AD_GROUP`.
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
/// Used in `GetRequest::field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BidModifierFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `AdGroupId`.
    AdGroupId,
    /// Sent as `Level`.
    Level,
    /// Sent as `Type`.
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
/// Used in `GetRequest::mobile_adjustment_field_names`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `OperatingSystemType`.
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
/// Used in `GetRequest::desktop_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesktopAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::smart_tv_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartTvAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::tablet_adjustment_field_names`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TabletAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `OperatingSystemType`.
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
/// Used in `GetRequest::desktop_only_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DesktopOnlyAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::demographics_adjustment_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DemographicsAdjustmentFieldEnum {
    /// Sent as `Gender`.
    Gender,
    /// Sent as `Age`.
    Age,
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `Enabled`.
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
/// Used in `GetRequest::retargeting_adjustment_field_names`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingAdjustmentFieldEnum {
    /// Sent as `RetargetingConditionId`.
    RetargetingConditionId,
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `Accessible`.
    Accessible,
    /// Sent as `Enabled`.
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
/// Used in `GetRequest::regional_adjustment_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionalAdjustmentFieldEnum {
    /// Sent as `RegionId`.
    RegionId,
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `Enabled`.
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
/// Used in `GetRequest::video_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::smart_ad_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SmartAdAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::serp_layout_adjustment_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SerpLayoutAdjustmentFieldEnum {
    /// Sent as `SerpLayout`.
    SerpLayout,
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `Enabled`.
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
/// Used in `MobileAdjustmentGet::operating_system_type`, `TabletAdjustmentGet::operating_system_type`, `MobileAdjustmentAdd::operating_system_type` and one more.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystemTypeEnum {
    /// Sent as `IOS`.
    Ios,
    /// Sent as `ANDROID`.
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
/// Used in `GetRequest::income_grade_adjustment_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncomeGradeAdjustmentFieldEnum {
    /// Sent as `Grade`.
    Grade,
    /// Sent as `BidModifier`.
    BidModifier,
    /// Sent as `Enabled`.
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
/// Used in `GetRequest::ad_group_adjustment_field_names`.
///
/// One of the 1 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupAdjustmentFieldEnum {
    /// Sent as `BidModifier`.
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
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidModifiersSelectionCriteria {
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<BidModifierTypeEnum>>,
    /// Required. Sent as `Levels`.
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
/// Used in `GetResponse::bid_modifiers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierGetItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdGroupId`.
    pub ad_group_id: rt::Nullable<i64>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `Level`.
    pub level: ::core::option::Option<BidModifierLevelEnum>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<BidModifierTypeEnum>,
    /// Optional. Sent as `MobileAdjustment`.
    pub mobile_adjustment: ::core::option::Option<MobileAdjustmentGet>,
    /// Optional. Sent as `DesktopAdjustment`.
    pub desktop_adjustment: ::core::option::Option<DesktopAdjustmentGet>,
    /// Optional. Sent as `SmartTvAdjustment`.
    pub smart_tv_adjustment: ::core::option::Option<SmartTvAdjustmentGet>,
    /// Optional. Sent as `TabletAdjustment`.
    pub tablet_adjustment: ::core::option::Option<TabletAdjustmentGet>,
    /// Optional. Sent as `DesktopOnlyAdjustment`.
    pub desktop_only_adjustment: ::core::option::Option<DesktopOnlyAdjustmentGet>,
    /// Optional. Sent as `DemographicsAdjustment`.
    pub demographics_adjustment: ::core::option::Option<DemographicsAdjustmentGet>,
    /// Optional. Sent as `RetargetingAdjustment`.
    pub retargeting_adjustment: ::core::option::Option<RetargetingAdjustmentGet>,
    /// Optional. Sent as `RegionalAdjustment`.
    pub regional_adjustment: ::core::option::Option<RegionalAdjustmentGet>,
    /// Optional. Sent as `VideoAdjustment`.
    pub video_adjustment: ::core::option::Option<VideoAdjustmentGet>,
    /// Optional. Sent as `SmartAdAdjustment`.
    pub smart_ad_adjustment: ::core::option::Option<SmartAdAdjustmentGet>,
    /// Optional. Sent as `SerpLayoutAdjustment`.
    pub serp_layout_adjustment: ::core::option::Option<SerpLayoutAdjustmentGet>,
    /// Optional. Sent as `IncomeGradeAdjustment`.
    pub income_grade_adjustment: ::core::option::Option<IncomeGradeAdjustmentGet>,
    /// Optional. Sent as `AdGroupAdjustment`.
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
/// Used in `BidModifierGetItem::mobile_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MobileAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OperatingSystemType`.
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
/// Used in `BidModifierGetItem::desktop_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DesktopAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Used in `BidModifierGetItem::smart_tv_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartTvAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Used in `BidModifierGetItem::tablet_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TabletAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OperatingSystemType`.
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
/// Used in `BidModifierGetItem::desktop_only_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DesktopOnlyAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Used in `BidModifierGetItem::demographics_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DemographicsAdjustmentGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Gender`.
    pub gender: rt::Nullable<super::general::GenderEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Age`.
    pub age: rt::Nullable<super::general::AgeRangeEnum>,
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional. Sent as `Enabled`.
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
/// Used in `BidModifierGetItem::income_grade_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IncomeGradeAdjustmentGet {
    /// Optional. Sent as `Grade`.
    pub grade: ::core::option::Option<super::general::IncomeGradeEnum>,
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional. Sent as `Enabled`.
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
/// Used in `BidModifierGetItem::retargeting_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingAdjustmentGet {
    /// Optional. Sent as `RetargetingConditionId`.
    pub retargeting_condition_id: ::core::option::Option<i64>,
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional. Sent as `Accessible`.
    pub accessible: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Enabled`.
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
/// Used in `BidModifierGetItem::regional_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionalAdjustmentGet {
    /// Optional. Sent as `RegionId`.
    pub region_id: ::core::option::Option<i64>,
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional. Sent as `Enabled`.
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
/// Used in `BidModifierGetItem::video_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VideoAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Used in `BidModifierGetItem::smart_ad_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmartAdAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Used in `BidModifierGetItem::serp_layout_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SerpLayoutAdjustmentGet {
    /// Optional. Sent as `SerpLayout`.
    pub serp_layout: ::core::option::Option<super::general::SerpLayoutEnum>,
    /// Optional. Sent as `BidModifier`.
    pub bid_modifier: ::core::option::Option<i32>,
    /// Optional. Sent as `Enabled`.
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
/// Used in `BidModifierGetItem::ad_group_adjustment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdGroupAdjustmentGet {
    /// Optional. Sent as `BidModifier`.
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
/// Extended by `BidModifierAddItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierAddBase {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
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
/// Used in `BidModifierAddItem::mobile_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MobileAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
    pub bid_modifier: i32,
    /// Optional. Sent as `OperatingSystemType`.
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
/// Used in `BidModifierAddItem::desktop_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DesktopAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::smart_tv_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartTvAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::tablet_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TabletAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
    pub bid_modifier: i32,
    /// Optional. Sent as `OperatingSystemType`.
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
/// Used in `BidModifierAddItem::desktop_only_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DesktopOnlyAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::demographics_adjustments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DemographicsAdjustmentAdd {
    /// Optional. Sent as `Gender`.
    pub gender: ::core::option::Option<super::general::GenderEnum>,
    /// Optional. Sent as `Age`.
    pub age: ::core::option::Option<super::general::AgeRangeEnum>,
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::retargeting_adjustments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingAdjustmentAdd {
    /// Required. Sent as `RetargetingConditionId`.
    pub retargeting_condition_id: i64,
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::regional_adjustments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionalAdjustmentAdd {
    /// Required. Sent as `RegionId`.
    pub region_id: i64,
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::video_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VideoAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::smart_ad_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SmartAdAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::ad_group_adjustment`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdGroupAdjustmentAdd {
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::serp_layout_adjustments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SerpLayoutAdjustmentAdd {
    /// Required. Sent as `SerpLayout`.
    pub serp_layout: super::general::SerpLayoutEnum,
    /// Required. Sent as `BidModifier`.
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
/// Used in `BidModifierAddItem::income_grade_adjustments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IncomeGradeAdjustmentAdd {
    /// Required. Sent as `Grade`.
    pub grade: super::general::IncomeGradeEnum,
    /// Required. Sent as `BidModifier`.
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
/// Used in `AddRequest::bid_modifiers`. Extends `BidModifierAddBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BidModifierAddItem {
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Optional. Sent as `MobileAdjustment`.
    pub mobile_adjustment: ::core::option::Option<MobileAdjustmentAdd>,
    /// Optional. Sent as `DesktopAdjustment`.
    pub desktop_adjustment: ::core::option::Option<DesktopAdjustmentAdd>,
    /// Optional. Sent as `SmartTvAdjustment`.
    pub smart_tv_adjustment: ::core::option::Option<SmartTvAdjustmentAdd>,
    /// Optional. Sent as `TabletAdjustment`.
    pub tablet_adjustment: ::core::option::Option<TabletAdjustmentAdd>,
    /// Optional. Sent as `DesktopOnlyAdjustment`.
    pub desktop_only_adjustment: ::core::option::Option<DesktopOnlyAdjustmentAdd>,
    /// Optional. Sent as `DemographicsAdjustments`.
    pub demographics_adjustments: ::core::option::Option<
        ::std::vec::Vec<DemographicsAdjustmentAdd>,
    >,
    /// Optional. Sent as `RetargetingAdjustments`.
    pub retargeting_adjustments: ::core::option::Option<
        ::std::vec::Vec<RetargetingAdjustmentAdd>,
    >,
    /// Optional. Sent as `RegionalAdjustments`.
    pub regional_adjustments: ::core::option::Option<
        ::std::vec::Vec<RegionalAdjustmentAdd>,
    >,
    /// Optional. Sent as `VideoAdjustment`.
    pub video_adjustment: ::core::option::Option<VideoAdjustmentAdd>,
    /// Optional. Sent as `SmartAdAdjustment`.
    pub smart_ad_adjustment: ::core::option::Option<SmartAdAdjustmentAdd>,
    /// Optional. Sent as `SerpLayoutAdjustments`.
    pub serp_layout_adjustments: ::core::option::Option<
        ::std::vec::Vec<SerpLayoutAdjustmentAdd>,
    >,
    /// Optional. Sent as `IncomeGradeAdjustments`.
    pub income_grade_adjustments: ::core::option::Option<
        ::std::vec::Vec<IncomeGradeAdjustmentAdd>,
    >,
    /// Optional. Sent as `AdGroupAdjustment`.
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
/// Used in `SetRequest::bid_modifiers`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BidModifierSetItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Required. Sent as `BidModifier`.
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
/// The `params` of `BidModifiers.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: BidModifiersSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<BidModifierFieldEnum>,
    /// Optional. Sent as `MobileAdjustmentFieldNames`.
    pub mobile_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<MobileAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `DesktopAdjustmentFieldNames`.
    pub desktop_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DesktopAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `SmartTvAdjustmentFieldNames`.
    pub smart_tv_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartTvAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `TabletAdjustmentFieldNames`.
    pub tablet_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<TabletAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `DesktopOnlyAdjustmentFieldNames`.
    pub desktop_only_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DesktopOnlyAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `DemographicsAdjustmentFieldNames`.
    pub demographics_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<DemographicsAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `RetargetingAdjustmentFieldNames`.
    pub retargeting_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<RetargetingAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `RegionalAdjustmentFieldNames`.
    pub regional_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<RegionalAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `VideoAdjustmentFieldNames`.
    pub video_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<VideoAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `SmartAdAdjustmentFieldNames`.
    pub smart_ad_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SmartAdAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `SerpLayoutAdjustmentFieldNames`.
    pub serp_layout_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<SerpLayoutAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `IncomeGradeAdjustmentFieldNames`.
    pub income_grade_adjustment_field_names: ::core::option::Option<
        ::std::vec::Vec<IncomeGradeAdjustmentFieldEnum>,
    >,
    /// Optional. Sent as `AdGroupAdjustmentFieldNames`.
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
/// The `result` of `BidModifiers.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `BidModifiers`.
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
/// The `params` of `BidModifiers.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `BidModifiers`.
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
/// The `result` of `BidModifiers.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
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
/// The `params` of `BidModifiers.set`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetRequest {
    /// Required. Sent as `BidModifiers`.
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
/// The `result` of `BidModifiers.set`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetResponse {
    /// Optional. Sent as `SetResults`.
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
/// The `params` of `BidModifiers.delete`.
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
/// The `result` of `BidModifiers.delete`.
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
