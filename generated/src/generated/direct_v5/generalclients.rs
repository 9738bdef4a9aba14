// @generated from schema/direct_v5/generalclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/generalclients.json` (upstream `imports/generalclients.xsd`, sha256 `80228e8c6509eb0aceb5c2e1b75492ce20f41ed895f2a82825f5661d3b3c501d`).
use crate::runtime as rt;
mod serde;
/// Used in `ClientRestrictionItem::element`.
///
/// One of the 12 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientRestrictionEnum {
    /// Sent as `ADGROUPS_TOTAL_PER_CAMPAIGN`.
    AdgroupsTotalPerCampaign,
    /// Sent as `ADS_TOTAL_PER_ADGROUP`.
    AdsTotalPerAdgroup,
    /// Sent as `API_POINTS`.
    ApiPoints,
    /// Sent as `CAMPAIGNS_TOTAL_PER_CLIENT`.
    CampaignsTotalPerClient,
    /// Sent as `CAMPAIGNS_UNARCHIVED_PER_CLIENT`.
    CampaignsUnarchivedPerClient,
    /// Sent as `FORECAST_REPORTS_TOTAL_IN_QUEUE`.
    ForecastReportsTotalInQueue,
    /// Sent as `KEYWORDS_TOTAL_PER_ADGROUP`.
    KeywordsTotalPerAdgroup,
    /// Sent as `STAT_REPORTS_TOTAL_IN_QUEUE`.
    StatReportsTotalInQueue,
    /// Sent as `WORDSTAT_REPORTS_TOTAL_IN_QUEUE`.
    WordstatReportsTotalInQueue,
    /// Sent as `AD_EXTENSIONS_TOTAL`.
    AdExtensionsTotal,
    /// Sent as `GENERAL_DOMAIN_BLACKLIST_SIZE`.
    GeneralDomainBlacklistSize,
    /// Sent as `VIDEO_DOMAIN_BLACKLIST_SIZE`.
    VideoDomainBlacklistSize,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ClientRestrictionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdgroupsTotalPerCampaign,
        Self::AdsTotalPerAdgroup,
        Self::ApiPoints,
        Self::CampaignsTotalPerClient,
        Self::CampaignsUnarchivedPerClient,
        Self::ForecastReportsTotalInQueue,
        Self::KeywordsTotalPerAdgroup,
        Self::StatReportsTotalInQueue,
        Self::WordstatReportsTotalInQueue,
        Self::AdExtensionsTotal,
        Self::GeneralDomainBlacklistSize,
        Self::VideoDomainBlacklistSize,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdgroupsTotalPerCampaign => "ADGROUPS_TOTAL_PER_CAMPAIGN",
            Self::AdsTotalPerAdgroup => "ADS_TOTAL_PER_ADGROUP",
            Self::ApiPoints => "API_POINTS",
            Self::CampaignsTotalPerClient => "CAMPAIGNS_TOTAL_PER_CLIENT",
            Self::CampaignsUnarchivedPerClient => "CAMPAIGNS_UNARCHIVED_PER_CLIENT",
            Self::ForecastReportsTotalInQueue => "FORECAST_REPORTS_TOTAL_IN_QUEUE",
            Self::KeywordsTotalPerAdgroup => "KEYWORDS_TOTAL_PER_ADGROUP",
            Self::StatReportsTotalInQueue => "STAT_REPORTS_TOTAL_IN_QUEUE",
            Self::WordstatReportsTotalInQueue => "WORDSTAT_REPORTS_TOTAL_IN_QUEUE",
            Self::AdExtensionsTotal => "AD_EXTENSIONS_TOTAL",
            Self::GeneralDomainBlacklistSize => "GENERAL_DOMAIN_BLACKLIST_SIZE",
            Self::VideoDomainBlacklistSize => "VIDEO_DOMAIN_BLACKLIST_SIZE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ADGROUPS_TOTAL_PER_CAMPAIGN" => Self::AdgroupsTotalPerCampaign,
            "ADS_TOTAL_PER_ADGROUP" => Self::AdsTotalPerAdgroup,
            "API_POINTS" => Self::ApiPoints,
            "CAMPAIGNS_TOTAL_PER_CLIENT" => Self::CampaignsTotalPerClient,
            "CAMPAIGNS_UNARCHIVED_PER_CLIENT" => Self::CampaignsUnarchivedPerClient,
            "FORECAST_REPORTS_TOTAL_IN_QUEUE" => Self::ForecastReportsTotalInQueue,
            "KEYWORDS_TOTAL_PER_ADGROUP" => Self::KeywordsTotalPerAdgroup,
            "STAT_REPORTS_TOTAL_IN_QUEUE" => Self::StatReportsTotalInQueue,
            "WORDSTAT_REPORTS_TOTAL_IN_QUEUE" => Self::WordstatReportsTotalInQueue,
            "AD_EXTENSIONS_TOTAL" => Self::AdExtensionsTotal,
            "GENERAL_DOMAIN_BLACKLIST_SIZE" => Self::GeneralDomainBlacklistSize,
            "VIDEO_DOMAIN_BLACKLIST_SIZE" => Self::VideoDomainBlacklistSize,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ClientRestrictionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ClientRestrictionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientSettingGetItem::option`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingGetEnum {
    /// Sent as `CORRECT_TYPOS_AUTOMATICALLY`.
    CorrectTyposAutomatically,
    /// Sent as `DISPLAY_STORE_RATING`.
    DisplayStoreRating,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ClientSettingGetEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CorrectTyposAutomatically,
        Self::DisplayStoreRating,
        Self::SharedAccountEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CorrectTyposAutomatically => "CORRECT_TYPOS_AUTOMATICALLY",
            Self::DisplayStoreRating => "DISPLAY_STORE_RATING",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CORRECT_TYPOS_AUTOMATICALLY" => Self::CorrectTyposAutomatically,
            "DISPLAY_STORE_RATING" => Self::DisplayStoreRating,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ClientSettingGetEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ClientSettingGetEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientGetItem::available_campaign_types`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailableCampaignTypeEnum {
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
    /// Sent as `CONTENT_PROMOTION`.
    ContentPromotion,
    /// Sent as `BILLING_AGGREGATE`.
    BillingAggregate,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AvailableCampaignTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::TextCampaign,
        Self::MobileAppCampaign,
        Self::DynamicTextCampaign,
        Self::CpmBannerCampaign,
        Self::SmartCampaign,
        Self::ContentPromotion,
        Self::BillingAggregate,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextCampaign => "TEXT_CAMPAIGN",
            Self::MobileAppCampaign => "MOBILE_APP_CAMPAIGN",
            Self::DynamicTextCampaign => "DYNAMIC_TEXT_CAMPAIGN",
            Self::CpmBannerCampaign => "CPM_BANNER_CAMPAIGN",
            Self::SmartCampaign => "SMART_CAMPAIGN",
            Self::ContentPromotion => "CONTENT_PROMOTION",
            Self::BillingAggregate => "BILLING_AGGREGATE",
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
            "CONTENT_PROMOTION" => Self::ContentPromotion,
            "BILLING_AGGREGATE" => Self::BillingAggregate,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AvailableCampaignTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AvailableCampaignTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientGetItem::available_ad_group_types`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailableAdGroupTypeEnum {
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
    /// Sent as `SMART_AD_GROUP`.
    SmartAdGroup,
    /// Sent as `CONTENT_PROMOTION_AD_GROUP`.
    ContentPromotionAdGroup,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AvailableAdGroupTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::DynamicTextAdGroup,
        Self::MobileAppAdGroup,
        Self::TextAdGroup,
        Self::CpmBannerAdGroup,
        Self::CpmVideoAdGroup,
        Self::SmartAdGroup,
        Self::ContentPromotionAdGroup,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DynamicTextAdGroup => "DYNAMIC_TEXT_AD_GROUP",
            Self::MobileAppAdGroup => "MOBILE_APP_AD_GROUP",
            Self::TextAdGroup => "TEXT_AD_GROUP",
            Self::CpmBannerAdGroup => "CPM_BANNER_AD_GROUP",
            Self::CpmVideoAdGroup => "CPM_VIDEO_AD_GROUP",
            Self::SmartAdGroup => "SMART_AD_GROUP",
            Self::ContentPromotionAdGroup => "CONTENT_PROMOTION_AD_GROUP",
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
            "SMART_AD_GROUP" => Self::SmartAdGroup,
            "CONTENT_PROMOTION_AD_GROUP" => Self::ContentPromotionAdGroup,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AvailableAdGroupTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AvailableAdGroupTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientSettingAddItem::option`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingAddEnum {
    /// Sent as `CORRECT_TYPOS_AUTOMATICALLY`.
    CorrectTyposAutomatically,
    /// Sent as `DISPLAY_STORE_RATING`.
    DisplayStoreRating,
    /// Sent as `SHARED_ACCOUNT_ENABLED`.
    SharedAccountEnabled,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ClientSettingAddEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CorrectTyposAutomatically,
        Self::DisplayStoreRating,
        Self::SharedAccountEnabled,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CorrectTyposAutomatically => "CORRECT_TYPOS_AUTOMATICALLY",
            Self::DisplayStoreRating => "DISPLAY_STORE_RATING",
            Self::SharedAccountEnabled => "SHARED_ACCOUNT_ENABLED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CORRECT_TYPOS_AUTOMATICALLY" => Self::CorrectTyposAutomatically,
            "DISPLAY_STORE_RATING" => Self::DisplayStoreRating,
            "SHARED_ACCOUNT_ENABLED" => Self::SharedAccountEnabled,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ClientSettingAddEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ClientSettingAddEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientSettingUpdateItem::option`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingUpdateEnum {
    /// Sent as `CORRECT_TYPOS_AUTOMATICALLY`.
    CorrectTyposAutomatically,
    /// Sent as `DISPLAY_STORE_RATING`.
    DisplayStoreRating,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ClientSettingUpdateEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CorrectTyposAutomatically,
        Self::DisplayStoreRating,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CorrectTyposAutomatically => "CORRECT_TYPOS_AUTOMATICALLY",
            Self::DisplayStoreRating => "DISPLAY_STORE_RATING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CORRECT_TYPOS_AUTOMATICALLY" => Self::CorrectTyposAutomatically,
            "DISPLAY_STORE_RATING" => Self::DisplayStoreRating,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ClientSettingUpdateEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ClientSettingUpdateEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `GrantItem::privilege`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivilegeEnum {
    /// Sent as `EDIT_CAMPAIGNS`.
    EditCampaigns,
    /// Sent as `IMPORT_XLS`.
    ImportXls,
    /// Sent as `TRANSFER_MONEY`.
    TransferMoney,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl PrivilegeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::EditCampaigns,
        Self::ImportXls,
        Self::TransferMoney,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EditCampaigns => "EDIT_CAMPAIGNS",
            Self::ImportXls => "IMPORT_XLS",
            Self::TransferMoney => "TRANSFER_MONEY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "EDIT_CAMPAIGNS" => Self::EditCampaigns,
            "IMPORT_XLS" => Self::ImportXls,
            "TRANSFER_MONEY" => Self::TransferMoney,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for PrivilegeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for PrivilegeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ClientGetItem::forbidden_platform`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ForbiddenPlatformEnum {
    /// Sent as `SEARCH`.
    Search,
    /// Sent as `NETWORK`.
    Network,
    /// Sent as `NONE`.
    None,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ForbiddenPlatformEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Search, Self::Network, Self::None];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Search => "SEARCH",
            Self::Network => "NETWORK",
            Self::None => "NONE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SEARCH" => Self::Search,
            "NETWORK" => Self::Network,
            "NONE" => Self::None,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ForbiddenPlatformEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ForbiddenPlatformEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `TinInfoGet::tin_type`, `TinInfoAdd::tin_type`, `TinInfoUpdate::tin_type`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TinTypeEnum {
    /// Sent as `PHYSICAL`.
    Physical,
    /// Sent as `FOREIGN_PHYSICAL`.
    ForeignPhysical,
    /// Sent as `LEGAL`.
    Legal,
    /// Sent as `FOREIGN_LEGAL`.
    ForeignLegal,
    /// Sent as `INDIVIDUAL`.
    Individual,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TinTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Physical,
        Self::ForeignPhysical,
        Self::Legal,
        Self::ForeignLegal,
        Self::Individual,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Physical => "PHYSICAL",
            Self::ForeignPhysical => "FOREIGN_PHYSICAL",
            Self::Legal => "LEGAL",
            Self::ForeignLegal => "FOREIGN_LEGAL",
            Self::Individual => "INDIVIDUAL",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PHYSICAL" => Self::Physical,
            "FOREIGN_PHYSICAL" => Self::ForeignPhysical,
            "LEGAL" => Self::Legal,
            "FOREIGN_LEGAL" => Self::ForeignLegal,
            "INDIVIDUAL" => Self::Individual,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TinTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TinTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `agencyclients::GetRequest::tin_info_field_names`, `agencyclients::GetRequest::contragent_tin_info_field_names`, `clients::GetRequest::tin_info_field_names` and one more.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TinInfoFieldEnum {
    /// Sent as `TinType`.
    TinType,
    /// Sent as `Tin`.
    Tin,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl TinInfoFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::TinType, Self::Tin];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TinType => "TinType",
            Self::Tin => "Tin",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "TinType" => Self::TinType,
            "Tin" => Self::Tin,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for TinInfoFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for TinInfoFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ContragentInfoGet::tin_info`, `ClientGetItem::tin_info`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TinInfoGet {
    /// Optional. Sent as `TinType`.
    pub tin_type: ::core::option::Option<TinTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Tin`.
    pub tin: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TinInfoGet {
    /// An empty `TinInfoGet`: every field absent.
    pub fn new() -> Self {
        Self {
            tin_type: ::core::option::Option::None,
            tin: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TinType`.
    #[inline]
    #[must_use]
    pub fn with_tin_type(mut self, value: TinTypeEnum) -> Self {
        self.tin_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tin`.
    #[inline]
    #[must_use]
    pub fn with_tin(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tin = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `agencyclients::AddRequest::tin_info`, `agencyclients::AddPassportOrganizationRequest::tin_info`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TinInfoAdd {
    /// Required. Sent as `TinType`.
    pub tin_type: TinTypeEnum,
    /// Optional. Sent as `Tin`.
    pub tin: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TinInfoAdd {
    /// A `TinInfoAdd` with its required fields (`TinType`); the others start absent.
    pub fn new(tin_type: TinTypeEnum) -> Self {
        Self {
            tin_type,
            tin: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Tin`.
    #[inline]
    #[must_use]
    pub fn with_tin(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tin = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `ContragentInfoUpdate::tin_info`, `ClientUpdateItem::tin_info`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TinInfoUpdate {
    /// Optional. Sent as `TinType`.
    pub tin_type: ::core::option::Option<TinTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Tin`.
    pub tin: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TinInfoUpdate {
    /// An empty `TinInfoUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            tin_type: ::core::option::Option::None,
            tin: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TinType`.
    #[inline]
    #[must_use]
    pub fn with_tin_type(mut self, value: TinTypeEnum) -> Self {
        self.tin_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tin`.
    #[inline]
    #[must_use]
    pub fn with_tin(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tin = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `agencyclients::GetRequest::organization_field_names`, `clients::GetRequest::organization_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgInfoFieldEnum {
    /// Sent as `Name`.
    Name,
    /// Sent as `EpayNumber`.
    EpayNumber,
    /// Sent as `RegNumber`.
    RegNumber,
    /// Sent as `OksmNumber`.
    OksmNumber,
    /// Sent as `OkvedCode`.
    OkvedCode,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl OrgInfoFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Name,
        Self::EpayNumber,
        Self::RegNumber,
        Self::OksmNumber,
        Self::OkvedCode,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "Name",
            Self::EpayNumber => "EpayNumber",
            Self::RegNumber => "RegNumber",
            Self::OksmNumber => "OksmNumber",
            Self::OkvedCode => "OkvedCode",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Name" => Self::Name,
            "EpayNumber" => Self::EpayNumber,
            "RegNumber" => Self::RegNumber,
            "OksmNumber" => Self::OksmNumber,
            "OkvedCode" => Self::OkvedCode,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for OrgInfoFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for OrgInfoFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `agencyclients::GetRequest::contragent_field_names`, `clients::GetRequest::contragent_field_names`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContragentInfoFieldEnum {
    /// Sent as `Name`.
    Name,
    /// Sent as `Phone`.
    Phone,
    /// Sent as `EpayNumber`.
    EpayNumber,
    /// Sent as `RegNumber`.
    RegNumber,
    /// Sent as `OksmNumber`.
    OksmNumber,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ContragentInfoFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Name,
        Self::Phone,
        Self::EpayNumber,
        Self::RegNumber,
        Self::OksmNumber,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "Name",
            Self::Phone => "Phone",
            Self::EpayNumber => "EpayNumber",
            Self::RegNumber => "RegNumber",
            Self::OksmNumber => "OksmNumber",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Name" => Self::Name,
            "Phone" => Self::Phone,
            "EpayNumber" => Self::EpayNumber,
            "RegNumber" => Self::RegNumber,
            "OksmNumber" => Self::OksmNumber,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ContragentInfoFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ContragentInfoFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `agencyclients::GetRequest::contract_field_names`, `clients::GetRequest::contract_field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractInfoFieldEnum {
    /// Sent as `Number`.
    Number,
    /// Sent as `Date`.
    Date,
    /// Sent as `Price`.
    Price,
    /// Sent as `Type`.
    Type,
    /// Sent as `ActionType`.
    ActionType,
    /// Sent as `SubjectType`.
    SubjectType,
    /// Sent as `IsAgencyPayment`.
    IsAgencyPayment,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ContractInfoFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Number,
        Self::Date,
        Self::Price,
        Self::Type,
        Self::ActionType,
        Self::SubjectType,
        Self::IsAgencyPayment,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Number => "Number",
            Self::Date => "Date",
            Self::Price => "Price",
            Self::Type => "Type",
            Self::ActionType => "ActionType",
            Self::SubjectType => "SubjectType",
            Self::IsAgencyPayment => "IsAgencyPayment",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Number" => Self::Number,
            "Date" => Self::Date,
            "Price" => Self::Price,
            "Type" => Self::Type,
            "ActionType" => Self::ActionType,
            "SubjectType" => Self::SubjectType,
            "IsAgencyPayment" => Self::IsAgencyPayment,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ContractInfoFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ContractInfoFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ContractBaseInfo::type_`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractTypeEnum {
    /// Sent as `CONTRACT`.
    Contract,
    /// Sent as `INTERMEDIARY_CONTRACT`.
    IntermediaryContract,
    /// Sent as `ADDITIONAL_AGREEMENT`.
    AdditionalAgreement,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ContractTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Contract,
        Self::IntermediaryContract,
        Self::AdditionalAgreement,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contract => "CONTRACT",
            Self::IntermediaryContract => "INTERMEDIARY_CONTRACT",
            Self::AdditionalAgreement => "ADDITIONAL_AGREEMENT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CONTRACT" => Self::Contract,
            "INTERMEDIARY_CONTRACT" => Self::IntermediaryContract,
            "ADDITIONAL_AGREEMENT" => Self::AdditionalAgreement,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ContractTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ContractTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ContractBaseInfo::action_type`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractActionTypeEnum {
    /// Sent as `COMMERCIAL`.
    Commercial,
    /// Sent as `DISTRIBUTION`.
    Distribution,
    /// Sent as `CONCLUDE`.
    Conclude,
    /// Sent as `OTHER`.
    Other,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ContractActionTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Commercial,
        Self::Distribution,
        Self::Conclude,
        Self::Other,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Commercial => "COMMERCIAL",
            Self::Distribution => "DISTRIBUTION",
            Self::Conclude => "CONCLUDE",
            Self::Other => "OTHER",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "COMMERCIAL" => Self::Commercial,
            "DISTRIBUTION" => Self::Distribution,
            "CONCLUDE" => Self::Conclude,
            "OTHER" => Self::Other,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ContractActionTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ContractActionTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ContractBaseInfo::subject_type`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractSubjectTypeEnum {
    /// Sent as `REPRESENTATION`.
    Representation,
    /// Sent as `MEDIATION`.
    Mediation,
    /// Sent as `DISTRIBUTION`.
    Distribution,
    /// Sent as `ORG_DISTRIBUTION`.
    OrgDistribution,
    /// Sent as `OTHER`.
    Other,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl ContractSubjectTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Representation,
        Self::Mediation,
        Self::Distribution,
        Self::OrgDistribution,
        Self::Other,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Representation => "REPRESENTATION",
            Self::Mediation => "MEDIATION",
            Self::Distribution => "DISTRIBUTION",
            Self::OrgDistribution => "ORG_DISTRIBUTION",
            Self::Other => "OTHER",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "REPRESENTATION" => Self::Representation,
            "MEDIATION" => Self::Mediation,
            "DISTRIBUTION" => Self::Distribution,
            "ORG_DISTRIBUTION" => Self::OrgDistribution,
            "OTHER" => Self::Other,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for ContractSubjectTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for ContractSubjectTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `ErirAttributesGet::organization`, `ErirAttributesUpdate::organization`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrgInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Name`.
    pub name: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EpayNumber`.
    pub epay_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RegNumber`.
    pub reg_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OksmNumber`.
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OkvedCode`.
    pub okved_code: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl OrgInfo {
    /// An empty `OrgInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            name: rt::Nullable::Absent,
            epay_number: rt::Nullable::Absent,
            reg_number: rt::Nullable::Absent,
            oksm_number: rt::Nullable::Absent,
            okved_code: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.epay_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.reg_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.oksm_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OkvedCode`.
    #[inline]
    #[must_use]
    pub fn with_okved_code(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.okved_code = rt::Nullable::Value(value.into());
        self
    }
}
/// Extended by `ContractInfoGet`, `ContractInfoUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractBaseInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Number`.
    pub number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Date`.
    pub date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Type`.
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ActionType`.
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SubjectType`.
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `IsAgencyPayment`.
    pub is_agency_payment: rt::Nullable<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContractBaseInfo {
    /// An empty `ContractBaseInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            number: rt::Nullable::Absent,
            date: rt::Nullable::Absent,
            type_: rt::Nullable::Absent,
            action_type: rt::Nullable::Absent,
            subject_type: rt::Nullable::Absent,
            is_agency_payment: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Number`.
    #[inline]
    #[must_use]
    pub fn with_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: ContractTypeEnum) -> Self {
        self.type_ = rt::Nullable::Value(value);
        self
    }
    /// Sets `ActionType`.
    #[inline]
    #[must_use]
    pub fn with_action_type(mut self, value: ContractActionTypeEnum) -> Self {
        self.action_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `SubjectType`.
    #[inline]
    #[must_use]
    pub fn with_subject_type(mut self, value: ContractSubjectTypeEnum) -> Self {
        self.subject_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `IsAgencyPayment`.
    #[inline]
    #[must_use]
    pub fn with_is_agency_payment(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_agency_payment = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ErirAttributesGet::contract`. Extends `ContractBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractInfoGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Number`.
    pub number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Date`.
    pub date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Type`.
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ActionType`.
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SubjectType`.
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `IsAgencyPayment`.
    pub is_agency_payment: rt::Nullable<super::general::YesNoEnum>,
    /// Optional. Sent as `Price`.
    pub price: ::core::option::Option<ContractPrice>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContractInfoGet {
    /// An empty `ContractInfoGet`: every field absent.
    pub fn new() -> Self {
        Self {
            number: rt::Nullable::Absent,
            date: rt::Nullable::Absent,
            type_: rt::Nullable::Absent,
            action_type: rt::Nullable::Absent,
            subject_type: rt::Nullable::Absent,
            is_agency_payment: rt::Nullable::Absent,
            price: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Number`.
    #[inline]
    #[must_use]
    pub fn with_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: ContractTypeEnum) -> Self {
        self.type_ = rt::Nullable::Value(value);
        self
    }
    /// Sets `ActionType`.
    #[inline]
    #[must_use]
    pub fn with_action_type(mut self, value: ContractActionTypeEnum) -> Self {
        self.action_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `SubjectType`.
    #[inline]
    #[must_use]
    pub fn with_subject_type(mut self, value: ContractSubjectTypeEnum) -> Self {
        self.subject_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `IsAgencyPayment`.
    #[inline]
    #[must_use]
    pub fn with_is_agency_payment(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_agency_payment = rt::Nullable::Value(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: ContractPrice) -> Self {
        self.price = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ErirAttributesUpdate::contract`. Extends `ContractBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractInfoUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Number`.
    pub number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Date`.
    pub date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Type`.
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ActionType`.
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SubjectType`.
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `IsAgencyPayment`.
    pub is_agency_payment: rt::Nullable<super::general::YesNoEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Price`.
    pub price: rt::Nullable<ContractPrice>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContractInfoUpdate {
    /// An empty `ContractInfoUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            number: rt::Nullable::Absent,
            date: rt::Nullable::Absent,
            type_: rt::Nullable::Absent,
            action_type: rt::Nullable::Absent,
            subject_type: rt::Nullable::Absent,
            is_agency_payment: rt::Nullable::Absent,
            price: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Number`.
    #[inline]
    #[must_use]
    pub fn with_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: ContractTypeEnum) -> Self {
        self.type_ = rt::Nullable::Value(value);
        self
    }
    /// Sets `ActionType`.
    #[inline]
    #[must_use]
    pub fn with_action_type(mut self, value: ContractActionTypeEnum) -> Self {
        self.action_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `SubjectType`.
    #[inline]
    #[must_use]
    pub fn with_subject_type(mut self, value: ContractSubjectTypeEnum) -> Self {
        self.subject_type = rt::Nullable::Value(value);
        self
    }
    /// Sets `IsAgencyPayment`.
    #[inline]
    #[must_use]
    pub fn with_is_agency_payment(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_agency_payment = rt::Nullable::Value(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: ContractPrice) -> Self {
        self.price = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ContractInfoGet::price`, `ContractInfoUpdate::price`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContractPrice {
    /// Required. Sent as `Amount`.
    pub amount: f64,
    /// Required. Sent as `IncludingVat`.
    pub including_vat: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContractPrice {
    /// A `ContractPrice` with its required fields (`Amount`, `IncludingVat`); the others start absent.
    pub fn new(amount: f64, including_vat: super::general::YesNoEnum) -> Self {
        Self {
            amount,
            including_vat,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `ContragentInfoGet`, `ContragentInfoUpdate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentBaseInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Name`.
    pub name: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Phone`.
    pub phone: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EpayNumber`.
    pub epay_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RegNumber`.
    pub reg_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OksmNumber`.
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContragentBaseInfo {
    /// An empty `ContragentBaseInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            name: rt::Nullable::Absent,
            phone: rt::Nullable::Absent,
            epay_number: rt::Nullable::Absent,
            reg_number: rt::Nullable::Absent,
            oksm_number: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.epay_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.reg_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.oksm_number = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ErirAttributesGet::contragent`. Extends `ContragentBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentInfoGet {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Name`.
    pub name: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Phone`.
    pub phone: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EpayNumber`.
    pub epay_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RegNumber`.
    pub reg_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OksmNumber`.
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `TinInfo`.
    pub tin_info: ::core::option::Option<TinInfoGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContragentInfoGet {
    /// An empty `ContragentInfoGet`: every field absent.
    pub fn new() -> Self {
        Self {
            name: rt::Nullable::Absent,
            phone: rt::Nullable::Absent,
            epay_number: rt::Nullable::Absent,
            reg_number: rt::Nullable::Absent,
            oksm_number: rt::Nullable::Absent,
            tin_info: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.epay_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.reg_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.oksm_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: TinInfoGet) -> Self {
        self.tin_info = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ErirAttributesUpdate::contragent`. Extends `ContragentBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentInfoUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Name`.
    pub name: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Phone`.
    pub phone: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EpayNumber`.
    pub epay_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RegNumber`.
    pub reg_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OksmNumber`.
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TinInfo`.
    pub tin_info: rt::Nullable<TinInfoUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ContragentInfoUpdate {
    /// An empty `ContragentInfoUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            name: rt::Nullable::Absent,
            phone: rt::Nullable::Absent,
            epay_number: rt::Nullable::Absent,
            reg_number: rt::Nullable::Absent,
            oksm_number: rt::Nullable::Absent,
            tin_info: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.epay_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.reg_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.oksm_number = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: TinInfoUpdate) -> Self {
        self.tin_info = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ClientGetItem::erir_attributes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErirAttributesGet {
    /// Optional. Sent as `Organization`.
    pub organization: ::core::option::Option<OrgInfo>,
    /// Optional. Sent as `Contract`.
    pub contract: ::core::option::Option<ContractInfoGet>,
    /// Optional. Sent as `Contragent`.
    pub contragent: ::core::option::Option<ContragentInfoGet>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ErirAttributesGet {
    /// An empty `ErirAttributesGet`: every field absent.
    pub fn new() -> Self {
        Self {
            organization: ::core::option::Option::None,
            contract: ::core::option::Option::None,
            contragent: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Organization`.
    #[inline]
    #[must_use]
    pub fn with_organization(mut self, value: OrgInfo) -> Self {
        self.organization = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Contract`.
    #[inline]
    #[must_use]
    pub fn with_contract(mut self, value: ContractInfoGet) -> Self {
        self.contract = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Contragent`.
    #[inline]
    #[must_use]
    pub fn with_contragent(mut self, value: ContragentInfoGet) -> Self {
        self.contragent = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ClientUpdateItem::erir_attributes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErirAttributesUpdate {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Organization`.
    pub organization: rt::Nullable<OrgInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Contract`.
    pub contract: rt::Nullable<ContractInfoUpdate>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Contragent`.
    pub contragent: rt::Nullable<ContragentInfoUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ErirAttributesUpdate {
    /// An empty `ErirAttributesUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            organization: rt::Nullable::Absent,
            contract: rt::Nullable::Absent,
            contragent: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Organization`.
    #[inline]
    #[must_use]
    pub fn with_organization(mut self, value: OrgInfo) -> Self {
        self.organization = rt::Nullable::Value(value);
        self
    }
    /// Sets `Contract`.
    #[inline]
    #[must_use]
    pub fn with_contract(mut self, value: ContractInfoUpdate) -> Self {
        self.contract = rt::Nullable::Value(value);
        self
    }
    /// Sets `Contragent`.
    #[inline]
    #[must_use]
    pub fn with_contragent(mut self, value: ContragentInfoUpdate) -> Self {
        self.contragent = rt::Nullable::Value(value);
        self
    }
}
/// Used in `EmailSubscriptionItem::option`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailSubscriptionEnum {
    /// Sent as `RECEIVE_RECOMMENDATIONS`.
    ReceiveRecommendations,
    /// Sent as `TRACK_MANAGED_CAMPAIGNS`.
    TrackManagedCampaigns,
    /// Sent as `TRACK_POSITION_CHANGES`.
    TrackPositionChanges,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl EmailSubscriptionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ReceiveRecommendations,
        Self::TrackManagedCampaigns,
        Self::TrackPositionChanges,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReceiveRecommendations => "RECEIVE_RECOMMENDATIONS",
            Self::TrackManagedCampaigns => "TRACK_MANAGED_CAMPAIGNS",
            Self::TrackPositionChanges => "TRACK_POSITION_CHANGES",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RECEIVE_RECOMMENDATIONS" => Self::ReceiveRecommendations,
            "TRACK_MANAGED_CAMPAIGNS" => Self::TrackManagedCampaigns,
            "TRACK_POSITION_CHANGES" => Self::TrackPositionChanges,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for EmailSubscriptionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for EmailSubscriptionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `Notification::email_subscriptions`, `NotificationUpdate::email_subscriptions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EmailSubscriptionItem {
    /// Required. Sent as `Option`.
    pub option: EmailSubscriptionEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EmailSubscriptionItem {
    /// A `EmailSubscriptionItem` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(option: EmailSubscriptionEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `NotificationAdd`, `NotificationGet`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// Required. Sent as `Email`.
    pub email: ::std::string::String,
    /// Required. Sent as `EmailSubscriptions`.
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// Required. Sent as `Lang`.
    pub lang: super::general::LangEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Notification {
    /// A `Notification` with its required fields (`Email`, `EmailSubscriptions`, `Lang`); the others start absent.
    pub fn new(
        email: impl ::core::convert::Into<::std::string::String>,
        email_subscriptions: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<EmailSubscriptionItem>,
        >,
        lang: super::general::LangEnum,
    ) -> Self {
        Self {
            email: email.into(),
            email_subscriptions: email_subscriptions
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            lang,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `agencyclients::AddRequest::notification`, `agencyclients::AddPassportOrganizationRequest::notification`. Extends `Notification`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotificationAdd {
    /// Required. Sent as `Email`.
    pub email: ::std::string::String,
    /// Required. Sent as `EmailSubscriptions`.
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// Required. Sent as `Lang`.
    pub lang: super::general::LangEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NotificationAdd {
    /// A `NotificationAdd` with its required fields (`Email`, `EmailSubscriptions`, `Lang`); the others start absent.
    pub fn new(
        email: impl ::core::convert::Into<::std::string::String>,
        email_subscriptions: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<EmailSubscriptionItem>,
        >,
        lang: super::general::LangEnum,
    ) -> Self {
        Self {
            email: email.into(),
            email_subscriptions: email_subscriptions
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            lang,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientUpdateItem::notification`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotificationUpdate {
    /// Optional. Sent as `Email`.
    pub email: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `EmailSubscriptions`.
    pub email_subscriptions: ::core::option::Option<
        ::std::vec::Vec<EmailSubscriptionItem>,
    >,
    /// Optional. Sent as `Lang`.
    pub lang: ::core::option::Option<super::general::LangEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NotificationUpdate {
    /// An empty `NotificationUpdate`: every field absent.
    pub fn new() -> Self {
        Self {
            email: ::core::option::Option::None,
            email_subscriptions: ::core::option::Option::None,
            lang: ::core::option::Option::None,
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
    /// Sets `EmailSubscriptions`.
    #[inline]
    #[must_use]
    pub fn with_email_subscriptions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<EmailSubscriptionItem>,
        >,
    ) -> Self {
        self.email_subscriptions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Lang`.
    #[inline]
    #[must_use]
    pub fn with_lang(mut self, value: super::general::LangEnum) -> Self {
        self.lang = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ClientGetItem::notification`. Extends `Notification`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotificationGet {
    /// Required. Sent as `Email`.
    pub email: ::std::string::String,
    /// Required. Sent as `EmailSubscriptions`.
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// Required. Sent as `Lang`.
    pub lang: super::general::LangEnum,
    /// Required. Sent as `SmsPhoneNumber`.
    pub sms_phone_number: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NotificationGet {
    /// A `NotificationGet` with its required fields (`Email`, `EmailSubscriptions`, `Lang`, `SmsPhoneNumber`); the others start absent.
    pub fn new(
        email: impl ::core::convert::Into<::std::string::String>,
        email_subscriptions: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<EmailSubscriptionItem>,
        >,
        lang: super::general::LangEnum,
        sms_phone_number: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            email: email.into(),
            email_subscriptions: email_subscriptions
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            lang,
            sms_phone_number: sms_phone_number.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientGetItem::restrictions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientRestrictionItem {
    /// Required. Sent as `Element`.
    pub element: ClientRestrictionEnum,
    /// Required. Sent as `Value`.
    pub value: i32,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientRestrictionItem {
    /// A `ClientRestrictionItem` with its required fields (`Element`, `Value`); the others start absent.
    pub fn new(element: ClientRestrictionEnum, value: i32) -> Self {
        Self {
            element,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientGetItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingGetItem {
    /// Required. Sent as `Option`.
    pub option: ClientSettingGetEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientSettingGetItem {
    /// A `ClientSettingGetItem` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(option: ClientSettingGetEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `agencyclients::AddRequest::settings`, `agencyclients::AddPassportOrganizationRequest::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingAddItem {
    /// Required. Sent as `Option`.
    pub option: ClientSettingAddEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientSettingAddItem {
    /// A `ClientSettingAddItem` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(option: ClientSettingAddEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientUpdateItem::settings`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingUpdateItem {
    /// Required. Sent as `Option`.
    pub option: ClientSettingUpdateEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientSettingUpdateItem {
    /// A `ClientSettingUpdateItem` with its required fields (`Option`, `Value`); the others start absent.
    pub fn new(
        option: ClientSettingUpdateEnum,
        value: super::general::YesNoEnum,
    ) -> Self {
        Self {
            option,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `agencyclients::AgencyClientUpdateItem::grants`, `agencyclients::AddRequest::grants`, `agencyclients::AddPassportOrganizationRequest::grants`. Extended by `GrantGetItem`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GrantItem {
    /// Required. Sent as `Privilege`.
    pub privilege: PrivilegeEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GrantItem {
    /// A `GrantItem` with its required fields (`Privilege`, `Value`); the others start absent.
    pub fn new(privilege: PrivilegeEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            privilege,
            value,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientGetItem::grants`. Extends `GrantItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GrantGetItem {
    /// Required. Sent as `Privilege`.
    pub privilege: PrivilegeEnum,
    /// Required. Sent as `Value`.
    pub value: super::general::YesNoEnum,
    /// Optional. Sent as `Agency`.
    pub agency: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GrantGetItem {
    /// A `GrantGetItem` with its required fields (`Privilege`, `Value`); the others start absent.
    pub fn new(privilege: PrivilegeEnum, value: super::general::YesNoEnum) -> Self {
        Self {
            privilege,
            value,
            agency: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Agency`.
    #[inline]
    #[must_use]
    pub fn with_agency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `ClientGetItem::bonuses`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BonusesItem {
    /// Required. Sent as `AwaitingBonus`.
    pub awaiting_bonus: i64,
    /// Required. Sent as `AwaitingBonusWithoutNds`.
    pub awaiting_bonus_without_nds: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BonusesItem {
    /// A `BonusesItem` with its required fields (`AwaitingBonus`, `AwaitingBonusWithoutNds`); the others start absent.
    pub fn new(awaiting_bonus: i64, awaiting_bonus_without_nds: i64) -> Self {
        Self {
            awaiting_bonus,
            awaiting_bonus_without_nds,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `ClientGetItem::representatives`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Representative {
    /// Required. Sent as `Email`.
    pub email: ::std::string::String,
    /// Required. Sent as `Login`.
    pub login: ::std::string::String,
    /// Required. Sent as `Role`.
    pub role: super::general::RepresentativeRoleEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Representative {
    /// A `Representative` with its required fields (`Email`, `Login`, `Role`); the others start absent.
    pub fn new(
        email: impl ::core::convert::Into<::std::string::String>,
        login: impl ::core::convert::Into<::std::string::String>,
        role: super::general::RepresentativeRoleEnum,
    ) -> Self {
        Self {
            email: email.into(),
            login: login.into(),
            role,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `ClientGetItem`, `ClientUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientBaseItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientBaseItem {
    /// An empty `ClientBaseItem`: every field absent.
    pub fn new() -> Self {
        Self {
            client_info: ::core::option::Option::None,
            phone: ::core::option::Option::None,
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
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `agencyclients::GetResponse::clients`, `clients::GetResponse::clients`. Extends `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientGetItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountQuality`.
    pub account_quality: rt::Nullable<f64>,
    /// Optional. Sent as `Archived`.
    pub archived: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `ClientId`.
    pub client_id: ::core::option::Option<i64>,
    /// Optional. Sent as `CountryId`.
    pub country_id: ::core::option::Option<i32>,
    /// Optional. Sent as `CreatedAt`.
    pub created_at: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Currency`.
    pub currency: ::core::option::Option<super::general::CurrencyEnum>,
    /// Optional. Sent as `Grants`.
    pub grants: ::core::option::Option<::std::vec::Vec<GrantGetItem>>,
    /// Optional. Sent as `Bonuses`.
    pub bonuses: ::core::option::Option<BonusesItem>,
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<NotificationGet>,
    /// Optional. Sent as `OverdraftSumAvailable`.
    pub overdraft_sum_available: ::core::option::Option<i64>,
    /// Optional. Sent as `Representatives`.
    pub representatives: ::core::option::Option<::std::vec::Vec<Representative>>,
    /// Optional. Sent as `Restrictions`.
    pub restrictions: ::core::option::Option<::std::vec::Vec<ClientRestrictionItem>>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<ClientSettingGetItem>>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `VatRate`.
    pub vat_rate: rt::Nullable<f64>,
    /// Optional. Sent as `TinInfo`.
    pub tin_info: ::core::option::Option<TinInfoGet>,
    /// Optional. Sent as `ErirAttributes`.
    pub erir_attributes: ::core::option::Option<ErirAttributesGet>,
    /// Optional. Sent as `ForbiddenPlatform`.
    pub forbidden_platform: ::core::option::Option<ForbiddenPlatformEnum>,
    /// Optional. Sent as `AvailableCampaignTypes`.
    pub available_campaign_types: ::core::option::Option<
        ::std::vec::Vec<AvailableCampaignTypeEnum>,
    >,
    /// Optional. Sent as `AvailableAdGroupTypes`.
    pub available_ad_group_types: ::core::option::Option<
        ::std::vec::Vec<AvailableAdGroupTypeEnum>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientGetItem {
    /// An empty `ClientGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            client_info: ::core::option::Option::None,
            phone: ::core::option::Option::None,
            account_quality: rt::Nullable::Absent,
            archived: ::core::option::Option::None,
            client_id: ::core::option::Option::None,
            country_id: ::core::option::Option::None,
            created_at: ::core::option::Option::None,
            currency: ::core::option::Option::None,
            grants: ::core::option::Option::None,
            bonuses: ::core::option::Option::None,
            login: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            overdraft_sum_available: ::core::option::Option::None,
            representatives: ::core::option::Option::None,
            restrictions: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            vat_rate: rt::Nullable::Absent,
            tin_info: ::core::option::Option::None,
            erir_attributes: ::core::option::Option::None,
            forbidden_platform: ::core::option::Option::None,
            available_campaign_types: ::core::option::Option::None,
            available_ad_group_types: ::core::option::Option::None,
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
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `AccountQuality`.
    #[inline]
    #[must_use]
    pub fn with_account_quality(mut self, value: f64) -> Self {
        self.account_quality = rt::Nullable::Value(value);
        self
    }
    /// Sets `Archived`.
    #[inline]
    #[must_use]
    pub fn with_archived(mut self, value: super::general::YesNoEnum) -> Self {
        self.archived = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ClientId`.
    #[inline]
    #[must_use]
    pub fn with_client_id(mut self, value: i64) -> Self {
        self.client_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CountryId`.
    #[inline]
    #[must_use]
    pub fn with_country_id(mut self, value: i32) -> Self {
        self.country_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CreatedAt`.
    #[inline]
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(mut self, value: super::general::CurrencyEnum) -> Self {
        self.currency = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Grants`.
    #[inline]
    #[must_use]
    pub fn with_grants(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<GrantGetItem>,
        >,
    ) -> Self {
        self.grants = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Bonuses`.
    #[inline]
    #[must_use]
    pub fn with_bonuses(mut self, value: BonusesItem) -> Self {
        self.bonuses = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: NotificationGet) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OverdraftSumAvailable`.
    #[inline]
    #[must_use]
    pub fn with_overdraft_sum_available(mut self, value: i64) -> Self {
        self.overdraft_sum_available = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Representatives`.
    #[inline]
    #[must_use]
    pub fn with_representatives(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<Representative>,
        >,
    ) -> Self {
        self.representatives = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Restrictions`.
    #[inline]
    #[must_use]
    pub fn with_restrictions(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ClientRestrictionItem>,
        >,
    ) -> Self {
        self.restrictions = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ClientSettingGetItem>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `VatRate`.
    #[inline]
    #[must_use]
    pub fn with_vat_rate(mut self, value: f64) -> Self {
        self.vat_rate = rt::Nullable::Value(value);
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: TinInfoGet) -> Self {
        self.tin_info = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ErirAttributes`.
    #[inline]
    #[must_use]
    pub fn with_erir_attributes(mut self, value: ErirAttributesGet) -> Self {
        self.erir_attributes = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ForbiddenPlatform`.
    #[inline]
    #[must_use]
    pub fn with_forbidden_platform(mut self, value: ForbiddenPlatformEnum) -> Self {
        self.forbidden_platform = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableCampaignTypes`.
    #[inline]
    #[must_use]
    pub fn with_available_campaign_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AvailableCampaignTypeEnum>,
        >,
    ) -> Self {
        self.available_campaign_types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AvailableAdGroupTypes`.
    #[inline]
    #[must_use]
    pub fn with_available_ad_group_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AvailableAdGroupTypeEnum>,
        >,
    ) -> Self {
        self.available_ad_group_types = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `clients::UpdateRequest::clients`. Extended by `agencyclients::AgencyClientUpdateItem`. Extends `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientUpdateItem {
    /// Optional. Sent as `ClientInfo`.
    pub client_info: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Notification`.
    pub notification: ::core::option::Option<NotificationUpdate>,
    /// Optional. Sent as `Settings`.
    pub settings: ::core::option::Option<::std::vec::Vec<ClientSettingUpdateItem>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TinInfo`.
    pub tin_info: rt::Nullable<TinInfoUpdate>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ErirAttributes`.
    pub erir_attributes: rt::Nullable<ErirAttributesUpdate>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientUpdateItem {
    /// An empty `ClientUpdateItem`: every field absent.
    pub fn new() -> Self {
        Self {
            client_info: ::core::option::Option::None,
            phone: ::core::option::Option::None,
            notification: ::core::option::Option::None,
            settings: ::core::option::Option::None,
            tin_info: rt::Nullable::Absent,
            erir_attributes: rt::Nullable::Absent,
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
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Notification`.
    #[inline]
    #[must_use]
    pub fn with_notification(mut self, value: NotificationUpdate) -> Self {
        self.notification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<ClientSettingUpdateItem>,
        >,
    ) -> Self {
        self.settings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `TinInfo`.
    #[inline]
    #[must_use]
    pub fn with_tin_info(mut self, value: TinInfoUpdate) -> Self {
        self.tin_info = rt::Nullable::Value(value);
        self
    }
    /// Sets `ErirAttributes`.
    #[inline]
    #[must_use]
    pub fn with_erir_attributes(mut self, value: ErirAttributesUpdate) -> Self {
        self.erir_attributes = rt::Nullable::Value(value);
        self
    }
}
