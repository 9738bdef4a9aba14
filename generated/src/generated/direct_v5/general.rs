// @generated from schema/direct_v5/general.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/general.json` (upstream `imports/general.xsd`, sha256 `5a76f58c7edc0d89558631a06cd3fd3eeb29358cf067298d3507183b7a5ec588`).
use crate::runtime as rt;
mod serde;
/// Used in `adgroups::AdGroupBase::negative_keywords`, `adgroups::AdGroupAddItem::negative_keywords`, `ads::ShoppingAdUpdate::title_sources` and 26 more. A list, sent as `{"Items": [...]}`.
pub type ArrayOfString = rt::Items<::std::string::String>;
/// Used in `campaigns::TextCampaignBase::counter_ids`, `campaigns::UnifiedCampaignBase::counter_ids`, `campaigns::DynamicTextCampaignBase::counter_ids` and 5 more. A list, sent as `{"Items": [...]}`.
pub type ArrayOfInteger = rt::Items<i32>;
/// Used in `adgroups::AdGroupBase::negative_keyword_shared_set_ids`, `adgroups::AdGroupAddItem::negative_keyword_shared_set_ids`, `adgroups::AdGroupGetItem::restricted_region_ids` and 18 more. A list, sent as `{"Items": [...]}`.
pub type ArrayOfLong = rt::Items<i64>;
/// Used in `ads::MobileAppAdBase::action`, `ads::MobileAppAdAdd::action`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileAppAdActionEnum {
    /// Sent as `DOWNLOAD`.
    Download,
    /// Sent as `GET`.
    Get,
    /// Sent as `INSTALL`.
    Install,
    /// Sent as `MORE`.
    More,
    /// Sent as `OPEN`.
    Open,
    /// Sent as `UPDATE`.
    Update,
    /// Sent as `PLAY`.
    Play,
    /// Sent as `BUY_AUTODETECT`.
    BuyAutodetect,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileAppAdActionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Download,
        Self::Get,
        Self::Install,
        Self::More,
        Self::Open,
        Self::Update,
        Self::Play,
        Self::BuyAutodetect,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Download => "DOWNLOAD",
            Self::Get => "GET",
            Self::Install => "INSTALL",
            Self::More => "MORE",
            Self::Open => "OPEN",
            Self::Update => "UPDATE",
            Self::Play => "PLAY",
            Self::BuyAutodetect => "BUY_AUTODETECT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DOWNLOAD" => Self::Download,
            "GET" => Self::Get,
            "INSTALL" => Self::Install,
            "MORE" => Self::More,
            "OPEN" => Self::Open,
            "UPDATE" => Self::Update,
            "PLAY" => Self::Play,
            "BUY_AUTODETECT" => Self::BuyAutodetect,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileAppAdActionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileAppAdActionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adgroups::AdGroupsSelectionCriteria::types`, `adgroups::AdGroupGetItem::type_`, `retargetinglists::AvailableForTargetsInAdGroupTypesArray`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdGroupTypesEnum {
    /// Sent as `DYNAMIC_TEXT_AD_GROUP`.
    DynamicTextAdGroup,
    /// Sent as `MOBILE_APP_AD_GROUP`.
    MobileAppAdGroup,
    /// Sent as `TEXT_AD_GROUP`.
    TextAdGroup,
    /// Sent as `CPM_BANNER_AD_GROUP`.
    CpmBannerAdGroup,
    /// Sent as `CPM_VIDEO_AD_GROUP`.
    CpmVideoAdGroup,
    /// Sent as `UNIFIED_AD_GROUP`.
    UnifiedAdGroup,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdGroupTypesEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::DynamicTextAdGroup,
        Self::MobileAppAdGroup,
        Self::TextAdGroup,
        Self::CpmBannerAdGroup,
        Self::CpmVideoAdGroup,
        Self::UnifiedAdGroup,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DynamicTextAdGroup => "DYNAMIC_TEXT_AD_GROUP",
            Self::MobileAppAdGroup => "MOBILE_APP_AD_GROUP",
            Self::TextAdGroup => "TEXT_AD_GROUP",
            Self::CpmBannerAdGroup => "CPM_BANNER_AD_GROUP",
            Self::CpmVideoAdGroup => "CPM_VIDEO_AD_GROUP",
            Self::UnifiedAdGroup => "UNIFIED_AD_GROUP",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DYNAMIC_TEXT_AD_GROUP" => Self::DynamicTextAdGroup,
            "MOBILE_APP_AD_GROUP" => Self::MobileAppAdGroup,
            "TEXT_AD_GROUP" => Self::TextAdGroup,
            "CPM_BANNER_AD_GROUP" => Self::CpmBannerAdGroup,
            "CPM_VIDEO_AD_GROUP" => Self::CpmVideoAdGroup,
            "UNIFIED_AD_GROUP" => Self::UnifiedAdGroup,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdGroupTypesEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdGroupTypesEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ads::FeedFilterConditionItem::operator`, `dictionaries::FilterFieldOperator::type_`, `dynamicfeedadtargets::FeedCondition::operator` and one more.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringConditionOperatorEnum {
    /// Sent as `CONTAINS_ANY`.
    ContainsAny,
    /// Sent as `EQUALS_ANY`.
    EqualsAny,
    /// Sent as `EXISTS`.
    Exists,
    /// Sent as `GREATER_THAN`.
    GreaterThan,
    /// Sent as `IN_RANGE`.
    InRange,
    /// Sent as `LESS_THAN`.
    LessThan,
    /// Sent as `NOT_CONTAINS_ALL`.
    NotContainsAll,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StringConditionOperatorEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ContainsAny,
        Self::EqualsAny,
        Self::Exists,
        Self::GreaterThan,
        Self::InRange,
        Self::LessThan,
        Self::NotContainsAll,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContainsAny => "CONTAINS_ANY",
            Self::EqualsAny => "EQUALS_ANY",
            Self::Exists => "EXISTS",
            Self::GreaterThan => "GREATER_THAN",
            Self::InRange => "IN_RANGE",
            Self::LessThan => "LESS_THAN",
            Self::NotContainsAll => "NOT_CONTAINS_ALL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CONTAINS_ANY" => Self::ContainsAny,
            "EQUALS_ANY" => Self::EqualsAny,
            "EXISTS" => Self::Exists,
            "GREATER_THAN" => Self::GreaterThan,
            "IN_RANGE" => Self::InRange,
            "LESS_THAN" => Self::LessThan,
            "NOT_CONTAINS_ALL" => Self::NotContainsAll,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StringConditionOperatorEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StringConditionOperatorEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `campaigns::TextCampaignBase::attribution_model`, `campaigns::UnifiedCampaignBase::attribution_model`, `campaigns::DynamicTextCampaignBase::attribution_model` and 8 more.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributionModelEnum {
    /// Sent as `LC`.
    Lc,
    /// Sent as `LSC`.
    Lsc,
    /// Sent as `FC`.
    Fc,
    /// Sent as `LYDC`.
    Lydc,
    /// Sent as `LSCCD`.
    Lsccd,
    /// Sent as `FCCD`.
    Fccd,
    /// Sent as `LYDCCD`.
    Lydccd,
    /// Sent as `AUTO`.
    Auto,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AttributionModelEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Lc,
        Self::Lsc,
        Self::Fc,
        Self::Lydc,
        Self::Lsccd,
        Self::Fccd,
        Self::Lydccd,
        Self::Auto,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lc => "LC",
            Self::Lsc => "LSC",
            Self::Fc => "FC",
            Self::Lydc => "LYDC",
            Self::Lsccd => "LSCCD",
            Self::Fccd => "FCCD",
            Self::Lydccd => "LYDCCD",
            Self::Auto => "AUTO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "LC" => Self::Lc,
            "LSC" => Self::Lsc,
            "FC" => Self::Fc,
            "LYDC" => Self::Lydc,
            "LSCCD" => Self::Lsccd,
            "FCCD" => Self::Fccd,
            "LYDCCD" => Self::Lydccd,
            "AUTO" => Self::Auto,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AttributionModelEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AttributionModelEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ActionResultBase::warnings`, `ActionResultBase::errors`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExceptionNotification {
    /// Required. Sent as `Code`.
    pub code: i32,
    /// Required. Sent as `Message`.
    pub message: ::std::string::String,
    /// Optional. Sent as `Details`.
    pub details: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ExceptionNotification {
    /// A `ExceptionNotification` with its required fields (`Code`, `Message`); the others start absent.
    pub fn new(
        code: i32,
        message: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            code,
            message: message.into(),
            details: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Details`.
    #[inline]
    #[must_use]
    pub fn with_details(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `GetRequestGeneral::page`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LimitOffset {
    /// Optional. Sent as `Limit`.
    pub limit: ::core::option::Option<i64>,
    /// Optional. Sent as `Offset`.
    pub offset: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl LimitOffset {
    /// An empty `LimitOffset`: every field absent.
    pub fn new() -> Self {
        Self {
            limit: ::core::option::Option::None,
            offset: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Limit`.
    #[inline]
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Offset`.
    #[inline]
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `adextensions::AdExtensionGetItem::associated`, `adgroups::UnifiedAdGroupGet::offer_retargeting`, `adgroups::UnifiedAdGroupAdd::offer_retargeting` and 124 more.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YesNoEnum {
    /// Sent as `YES`.
    Yes,
    /// Sent as `NO`.
    No,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl YesNoEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Yes, Self::No];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "YES",
            Self::No => "NO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "YES" => Self::Yes,
            "NO" => Self::No,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for YesNoEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for YesNoEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ads::MobileAppAdFeatureGetItem::is_available`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YesNoUnknownEnum {
    /// Sent as `YES`.
    Yes,
    /// Sent as `NO`.
    No,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl YesNoUnknownEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Yes, Self::No, Self::Unknown];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "YES",
            Self::No => "NO",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "YES" => Self::Yes,
            "NO" => Self::No,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for YesNoUnknownEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for YesNoUnknownEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `campaigns::CpmBannerCampaignAddItem::video_target`, `campaigns::CpmBannerCampaignUpdateItem::video_target`, `campaigns::CpmBannerCampaignGetItem::video_target`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoTargetEnum {
    /// Sent as `VIEWS`.
    Views,
    /// Sent as `CLICKS`.
    Clicks,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl VideoTargetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Views, Self::Clicks];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Views => "VIEWS",
            Self::Clicks => "CLICKS",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "VIEWS" => Self::Views,
            "CLICKS" => Self::Clicks,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for VideoTargetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for VideoTargetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `agencyclients::AddRequest::currency`, `agencyclients::AddPassportOrganizationRequest::currency`, `campaigns::CampaignGetItem::currency` and one more.
///
/// One of the 10 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CurrencyEnum {
    /// Sent as `YND_FIXED`.
    YndFixed,
    /// Sent as `RUB`.
    Rub,
    /// Sent as `CHF`.
    Chf,
    /// Sent as `EUR`.
    Eur,
    /// Sent as `KZT`.
    Kzt,
    /// Sent as `TRY`.
    Try,
    /// Sent as `UAH`.
    Uah,
    /// Sent as `USD`.
    Usd,
    /// Sent as `BYN`.
    Byn,
    /// Sent as `GBP`.
    Gbp,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CurrencyEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::YndFixed,
        Self::Rub,
        Self::Chf,
        Self::Eur,
        Self::Kzt,
        Self::Try,
        Self::Uah,
        Self::Usd,
        Self::Byn,
        Self::Gbp,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::YndFixed => "YND_FIXED",
            Self::Rub => "RUB",
            Self::Chf => "CHF",
            Self::Eur => "EUR",
            Self::Kzt => "KZT",
            Self::Try => "TRY",
            Self::Uah => "UAH",
            Self::Usd => "USD",
            Self::Byn => "BYN",
            Self::Gbp => "GBP",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "YND_FIXED" => Self::YndFixed,
            "RUB" => Self::Rub,
            "CHF" => Self::Chf,
            "EUR" => Self::Eur,
            "KZT" => Self::Kzt,
            "TRY" => Self::Try,
            "UAH" => Self::Uah,
            "USD" => Self::Usd,
            "BYN" => Self::Byn,
            "GBP" => Self::Gbp,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CurrencyEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CurrencyEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `dynamicfeedadtargets::DynamicFeedAdTargetGetItem::condition_type`, `smartadtargets::SmartAdTargetGetItem::condition_type`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConditionTypeEnum {
    /// Sent as `ITEMS_ALL`.
    ItemsAll,
    /// Sent as `ITEMS_SUBSET`.
    ItemsSubset,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ConditionTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::ItemsAll, Self::ItemsSubset];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ItemsAll => "ITEMS_ALL",
            Self::ItemsSubset => "ITEMS_SUBSET",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ITEMS_ALL" => Self::ItemsAll,
            "ITEMS_SUBSET" => Self::ItemsSubset,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ConditionTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ConditionTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdTargetsSelectionCriteria::states`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdTargetStateSelectionEnum {
    /// Sent as `ON`.
    On,
    /// Sent as `OFF`.
    Off,
    /// Sent as `SUSPENDED`.
    Suspended,
    /// Sent as `DELETED`.
    Deleted,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdTargetStateSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::On,
        Self::Off,
        Self::Suspended,
        Self::Deleted,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "ON",
            Self::Off => "OFF",
            Self::Suspended => "SUSPENDED",
            Self::Deleted => "DELETED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ON" => Self::On,
            "OFF" => Self::Off,
            "SUSPENDED" => Self::Suspended,
            "DELETED" => Self::Deleted,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdTargetStateSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdTargetStateSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `dynamicfeedadtargets::GetRequest::selection_criteria`, `dynamictextadtargets::GetRequest::selection_criteria`, `smartadtargets::GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdTargetsSelectionCriteria {
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AdGroupIds`.
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `CampaignIds`.
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `States`.
    pub states: ::core::option::Option<::std::vec::Vec<AdTargetStateSelectionEnum>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdTargetsSelectionCriteria {
    /// An empty `AdTargetsSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            campaign_ids: ::core::option::Option::None,
            states: ::core::option::Option::None,
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
    /// Sets `States`.
    #[inline]
    #[must_use]
    pub fn with_states(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdTargetStateSelectionEnum>,
        >,
    ) -> Self {
        self.states = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `adextensiontypes::AdExtensionBase::state`, `ads::AdGetItem::state`, `audiencetargets::AudienceTargetGetItem::state` and 4 more.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateEnum {
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
    /// Sent as `DELETED`.
    Deleted,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StateEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Off,
        Self::On,
        Self::Suspended,
        Self::OffByMonitoring,
        Self::Archived,
        Self::Deleted,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Suspended => "SUSPENDED",
            Self::OffByMonitoring => "OFF_BY_MONITORING",
            Self::Archived => "ARCHIVED",
            Self::Deleted => "DELETED",
            Self::Unknown => "UNKNOWN",
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
            "DELETED" => Self::Deleted,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StateEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StateEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `audiencetargets::AudienceTargetBase::strategy_priority`, `bids::BidGetItem::strategy_priority`, `bids::BidSetItem::strategy_priority` and 11 more.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PriorityEnum {
    /// Sent as `LOW`.
    Low,
    /// Sent as `NORMAL`.
    Normal,
    /// Sent as `HIGH`.
    High,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PriorityEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Low, Self::Normal, Self::High];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Normal => "NORMAL",
            Self::High => "HIGH",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "LOW" => Self::Low,
            "NORMAL" => Self::Normal,
            "HIGH" => Self::High,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PriorityEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PriorityEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `bids::SearchPrices::position`, `bids::BidSetAutoItem::position`.
///
/// One of the 12 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PositionEnum {
    /// Sent as `PREMIUMFIRST`.
    Premiumfirst,
    /// Sent as `PREMIUMBLOCK`.
    Premiumblock,
    /// Sent as `FOOTERFIRST`.
    Footerfirst,
    /// Sent as `FOOTERBLOCK`.
    Footerblock,
    /// Sent as `P11`.
    P11,
    /// Sent as `P12`.
    P12,
    /// Sent as `P13`.
    P13,
    /// Sent as `P14`.
    P14,
    /// Sent as `P21`.
    P21,
    /// Sent as `P22`.
    P22,
    /// Sent as `P23`.
    P23,
    /// Sent as `P24`.
    P24,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PositionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Premiumfirst,
        Self::Premiumblock,
        Self::Footerfirst,
        Self::Footerblock,
        Self::P11,
        Self::P12,
        Self::P13,
        Self::P14,
        Self::P21,
        Self::P22,
        Self::P23,
        Self::P24,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Premiumfirst => "PREMIUMFIRST",
            Self::Premiumblock => "PREMIUMBLOCK",
            Self::Footerfirst => "FOOTERFIRST",
            Self::Footerblock => "FOOTERBLOCK",
            Self::P11 => "P11",
            Self::P12 => "P12",
            Self::P13 => "P13",
            Self::P14 => "P14",
            Self::P21 => "P21",
            Self::P22 => "P22",
            Self::P23 => "P23",
            Self::P24 => "P24",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PREMIUMFIRST" => Self::Premiumfirst,
            "PREMIUMBLOCK" => Self::Premiumblock,
            "FOOTERFIRST" => Self::Footerfirst,
            "FOOTERBLOCK" => Self::Footerblock,
            "P11" => Self::P11,
            "P12" => Self::P12,
            "P13" => Self::P13,
            "P14" => Self::P14,
            "P21" => Self::P21,
            "P22" => Self::P22,
            "P23" => Self::P23,
            "P24" => Self::P24,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PositionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PositionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CountryCodeEnum {
    /// Sent as `RU`.
    Ru,
    /// Sent as `TR`.
    Tr,
    /// Sent as `UA`.
    Ua,
    /// Sent as `KZ`.
    Kz,
    /// Sent as `BY`.
    By,
    /// Sent as `US`.
    Us,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CountryCodeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Ru,
        Self::Tr,
        Self::Ua,
        Self::Kz,
        Self::By,
        Self::Us,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ru => "RU",
            Self::Tr => "TR",
            Self::Ua => "UA",
            Self::Kz => "KZ",
            Self::By => "BY",
            Self::Us => "US",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RU" => Self::Ru,
            "TR" => Self::Tr,
            "UA" => Self::Ua,
            "KZ" => Self::Kz,
            "BY" => Self::By,
            "US" => Self::Us,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CountryCodeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CountryCodeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adextensiontypes::AdExtensionBase::status`, `adgroups::AdGroupGetItem::status`, `ads::VideoExtensionGetItem::status` and 4 more.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusEnum {
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `PREACCEPTED`.
    Preaccepted,
    /// Sent as `REJECTED`.
    Rejected,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Accepted,
        Self::Draft,
        Self::Moderation,
        Self::Preaccepted,
        Self::Rejected,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Preaccepted => "PREACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ACCEPTED" => Self::Accepted,
            "DRAFT" => Self::Draft,
            "MODERATION" => Self::Moderation,
            "PREACCEPTED" => Self::Preaccepted,
            "REJECTED" => Self::Rejected,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusSelectionEnum {
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `PREACCEPTED`.
    Preaccepted,
    /// Sent as `REJECTED`.
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl StatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Accepted,
        Self::Draft,
        Self::Moderation,
        Self::Preaccepted,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Preaccepted => "PREACCEPTED",
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
            "PREACCEPTED" => Self::Preaccepted,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for StatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for StatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adextensions::AdExtensionsSelectionCriteria::statuses`, `ads::AdsSelectionCriteria::v_card_moderation_statuses`, `ads::AdsSelectionCriteria::sitelinks_moderation_statuses` and one more.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtensionStatusSelectionEnum {
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `REJECTED`.
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ExtensionStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Draft,
        Self::Moderation,
        Self::Accepted,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
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
impl ::core::fmt::Display for ExtensionStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ExtensionStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `bids::BidSetAutoItem::scope`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScopeEnum {
    /// Sent as `SEARCH`.
    Search,
    /// Sent as `NETWORK`.
    Network,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ScopeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Search, Self::Network];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Search => "SEARCH",
            Self::Network => "NETWORK",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SEARCH" => Self::Search,
            "NETWORK" => Self::Network,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ScopeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ScopeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `bidmodifiers::DemographicsAdjustmentGet::age`, `bidmodifiers::DemographicsAdjustmentAdd::age`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgeRangeEnum {
    /// Sent as `AGE_0_17`.
    Age017,
    /// Sent as `AGE_18_24`.
    Age1824,
    /// Sent as `AGE_25_34`.
    Age2534,
    /// Sent as `AGE_35_44`.
    Age3544,
    /// Sent as `AGE_45`.
    Age45,
    /// Sent as `AGE_45_54`.
    Age4554,
    /// Sent as `AGE_55`.
    Age55,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AgeRangeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Age017,
        Self::Age1824,
        Self::Age2534,
        Self::Age3544,
        Self::Age45,
        Self::Age4554,
        Self::Age55,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Age017 => "AGE_0_17",
            Self::Age1824 => "AGE_18_24",
            Self::Age2534 => "AGE_25_34",
            Self::Age3544 => "AGE_35_44",
            Self::Age45 => "AGE_45",
            Self::Age4554 => "AGE_45_54",
            Self::Age55 => "AGE_55",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AGE_0_17" => Self::Age017,
            "AGE_18_24" => Self::Age1824,
            "AGE_25_34" => Self::Age2534,
            "AGE_35_44" => Self::Age3544,
            "AGE_45" => Self::Age45,
            "AGE_45_54" => Self::Age4554,
            "AGE_55" => Self::Age55,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AgeRangeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AgeRangeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `bidmodifiers::DemographicsAdjustmentGet::gender`, `bidmodifiers::DemographicsAdjustmentAdd::gender`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GenderEnum {
    /// Sent as `GENDER_MALE`.
    GenderMale,
    /// Sent as `GENDER_FEMALE`.
    GenderFemale,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl GenderEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::GenderMale, Self::GenderFemale];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GenderMale => "GENDER_MALE",
            Self::GenderFemale => "GENDER_FEMALE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "GENDER_MALE" => Self::GenderMale,
            "GENDER_FEMALE" => Self::GenderFemale,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for GenderEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for GenderEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adgroups::MobileAppAdGroupGet::app_operating_system_type`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MobileOperatingSystemTypeEnum {
    /// Sent as `IOS`.
    Ios,
    /// Sent as `ANDROID`.
    Android,
    /// Sent as `OS_TYPE_OTHER`.
    OsTypeOther,
    /// Sent as `OS_TYPE_UNKNOWN`.
    OsTypeUnknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl MobileOperatingSystemTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Ios,
        Self::Android,
        Self::OsTypeOther,
        Self::OsTypeUnknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ios => "IOS",
            Self::Android => "ANDROID",
            Self::OsTypeOther => "OS_TYPE_OTHER",
            Self::OsTypeUnknown => "OS_TYPE_UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "IOS" => Self::Ios,
            "ANDROID" => Self::Android,
            "OS_TYPE_OTHER" => Self::OsTypeOther,
            "OS_TYPE_UNKNOWN" => Self::OsTypeUnknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for MobileOperatingSystemTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for MobileOperatingSystemTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `generalclients::Notification::lang`, `generalclients::NotificationUpdate::lang`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LangEnum {
    /// Sent as `RU`.
    Ru,
    /// Sent as `UK`.
    Uk,
    /// Sent as `EN`.
    En,
    /// Sent as `TR`.
    Tr,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl LangEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Ru, Self::Uk, Self::En, Self::Tr];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ru => "RU",
            Self::Uk => "UK",
            Self::En => "EN",
            Self::Tr => "TR",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RU" => Self::Ru,
            "UK" => Self::Uk,
            "EN" => Self::En,
            "TR" => Self::Tr,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for LangEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for LangEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `agencyclients::AddPassportOrganizationMemberRequest::role`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoleEnum {
    /// Sent as `ADMIN`.
    Admin,
    /// Sent as `USER`.
    User,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RoleEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Admin, Self::User];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "ADMIN",
            Self::User => "USER",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADMIN" => Self::Admin,
            "USER" => Self::User,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RoleEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RoleEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `generalclients::Representative::role`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepresentativeRoleEnum {
    /// Sent as `CHIEF`.
    Chief,
    /// Sent as `DELEGATE`.
    Delegate,
    /// Sent as `LIMITED`.
    Limited,
    /// Sent as `READONLY`.
    Readonly,
    /// Sent as `UNKNOWN`.
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RepresentativeRoleEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Chief,
        Self::Delegate,
        Self::Limited,
        Self::Readonly,
        Self::Unknown,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chief => "CHIEF",
            Self::Delegate => "DELEGATE",
            Self::Limited => "LIMITED",
            Self::Readonly => "READONLY",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CHIEF" => Self::Chief,
            "DELEGATE" => Self::Delegate,
            "LIMITED" => Self::Limited,
            "READONLY" => Self::Readonly,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RepresentativeRoleEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RepresentativeRoleEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adextensiontypes::AdExtensionSettingItem::operation`, `campaigns::PriorityGoalsUpdateItem::operation`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationEnum {
    /// Sent as `ADD`.
    Add,
    /// Sent as `REMOVE`.
    Remove,
    /// Sent as `SET`.
    Set,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl OperationEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Add, Self::Remove, Self::Set];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Remove => "REMOVE",
            Self::Set => "SET",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            "SET" => Self::Set,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for OperationEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for OperationEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adgroups::AdGroupsSelectionCriteria::serving_statuses`, `adgroups::AdGroupGetItem::serving_status`, `bids::BidsSelectionCriteria::serving_statuses` and 5 more.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServingStatusEnum {
    /// Sent as `ELIGIBLE`.
    Eligible,
    /// Sent as `RARELY_SERVED`.
    RarelyServed,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ServingStatusEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Eligible, Self::RarelyServed];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eligible => "ELIGIBLE",
            Self::RarelyServed => "RARELY_SERVED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ELIGIBLE" => Self::Eligible,
            "RARELY_SERVED" => Self::RarelyServed,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ServingStatusEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ServingStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `bidmodifiers::SerpLayoutAdjustmentGet::serp_layout`, `bidmodifiers::SerpLayoutAdjustmentAdd::serp_layout`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SerpLayoutEnum {
    /// Sent as `ALONE`.
    Alone,
    /// Sent as `SUGGEST`.
    Suggest,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SerpLayoutEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Alone, Self::Suggest];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alone => "ALONE",
            Self::Suggest => "SUGGEST",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ALONE" => Self::Alone,
            "SUGGEST" => Self::Suggest,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SerpLayoutEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SerpLayoutEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `campaigns::CampaignGetItem::statistics`, `keywords::KeywordGetItem::statistics_search`, `keywords::KeywordGetItem::statistics_network`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Statistics {
    /// Required. Sent as `Clicks`.
    pub clicks: i64,
    /// Required. Sent as `Impressions`.
    pub impressions: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Statistics {
    /// A `Statistics` with its required fields (`Clicks`, `Impressions`); the others start absent.
    pub fn new(clicks: i64, impressions: i64) -> Self {
        Self {
            clicks,
            impressions,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `bidmodifiers::IncomeGradeAdjustmentGet::grade`, `bidmodifiers::IncomeGradeAdjustmentAdd::grade`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncomeGradeEnum {
    /// Sent as `VERY_HIGH`.
    VeryHigh,
    /// Sent as `HIGH`.
    High,
    /// Sent as `ABOVE_AVERAGE`.
    AboveAverage,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl IncomeGradeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::VeryHigh, Self::High, Self::AboveAverage];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VeryHigh => "VERY_HIGH",
            Self::High => "HIGH",
            Self::AboveAverage => "ABOVE_AVERAGE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "VERY_HIGH" => Self::VeryHigh,
            "HIGH" => Self::High,
            "ABOVE_AVERAGE" => Self::AboveAverage,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for IncomeGradeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for IncomeGradeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adextensions::DeleteRequest::selection_criteria`, `adgroups::DeleteRequest::selection_criteria`, `ads::DeleteRequest::selection_criteria` and 37 more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IdsCriteria {
    /// Required. Sent as `Ids`.
    pub ids: ::std::vec::Vec<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl IdsCriteria {
    /// A `IdsCriteria` with its required fields (`Ids`); the others start absent.
    pub fn new(
        ids: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        Self {
            ids: ids.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `adextensions::GetRequest`, `adgroups::GetRequest`, `adimages::GetRequest` and 23 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetRequestGeneral {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<LimitOffset>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequestGeneral {
    /// An empty `GetRequestGeneral`: every field absent.
    pub fn new() -> Self {
        Self {
            page: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Page`.
    #[inline]
    #[must_use]
    pub fn with_page(mut self, value: LimitOffset) -> Self {
        self.page = ::core::option::Option::Some(value);
        self
    }
}
/// Extended by `adextensions::GetResponse`, `adgroups::GetResponse`, `adimages::GetResponse` and 23 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponseGeneral {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponseGeneral {
    /// An empty `GetResponseGeneral`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
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
}
/// A type the services share (`schema/direct_v5/general.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiExceptionMessage {
    /// Required. Sent as `requestId`.
    pub request_id: ::std::string::String,
    /// Required. Sent as `errorCode`.
    pub error_code: i32,
    /// Optional. Sent as `errorDetail`.
    pub error_detail: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ApiExceptionMessage {
    /// A `ApiExceptionMessage` with its required fields (`requestId`, `errorCode`); the others start absent.
    pub fn new(
        request_id: impl ::core::convert::Into<::std::string::String>,
        error_code: i32,
    ) -> Self {
        Self {
            request_id: request_id.into(),
            error_code,
            error_detail: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `errorDetail`.
    #[inline]
    #[must_use]
    pub fn with_error_detail(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_detail = ::core::option::Option::Some(value.into());
        self
    }
}
/// Extended by `adimages::AdImageActionResult`, `advideos::VideoActionResult`, `agencyclients::AddResponse` and 7 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ActionResultBase {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ActionResultBase {
    /// An empty `ActionResultBase`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl rt::ItemResult for ActionResultBase {
    type Notification = ExceptionNotification;
    fn errors(&self) -> &[ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `adextensions::AddResponse::add_results`, `adextensions::DeleteResponse::delete_results`, `adgroups::AddResponse::add_results` and 59 more. Extended by `SetBidsActionResult`, `keywordsresearch::DeduplicateErrorItem`. Extends `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ActionResult {
    /// An empty `ActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for ActionResult {
    type Notification = ExceptionNotification;
    fn errors(&self) -> &[ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `audiencetargets::SetBidsResponse::set_bids_results`, `dynamicfeedadtargets::SetBidsResponse::set_bids_results`, `dynamictextadtargets::SetBidsResponse::set_bids_results` and one more. Extends `ActionResult` -> `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetBidsActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `AdGroupId`.
    pub ad_group_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SetBidsActionResult {
    /// An empty `SetBidsActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            ad_group_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
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
}
impl rt::ItemResult for SetBidsActionResult {
    type Notification = ExceptionNotification;
    fn errors(&self) -> &[ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `bidmodifiers::AddResponse::add_results`. Extends `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MultiIdsActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MultiIdsActionResult {
    /// An empty `MultiIdsActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
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
}
impl rt::ItemResult for MultiIdsActionResult {
    type Notification = ExceptionNotification;
    fn errors(&self) -> &[ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `agencyclients::UpdateResponse::update_results`, `clients::UpdateResponse::update_results`. Extends `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientsActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<::std::vec::Vec<ExceptionNotification>>,
    /// Optional. Sent as `ClientId`.
    pub client_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientsActionResult {
    /// An empty `ClientsActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            client_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `ClientId`.
    #[inline]
    #[must_use]
    pub fn with_client_id(mut self, value: i64) -> Self {
        self.client_id = ::core::option::Option::Some(value);
        self
    }
}
impl rt::ItemResult for ClientsActionResult {
    type Notification = ExceptionNotification;
    fn errors(&self) -> &[ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `adgroups::MobileAppAdGroupGet::app_icon_moderation`, `ads::TextAdGetBase::v_card_moderation`, `ads::TextAdGetBase::sitelinks_moderation` and 13 more. Extended by `ads::TextGetItem`, `ads::TitleGetItem`, `ads::AdImageGetItem` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExtensionModeration {
    /// Required. Sent as `Status`.
    pub status: StatusEnum,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ExtensionModeration {
    /// A `ExtensionModeration` with its required fields (`Status`); the others start absent.
    pub fn new(status: StatusEnum) -> Self {
        Self {
            status,
            status_clarification: ::core::option::Option::None,
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
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortOrderEnum {
    /// Sent as `ASCENDING`.
    Ascending,
    /// Sent as `DESCENDING`.
    Descending,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl SortOrderEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Ascending, Self::Descending];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ASCENDING" => Self::Ascending,
            "DESCENDING" => Self::Descending,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for SortOrderEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for SortOrderEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AutotargetingCategory::category`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutotargetingCategoriesEnum {
    /// Sent as `EXACT`.
    Exact,
    /// Sent as `ALTERNATIVE`.
    Alternative,
    /// Sent as `COMPETITOR`.
    Competitor,
    /// Sent as `BROADER`.
    Broader,
    /// Sent as `ACCESSORY`.
    Accessory,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AutotargetingCategoriesEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Exact,
        Self::Alternative,
        Self::Competitor,
        Self::Broader,
        Self::Accessory,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exact => "EXACT",
            Self::Alternative => "ALTERNATIVE",
            Self::Competitor => "COMPETITOR",
            Self::Broader => "BROADER",
            Self::Accessory => "ACCESSORY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EXACT" => Self::Exact,
            "ALTERNATIVE" => Self::Alternative,
            "COMPETITOR" => Self::Competitor,
            "BROADER" => Self::Broader,
            "ACCESSORY" => Self::Accessory,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AutotargetingCategoriesEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AutotargetingCategoriesEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adgroups::DynamicAdGroup::autotargeting_categories`, `AutotargetingCategoryArray`, `keywords::KeywordAddItem::autotargeting_categories` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AutotargetingCategory {
    /// Required. Sent as `Category`.
    pub category: AutotargetingCategoriesEnum,
    /// Required. Sent as `Value`.
    pub value: YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AutotargetingCategory {
    /// A `AutotargetingCategory` with its required fields (`Category`, `Value`); the others start absent.
    pub fn new(category: AutotargetingCategoriesEnum, value: YesNoEnum) -> Self {
        Self {
            category,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `adgroups::DynamicAdGroupGet::autotargeting_categories`, `keywords::KeywordGetItem::autotargeting_categories`. A list, sent as `{"Items": [...]}`.
pub type AutotargetingCategoryArray = rt::Items<AutotargetingCategory>;
/// Used in `AutotargetingBrandOption::option`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutotargetingBrandOptionsEnum {
    /// Sent as `WITHOUT_BRANDS`.
    WithoutBrands,
    /// Sent as `WITH_ADVERTISER_BRAND`.
    WithAdvertiserBrand,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AutotargetingBrandOptionsEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::WithoutBrands, Self::WithAdvertiserBrand];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WithoutBrands => "WITHOUT_BRANDS",
            Self::WithAdvertiserBrand => "WITH_ADVERTISER_BRAND",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WITHOUT_BRANDS" => Self::WithoutBrands,
            "WITH_ADVERTISER_BRAND" => Self::WithAdvertiserBrand,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AutotargetingBrandOptionsEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AutotargetingBrandOptionsEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AutotargetingBrandOptionArray`, `keywords::KeywordAddItem::autotargeting_brand_options`, `keywords::KeywordUpdateItem::autotargeting_brand_options`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AutotargetingBrandOption {
    /// Required. Sent as `Option`.
    pub option: AutotargetingBrandOptionsEnum,
    /// Required. Sent as `Value`.
    pub value: YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AutotargetingBrandOption {
    /// A `AutotargetingBrandOption` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(option: AutotargetingBrandOptionsEnum, value: YesNoEnum) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `keywords::KeywordGetItem::autotargeting_brand_options`. A list, sent as `{"Items": [...]}`.
pub type AutotargetingBrandOptionArray = rt::Items<AutotargetingBrandOption>;
/// Used in `AutotargetingSettings::categories`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AutotargetingCategories {
    /// Optional. Sent as `Exact`.
    pub exact: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `Narrow`.
    pub narrow: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `Alternative`.
    pub alternative: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `Accessory`.
    pub accessory: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `Broader`.
    pub broader: ::core::option::Option<YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AutotargetingCategories {
    /// An empty `AutotargetingCategories`: every field absent.
    pub fn new() -> Self {
        Self {
            exact: ::core::option::Option::None,
            narrow: ::core::option::Option::None,
            alternative: ::core::option::Option::None,
            accessory: ::core::option::Option::None,
            broader: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Exact`.
    #[inline]
    #[must_use]
    pub fn with_exact(mut self, value: YesNoEnum) -> Self {
        self.exact = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Narrow`.
    #[inline]
    #[must_use]
    pub fn with_narrow(mut self, value: YesNoEnum) -> Self {
        self.narrow = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Alternative`.
    #[inline]
    #[must_use]
    pub fn with_alternative(mut self, value: YesNoEnum) -> Self {
        self.alternative = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Accessory`.
    #[inline]
    #[must_use]
    pub fn with_accessory(mut self, value: YesNoEnum) -> Self {
        self.accessory = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Broader`.
    #[inline]
    #[must_use]
    pub fn with_broader(mut self, value: YesNoEnum) -> Self {
        self.broader = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `AutotargetingSettings::brand_options`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AutotargetingBrandOptions {
    /// Optional. Sent as `WithoutBrands`.
    pub without_brands: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `WithAdvertiserBrand`.
    pub with_advertiser_brand: ::core::option::Option<YesNoEnum>,
    /// Optional. Sent as `WithCompetitorsBrand`.
    pub with_competitors_brand: ::core::option::Option<YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AutotargetingBrandOptions {
    /// An empty `AutotargetingBrandOptions`: every field absent.
    pub fn new() -> Self {
        Self {
            without_brands: ::core::option::Option::None,
            with_advertiser_brand: ::core::option::Option::None,
            with_competitors_brand: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WithoutBrands`.
    #[inline]
    #[must_use]
    pub fn with_without_brands(mut self, value: YesNoEnum) -> Self {
        self.without_brands = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WithAdvertiserBrand`.
    #[inline]
    #[must_use]
    pub fn with_with_advertiser_brand(mut self, value: YesNoEnum) -> Self {
        self.with_advertiser_brand = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WithCompetitorsBrand`.
    #[inline]
    #[must_use]
    pub fn with_with_competitors_brand(mut self, value: YesNoEnum) -> Self {
        self.with_competitors_brand = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `adgroups::DynamicAdGroup::autotargeting_settings`, `adgroups::DynamicAdGroupGet::autotargeting_settings`, `keywords::KeywordAddItem::autotargeting_settings` and 2 more.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AutotargetingSettings {
    /// Optional. Sent as `Categories`.
    pub categories: ::core::option::Option<AutotargetingCategories>,
    /// Optional. Sent as `BrandOptions`.
    pub brand_options: ::core::option::Option<AutotargetingBrandOptions>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AutotargetingSettings {
    /// An empty `AutotargetingSettings`: every field absent.
    pub fn new() -> Self {
        Self {
            categories: ::core::option::Option::None,
            brand_options: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Categories`.
    #[inline]
    #[must_use]
    pub fn with_categories(mut self, value: AutotargetingCategories) -> Self {
        self.categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BrandOptions`.
    #[inline]
    #[must_use]
    pub fn with_brand_options(mut self, value: AutotargetingBrandOptions) -> Self {
        self.brand_options = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `adgroups::GetRequest::autotargeting_settings_categories_field_names`, `keywords::GetRequest::autotargeting_settings_categories_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutotargetingCategoriesFieldEnum {
    /// Sent as `Exact`.
    Exact,
    /// Sent as `Narrow`.
    Narrow,
    /// Sent as `Alternative`.
    Alternative,
    /// Sent as `Accessory`.
    Accessory,
    /// Sent as `Broader`.
    Broader,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AutotargetingCategoriesFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Exact,
        Self::Narrow,
        Self::Alternative,
        Self::Accessory,
        Self::Broader,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exact => "Exact",
            Self::Narrow => "Narrow",
            Self::Alternative => "Alternative",
            Self::Accessory => "Accessory",
            Self::Broader => "Broader",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Exact" => Self::Exact,
            "Narrow" => Self::Narrow,
            "Alternative" => Self::Alternative,
            "Accessory" => Self::Accessory,
            "Broader" => Self::Broader,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AutotargetingCategoriesFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AutotargetingCategoriesFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `adgroups::GetRequest::autotargeting_settings_brand_options_field_names`, `keywords::GetRequest::autotargeting_settings_brand_options_field_names`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutotargetingBrandOptionsFieldEnum {
    /// Sent as `WithoutBrands`.
    WithoutBrands,
    /// Sent as `WithAdvertiserBrand`.
    WithAdvertiserBrand,
    /// Sent as `WithCompetitorsBrand`.
    WithCompetitorsBrand,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AutotargetingBrandOptionsFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::WithoutBrands,
        Self::WithAdvertiserBrand,
        Self::WithCompetitorsBrand,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WithoutBrands => "WithoutBrands",
            Self::WithAdvertiserBrand => "WithAdvertiserBrand",
            Self::WithCompetitorsBrand => "WithCompetitorsBrand",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "WithoutBrands" => Self::WithoutBrands,
            "WithAdvertiserBrand" => Self::WithAdvertiserBrand,
            "WithCompetitorsBrand" => Self::WithCompetitorsBrand,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AutotargetingBrandOptionsFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AutotargetingBrandOptionsFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
