// @generated from schema/direct_v5/generalclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/generalclients.json` (upstream `imports/generalclients.xsd`, sha256 `80228e8c6509eb0aceb5c2e1b75492ce20f41ed895f2a82825f5661d3b3c501d`).
use crate::runtime as rt;
/// `ClientRestrictionEnum`: one of 12 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientRestrictionEnum {
    /// `ADGROUPS_TOTAL_PER_CAMPAIGN`
    AdgroupsTotalPerCampaign,
    /// `ADS_TOTAL_PER_ADGROUP`
    AdsTotalPerAdgroup,
    /// `API_POINTS`
    ApiPoints,
    /// `CAMPAIGNS_TOTAL_PER_CLIENT`
    CampaignsTotalPerClient,
    /// `CAMPAIGNS_UNARCHIVED_PER_CLIENT`
    CampaignsUnarchivedPerClient,
    /// `FORECAST_REPORTS_TOTAL_IN_QUEUE`
    ForecastReportsTotalInQueue,
    /// `KEYWORDS_TOTAL_PER_ADGROUP`
    KeywordsTotalPerAdgroup,
    /// `STAT_REPORTS_TOTAL_IN_QUEUE`
    StatReportsTotalInQueue,
    /// `WORDSTAT_REPORTS_TOTAL_IN_QUEUE`
    WordstatReportsTotalInQueue,
    /// `AD_EXTENSIONS_TOTAL`
    AdExtensionsTotal,
    /// `GENERAL_DOMAIN_BLACKLIST_SIZE`
    GeneralDomainBlacklistSize,
    /// `VIDEO_DOMAIN_BLACKLIST_SIZE`
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
impl ::serde::Serialize for ClientRestrictionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientRestrictionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ClientSettingGetEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingGetEnum {
    /// `CORRECT_TYPOS_AUTOMATICALLY`
    CorrectTyposAutomatically,
    /// `DISPLAY_STORE_RATING`
    DisplayStoreRating,
    /// `SHARED_ACCOUNT_ENABLED`
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
impl ::serde::Serialize for ClientSettingGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingGetEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AvailableCampaignTypeEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailableCampaignTypeEnum {
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
    /// `CONTENT_PROMOTION`
    ContentPromotion,
    /// `BILLING_AGGREGATE`
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
impl ::serde::Serialize for AvailableCampaignTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AvailableCampaignTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AvailableAdGroupTypeEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailableAdGroupTypeEnum {
    /// `DYNAMIC_TEXT_AD_GROUP`
    DynamicTextAdGroup,
    /// `MOBILE_APP_AD_GROUP`
    MobileAppAdGroup,
    /// `TEXT_AD_GROUP`
    TextAdGroup,
    /// `CPM_BANNER_AD_GROUP`
    CpmBannerAdGroup,
    /// `CPM_VIDEO_AD_GROUP`
    CpmVideoAdGroup,
    /// `SMART_AD_GROUP`
    SmartAdGroup,
    /// `CONTENT_PROMOTION_AD_GROUP`
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
impl ::serde::Serialize for AvailableAdGroupTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AvailableAdGroupTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ClientSettingAddEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingAddEnum {
    /// `CORRECT_TYPOS_AUTOMATICALLY`
    CorrectTyposAutomatically,
    /// `DISPLAY_STORE_RATING`
    DisplayStoreRating,
    /// `SHARED_ACCOUNT_ENABLED`
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
impl ::serde::Serialize for ClientSettingAddEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingAddEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ClientSettingUpdateEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClientSettingUpdateEnum {
    /// `CORRECT_TYPOS_AUTOMATICALLY`
    CorrectTyposAutomatically,
    /// `DISPLAY_STORE_RATING`
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
impl ::serde::Serialize for ClientSettingUpdateEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingUpdateEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `PrivilegeEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivilegeEnum {
    /// `EDIT_CAMPAIGNS`
    EditCampaigns,
    /// `IMPORT_XLS`
    ImportXls,
    /// `TRANSFER_MONEY`
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
impl ::serde::Serialize for PrivilegeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PrivilegeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ForbiddenPlatformEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ForbiddenPlatformEnum {
    /// `SEARCH`
    Search,
    /// `NETWORK`
    Network,
    /// `NONE`
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
impl ::serde::Serialize for ForbiddenPlatformEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ForbiddenPlatformEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TinTypeEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TinTypeEnum {
    /// `PHYSICAL`
    Physical,
    /// `FOREIGN_PHYSICAL`
    ForeignPhysical,
    /// `LEGAL`
    Legal,
    /// `FOREIGN_LEGAL`
    ForeignLegal,
    /// `INDIVIDUAL`
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
impl ::serde::Serialize for TinTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TinTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TinInfoFieldEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TinInfoFieldEnum {
    /// `TinType`
    TinType,
    /// `Tin`
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
impl ::serde::Serialize for TinInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `TinInfoGet` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TinInfoGet {
    /// `TinType`: `TinTypeEnum` (optional).
    pub tin_type: ::core::option::Option<TinTypeEnum>,
    /// `Tin`: `xsd:string` (optional, nillable).
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
    pub fn with_tin(mut self, value: ::std::string::String) -> Self {
        self.tin = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TinInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tin_type {
            map.serialize_entry("TinType", value)?;
        }
        if self.tin.is_present() {
            map.serialize_entry("Tin", &self.tin)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoGet, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = rt::wire::optional_value(
                                &mut map,
                                "TinType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tin" => tin = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoGet {
                    tin_type,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TinInfoAdd` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TinInfoAdd {
    /// `TinType`: `TinTypeEnum` (required).
    pub tin_type: TinTypeEnum,
    /// `Tin`: `xsd:string` (optional).
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
    pub fn with_tin(mut self, value: ::std::string::String) -> Self {
        self.tin = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TinInfoAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TinType", &self.tin_type)?;
        if let ::core::option::Option::Some(value) = &self.tin {
            map.serialize_entry("Tin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoAdd, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Tin" => {
                            tin = rt::wire::optional_value(
                                &mut map,
                                "Tin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoAdd {
                    tin_type: rt::wire::required(tin_type, "TinType")?,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `TinInfoUpdate` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TinInfoUpdate {
    /// `TinType`: `TinTypeEnum` (optional).
    pub tin_type: ::core::option::Option<TinTypeEnum>,
    /// `Tin`: `xsd:string` (optional, nillable).
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
    pub fn with_tin(mut self, value: ::std::string::String) -> Self {
        self.tin = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for TinInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tin_type {
            map.serialize_entry("TinType", value)?;
        }
        if self.tin.is_present() {
            map.serialize_entry("Tin", &self.tin)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoUpdate, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = rt::wire::optional_value(
                                &mut map,
                                "TinType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tin" => tin = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoUpdate {
                    tin_type,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `OrgInfoFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgInfoFieldEnum {
    /// `Name`
    Name,
    /// `EpayNumber`
    EpayNumber,
    /// `RegNumber`
    RegNumber,
    /// `OksmNumber`
    OksmNumber,
    /// `OkvedCode`
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
impl ::serde::Serialize for OrgInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OrgInfoFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ContragentInfoFieldEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContragentInfoFieldEnum {
    /// `Name`
    Name,
    /// `Phone`
    Phone,
    /// `EpayNumber`
    EpayNumber,
    /// `RegNumber`
    RegNumber,
    /// `OksmNumber`
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
impl ::serde::Serialize for ContragentInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ContractInfoFieldEnum`: one of 7 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractInfoFieldEnum {
    /// `Number`
    Number,
    /// `Date`
    Date,
    /// `Price`
    Price,
    /// `Type`
    Type,
    /// `ActionType`
    ActionType,
    /// `SubjectType`
    SubjectType,
    /// `IsAgencyPayment`
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
impl ::serde::Serialize for ContractInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ContractTypeEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractTypeEnum {
    /// `CONTRACT`
    Contract,
    /// `INTERMEDIARY_CONTRACT`
    IntermediaryContract,
    /// `ADDITIONAL_AGREEMENT`
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
impl ::serde::Serialize for ContractTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ContractActionTypeEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractActionTypeEnum {
    /// `COMMERCIAL`
    Commercial,
    /// `DISTRIBUTION`
    Distribution,
    /// `CONCLUDE`
    Conclude,
    /// `OTHER`
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
impl ::serde::Serialize for ContractActionTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractActionTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `ContractSubjectTypeEnum`: one of 5 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractSubjectTypeEnum {
    /// `REPRESENTATION`
    Representation,
    /// `MEDIATION`
    Mediation,
    /// `DISTRIBUTION`
    Distribution,
    /// `ORG_DISTRIBUTION`
    OrgDistribution,
    /// `OTHER`
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
impl ::serde::Serialize for ContractSubjectTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractSubjectTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `OrgInfo` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrgInfo {
    /// `Name`: `xsd:string` (optional, nillable).
    pub name: rt::Nullable<::std::string::String>,
    /// `EpayNumber`: `xsd:string` (optional, nillable).
    pub epay_number: rt::Nullable<::std::string::String>,
    /// `RegNumber`: `xsd:string` (optional, nillable).
    pub reg_number: rt::Nullable<::std::string::String>,
    /// `OksmNumber`: `xsd:string` (optional, nillable).
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// `OkvedCode`: `xsd:string` (optional, nillable).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = rt::Nullable::Value(value);
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(mut self, value: ::std::string::String) -> Self {
        self.epay_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(mut self, value: ::std::string::String) -> Self {
        self.reg_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(mut self, value: ::std::string::String) -> Self {
        self.oksm_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `OkvedCode`.
    #[inline]
    #[must_use]
    pub fn with_okved_code(mut self, value: ::std::string::String) -> Self {
        self.okved_code = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for OrgInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if self.okved_code.is_present() {
            map.serialize_entry("OkvedCode", &self.okved_code)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrgInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = OrgInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `OrgInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<OrgInfo, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut okved_code = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "OkvedCode" => okved_code = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "OrgInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(OrgInfo {
                    name,
                    epay_number,
                    reg_number,
                    oksm_number,
                    okved_code,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContractBaseInfo` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractBaseInfo {
    /// `Number`: `xsd:string` (optional, nillable).
    pub number: rt::Nullable<::std::string::String>,
    /// `Date`: `xsd:string` (optional, nillable).
    pub date: rt::Nullable<::std::string::String>,
    /// `Type`: `ContractTypeEnum` (optional, nillable).
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// `ActionType`: `ContractActionTypeEnum` (optional, nillable).
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// `SubjectType`: `ContractSubjectTypeEnum` (optional, nillable).
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// `IsAgencyPayment`: `general:YesNoEnum` (optional, nillable).
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
    pub fn with_number(mut self, value: ::std::string::String) -> Self {
        self.number = rt::Nullable::Value(value);
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(mut self, value: ::std::string::String) -> Self {
        self.date = rt::Nullable::Value(value);
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
impl ::serde::Serialize for ContractBaseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractBaseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractBaseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractBaseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractBaseInfo, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractBaseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractBaseInfo {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContractInfoGet` (`schema/direct_v5/generalclients.json`). Extends `ContractBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractInfoGet {
    /// `Number`: `xsd:string` (optional, nillable).
    pub number: rt::Nullable<::std::string::String>,
    /// `Date`: `xsd:string` (optional, nillable).
    pub date: rt::Nullable<::std::string::String>,
    /// `Type`: `ContractTypeEnum` (optional, nillable).
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// `ActionType`: `ContractActionTypeEnum` (optional, nillable).
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// `SubjectType`: `ContractSubjectTypeEnum` (optional, nillable).
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// `IsAgencyPayment`: `general:YesNoEnum` (optional, nillable).
    pub is_agency_payment: rt::Nullable<super::general::YesNoEnum>,
    /// `Price`: `ContractPrice` (optional).
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
    pub fn with_number(mut self, value: ::std::string::String) -> Self {
        self.number = rt::Nullable::Value(value);
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(mut self, value: ::std::string::String) -> Self {
        self.date = rt::Nullable::Value(value);
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
impl ::serde::Serialize for ContractInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractInfoGet, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractInfoGet {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContractInfoUpdate` (`schema/direct_v5/generalclients.json`). Extends `ContractBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContractInfoUpdate {
    /// `Number`: `xsd:string` (optional, nillable).
    pub number: rt::Nullable<::std::string::String>,
    /// `Date`: `xsd:string` (optional, nillable).
    pub date: rt::Nullable<::std::string::String>,
    /// `Type`: `ContractTypeEnum` (optional, nillable).
    pub type_: rt::Nullable<ContractTypeEnum>,
    /// `ActionType`: `ContractActionTypeEnum` (optional, nillable).
    pub action_type: rt::Nullable<ContractActionTypeEnum>,
    /// `SubjectType`: `ContractSubjectTypeEnum` (optional, nillable).
    pub subject_type: rt::Nullable<ContractSubjectTypeEnum>,
    /// `IsAgencyPayment`: `general:YesNoEnum` (optional, nillable).
    pub is_agency_payment: rt::Nullable<super::general::YesNoEnum>,
    /// `Price`: `ContractPrice` (optional, nillable).
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
    pub fn with_number(mut self, value: ::std::string::String) -> Self {
        self.number = rt::Nullable::Value(value);
        self
    }
    /// Sets `Date`.
    #[inline]
    #[must_use]
    pub fn with_date(mut self, value: ::std::string::String) -> Self {
        self.date = rt::Nullable::Value(value);
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
impl ::serde::Serialize for ContractInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractInfoUpdate, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractInfoUpdate {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContractPrice` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContractPrice {
    /// `Amount`: `xsd:decimal` (required).
    pub amount: f64,
    /// `IncludingVat`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for ContractPrice {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Amount", &self.amount)?;
        map.serialize_entry("IncludingVat", &self.including_vat)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractPrice {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractPrice;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractPrice` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractPrice, A::Error> {
                let mut amount = ::core::option::Option::None;
                let mut including_vat = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => {
                            amount = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IncludingVat" => {
                            including_vat = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractPrice",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractPrice {
                    amount: rt::wire::required(amount, "Amount")?,
                    including_vat: rt::wire::required(including_vat, "IncludingVat")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContragentBaseInfo` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentBaseInfo {
    /// `Name`: `xsd:string` (optional, nillable).
    pub name: rt::Nullable<::std::string::String>,
    /// `Phone`: `xsd:string` (optional, nillable).
    pub phone: rt::Nullable<::std::string::String>,
    /// `EpayNumber`: `xsd:string` (optional, nillable).
    pub epay_number: rt::Nullable<::std::string::String>,
    /// `RegNumber`: `xsd:string` (optional, nillable).
    pub reg_number: rt::Nullable<::std::string::String>,
    /// `OksmNumber`: `xsd:string` (optional, nillable).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = rt::Nullable::Value(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = rt::Nullable::Value(value);
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(mut self, value: ::std::string::String) -> Self {
        self.epay_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(mut self, value: ::std::string::String) -> Self {
        self.reg_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(mut self, value: ::std::string::String) -> Self {
        self.oksm_number = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for ContragentBaseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentBaseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentBaseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentBaseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentBaseInfo, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentBaseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentBaseInfo {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContragentInfoGet` (`schema/direct_v5/generalclients.json`). Extends `ContragentBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentInfoGet {
    /// `Name`: `xsd:string` (optional, nillable).
    pub name: rt::Nullable<::std::string::String>,
    /// `Phone`: `xsd:string` (optional, nillable).
    pub phone: rt::Nullable<::std::string::String>,
    /// `EpayNumber`: `xsd:string` (optional, nillable).
    pub epay_number: rt::Nullable<::std::string::String>,
    /// `RegNumber`: `xsd:string` (optional, nillable).
    pub reg_number: rt::Nullable<::std::string::String>,
    /// `OksmNumber`: `xsd:string` (optional, nillable).
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// `TinInfo`: `TinInfoGet` (optional).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = rt::Nullable::Value(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = rt::Nullable::Value(value);
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(mut self, value: ::std::string::String) -> Self {
        self.epay_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(mut self, value: ::std::string::String) -> Self {
        self.reg_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(mut self, value: ::std::string::String) -> Self {
        self.oksm_number = rt::Nullable::Value(value);
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
impl ::serde::Serialize for ContragentInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentInfoGet, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentInfoGet {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ContragentInfoUpdate` (`schema/direct_v5/generalclients.json`). Extends `ContragentBaseInfo`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContragentInfoUpdate {
    /// `Name`: `xsd:string` (optional, nillable).
    pub name: rt::Nullable<::std::string::String>,
    /// `Phone`: `xsd:string` (optional, nillable).
    pub phone: rt::Nullable<::std::string::String>,
    /// `EpayNumber`: `xsd:string` (optional, nillable).
    pub epay_number: rt::Nullable<::std::string::String>,
    /// `RegNumber`: `xsd:string` (optional, nillable).
    pub reg_number: rt::Nullable<::std::string::String>,
    /// `OksmNumber`: `xsd:string` (optional, nillable).
    pub oksm_number: rt::Nullable<::std::string::String>,
    /// `TinInfo`: `TinInfoUpdate` (optional, nillable).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = rt::Nullable::Value(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = rt::Nullable::Value(value);
        self
    }
    /// Sets `EpayNumber`.
    #[inline]
    #[must_use]
    pub fn with_epay_number(mut self, value: ::std::string::String) -> Self {
        self.epay_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `RegNumber`.
    #[inline]
    #[must_use]
    pub fn with_reg_number(mut self, value: ::std::string::String) -> Self {
        self.reg_number = rt::Nullable::Value(value);
        self
    }
    /// Sets `OksmNumber`.
    #[inline]
    #[must_use]
    pub fn with_oksm_number(mut self, value: ::std::string::String) -> Self {
        self.oksm_number = rt::Nullable::Value(value);
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
impl ::serde::Serialize for ContragentInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if self.tin_info.is_present() {
            map.serialize_entry("TinInfo", &self.tin_info)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentInfoUpdate, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut tin_info = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "TinInfo" => tin_info = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentInfoUpdate {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ErirAttributesGet` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErirAttributesGet {
    /// `Organization`: `OrgInfo` (optional).
    pub organization: ::core::option::Option<OrgInfo>,
    /// `Contract`: `ContractInfoGet` (optional).
    pub contract: ::core::option::Option<ContractInfoGet>,
    /// `Contragent`: `ContragentInfoGet` (optional).
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
impl ::serde::Serialize for ErirAttributesGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.organization {
            map.serialize_entry("Organization", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contract {
            map.serialize_entry("Contract", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contragent {
            map.serialize_entry("Contragent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErirAttributesGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ErirAttributesGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErirAttributesGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErirAttributesGet, A::Error> {
                let mut organization = ::core::option::Option::None;
                let mut contract = ::core::option::Option::None;
                let mut contragent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Organization" => {
                            organization = rt::wire::optional_value(
                                &mut map,
                                "Organization",
                                &mut unknown_fields,
                            )?;
                        }
                        "Contract" => {
                            contract = rt::wire::optional_value(
                                &mut map,
                                "Contract",
                                &mut unknown_fields,
                            )?;
                        }
                        "Contragent" => {
                            contragent = rt::wire::optional_value(
                                &mut map,
                                "Contragent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErirAttributesGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ErirAttributesGet {
                    organization,
                    contract,
                    contragent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ErirAttributesUpdate` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ErirAttributesUpdate {
    /// `Organization`: `OrgInfo` (optional, nillable).
    pub organization: rt::Nullable<OrgInfo>,
    /// `Contract`: `ContractInfoUpdate` (optional, nillable).
    pub contract: rt::Nullable<ContractInfoUpdate>,
    /// `Contragent`: `ContragentInfoUpdate` (optional, nillable).
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
impl ::serde::Serialize for ErirAttributesUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.organization.is_present() {
            map.serialize_entry("Organization", &self.organization)?;
        }
        if self.contract.is_present() {
            map.serialize_entry("Contract", &self.contract)?;
        }
        if self.contragent.is_present() {
            map.serialize_entry("Contragent", &self.contragent)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErirAttributesUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ErirAttributesUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErirAttributesUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErirAttributesUpdate, A::Error> {
                let mut organization = rt::Nullable::Absent;
                let mut contract = rt::Nullable::Absent;
                let mut contragent = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Organization" => organization = map.next_value()?,
                        "Contract" => contract = map.next_value()?,
                        "Contragent" => contragent = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErirAttributesUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ErirAttributesUpdate {
                    organization,
                    contract,
                    contragent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `EmailSubscriptionEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EmailSubscriptionEnum {
    /// `RECEIVE_RECOMMENDATIONS`
    ReceiveRecommendations,
    /// `TRACK_MANAGED_CAMPAIGNS`
    TrackManagedCampaigns,
    /// `TRACK_POSITION_CHANGES`
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
impl ::serde::Serialize for EmailSubscriptionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailSubscriptionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `EmailSubscriptionItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EmailSubscriptionItem {
    /// `Option`: `EmailSubscriptionEnum` (required).
    pub option: EmailSubscriptionEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for EmailSubscriptionItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailSubscriptionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmailSubscriptionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmailSubscriptionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmailSubscriptionItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EmailSubscriptionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EmailSubscriptionItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `Notification` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// `Email`: `xsd:string` (required).
    pub email: ::std::string::String,
    /// `EmailSubscriptions`: array of `EmailSubscriptionItem` (required).
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// `Lang`: `general:LangEnum` (required).
    pub lang: super::general::LangEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Notification {
    /// A `Notification` with its required fields (`Email`, `EmailSubscriptions`, `Lang`); the others start absent.
    pub fn new(
        email: ::std::string::String,
        email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
        lang: super::general::LangEnum,
    ) -> Self {
        Self {
            email,
            email_subscriptions,
            lang,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for Notification {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Notification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Notification;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Notification` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Notification, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Notification",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Notification {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `NotificationAdd` (`schema/direct_v5/generalclients.json`). Extends `Notification`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotificationAdd {
    /// `Email`: `xsd:string` (required).
    pub email: ::std::string::String,
    /// `EmailSubscriptions`: array of `EmailSubscriptionItem` (required).
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// `Lang`: `general:LangEnum` (required).
    pub lang: super::general::LangEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NotificationAdd {
    /// A `NotificationAdd` with its required fields (`Email`, `EmailSubscriptions`, `Lang`); the others start absent.
    pub fn new(
        email: ::std::string::String,
        email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
        lang: super::general::LangEnum,
    ) -> Self {
        Self {
            email,
            email_subscriptions,
            lang,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for NotificationAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationAdd, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationAdd {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `NotificationUpdate` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotificationUpdate {
    /// `Email`: `xsd:string` (optional).
    pub email: ::core::option::Option<::std::string::String>,
    /// `EmailSubscriptions`: array of `EmailSubscriptionItem` (optional).
    pub email_subscriptions: ::core::option::Option<
        ::std::vec::Vec<EmailSubscriptionItem>,
    >,
    /// `Lang`: `general:LangEnum` (optional).
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
    pub fn with_email(mut self, value: ::std::string::String) -> Self {
        self.email = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EmailSubscriptions`.
    #[inline]
    #[must_use]
    pub fn with_email_subscriptions(
        mut self,
        value: ::std::vec::Vec<EmailSubscriptionItem>,
    ) -> Self {
        self.email_subscriptions = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for NotificationUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email_subscriptions {
            map.serialize_entry("EmailSubscriptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.lang {
            map.serialize_entry("Lang", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationUpdate, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = rt::wire::optional_value(
                                &mut map,
                                "EmailSubscriptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Lang" => {
                            lang = rt::wire::optional_value(
                                &mut map,
                                "Lang",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationUpdate {
                    email,
                    email_subscriptions,
                    lang,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `NotificationGet` (`schema/direct_v5/generalclients.json`). Extends `Notification`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotificationGet {
    /// `Email`: `xsd:string` (required).
    pub email: ::std::string::String,
    /// `EmailSubscriptions`: array of `EmailSubscriptionItem` (required).
    pub email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
    /// `Lang`: `general:LangEnum` (required).
    pub lang: super::general::LangEnum,
    /// `SmsPhoneNumber`: `xsd:string` (required).
    pub sms_phone_number: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NotificationGet {
    /// A `NotificationGet` with its required fields (`Email`, `EmailSubscriptions`, `Lang`, `SmsPhoneNumber`); the others start absent.
    pub fn new(
        email: ::std::string::String,
        email_subscriptions: ::std::vec::Vec<EmailSubscriptionItem>,
        lang: super::general::LangEnum,
        sms_phone_number: ::std::string::String,
    ) -> Self {
        Self {
            email,
            email_subscriptions,
            lang,
            sms_phone_number,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for NotificationGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        map.serialize_entry("SmsPhoneNumber", &self.sms_phone_number)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationGet, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut sms_phone_number = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        "SmsPhoneNumber" => {
                            sms_phone_number = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationGet {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    sms_phone_number: rt::wire::required(
                        sms_phone_number,
                        "SmsPhoneNumber",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientRestrictionItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientRestrictionItem {
    /// `Element`: `ClientRestrictionEnum` (required).
    pub element: ClientRestrictionEnum,
    /// `Value`: `xsd:int` (required).
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
impl ::serde::Serialize for ClientRestrictionItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Element", &self.element)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientRestrictionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientRestrictionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientRestrictionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientRestrictionItem, A::Error> {
                let mut element = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Element" => {
                            element = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientRestrictionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientRestrictionItem {
                    element: rt::wire::required(element, "Element")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientSettingGetItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingGetItem {
    /// `Option`: `ClientSettingGetEnum` (required).
    pub option: ClientSettingGetEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for ClientSettingGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingGetItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingGetItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientSettingAddItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingAddItem {
    /// `Option`: `ClientSettingAddEnum` (required).
    pub option: ClientSettingAddEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for ClientSettingAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingAddItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingAddItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientSettingUpdateItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClientSettingUpdateItem {
    /// `Option`: `ClientSettingUpdateEnum` (required).
    pub option: ClientSettingUpdateEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for ClientSettingUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingUpdateItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingUpdateItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GrantItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GrantItem {
    /// `Privilege`: `PrivilegeEnum` (required).
    pub privilege: PrivilegeEnum,
    /// `Value`: `general:YesNoEnum` (required).
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
impl ::serde::Serialize for GrantItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Privilege", &self.privilege)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GrantItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GrantItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GrantItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GrantItem, A::Error> {
                let mut privilege = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Privilege" => {
                            privilege = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GrantItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GrantItem {
                    privilege: rt::wire::required(privilege, "Privilege")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GrantGetItem` (`schema/direct_v5/generalclients.json`). Extends `GrantItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GrantGetItem {
    /// `Privilege`: `PrivilegeEnum` (required).
    pub privilege: PrivilegeEnum,
    /// `Value`: `general:YesNoEnum` (required).
    pub value: super::general::YesNoEnum,
    /// `Agency`: `xsd:string` (optional).
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
    pub fn with_agency(mut self, value: ::std::string::String) -> Self {
        self.agency = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GrantGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Privilege", &self.privilege)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.agency {
            map.serialize_entry("Agency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GrantGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GrantGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GrantGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GrantGetItem, A::Error> {
                let mut privilege = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut agency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Privilege" => {
                            privilege = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Agency" => {
                            agency = rt::wire::optional_value(
                                &mut map,
                                "Agency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GrantGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GrantGetItem {
                    privilege: rt::wire::required(privilege, "Privilege")?,
                    value: rt::wire::required(value, "Value")?,
                    agency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `BonusesItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BonusesItem {
    /// `AwaitingBonus`: `xsd:long` (required).
    pub awaiting_bonus: i64,
    /// `AwaitingBonusWithoutNds`: `xsd:long` (required).
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
impl ::serde::Serialize for BonusesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AwaitingBonus", &self.awaiting_bonus)?;
        map.serialize_entry(
            "AwaitingBonusWithoutNds",
            &self.awaiting_bonus_without_nds,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BonusesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BonusesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BonusesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BonusesItem, A::Error> {
                let mut awaiting_bonus = ::core::option::Option::None;
                let mut awaiting_bonus_without_nds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AwaitingBonus" => {
                            awaiting_bonus = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "AwaitingBonusWithoutNds" => {
                            awaiting_bonus_without_nds = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BonusesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BonusesItem {
                    awaiting_bonus: rt::wire::required(awaiting_bonus, "AwaitingBonus")?,
                    awaiting_bonus_without_nds: rt::wire::required(
                        awaiting_bonus_without_nds,
                        "AwaitingBonusWithoutNds",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `Representative` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Representative {
    /// `Email`: `xsd:string` (required).
    pub email: ::std::string::String,
    /// `Login`: `xsd:string` (required).
    pub login: ::std::string::String,
    /// `Role`: `general:RepresentativeRoleEnum` (required).
    pub role: super::general::RepresentativeRoleEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Representative {
    /// A `Representative` with its required fields (`Email`, `Login`, `Role`); the others start absent.
    pub fn new(
        email: ::std::string::String,
        login: ::std::string::String,
        role: super::general::RepresentativeRoleEnum,
    ) -> Self {
        Self {
            email,
            login,
            role,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for Representative {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("Login", &self.login)?;
        map.serialize_entry("Role", &self.role)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Representative {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Representative;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Representative` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Representative, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut role = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Login" => {
                            login = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Role" => role = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Representative",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Representative {
                    email: rt::wire::required(email, "Email")?,
                    login: rt::wire::required(login, "Login")?,
                    role: rt::wire::required(role, "Role")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientBaseItem` (`schema/direct_v5/generalclients.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientBaseItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Phone`: `xsd:string` (optional).
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
    pub fn with_client_info(mut self, value: ::std::string::String) -> Self {
        self.client_info = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ClientBaseItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientBaseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientBaseItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientBaseItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientBaseItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientBaseItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientBaseItem {
                    client_info,
                    phone,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientGetItem` (`schema/direct_v5/generalclients.json`). Extends `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientGetItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Phone`: `xsd:string` (optional).
    pub phone: ::core::option::Option<::std::string::String>,
    /// `AccountQuality`: `xsd:decimal` (optional, nillable).
    pub account_quality: rt::Nullable<f64>,
    /// `Archived`: `general:YesNoEnum` (optional).
    pub archived: ::core::option::Option<super::general::YesNoEnum>,
    /// `ClientId`: `xsd:long` (optional).
    pub client_id: ::core::option::Option<i64>,
    /// `CountryId`: `xsd:int` (optional).
    pub country_id: ::core::option::Option<i32>,
    /// `CreatedAt`: `xsd:string` (optional).
    pub created_at: ::core::option::Option<::std::string::String>,
    /// `Currency`: `general:CurrencyEnum` (optional).
    pub currency: ::core::option::Option<super::general::CurrencyEnum>,
    /// `Grants`: array of `GrantGetItem` (optional).
    pub grants: ::core::option::Option<::std::vec::Vec<GrantGetItem>>,
    /// `Bonuses`: `BonusesItem` (optional).
    pub bonuses: ::core::option::Option<BonusesItem>,
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `Notification`: `NotificationGet` (optional).
    pub notification: ::core::option::Option<NotificationGet>,
    /// `OverdraftSumAvailable`: `xsd:long` (optional).
    pub overdraft_sum_available: ::core::option::Option<i64>,
    /// `Representatives`: array of `Representative` (optional).
    pub representatives: ::core::option::Option<::std::vec::Vec<Representative>>,
    /// `Restrictions`: array of `ClientRestrictionItem` (optional).
    pub restrictions: ::core::option::Option<::std::vec::Vec<ClientRestrictionItem>>,
    /// `Settings`: array of `ClientSettingGetItem` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<ClientSettingGetItem>>,
    /// `Type`: `xsd:string` (optional).
    pub type_: ::core::option::Option<::std::string::String>,
    /// `VatRate`: `xsd:decimal` (optional, nillable).
    pub vat_rate: rt::Nullable<f64>,
    /// `TinInfo`: `TinInfoGet` (optional).
    pub tin_info: ::core::option::Option<TinInfoGet>,
    /// `ErirAttributes`: `ErirAttributesGet` (optional).
    pub erir_attributes: ::core::option::Option<ErirAttributesGet>,
    /// `ForbiddenPlatform`: `ForbiddenPlatformEnum` (optional).
    pub forbidden_platform: ::core::option::Option<ForbiddenPlatformEnum>,
    /// `AvailableCampaignTypes`: array of `AvailableCampaignTypeEnum` (optional).
    pub available_campaign_types: ::core::option::Option<
        ::std::vec::Vec<AvailableCampaignTypeEnum>,
    >,
    /// `AvailableAdGroupTypes`: array of `AvailableAdGroupTypeEnum` (optional).
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
    pub fn with_client_info(mut self, value: ::std::string::String) -> Self {
        self.client_info = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = ::core::option::Option::Some(value);
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
    pub fn with_created_at(mut self, value: ::std::string::String) -> Self {
        self.created_at = ::core::option::Option::Some(value);
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
    pub fn with_grants(mut self, value: ::std::vec::Vec<GrantGetItem>) -> Self {
        self.grants = ::core::option::Option::Some(value);
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
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<Representative>,
    ) -> Self {
        self.representatives = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Restrictions`.
    #[inline]
    #[must_use]
    pub fn with_restrictions(
        mut self,
        value: ::std::vec::Vec<ClientRestrictionItem>,
    ) -> Self {
        self.restrictions = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Settings`.
    #[inline]
    #[must_use]
    pub fn with_settings(
        mut self,
        value: ::std::vec::Vec<ClientSettingGetItem>,
    ) -> Self {
        self.settings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: ::std::string::String) -> Self {
        self.type_ = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<AvailableCampaignTypeEnum>,
    ) -> Self {
        self.available_campaign_types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableAdGroupTypes`.
    #[inline]
    #[must_use]
    pub fn with_available_ad_group_types(
        mut self,
        value: ::std::vec::Vec<AvailableAdGroupTypeEnum>,
    ) -> Self {
        self.available_ad_group_types = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ClientGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if self.account_quality.is_present() {
            map.serialize_entry("AccountQuality", &self.account_quality)?;
        }
        if let ::core::option::Option::Some(value) = &self.archived {
            map.serialize_entry("Archived", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.country_id {
            map.serialize_entry("CountryId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.created_at {
            map.serialize_entry("CreatedAt", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bonuses {
            map.serialize_entry("Bonuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.overdraft_sum_available {
            map.serialize_entry("OverdraftSumAvailable", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.representatives {
            map.serialize_entry("Representatives", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.restrictions {
            map.serialize_entry("Restrictions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if self.vat_rate.is_present() {
            map.serialize_entry("VatRate", &self.vat_rate)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_attributes {
            map.serialize_entry("ErirAttributes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.forbidden_platform {
            map.serialize_entry("ForbiddenPlatform", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_campaign_types {
            map.serialize_entry("AvailableCampaignTypes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_ad_group_types {
            map.serialize_entry("AvailableAdGroupTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientGetItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut account_quality = rt::Nullable::Absent;
                let mut archived = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
                let mut country_id = ::core::option::Option::None;
                let mut created_at = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut bonuses = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut overdraft_sum_available = ::core::option::Option::None;
                let mut representatives = ::core::option::Option::None;
                let mut restrictions = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut vat_rate = rt::Nullable::Absent;
                let mut tin_info = ::core::option::Option::None;
                let mut erir_attributes = ::core::option::Option::None;
                let mut forbidden_platform = ::core::option::Option::None;
                let mut available_campaign_types = ::core::option::Option::None;
                let mut available_ad_group_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "AccountQuality" => account_quality = map.next_value()?,
                        "Archived" => {
                            archived = rt::wire::optional_value(
                                &mut map,
                                "Archived",
                                &mut unknown_fields,
                            )?;
                        }
                        "ClientId" => {
                            client_id = rt::wire::optional_value(
                                &mut map,
                                "ClientId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CountryId" => {
                            country_id = rt::wire::optional_value(
                                &mut map,
                                "CountryId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CreatedAt" => {
                            created_at = rt::wire::optional_value(
                                &mut map,
                                "CreatedAt",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bonuses" => {
                            bonuses = rt::wire::optional_value(
                                &mut map,
                                "Bonuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "OverdraftSumAvailable" => {
                            overdraft_sum_available = rt::wire::optional_value(
                                &mut map,
                                "OverdraftSumAvailable",
                                &mut unknown_fields,
                            )?;
                        }
                        "Representatives" => {
                            representatives = rt::wire::optional_value(
                                &mut map,
                                "Representatives",
                                &mut unknown_fields,
                            )?;
                        }
                        "Restrictions" => {
                            restrictions = rt::wire::optional_value(
                                &mut map,
                                "Restrictions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
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
                        "VatRate" => vat_rate = map.next_value()?,
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAttributes" => {
                            erir_attributes = rt::wire::optional_value(
                                &mut map,
                                "ErirAttributes",
                                &mut unknown_fields,
                            )?;
                        }
                        "ForbiddenPlatform" => {
                            forbidden_platform = rt::wire::optional_value(
                                &mut map,
                                "ForbiddenPlatform",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableCampaignTypes" => {
                            available_campaign_types = rt::wire::optional_value(
                                &mut map,
                                "AvailableCampaignTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableAdGroupTypes" => {
                            available_ad_group_types = rt::wire::optional_value(
                                &mut map,
                                "AvailableAdGroupTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientGetItem {
                    client_info,
                    phone,
                    account_quality,
                    archived,
                    client_id,
                    country_id,
                    created_at,
                    currency,
                    grants,
                    bonuses,
                    login,
                    notification,
                    overdraft_sum_available,
                    representatives,
                    restrictions,
                    settings,
                    type_,
                    vat_rate,
                    tin_info,
                    erir_attributes,
                    forbidden_platform,
                    available_campaign_types,
                    available_ad_group_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `ClientUpdateItem` (`schema/direct_v5/generalclients.json`). Extends `ClientBaseItem`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientUpdateItem {
    /// `ClientInfo`: `xsd:string` (optional).
    pub client_info: ::core::option::Option<::std::string::String>,
    /// `Phone`: `xsd:string` (optional).
    pub phone: ::core::option::Option<::std::string::String>,
    /// `Notification`: `NotificationUpdate` (optional).
    pub notification: ::core::option::Option<NotificationUpdate>,
    /// `Settings`: array of `ClientSettingUpdateItem` (optional).
    pub settings: ::core::option::Option<::std::vec::Vec<ClientSettingUpdateItem>>,
    /// `TinInfo`: `TinInfoUpdate` (optional, nillable).
    pub tin_info: rt::Nullable<TinInfoUpdate>,
    /// `ErirAttributes`: `ErirAttributesUpdate` (optional, nillable).
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
    pub fn with_client_info(mut self, value: ::std::string::String) -> Self {
        self.client_info = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: ::std::string::String) -> Self {
        self.phone = ::core::option::Option::Some(value);
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
        value: ::std::vec::Vec<ClientSettingUpdateItem>,
    ) -> Self {
        self.settings = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for ClientUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tin_info.is_present() {
            map.serialize_entry("TinInfo", &self.tin_info)?;
        }
        if self.erir_attributes.is_present() {
            map.serialize_entry("ErirAttributes", &self.erir_attributes)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientUpdateItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tin_info = rt::Nullable::Absent;
                let mut erir_attributes = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TinInfo" => tin_info = map.next_value()?,
                        "ErirAttributes" => erir_attributes = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientUpdateItem {
                    client_info,
                    phone,
                    notification,
                    settings,
                    tin_info,
                    erir_attributes,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
