// @generated from schema/direct_v4/live.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Live service: `POST /live/v4/json/`.
//!
//! Generated from `schema/direct_v4/live.json` (upstream `live.wsdl`, sha256 `a423a10710ba524cd4ba53a7985c6ba00d79eddd50a45f2b8afc1d5c86ecfb7b`).
//!
//! Direct API v4 Live: the methods that exist only there (units of agency clients, finance, shared account, Wordstat, Forecast, tags).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(
    method: &'static str,
    access: rt::Access,
    finance: bool,
) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV4,
        service_name: "Live",
        endpoint: "live",
        method,
        access,
        finance,
        finance_actions: &[],
    }
}
/// `Live.GetClientsUnits` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_CLIENTS_UNITS: rt::Method<ArrayOfString, ArrayOfClientsUnitInfo> = rt::Method::new(
    method_info("GetClientsUnits", rt::Access::Read, false),
);
/// `Live.GetCreditLimits` (read, finance): the method with its request and response types, as the client's generic calls take it.
pub const GET_CREDIT_LIMITS: rt::Method<rt::method::NoParam, CreditLimitsInfo> = rt::Method::new(
    method_info("GetCreditLimits", rt::Access::Read, true),
);
/// `Live.TransferMoney` (write, finance): the method with its request and response types, as the client's generic calls take it.
pub const TRANSFER_MONEY: rt::Method<TransferMoneyInfo, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("TransferMoney", rt::Access::Write, true),
);
/// `Live.PayCampaigns` (write, finance): the method with its request and response types, as the client's generic calls take it.
pub const PAY_CAMPAIGNS: rt::Method<PayCampaignsInfo, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("PayCampaigns", rt::Access::Write, true),
);
/// `Live.PayCampaignsByCard` (write, finance): the method with its request and response types, as the client's generic calls take it.
pub const PAY_CAMPAIGNS_BY_CARD: rt::Method<
    PayCampaignsByCardInfo,
    ::std::string::String,
> = rt::Method::new(method_info("PayCampaignsByCard", rt::Access::Write, true));
/// `Live.CheckPayment` (read, finance): the method with its request and response types, as the client's generic calls take it.
pub const CHECK_PAYMENT: rt::Method<CheckPaymentInfo, ::std::string::String> = rt::Method::new(
    method_info("CheckPayment", rt::Access::Read, true),
);
/// `Live.CreateInvoice` (write, finance): the method with its request and response types, as the client's generic calls take it.
pub const CREATE_INVOICE: rt::Method<CreateInvoiceInfo, ::std::string::String> = rt::Method::new(
    method_info("CreateInvoice", rt::Access::Write, true),
);
/// `Live.AccountManagement` (write, finance for Action Deposit/Invoice/TransferMoney): the method with its request and response types, as the client's generic calls take it.
pub const ACCOUNT_MANAGEMENT: rt::Method<
    AccountManagementRequest,
    AccountManagementResponse,
> = rt::Method::new(rt::MethodInfo {
    finance_actions: &["Deposit", "Invoice", "TransferMoney"],
    ..method_info("AccountManagement", rt::Access::Write, true)
});
/// `Live.EnableSharedAccount` (write): the method with its request and response types, as the client's generic calls take it.
pub const ENABLE_SHARED_ACCOUNT: rt::Method<
    EnableSharedAccountRequest,
    EnableSharedAccountResponse,
> = rt::Method::new(method_info("EnableSharedAccount", rt::Access::Write, false));
/// `Live.GetEventsLog` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_EVENTS_LOG: rt::Method<GetEventsLogRequest, ArrayOfEventsLogItem> = rt::Method::new(
    method_info("GetEventsLog", rt::Access::Read, false),
);
/// `Live.GetStatGoals` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_STAT_GOALS: rt::Method<StatGoalsCampaignIdInfo, ArrayOfStatGoalInfo> = rt::Method::new(
    method_info("GetStatGoals", rt::Access::Read, false),
);
/// `Live.GetRetargetingGoals` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_RETARGETING_GOALS: rt::Method<
    GetRetargetingGoalsRequest,
    ArrayOfRetargetingGoal,
> = rt::Method::new(method_info("GetRetargetingGoals", rt::Access::Read, false));
/// `Live.CreateNewWordstatReport` (write): the method with its request and response types, as the client's generic calls take it.
pub const CREATE_NEW_WORDSTAT_REPORT: rt::Method<
    NewWordstatReportInfo,
    rt::FlexNumber<i32>,
> = rt::Method::new(method_info("CreateNewWordstatReport", rt::Access::Write, false));
/// `Live.GetWordstatReportList` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_WORDSTAT_REPORT_LIST: rt::Method<
    rt::method::NoParam,
    ArrayOfWordstatReportStatusInfo,
> = rt::Method::new(method_info("GetWordstatReportList", rt::Access::Read, false));
/// `Live.GetWordstatReport` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_WORDSTAT_REPORT: rt::Method<
    rt::FlexNumber<i32>,
    ArrayOfWordstatReportInfo,
> = rt::Method::new(method_info("GetWordstatReport", rt::Access::Read, false));
/// `Live.DeleteWordstatReport` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE_WORDSTAT_REPORT: rt::Method<rt::FlexNumber<i32>, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("DeleteWordstatReport", rt::Access::Write, false),
);
/// `Live.CreateNewForecast` (write): the method with its request and response types, as the client's generic calls take it.
pub const CREATE_NEW_FORECAST: rt::Method<NewForecastInfo, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("CreateNewForecast", rt::Access::Write, false),
);
/// `Live.GetForecastList` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_FORECAST_LIST: rt::Method<
    rt::method::NoParam,
    ArrayOfForecastStatusInfo,
> = rt::Method::new(method_info("GetForecastList", rt::Access::Read, false));
/// `Live.GetForecast` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_FORECAST: rt::Method<rt::FlexNumber<i32>, GetForecastInfo> = rt::Method::new(
    method_info("GetForecast", rt::Access::Read, false),
);
/// `Live.DeleteForecastReport` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE_FORECAST_REPORT: rt::Method<rt::FlexNumber<i32>, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("DeleteForecastReport", rt::Access::Write, false),
);
/// `Live.DeleteOfflineReport` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE_OFFLINE_REPORT: rt::Method<rt::FlexNumber<i32>, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("DeleteOfflineReport", rt::Access::Write, false),
);
/// `Live.DeleteReport` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE_REPORT: rt::Method<rt::FlexNumber<i32>, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("DeleteReport", rt::Access::Write, false),
);
/// `Live.GetBannersTags` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_BANNERS_TAGS: rt::Method<BannersRequestInfo, ArrayOfBannerTagsInfo> = rt::Method::new(
    method_info("GetBannersTags", rt::Access::Read, false),
);
/// `Live.GetCampaignsTags` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_CAMPAIGNS_TAGS: rt::Method<CampaignIdsInfo, ArrayOfCampaignTagsInfo> = rt::Method::new(
    method_info("GetCampaignsTags", rt::Access::Read, false),
);
/// `Live.UpdateBannersTags` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE_BANNERS_TAGS: rt::Method<ArrayOfBannerTagsInfo, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("UpdateBannersTags", rt::Access::Write, false),
);
/// `Live.UpdateCampaignsTags` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE_CAMPAIGNS_TAGS: rt::Method<
    ArrayOfCampaignTagsInfo,
    ArrayOfCampaignTagsInfo,
> = rt::Method::new(method_info("UpdateCampaignsTags", rt::Access::Write, false));
/// `Live.AdImageAssociation` (write): the method with its request and response types, as the client's generic calls take it.
pub const AD_IMAGE_ASSOCIATION: rt::Method<
    AdImageAssociationRequest,
    AdImageAssociationResponse,
> = rt::Method::new(method_info("AdImageAssociation", rt::Access::Write, false));
/// `Live.GetKeywordsSuggestion` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_KEYWORDS_SUGGESTION: rt::Method<KeywordsSuggestionInfo, ArrayOfString> = rt::Method::new(
    method_info("GetKeywordsSuggestion", rt::Access::Read, false),
);
/// `Live.PingAPI` (read): the method with its request and response types, as the client's generic calls take it.
pub const PING_API: rt::Method<rt::method::NoParam, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("PingAPI", rt::Access::Read, false),
);
/// `Live.PingAPI_X` (read): the method with its request and response types, as the client's generic calls take it.
pub const PING_API_X: rt::Method<ArrayOfPingApiXInfo, ArrayOfPingApiXInfo> = rt::Method::new(
    method_info("PingAPI_X", rt::Access::Read, false),
);
/// `Live.GetVersion` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_VERSION: rt::Method<rt::method::NoParam, rt::FlexNumber<i32>> = rt::Method::new(
    method_info("GetVersion", rt::Access::Read, false),
);
/// `Live.GetAvailableVersions` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET_AVAILABLE_VERSIONS: rt::Method<rt::method::NoParam, ArrayOfVersionDesc> = rt::Method::new(
    method_info("GetAvailableVersions", rt::Access::Read, false),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET_CLIENTS_UNITS.info,
        request: rt::method::roundtrip_v4_request::<ArrayOfString>,
        response: rt::method::roundtrip_v4_response::<ArrayOfClientsUnitInfo>,
    },
    rt::MethodEntry {
        info: GET_CREDIT_LIMITS.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<CreditLimitsInfo>,
    },
    rt::MethodEntry {
        info: TRANSFER_MONEY.info,
        request: rt::method::roundtrip_v4_request::<TransferMoneyInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PAY_CAMPAIGNS.info,
        request: rt::method::roundtrip_v4_request::<PayCampaignsInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PAY_CAMPAIGNS_BY_CARD.info,
        request: rt::method::roundtrip_v4_request::<PayCampaignsByCardInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: CHECK_PAYMENT.info,
        request: rt::method::roundtrip_v4_request::<CheckPaymentInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: CREATE_INVOICE.info,
        request: rt::method::roundtrip_v4_request::<CreateInvoiceInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: ACCOUNT_MANAGEMENT.info,
        request: rt::method::roundtrip_v4_request::<AccountManagementRequest>,
        response: rt::method::roundtrip_v4_response::<AccountManagementResponse>,
    },
    rt::MethodEntry {
        info: ENABLE_SHARED_ACCOUNT.info,
        request: rt::method::roundtrip_v4_request::<EnableSharedAccountRequest>,
        response: rt::method::roundtrip_v4_response::<EnableSharedAccountResponse>,
    },
    rt::MethodEntry {
        info: GET_EVENTS_LOG.info,
        request: rt::method::roundtrip_v4_request::<GetEventsLogRequest>,
        response: rt::method::roundtrip_v4_response::<ArrayOfEventsLogItem>,
    },
    rt::MethodEntry {
        info: GET_STAT_GOALS.info,
        request: rt::method::roundtrip_v4_request::<StatGoalsCampaignIdInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfStatGoalInfo>,
    },
    rt::MethodEntry {
        info: GET_RETARGETING_GOALS.info,
        request: rt::method::roundtrip_v4_request::<GetRetargetingGoalsRequest>,
        response: rt::method::roundtrip_v4_response::<ArrayOfRetargetingGoal>,
    },
    rt::MethodEntry {
        info: CREATE_NEW_WORDSTAT_REPORT.info,
        request: rt::method::roundtrip_v4_request::<NewWordstatReportInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_WORDSTAT_REPORT_LIST.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfWordstatReportStatusInfo>,
    },
    rt::MethodEntry {
        info: GET_WORDSTAT_REPORT.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<ArrayOfWordstatReportInfo>,
    },
    rt::MethodEntry {
        info: DELETE_WORDSTAT_REPORT.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: CREATE_NEW_FORECAST.info,
        request: rt::method::roundtrip_v4_request::<NewForecastInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_FORECAST_LIST.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfForecastStatusInfo>,
    },
    rt::MethodEntry {
        info: GET_FORECAST.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<GetForecastInfo>,
    },
    rt::MethodEntry {
        info: DELETE_FORECAST_REPORT.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: DELETE_OFFLINE_REPORT.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: DELETE_REPORT.info,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_BANNERS_TAGS.info,
        request: rt::method::roundtrip_v4_request::<BannersRequestInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfBannerTagsInfo>,
    },
    rt::MethodEntry {
        info: GET_CAMPAIGNS_TAGS.info,
        request: rt::method::roundtrip_v4_request::<CampaignIdsInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfCampaignTagsInfo>,
    },
    rt::MethodEntry {
        info: UPDATE_BANNERS_TAGS.info,
        request: rt::method::roundtrip_v4_request::<ArrayOfBannerTagsInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: UPDATE_CAMPAIGNS_TAGS.info,
        request: rt::method::roundtrip_v4_request::<ArrayOfCampaignTagsInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfCampaignTagsInfo>,
    },
    rt::MethodEntry {
        info: AD_IMAGE_ASSOCIATION.info,
        request: rt::method::roundtrip_v4_request::<AdImageAssociationRequest>,
        response: rt::method::roundtrip_v4_response::<AdImageAssociationResponse>,
    },
    rt::MethodEntry {
        info: GET_KEYWORDS_SUGGESTION.info,
        request: rt::method::roundtrip_v4_request::<KeywordsSuggestionInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfString>,
    },
    rt::MethodEntry {
        info: PING_API.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PING_API_X.info,
        request: rt::method::roundtrip_v4_request::<ArrayOfPingApiXInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfPingApiXInfo>,
    },
    rt::MethodEntry {
        info: GET_VERSION.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_AVAILABLE_VERSIONS.info,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfVersionDesc>,
    },
];
/// The Live service (`POST /live/v4/json/`): one async method per API method.
///
/// Left out because the API no longer serves them:
/// - `GetClientsList`: no longer served by v4 Live (moved to API v5 or removed); moved to the AgencyClients and Clients services of v5
/// - `GetSubClients`: no longer served by v4 Live (moved to API v5 or removed); moved to the AgencyClients and Clients services of v5
/// - `SetAutoPrice`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Bids.setAuto`
/// - `GetSummaryStat`: no longer served by v4 Live (moved to API v5 or removed); moved to the Reports service of v5
/// - `GetCampaignParams`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `GetCampaignsParams`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `ModerateBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.moderate`
/// - `StopBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.suspend`
/// - `ResumeBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.resume`
/// - `ArchiveBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.archive`
/// - `UnArchiveBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.unarchive`
/// - `DeleteBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Ads.delete`
/// - `StopCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `DeleteCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `UnArchiveCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `ArchiveCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `ResumeCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `GetReportList`: no longer served by v4 Live (moved to API v5 or removed); moved to the Reports service of v5
/// - `GetClientInfo`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UpdateClientInfo`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `AdGroups.get`, `Ads.get`, `Keywords.get`, `Bids.get`, `VCards.get`, `Sitelinks.get`
/// - `GetCampaignsList`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `GetCampaignsListFilter`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `GetBalance`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBannerPhrases`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Keywords.get`, `Bids.get`
/// - `GetBannerPhrasesFilter`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Keywords.get`, `Bids.get`
/// - `GetRegions`: no longer served by v4 Live (moved to API v5 or removed)
/// - `CreateNewReport`: no longer served by v4 Live (moved to API v5 or removed); moved to the Reports service of v5
/// - `GetBannersStat`: no longer served by v4 Live (moved to API v5 or removed); moved to the Reports service of v5
/// - `GetRubrics`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetTimeZones`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UpdatePrices`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Bids.set`
/// - `CreateOrUpdateCampaign`: no longer served by v4 Live (moved to API v5 or removed); moved to the Campaigns service of v5
/// - `CreateOrUpdateBanners`: no longer served by v4 Live (moved to API v5 or removed); use v5 `AdGroups.add`, `AdGroups.update`, `Ads.add`, `Ads.update`, `Keywords.add`, `Bids.set`, `Bids.setAuto`, `VCards.add`, `Sitelinks.add`
/// - `CreateNewSubclient`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetChanges`: no longer served by v4 Live (moved to API v5 or removed)
/// - `RetargetingCondition`: no longer served by v4 Live (moved to API v5 or removed)
/// - `Retargeting`: no longer served by v4 Live (moved to API v5 or removed)
/// - `AdImage`: no longer served by v4 Live (moved to API v5 or removed)
/// - `Keyword`: no longer served by v4 Live (moved to API v5 or removed); use v5 `Keywords.suspend`, `Keywords.resume`, `Keywords.get`
/// - `CreateOfflineReport`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetOfflineReportList`: no longer served by v4 Live (moved to API v5 or removed)
#[derive(Debug, Clone, Copy)]
pub struct LiveService<'a> {
    client: &'a rt::Client,
}
impl<'a> LiveService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Live.GetClientsUnits`: sends `ArrayOfString` as `param`, returns `ArrayOfClientsUnitInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_clients_units(
        &self,
        param: ArrayOfString,
    ) -> ::core::result::Result<rt::Response<ArrayOfClientsUnitInfo>, rt::Error> {
        self.client
            .call_v4(&GET_CLIENTS_UNITS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetCreditLimits`: sends no `param`, returns `CreditLimitsInfo` from `data`. Reads only: retried on temporary errors.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn get_credit_limits(
        &self,
    ) -> ::core::result::Result<rt::Response<CreditLimitsInfo>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_CREDIT_LIMITS.info, ::core::option::Option::None)
            .await
    }
    /// `Live.TransferMoney`: sends `TransferMoneyInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn transfer_money(
        &self,
        param: TransferMoneyInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&TRANSFER_MONEY.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.PayCampaigns`: sends `PayCampaignsInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn pay_campaigns(
        &self,
        param: PayCampaignsInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&PAY_CAMPAIGNS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.PayCampaignsByCard`: sends `PayCampaignsByCardInfo` as `param`, returns `String` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn pay_campaigns_by_card(
        &self,
        param: PayCampaignsByCardInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client
            .call_v4(&PAY_CAMPAIGNS_BY_CARD.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CheckPayment`: sends `CheckPaymentInfo` as `param`, returns `String` from `data`. Reads only: retried on temporary errors.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn check_payment(
        &self,
        param: CheckPaymentInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client
            .call_v4(&CHECK_PAYMENT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CreateInvoice`: sends `CreateInvoiceInfo` as `param`, returns `String` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn create_invoice(
        &self,
        param: CreateInvoiceInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client
            .call_v4(&CREATE_INVOICE.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.AccountManagement`: sends `AccountManagementRequest` as `param`, returns `AccountManagementResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// Finance operations when `Action` is one of `Deposit`, `Invoice`, `TransferMoney`: for those the client adds `finance_token` and `operation_num` from its finance credentials (and fails without them). Other actions need no finance credentials and take no operation number.
    pub async fn account_management(
        &self,
        param: AccountManagementRequest,
    ) -> ::core::result::Result<rt::Response<AccountManagementResponse>, rt::Error> {
        self.client
            .call_v4(&ACCOUNT_MANAGEMENT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.EnableSharedAccount`: sends `EnableSharedAccountRequest` as `param`, returns `EnableSharedAccountResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn enable_shared_account(
        &self,
        param: EnableSharedAccountRequest,
    ) -> ::core::result::Result<rt::Response<EnableSharedAccountResponse>, rt::Error> {
        self.client
            .call_v4(&ENABLE_SHARED_ACCOUNT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetEventsLog`: sends `GetEventsLogRequest` as `param`, returns `ArrayOfEventsLogItem` from `data`. Reads only: retried on temporary errors.
    pub async fn get_events_log(
        &self,
        param: GetEventsLogRequest,
    ) -> ::core::result::Result<rt::Response<ArrayOfEventsLogItem>, rt::Error> {
        self.client
            .call_v4(&GET_EVENTS_LOG.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetStatGoals`: sends `StatGoalsCampaignIDInfo` as `param`, returns `ArrayOfStatGoalInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_stat_goals(
        &self,
        param: StatGoalsCampaignIdInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfStatGoalInfo>, rt::Error> {
        self.client
            .call_v4(&GET_STAT_GOALS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetRetargetingGoals`: sends `GetRetargetingGoalsRequest` as `param`, returns `ArrayOfRetargetingGoal` from `data`. Reads only: retried on temporary errors.
    pub async fn get_retargeting_goals(
        &self,
        param: GetRetargetingGoalsRequest,
    ) -> ::core::result::Result<rt::Response<ArrayOfRetargetingGoal>, rt::Error> {
        self.client
            .call_v4(&GET_RETARGETING_GOALS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CreateNewWordstatReport`: sends `NewWordstatReportInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn create_new_wordstat_report(
        &self,
        param: NewWordstatReportInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(
                &CREATE_NEW_WORDSTAT_REPORT.info,
                ::core::option::Option::Some(&param),
            )
            .await
    }
    /// `Live.GetWordstatReportList`: sends no `param`, returns `ArrayOfWordstatReportStatusInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_wordstat_report_list(
        &self,
    ) -> ::core::result::Result<
        rt::Response<ArrayOfWordstatReportStatusInfo>,
        rt::Error,
    > {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_WORDSTAT_REPORT_LIST.info, ::core::option::Option::None)
            .await
    }
    /// `Live.GetWordstatReport`: sends `FlexI32` as `param`, returns `ArrayOfWordstatReportInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_wordstat_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<ArrayOfWordstatReportInfo>, rt::Error> {
        self.client
            .call_v4(&GET_WORDSTAT_REPORT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteWordstatReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_wordstat_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_WORDSTAT_REPORT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CreateNewForecast`: sends `NewForecastInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn create_new_forecast(
        &self,
        param: NewForecastInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&CREATE_NEW_FORECAST.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetForecastList`: sends no `param`, returns `ArrayOfForecastStatusInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_forecast_list(
        &self,
    ) -> ::core::result::Result<rt::Response<ArrayOfForecastStatusInfo>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_FORECAST_LIST.info, ::core::option::Option::None)
            .await
    }
    /// `Live.GetForecast`: sends `FlexI32` as `param`, returns `GetForecastInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_forecast(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<GetForecastInfo>, rt::Error> {
        self.client
            .call_v4(&GET_FORECAST.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteForecastReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_forecast_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_FORECAST_REPORT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteOfflineReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_offline_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_OFFLINE_REPORT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_REPORT.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetBannersTags`: sends `BannersRequestInfo` as `param`, returns `ArrayOfBannerTagsInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_banners_tags(
        &self,
        param: BannersRequestInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfBannerTagsInfo>, rt::Error> {
        self.client
            .call_v4(&GET_BANNERS_TAGS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetCampaignsTags`: sends `CampaignIDSInfo` as `param`, returns `ArrayOfCampaignTagsInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_campaigns_tags(
        &self,
        param: CampaignIdsInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfCampaignTagsInfo>, rt::Error> {
        self.client
            .call_v4(&GET_CAMPAIGNS_TAGS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.UpdateBannersTags`: sends `ArrayOfBannerTagsInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update_banners_tags(
        &self,
        param: ArrayOfBannerTagsInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&UPDATE_BANNERS_TAGS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.UpdateCampaignsTags`: sends `ArrayOfCampaignTagsInfo` as `param`, returns `ArrayOfCampaignTagsInfo` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update_campaigns_tags(
        &self,
        param: ArrayOfCampaignTagsInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfCampaignTagsInfo>, rt::Error> {
        self.client
            .call_v4(&UPDATE_CAMPAIGNS_TAGS.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.AdImageAssociation`: sends `AdImageAssociationRequest` as `param`, returns `AdImageAssociationResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn ad_image_association(
        &self,
        param: AdImageAssociationRequest,
    ) -> ::core::result::Result<rt::Response<AdImageAssociationResponse>, rt::Error> {
        self.client
            .call_v4(&AD_IMAGE_ASSOCIATION.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetKeywordsSuggestion`: sends `KeywordsSuggestionInfo` as `param`, returns `ArrayOfString` from `data`. Reads only: retried on temporary errors.
    pub async fn get_keywords_suggestion(
        &self,
        param: KeywordsSuggestionInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfString>, rt::Error> {
        self.client
            .call_v4(&GET_KEYWORDS_SUGGESTION.info, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.PingAPI`: sends no `param`, returns `FlexI32` from `data`. Reads only: retried on temporary errors.
    pub async fn ping_api(
        &self,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&PING_API.info, ::core::option::Option::None)
            .await
    }
    /// `Live.PingAPI_X`: sends `ArrayOfPingAPI_XInfo` as `param`, returns `ArrayOfPingAPI_XInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn ping_api_x(
        &self,
        param: ArrayOfPingApiXInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfPingApiXInfo>, rt::Error> {
        self.client.call_v4(&PING_API_X.info, ::core::option::Option::Some(&param)).await
    }
    /// `Live.GetVersion`: sends no `param`, returns `FlexI32` from `data`. Reads only: retried on temporary errors.
    pub async fn get_version(
        &self,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_VERSION.info, ::core::option::Option::None)
            .await
    }
    /// `Live.GetAvailableVersions`: sends no `param`, returns `ArrayOfVersionDesc` from `data`. Reads only: retried on temporary errors.
    pub async fn get_available_versions(
        &self,
    ) -> ::core::result::Result<rt::Response<ArrayOfVersionDesc>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_AVAILABLE_VERSIONS.info, ::core::option::Option::None)
            .await
    }
}
/// Used in `ArrayOfAccount`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Account {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AgencyName`.
    pub agency_name: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `AccountID`.
    pub account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountDayBudget`.
    pub account_day_budget: rt::Nullable<AccountDayBudgetInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Amount`.
    pub amount: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AmountAvailableForTransfer`.
    pub amount_available_for_transfer: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
    pub login: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Discount`.
    pub discount: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SmsNotification`.
    pub sms_notification: rt::Nullable<SmsNotificationInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EmailNotification`.
    pub email_notification: rt::Nullable<EmailNotificationInfo>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Account {
    /// An empty `Account`: every field absent.
    pub fn new() -> Self {
        Self {
            agency_name: rt::Nullable::Absent,
            account_id: ::core::option::Option::None,
            account_day_budget: rt::Nullable::Absent,
            amount: rt::Nullable::Absent,
            amount_available_for_transfer: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            login: rt::Nullable::Absent,
            discount: rt::Nullable::Absent,
            sms_notification: rt::Nullable::Absent,
            email_notification: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AgencyName`.
    #[inline]
    #[must_use]
    pub fn with_agency_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AccountID`.
    #[inline]
    #[must_use]
    pub fn with_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.account_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AccountDayBudget`.
    #[inline]
    #[must_use]
    pub fn with_account_day_budget(mut self, value: AccountDayBudgetInfo) -> Self {
        self.account_day_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `Amount`.
    #[inline]
    #[must_use]
    pub fn with_amount(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.amount = rt::Nullable::Value(value);
        self
    }
    /// Sets `AmountAvailableForTransfer`.
    #[inline]
    #[must_use]
    pub fn with_amount_available_for_transfer(
        mut self,
        value: rt::FlexNumber<f64>,
    ) -> Self {
        self.amount_available_for_transfer = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Discount`.
    #[inline]
    #[must_use]
    pub fn with_discount(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.discount = rt::Nullable::Value(value);
        self
    }
    /// Sets `SmsNotification`.
    #[inline]
    #[must_use]
    pub fn with_sms_notification(mut self, value: SmsNotificationInfo) -> Self {
        self.sms_notification = rt::Nullable::Value(value);
        self
    }
    /// Sets `EmailNotification`.
    #[inline]
    #[must_use]
    pub fn with_email_notification(mut self, value: EmailNotificationInfo) -> Self {
        self.email_notification = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfAccountActionResult`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountActionResult {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Errors`.
    pub errors: rt::Nullable<ArrayOfError>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountID`.
    pub account_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
    pub login: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `URL`.
    pub url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PurchaseToken`.
    pub purchase_token: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Status`.
    pub status: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `RedirectUrl`.
    pub redirect_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountActionResult {
    /// An empty `AccountActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            errors: rt::Nullable::Absent,
            account_id: rt::Nullable::Absent,
            login: rt::Nullable::Absent,
            url: rt::Nullable::Absent,
            purchase_token: rt::Nullable::Absent,
            status: rt::Nullable::Absent,
            redirect_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(mut self, value: ArrayOfError) -> Self {
        self.errors = rt::Nullable::Value(value);
        self
    }
    /// Sets `AccountID`.
    #[inline]
    #[must_use]
    pub fn with_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.account_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `URL`.
    #[inline]
    #[must_use]
    pub fn with_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PurchaseToken`.
    #[inline]
    #[must_use]
    pub fn with_purchase_token(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.purchase_token = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `RedirectUrl`.
    #[inline]
    #[must_use]
    pub fn with_redirect_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.redirect_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `Account::account_day_budget`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountDayBudgetInfo {
    /// Optional. Sent as `Amount`.
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional. Sent as `SpendMode`.
    pub spend_mode: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountDayBudgetInfo {
    /// An empty `AccountDayBudgetInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            amount: ::core::option::Option::None,
            spend_mode: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Amount`.
    #[inline]
    #[must_use]
    pub fn with_amount(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.amount = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SpendMode`.
    #[inline]
    #[must_use]
    pub fn with_spend_mode(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.spend_mode = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `param` of `Live.AccountManagement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountManagementRequest {
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SelectionCriteria`.
    pub selection_criteria: rt::Nullable<AccountSelectionCriteria>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Payments`.
    pub payments: rt::Nullable<ArrayOfPayment>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Transfers`.
    pub transfers: rt::Nullable<ArrayOfTransfer>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Accounts`.
    pub accounts: rt::Nullable<ArrayOfAccount>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PayMethodID`.
    pub pay_method_id: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CustomTransactionID`.
    pub custom_transaction_id: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Version`.
    pub version: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountManagementRequest {
    /// An empty `AccountManagementRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            action: ::core::option::Option::None,
            selection_criteria: rt::Nullable::Absent,
            payments: rt::Nullable::Absent,
            transfers: rt::Nullable::Absent,
            accounts: rt::Nullable::Absent,
            pay_method_id: rt::Nullable::Absent,
            custom_transaction_id: rt::Nullable::Absent,
            version: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Action`.
    #[inline]
    #[must_use]
    pub fn with_action(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.action = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(mut self, value: AccountSelectionCriteria) -> Self {
        self.selection_criteria = rt::Nullable::Value(value);
        self
    }
    /// Sets `Payments`.
    #[inline]
    #[must_use]
    pub fn with_payments(mut self, value: ArrayOfPayment) -> Self {
        self.payments = rt::Nullable::Value(value);
        self
    }
    /// Sets `Transfers`.
    #[inline]
    #[must_use]
    pub fn with_transfers(mut self, value: ArrayOfTransfer) -> Self {
        self.transfers = rt::Nullable::Value(value);
        self
    }
    /// Sets `Accounts`.
    #[inline]
    #[must_use]
    pub fn with_accounts(mut self, value: ArrayOfAccount) -> Self {
        self.accounts = rt::Nullable::Value(value);
        self
    }
    /// Sets `PayMethodID`.
    #[inline]
    #[must_use]
    pub fn with_pay_method_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_method_id = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `CustomTransactionID`.
    #[inline]
    #[must_use]
    pub fn with_custom_transaction_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_transaction_id = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Version`.
    #[inline]
    #[must_use]
    pub fn with_version(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = rt::Nullable::Value(value.into());
        self
    }
}
/// The `data` of `Live.AccountManagement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountManagementResponse {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ActionsResult`.
    pub actions_result: rt::Nullable<ArrayOfAccountActionResult>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Accounts`.
    pub accounts: rt::Nullable<ArrayOfAccount>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountManagementResponse {
    /// An empty `AccountManagementResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            actions_result: rt::Nullable::Absent,
            accounts: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ActionsResult`.
    #[inline]
    #[must_use]
    pub fn with_actions_result(mut self, value: ArrayOfAccountActionResult) -> Self {
        self.actions_result = rt::Nullable::Value(value);
        self
    }
    /// Sets `Accounts`.
    #[inline]
    #[must_use]
    pub fn with_accounts(mut self, value: ArrayOfAccount) -> Self {
        self.accounts = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AccountManagementRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountSelectionCriteria {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Logins`.
    pub logins: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountIDS`.
    pub account_ids: rt::Nullable<ArrayOfInteger>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountSelectionCriteria {
    /// An empty `AccountSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            logins: rt::Nullable::Absent,
            account_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Logins`.
    #[inline]
    #[must_use]
    pub fn with_logins(mut self, value: ArrayOfString) -> Self {
        self.logins = rt::Nullable::Value(value);
        self
    }
    /// Sets `AccountIDS`.
    #[inline]
    #[must_use]
    pub fn with_account_ids(mut self, value: ArrayOfInteger) -> Self {
        self.account_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfAdImageAssociation`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociation {
    /// Optional. Sent as `AdID`.
    pub ad_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHash`.
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
    pub login: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignID`.
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StatusAdImageModerate`.
    pub status_ad_image_moderate: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ModerateRejectionReasons`.
    pub moderate_rejection_reasons: rt::Nullable<ArrayOfRejectReason>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAssociation {
    /// An empty `AdImageAssociation`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_id: ::core::option::Option::None,
            ad_image_hash: rt::Nullable::Absent,
            login: rt::Nullable::Absent,
            campaign_id: rt::Nullable::Absent,
            status_ad_image_moderate: rt::Nullable::Absent,
            moderate_rejection_reasons: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdID`.
    #[inline]
    #[must_use]
    pub fn with_ad_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.ad_id = ::core::option::Option::Some(value);
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
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatusAdImageModerate`.
    #[inline]
    #[must_use]
    pub fn with_status_ad_image_moderate(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_ad_image_moderate = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ModerateRejectionReasons`.
    #[inline]
    #[must_use]
    pub fn with_moderate_rejection_reasons(
        mut self,
        value: ArrayOfRejectReason,
    ) -> Self {
        self.moderate_rejection_reasons = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfAdImageAssociationActionResult`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationActionResult {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Warnings`.
    pub warnings: rt::Nullable<ArrayOfWarning>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Errors`.
    pub errors: rt::Nullable<ArrayOfError>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdID`.
    pub ad_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAssociationActionResult {
    /// An empty `AdImageAssociationActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: rt::Nullable::Absent,
            errors: rt::Nullable::Absent,
            ad_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(mut self, value: ArrayOfWarning) -> Self {
        self.warnings = rt::Nullable::Value(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(mut self, value: ArrayOfError) -> Self {
        self.errors = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdID`.
    #[inline]
    #[must_use]
    pub fn with_ad_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.ad_id = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.AdImageAssociation`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationRequest {
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SelectionCriteria`.
    pub selection_criteria: rt::Nullable<AdImageAssociationSelectionCriteria>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageAssociations`.
    pub ad_image_associations: rt::Nullable<ArrayOfAdImageAssociation>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAssociationRequest {
    /// An empty `AdImageAssociationRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            action: ::core::option::Option::None,
            selection_criteria: rt::Nullable::Absent,
            ad_image_associations: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Action`.
    #[inline]
    #[must_use]
    pub fn with_action(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.action = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(
        mut self,
        value: AdImageAssociationSelectionCriteria,
    ) -> Self {
        self.selection_criteria = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageAssociations`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_associations(
        mut self,
        value: ArrayOfAdImageAssociation,
    ) -> Self {
        self.ad_image_associations = rt::Nullable::Value(value);
        self
    }
}
/// The `data` of `Live.AdImageAssociation`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationResponse {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ActionsResult`.
    pub actions_result: rt::Nullable<ArrayOfAdImageAssociationActionResult>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageAssociations`.
    pub ad_image_associations: rt::Nullable<ArrayOfAdImageAssociation>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TotalObjectsCount`.
    pub total_objects_count: rt::Nullable<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAssociationResponse {
    /// An empty `AdImageAssociationResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            actions_result: rt::Nullable::Absent,
            ad_image_associations: rt::Nullable::Absent,
            total_objects_count: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ActionsResult`.
    #[inline]
    #[must_use]
    pub fn with_actions_result(
        mut self,
        value: ArrayOfAdImageAssociationActionResult,
    ) -> Self {
        self.actions_result = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageAssociations`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_associations(
        mut self,
        value: ArrayOfAdImageAssociation,
    ) -> Self {
        self.ad_image_associations = rt::Nullable::Value(value);
        self
    }
    /// Sets `TotalObjectsCount`.
    #[inline]
    #[must_use]
    pub fn with_total_objects_count(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.total_objects_count = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AdImageAssociationRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationSelectionCriteria {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Logins`.
    pub logins: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdImageHashes`.
    pub ad_image_hashes: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StatusAdImageModerate`.
    pub status_ad_image_moderate: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdIDS`.
    pub ad_ids: rt::Nullable<ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignIDS`.
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Limit`.
    pub limit: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Offset`.
    pub offset: rt::Nullable<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAssociationSelectionCriteria {
    /// An empty `AdImageAssociationSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            logins: rt::Nullable::Absent,
            ad_image_hashes: rt::Nullable::Absent,
            status_ad_image_moderate: rt::Nullable::Absent,
            ad_ids: rt::Nullable::Absent,
            campaign_ids: rt::Nullable::Absent,
            limit: rt::Nullable::Absent,
            offset: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Logins`.
    #[inline]
    #[must_use]
    pub fn with_logins(mut self, value: ArrayOfString) -> Self {
        self.logins = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(mut self, value: ArrayOfString) -> Self {
        self.ad_image_hashes = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatusAdImageModerate`.
    #[inline]
    #[must_use]
    pub fn with_status_ad_image_moderate(mut self, value: ArrayOfString) -> Self {
        self.status_ad_image_moderate = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdIDS`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(mut self, value: ArrayOfLong) -> Self {
        self.ad_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `CampaignIDS`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ArrayOfInteger) -> Self {
        self.campaign_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `Limit`.
    #[inline]
    #[must_use]
    pub fn with_limit(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `Offset`.
    #[inline]
    #[must_use]
    pub fn with_offset(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.offset = rt::Nullable::Value(value);
        self
    }
}
/// Used in `AccountManagementRequest::accounts`, `AccountManagementResponse::accounts`. A list, sent as a JSON array.
pub type ArrayOfAccount = ::std::vec::Vec<Account>;
/// Used in `AccountManagementResponse::actions_result`. A list, sent as a JSON array.
pub type ArrayOfAccountActionResult = ::std::vec::Vec<AccountActionResult>;
/// Used in `AdImageAssociationRequest::ad_image_associations`, `AdImageAssociationResponse::ad_image_associations`. A list, sent as a JSON array.
pub type ArrayOfAdImageAssociation = ::std::vec::Vec<AdImageAssociation>;
/// Used in `AdImageAssociationResponse::actions_result`. A list, sent as a JSON array.
pub type ArrayOfAdImageAssociationActionResult = ::std::vec::Vec<
    AdImageAssociationActionResult,
>;
/// Used in `GetForecastInfo::categories`, `GetForecastInfo::phrases`. A list, sent as a JSON array.
pub type ArrayOfBannerPhraseInfo = ::std::vec::Vec<BannerPhraseInfo>;
/// The `data` of `Live.GetBannersTags`. The `param` of `Live.UpdateBannersTags`. A list, sent as a JSON array.
pub type ArrayOfBannerTagsInfo = ::std::vec::Vec<BannerTagsInfo>;
/// Used in `CampaignIdsInfo::campaign_ids`. A list, sent as a JSON array. The schema calls it `ArrayOfCampaignIDInfo`.
pub type ArrayOfCampaignIdInfo = ::std::vec::Vec<rt::FlexNumber<i32>>;
/// The `data` of `Live.GetCampaignsTags`. The `param` of `Live.UpdateCampaignsTags`. The `data` of `Live.UpdateCampaignsTags`. A list, sent as a JSON array.
pub type ArrayOfCampaignTagsInfo = ::std::vec::Vec<CampaignTagsInfo>;
/// The `data` of `Live.GetClientsUnits`. A list, sent as a JSON array.
pub type ArrayOfClientsUnitInfo = ::std::vec::Vec<ClientsUnitInfo>;
/// Used in `BannerPhraseInfo::context_coverage`, `BannerPhraseInfo::coverage`. A list, sent as a JSON array.
pub type ArrayOfCoverageInfo = ::std::vec::Vec<CoverageInfo>;
/// Used in `CreditLimitsInfo::limits`. A list, sent as a JSON array.
pub type ArrayOfCreditLimitsItem = ::std::vec::Vec<CreditLimitsItem>;
/// Used in `AccountActionResult::errors`, `AdImageAssociationActionResult::errors`, `EnableSharedAccountResponse::errors`. A list, sent as a JSON array.
pub type ArrayOfError = ::std::vec::Vec<Error>;
/// The `data` of `Live.GetEventsLog`. A list, sent as a JSON array.
pub type ArrayOfEventsLogItem = ::std::vec::Vec<EventsLogItem>;
/// Used in `BannerPhraseInfo::prices`. A list, sent as a JSON array.
pub type ArrayOfFloat = ::std::vec::Vec<rt::FlexNumber<f64>>;
/// The `data` of `Live.GetForecastList`. A list, sent as a JSON array.
pub type ArrayOfForecastStatusInfo = ::std::vec::Vec<ForecastStatusInfo>;
/// Used in `AccountSelectionCriteria::account_ids`, `AdImageAssociationSelectionCriteria::campaign_ids`, `BannerTagsInfo::tag_ids` and 9 more. A list, sent as a JSON array.
pub type ArrayOfInteger = ::std::vec::Vec<rt::FlexNumber<i32>>;
/// Used in `AdImageAssociationSelectionCriteria::ad_ids`, `BannersRequestInfo::banner_ids`, `GetEventsLogFilter::banner_ids` and one more. A list, sent as a JSON array.
pub type ArrayOfLong = ::std::vec::Vec<rt::FlexNumber<i64>>;
/// Used in `CreateInvoiceInfo::payments`, `PayCampaignsByCardInfo::payments`, `PayCampaignsInfo::payments` and 2 more. A list, sent as a JSON array.
pub type ArrayOfPayCampElement = ::std::vec::Vec<PayCampElement>;
/// Used in `AccountManagementRequest::payments`. A list, sent as a JSON array.
pub type ArrayOfPayment = ::std::vec::Vec<Payment>;
/// Used in `BannerPhraseInfo::auction_bids`. A list, sent as a JSON array.
pub type ArrayOfPhraseAuctionBids = ::std::vec::Vec<PhraseAuctionBids>;
/// The `param` of `Live.PingAPI_X`. The `data` of `Live.PingAPI_X`. A list, sent as a JSON array. The schema calls it `ArrayOfPingAPI_XInfo`.
pub type ArrayOfPingApiXInfo = ::std::vec::Vec<PingApiXInfo>;
/// Used in `PingApiXInfo::struct_array`. A list, sent as a JSON array. The schema calls it `ArrayOfPingAPI_XStructInfo`.
pub type ArrayOfPingApiXStructInfo = ::std::vec::Vec<PingApiXStructInfo>;
/// Used in `AdImageAssociation::moderate_rejection_reasons`. A list, sent as a JSON array.
pub type ArrayOfRejectReason = ::std::vec::Vec<RejectReason>;
/// The `data` of `Live.GetRetargetingGoals`. A list, sent as a JSON array.
pub type ArrayOfRetargetingGoal = ::std::vec::Vec<RetargetingGoal>;
/// The `data` of `Live.GetStatGoals`. A list, sent as a JSON array.
pub type ArrayOfStatGoalInfo = ::std::vec::Vec<StatGoalInfo>;
/// The `param` of `Live.GetClientsUnits`. The `data` of `Live.GetKeywordsSuggestion`. Used in `AccountSelectionCriteria::logins`, `AdImageAssociationSelectionCriteria::logins`, `AdImageAssociationSelectionCriteria::ad_image_hashes` and 9 more. A list, sent as a JSON array.
pub type ArrayOfString = ::std::vec::Vec<::std::string::String>;
/// Used in `CampaignTagsInfo::tags`. A list, sent as a JSON array.
pub type ArrayOfTagInfo = ::std::vec::Vec<TagInfo>;
/// Used in `AccountManagementRequest::transfers`. A list, sent as a JSON array.
pub type ArrayOfTransfer = ::std::vec::Vec<Transfer>;
/// The `data` of `Live.GetAvailableVersions`. A list, sent as a JSON array.
pub type ArrayOfVersionDesc = ::std::vec::Vec<VersionDesc>;
/// Used in `AdImageAssociationActionResult::warnings`. A list, sent as a JSON array.
pub type ArrayOfWarning = ::std::vec::Vec<Warning>;
/// Used in `WordstatReportInfo::searched_with`, `WordstatReportInfo::searched_also`. A list, sent as a JSON array.
pub type ArrayOfWordstatItem = ::std::vec::Vec<WordstatItem>;
/// The `data` of `Live.GetWordstatReport`. A list, sent as a JSON array.
pub type ArrayOfWordstatReportInfo = ::std::vec::Vec<WordstatReportInfo>;
/// The `data` of `Live.GetWordstatReportList`. A list, sent as a JSON array.
pub type ArrayOfWordstatReportStatusInfo = ::std::vec::Vec<WordstatReportStatusInfo>;
/// Used in `ArrayOfBannerPhraseInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannerPhraseInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Phrase`.
    pub phrase: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `IsRubric`.
    pub is_rubric: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Clicks`.
    pub clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FirstPlaceClicks`.
    pub first_place_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PremiumClicks`.
    pub premium_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Shows`.
    pub shows: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Min`.
    pub min: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Max`.
    pub max: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PremiumMin`.
    pub premium_min: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PremiumMax`.
    pub premium_max: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CTR`.
    pub ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FirstPlaceCTR`.
    pub first_place_ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PremiumCTR`.
    pub premium_ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `LowCTRWarning`.
    pub low_ctr_warning: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `LowCTR`.
    pub low_ctr: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextPrice`.
    pub context_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextCoverage`.
    pub context_coverage: rt::Nullable<ArrayOfCoverageInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BannerID`.
    pub banner_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Price`.
    pub price: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Prices`.
    pub prices: rt::Nullable<ArrayOfFloat>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Coverage`.
    pub coverage: rt::Nullable<ArrayOfCoverageInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutoBroker`.
    pub auto_broker: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `PhraseID`.
    pub phrase_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CurrentOnSearch`.
    pub current_on_search: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignID`.
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MinPrice`.
    pub min_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AutoBudgetPriority`.
    pub auto_budget_priority: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StatusPhraseModerate`.
    pub status_phrase_moderate: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextLowCTR`.
    pub context_low_ctr: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `UserParams`.
    pub user_params: rt::Nullable<PhraseUserParams>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AuctionBids`.
    pub auction_bids: rt::Nullable<ArrayOfPhraseAuctionBids>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AdGroupID`.
    pub ad_group_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StatusPaused`.
    pub status_paused: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextClicks`.
    pub context_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContextShows`.
    pub context_shows: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BannerPhraseInfo {
    /// An empty `BannerPhraseInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            phrase: rt::Nullable::Absent,
            is_rubric: rt::Nullable::Absent,
            clicks: rt::Nullable::Absent,
            first_place_clicks: rt::Nullable::Absent,
            premium_clicks: rt::Nullable::Absent,
            shows: rt::Nullable::Absent,
            min: rt::Nullable::Absent,
            max: rt::Nullable::Absent,
            premium_min: rt::Nullable::Absent,
            premium_max: rt::Nullable::Absent,
            ctr: rt::Nullable::Absent,
            first_place_ctr: rt::Nullable::Absent,
            premium_ctr: rt::Nullable::Absent,
            low_ctr_warning: rt::Nullable::Absent,
            low_ctr: rt::Nullable::Absent,
            context_price: rt::Nullable::Absent,
            context_coverage: rt::Nullable::Absent,
            banner_id: rt::Nullable::Absent,
            price: rt::Nullable::Absent,
            prices: rt::Nullable::Absent,
            coverage: rt::Nullable::Absent,
            auto_broker: rt::Nullable::Absent,
            phrase_id: ::core::option::Option::None,
            current_on_search: rt::Nullable::Absent,
            campaign_id: rt::Nullable::Absent,
            min_price: rt::Nullable::Absent,
            auto_budget_priority: rt::Nullable::Absent,
            status_phrase_moderate: rt::Nullable::Absent,
            context_low_ctr: rt::Nullable::Absent,
            user_params: rt::Nullable::Absent,
            auction_bids: rt::Nullable::Absent,
            ad_group_id: rt::Nullable::Absent,
            status_paused: rt::Nullable::Absent,
            context_clicks: rt::Nullable::Absent,
            context_shows: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Phrase`.
    #[inline]
    #[must_use]
    pub fn with_phrase(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phrase = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `IsRubric`.
    #[inline]
    #[must_use]
    pub fn with_is_rubric(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_rubric = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Clicks`.
    #[inline]
    #[must_use]
    pub fn with_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.clicks = rt::Nullable::Value(value);
        self
    }
    /// Sets `FirstPlaceClicks`.
    #[inline]
    #[must_use]
    pub fn with_first_place_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.first_place_clicks = rt::Nullable::Value(value);
        self
    }
    /// Sets `PremiumClicks`.
    #[inline]
    #[must_use]
    pub fn with_premium_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.premium_clicks = rt::Nullable::Value(value);
        self
    }
    /// Sets `Shows`.
    #[inline]
    #[must_use]
    pub fn with_shows(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.shows = rt::Nullable::Value(value);
        self
    }
    /// Sets `Min`.
    #[inline]
    #[must_use]
    pub fn with_min(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.min = rt::Nullable::Value(value);
        self
    }
    /// Sets `Max`.
    #[inline]
    #[must_use]
    pub fn with_max(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.max = rt::Nullable::Value(value);
        self
    }
    /// Sets `PremiumMin`.
    #[inline]
    #[must_use]
    pub fn with_premium_min(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.premium_min = rt::Nullable::Value(value);
        self
    }
    /// Sets `PremiumMax`.
    #[inline]
    #[must_use]
    pub fn with_premium_max(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.premium_max = rt::Nullable::Value(value);
        self
    }
    /// Sets `CTR`.
    #[inline]
    #[must_use]
    pub fn with_ctr(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.ctr = rt::Nullable::Value(value);
        self
    }
    /// Sets `FirstPlaceCTR`.
    #[inline]
    #[must_use]
    pub fn with_first_place_ctr(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.first_place_ctr = rt::Nullable::Value(value);
        self
    }
    /// Sets `PremiumCTR`.
    #[inline]
    #[must_use]
    pub fn with_premium_ctr(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.premium_ctr = rt::Nullable::Value(value);
        self
    }
    /// Sets `LowCTRWarning`.
    #[inline]
    #[must_use]
    pub fn with_low_ctr_warning(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.low_ctr_warning = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `LowCTR`.
    #[inline]
    #[must_use]
    pub fn with_low_ctr(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.low_ctr = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ContextPrice`.
    #[inline]
    #[must_use]
    pub fn with_context_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.context_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `ContextCoverage`.
    #[inline]
    #[must_use]
    pub fn with_context_coverage(mut self, value: ArrayOfCoverageInfo) -> Self {
        self.context_coverage = rt::Nullable::Value(value);
        self
    }
    /// Sets `BannerID`.
    #[inline]
    #[must_use]
    pub fn with_banner_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.banner_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.price = rt::Nullable::Value(value);
        self
    }
    /// Sets `Prices`.
    #[inline]
    #[must_use]
    pub fn with_prices(mut self, value: ArrayOfFloat) -> Self {
        self.prices = rt::Nullable::Value(value);
        self
    }
    /// Sets `Coverage`.
    #[inline]
    #[must_use]
    pub fn with_coverage(mut self, value: ArrayOfCoverageInfo) -> Self {
        self.coverage = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutoBroker`.
    #[inline]
    #[must_use]
    pub fn with_auto_broker(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_broker = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PhraseID`.
    #[inline]
    #[must_use]
    pub fn with_phrase_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.phrase_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CurrentOnSearch`.
    #[inline]
    #[must_use]
    pub fn with_current_on_search(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.current_on_search = rt::Nullable::Value(value);
        self
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `MinPrice`.
    #[inline]
    #[must_use]
    pub fn with_min_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.min_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `AutoBudgetPriority`.
    #[inline]
    #[must_use]
    pub fn with_auto_budget_priority(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_budget_priority = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `StatusPhraseModerate`.
    #[inline]
    #[must_use]
    pub fn with_status_phrase_moderate(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_phrase_moderate = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ContextLowCTR`.
    #[inline]
    #[must_use]
    pub fn with_context_low_ctr(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.context_low_ctr = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `UserParams`.
    #[inline]
    #[must_use]
    pub fn with_user_params(mut self, value: PhraseUserParams) -> Self {
        self.user_params = rt::Nullable::Value(value);
        self
    }
    /// Sets `AuctionBids`.
    #[inline]
    #[must_use]
    pub fn with_auction_bids(mut self, value: ArrayOfPhraseAuctionBids) -> Self {
        self.auction_bids = rt::Nullable::Value(value);
        self
    }
    /// Sets `AdGroupID`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.ad_group_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatusPaused`.
    #[inline]
    #[must_use]
    pub fn with_status_paused(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_paused = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ContextClicks`.
    #[inline]
    #[must_use]
    pub fn with_context_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.context_clicks = rt::Nullable::Value(value);
        self
    }
    /// Sets `ContextShows`.
    #[inline]
    #[must_use]
    pub fn with_context_shows(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.context_shows = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfBannerTagsInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannerTagsInfo {
    /// Optional. Sent as `BannerID`.
    pub banner_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TagIDS`.
    pub tag_ids: rt::Nullable<ArrayOfInteger>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BannerTagsInfo {
    /// An empty `BannerTagsInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            banner_id: ::core::option::Option::None,
            tag_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `BannerID`.
    #[inline]
    #[must_use]
    pub fn with_banner_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.banner_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TagIDS`.
    #[inline]
    #[must_use]
    pub fn with_tag_ids(mut self, value: ArrayOfInteger) -> Self {
        self.tag_ids = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.GetBannersTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannersRequestInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignIDS`.
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BannerIDS`.
    pub banner_ids: rt::Nullable<ArrayOfLong>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl BannersRequestInfo {
    /// An empty `BannersRequestInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: rt::Nullable::Absent,
            banner_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIDS`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ArrayOfInteger) -> Self {
        self.campaign_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BannerIDS`.
    #[inline]
    #[must_use]
    pub fn with_banner_ids(mut self, value: ArrayOfLong) -> Self {
        self.banner_ids = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.GetCampaignsTags`. The schema calls it `CampaignIDSInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignIdsInfo {
    /// Optional. Sent as `CampaignIDS`.
    pub campaign_ids: ::core::option::Option<ArrayOfCampaignIdInfo>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignIdsInfo {
    /// An empty `CampaignIDSInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIDS`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ArrayOfCampaignIdInfo) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfCampaignTagsInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignTagsInfo {
    /// Optional. Sent as `CampaignID`.
    pub campaign_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Tags`.
    pub tags: rt::Nullable<ArrayOfTagInfo>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignTagsInfo {
    /// An empty `CampaignTagsInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            tags: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tags`.
    #[inline]
    #[must_use]
    pub fn with_tags(mut self, value: ArrayOfTagInfo) -> Self {
        self.tags = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.CheckPayment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckPaymentInfo {
    /// Optional. Sent as `CustomTransactionID`.
    pub custom_transaction_id: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckPaymentInfo {
    /// An empty `CheckPaymentInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            custom_transaction_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CustomTransactionID`.
    #[inline]
    #[must_use]
    pub fn with_custom_transaction_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_transaction_id = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `ArrayOfClientsUnitInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientsUnitInfo {
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `UnitsRest`.
    pub units_rest: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ClientsUnitInfo {
    /// An empty `ClientsUnitInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            login: ::core::option::Option::None,
            units_rest: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
    /// Sets `UnitsRest`.
    #[inline]
    #[must_use]
    pub fn with_units_rest(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.units_rest = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfCoverageInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CoverageInfo {
    /// Optional. Sent as `Probability`.
    pub probability: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional. Sent as `Price`.
    pub price: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CoverageInfo {
    /// An empty `CoverageInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            probability: ::core::option::Option::None,
            price: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Probability`.
    #[inline]
    #[must_use]
    pub fn with_probability(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.probability = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.price = ::core::option::Option::Some(value);
        self
    }
}
/// The `param` of `Live.CreateInvoice`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateInvoiceInfo {
    /// Optional. Sent as `Payments`.
    pub payments: ::core::option::Option<ArrayOfPayCampElement>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreateInvoiceInfo {
    /// An empty `CreateInvoiceInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            payments: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Payments`.
    #[inline]
    #[must_use]
    pub fn with_payments(mut self, value: ArrayOfPayCampElement) -> Self {
        self.payments = ::core::option::Option::Some(value);
        self
    }
}
/// The `data` of `Live.GetCreditLimits`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditLimitsInfo {
    /// Optional. Sent as `Currency`.
    pub currency: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Limits`.
    pub limits: ::core::option::Option<ArrayOfCreditLimitsItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreditLimitsInfo {
    /// An empty `CreditLimitsInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            currency: ::core::option::Option::None,
            limits: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Limits`.
    #[inline]
    #[must_use]
    pub fn with_limits(mut self, value: ArrayOfCreditLimitsItem) -> Self {
        self.limits = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfCreditLimitsItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditLimitsItem {
    /// Optional. Sent as `ContractID`.
    pub contract_id: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Limit`.
    pub limit: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional. Sent as `LimitSpent`.
    pub limit_spent: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CreditLimitsItem {
    /// An empty `CreditLimitsItem`: every field absent.
    pub fn new() -> Self {
        Self {
            contract_id: ::core::option::Option::None,
            limit: ::core::option::Option::None,
            limit_spent: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ContractID`.
    #[inline]
    #[must_use]
    pub fn with_contract_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contract_id = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Limit`.
    #[inline]
    #[must_use]
    pub fn with_limit(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.limit = ::core::option::Option::Some(value);
        self
    }
    /// Sets `LimitSpent`.
    #[inline]
    #[must_use]
    pub fn with_limit_spent(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.limit_spent = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `Account::email_notification`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EmailNotificationInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Email`.
    pub email: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `WarnPlaceInterval`.
    pub warn_place_interval: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MoneyWarningValue`.
    pub money_warning_value: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PausedByDayBudget`.
    pub paused_by_day_budget: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SendAccNews`.
    pub send_acc_news: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SendWarn`.
    pub send_warn: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EmailNotificationInfo {
    /// An empty `EmailNotificationInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            email: rt::Nullable::Absent,
            warn_place_interval: ::core::option::Option::None,
            money_warning_value: rt::Nullable::Absent,
            paused_by_day_budget: rt::Nullable::Absent,
            send_acc_news: rt::Nullable::Absent,
            send_warn: rt::Nullable::Absent,
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
        self.email = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `WarnPlaceInterval`.
    #[inline]
    #[must_use]
    pub fn with_warn_place_interval(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.warn_place_interval = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MoneyWarningValue`.
    #[inline]
    #[must_use]
    pub fn with_money_warning_value(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.money_warning_value = rt::Nullable::Value(value);
        self
    }
    /// Sets `PausedByDayBudget`.
    #[inline]
    #[must_use]
    pub fn with_paused_by_day_budget(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.paused_by_day_budget = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SendAccNews`.
    #[inline]
    #[must_use]
    pub fn with_send_acc_news(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.send_acc_news = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SendWarn`.
    #[inline]
    #[must_use]
    pub fn with_send_warn(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.send_warn = rt::Nullable::Value(value.into());
        self
    }
}
/// The `param` of `Live.EnableSharedAccount`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableSharedAccountRequest {
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EnableSharedAccountRequest {
    /// An empty `EnableSharedAccountRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            login: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
}
/// The `data` of `Live.EnableSharedAccount`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableSharedAccountResponse {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Errors`.
    pub errors: rt::Nullable<ArrayOfError>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Login`.
    pub login: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountID`.
    pub account_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EnableSharedAccountResponse {
    /// An empty `EnableSharedAccountResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            errors: rt::Nullable::Absent,
            login: rt::Nullable::Absent,
            account_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(mut self, value: ArrayOfError) -> Self {
        self.errors = rt::Nullable::Value(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.login = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AccountID`.
    #[inline]
    #[must_use]
    pub fn with_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.account_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfError`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Error {
    /// Optional. Sent as `FaultCode`.
    pub fault_code: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `FaultString`.
    pub fault_string: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FaultDetail`.
    pub fault_detail: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Error {
    /// An empty `Error`: every field absent.
    pub fn new() -> Self {
        Self {
            fault_code: ::core::option::Option::None,
            fault_string: ::core::option::Option::None,
            fault_detail: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FaultCode`.
    #[inline]
    #[must_use]
    pub fn with_fault_code(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.fault_code = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FaultString`.
    #[inline]
    #[must_use]
    pub fn with_fault_string(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.fault_string = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `FaultDetail`.
    #[inline]
    #[must_use]
    pub fn with_fault_detail(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.fault_detail = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfEventsLogItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventsLogItem {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignID`.
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BannerID`.
    pub banner_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PhraseID`.
    pub phrase_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountID`.
    pub account_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TextDescription`.
    pub text_description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `EventType`.
    pub event_type: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Timestamp`.
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `EventName`.
    pub event_name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Attributes`.
    pub attributes: rt::Nullable<EventsLogItemAttributes>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EventsLogItem {
    /// An empty `EventsLogItem`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: rt::Nullable::Absent,
            banner_id: rt::Nullable::Absent,
            phrase_id: rt::Nullable::Absent,
            account_id: rt::Nullable::Absent,
            text_description: rt::Nullable::Absent,
            event_type: ::core::option::Option::None,
            timestamp: ::core::option::Option::None,
            event_name: ::core::option::Option::None,
            attributes: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `BannerID`.
    #[inline]
    #[must_use]
    pub fn with_banner_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.banner_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `PhraseID`.
    #[inline]
    #[must_use]
    pub fn with_phrase_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.phrase_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `AccountID`.
    #[inline]
    #[must_use]
    pub fn with_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.account_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `TextDescription`.
    #[inline]
    #[must_use]
    pub fn with_text_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.text_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `EventType`.
    #[inline]
    #[must_use]
    pub fn with_event_type(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_type = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.timestamp = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `EventName`.
    #[inline]
    #[must_use]
    pub fn with_event_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Attributes`.
    #[inline]
    #[must_use]
    pub fn with_attributes(mut self, value: EventsLogItemAttributes) -> Self {
        self.attributes = rt::Nullable::Value(value);
        self
    }
}
/// Used in `EventsLogItem::attributes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventsLogItemAttributes {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ModerationResult`.
    pub moderation_result: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MinPrice`.
    pub min_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Rest`.
    pub rest: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Payed`.
    pub payed: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `FinishDate`.
    pub finish_date: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OldPlace`.
    pub old_place: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `IsEditedByModerator`.
    pub is_edited_by_moderator: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `StopTime`.
    pub stop_time: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl EventsLogItemAttributes {
    /// An empty `EventsLogItemAttributes`: every field absent.
    pub fn new() -> Self {
        Self {
            moderation_result: rt::Nullable::Absent,
            min_price: rt::Nullable::Absent,
            rest: rt::Nullable::Absent,
            payed: rt::Nullable::Absent,
            finish_date: rt::Nullable::Absent,
            old_place: rt::Nullable::Absent,
            is_edited_by_moderator: rt::Nullable::Absent,
            stop_time: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ModerationResult`.
    #[inline]
    #[must_use]
    pub fn with_moderation_result(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.moderation_result = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `MinPrice`.
    #[inline]
    #[must_use]
    pub fn with_min_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.min_price = rt::Nullable::Value(value);
        self
    }
    /// Sets `Rest`.
    #[inline]
    #[must_use]
    pub fn with_rest(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.rest = rt::Nullable::Value(value);
        self
    }
    /// Sets `Payed`.
    #[inline]
    #[must_use]
    pub fn with_payed(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.payed = rt::Nullable::Value(value);
        self
    }
    /// Sets `FinishDate`.
    #[inline]
    #[must_use]
    pub fn with_finish_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.finish_date = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `OldPlace`.
    #[inline]
    #[must_use]
    pub fn with_old_place(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.old_place = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `IsEditedByModerator`.
    #[inline]
    #[must_use]
    pub fn with_is_edited_by_moderator(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_edited_by_moderator = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `StopTime`.
    #[inline]
    #[must_use]
    pub fn with_stop_time(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.stop_time = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `GetForecastInfo::common`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ForecastCommonInfo {
    /// Optional. Sent as `Geo`.
    pub geo: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Shows`.
    pub shows: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Clicks`.
    pub clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `FirstPlaceClicks`.
    pub first_place_clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `PremiumClicks`.
    pub premium_clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Min`.
    pub min: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional. Sent as `Max`.
    pub max: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional. Sent as `PremiumMin`.
    pub premium_min: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ForecastCommonInfo {
    /// An empty `ForecastCommonInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            geo: ::core::option::Option::None,
            shows: ::core::option::Option::None,
            clicks: ::core::option::Option::None,
            first_place_clicks: ::core::option::Option::None,
            premium_clicks: ::core::option::Option::None,
            min: ::core::option::Option::None,
            max: ::core::option::Option::None,
            premium_min: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Geo`.
    #[inline]
    #[must_use]
    pub fn with_geo(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.geo = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Shows`.
    #[inline]
    #[must_use]
    pub fn with_shows(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.shows = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Clicks`.
    #[inline]
    #[must_use]
    pub fn with_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FirstPlaceClicks`.
    #[inline]
    #[must_use]
    pub fn with_first_place_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.first_place_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PremiumClicks`.
    #[inline]
    #[must_use]
    pub fn with_premium_clicks(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.premium_clicks = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Min`.
    #[inline]
    #[must_use]
    pub fn with_min(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.min = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Max`.
    #[inline]
    #[must_use]
    pub fn with_max(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.max = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PremiumMin`.
    #[inline]
    #[must_use]
    pub fn with_premium_min(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.premium_min = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfForecastStatusInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ForecastStatusInfo {
    /// Optional. Sent as `ForecastID`.
    pub forecast_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `StatusForecast`.
    pub status_forecast: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl ForecastStatusInfo {
    /// An empty `ForecastStatusInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            forecast_id: ::core::option::Option::None,
            status_forecast: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ForecastID`.
    #[inline]
    #[must_use]
    pub fn with_forecast_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.forecast_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusForecast`.
    #[inline]
    #[must_use]
    pub fn with_status_forecast(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_forecast = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `GetEventsLogRequest::filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetEventsLogFilter {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignIDS`.
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BannerIDS`.
    pub banner_ids: rt::Nullable<ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PhraseIDS`.
    pub phrase_ids: rt::Nullable<ArrayOfLong>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AccountIDS`.
    pub account_ids: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `EventType`.
    pub event_type: rt::Nullable<ArrayOfString>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetEventsLogFilter {
    /// An empty `GetEventsLogFilter`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: rt::Nullable::Absent,
            banner_ids: rt::Nullable::Absent,
            phrase_ids: rt::Nullable::Absent,
            account_ids: rt::Nullable::Absent,
            event_type: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIDS`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ArrayOfInteger) -> Self {
        self.campaign_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `BannerIDS`.
    #[inline]
    #[must_use]
    pub fn with_banner_ids(mut self, value: ArrayOfLong) -> Self {
        self.banner_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `PhraseIDS`.
    #[inline]
    #[must_use]
    pub fn with_phrase_ids(mut self, value: ArrayOfLong) -> Self {
        self.phrase_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `AccountIDS`.
    #[inline]
    #[must_use]
    pub fn with_account_ids(mut self, value: ArrayOfInteger) -> Self {
        self.account_ids = rt::Nullable::Value(value);
        self
    }
    /// Sets `EventType`.
    #[inline]
    #[must_use]
    pub fn with_event_type(mut self, value: ArrayOfString) -> Self {
        self.event_type = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.GetEventsLog`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetEventsLogRequest {
    /// Optional. Sent as `TimestampFrom`.
    pub timestamp_from: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `TimestampTo`.
    pub timestamp_to: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `LastEventOnly`.
    pub last_event_only: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `WithTextDescription`.
    pub with_text_description: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Logins`.
    pub logins: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Filter`.
    pub filter: rt::Nullable<GetEventsLogFilter>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Limit`.
    pub limit: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Offset`.
    pub offset: rt::Nullable<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetEventsLogRequest {
    /// An empty `GetEventsLogRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            timestamp_from: ::core::option::Option::None,
            timestamp_to: rt::Nullable::Absent,
            last_event_only: rt::Nullable::Absent,
            with_text_description: rt::Nullable::Absent,
            logins: rt::Nullable::Absent,
            filter: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            limit: rt::Nullable::Absent,
            offset: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TimestampFrom`.
    #[inline]
    #[must_use]
    pub fn with_timestamp_from(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.timestamp_from = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `TimestampTo`.
    #[inline]
    #[must_use]
    pub fn with_timestamp_to(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.timestamp_to = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `LastEventOnly`.
    #[inline]
    #[must_use]
    pub fn with_last_event_only(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_event_only = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `WithTextDescription`.
    #[inline]
    #[must_use]
    pub fn with_with_text_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_text_description = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Logins`.
    #[inline]
    #[must_use]
    pub fn with_logins(mut self, value: ArrayOfString) -> Self {
        self.logins = rt::Nullable::Value(value);
        self
    }
    /// Sets `Filter`.
    #[inline]
    #[must_use]
    pub fn with_filter(mut self, value: GetEventsLogFilter) -> Self {
        self.filter = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Limit`.
    #[inline]
    #[must_use]
    pub fn with_limit(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.limit = rt::Nullable::Value(value);
        self
    }
    /// Sets `Offset`.
    #[inline]
    #[must_use]
    pub fn with_offset(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.offset = rt::Nullable::Value(value);
        self
    }
}
/// The `data` of `Live.GetForecast`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetForecastInfo {
    /// Optional. Sent as `Categories`.
    pub categories: ::core::option::Option<ArrayOfBannerPhraseInfo>,
    /// Optional. Sent as `Phrases`.
    pub phrases: ::core::option::Option<ArrayOfBannerPhraseInfo>,
    /// Optional. Sent as `Common`.
    pub common: ::core::option::Option<ForecastCommonInfo>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetForecastInfo {
    /// An empty `GetForecastInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            categories: ::core::option::Option::None,
            phrases: ::core::option::Option::None,
            common: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Categories`.
    #[inline]
    #[must_use]
    pub fn with_categories(mut self, value: ArrayOfBannerPhraseInfo) -> Self {
        self.categories = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phrases`.
    #[inline]
    #[must_use]
    pub fn with_phrases(mut self, value: ArrayOfBannerPhraseInfo) -> Self {
        self.phrases = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Common`.
    #[inline]
    #[must_use]
    pub fn with_common(mut self, value: ForecastCommonInfo) -> Self {
        self.common = ::core::option::Option::Some(value);
        self
    }
}
/// The `param` of `Live.GetRetargetingGoals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetRetargetingGoalsRequest {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Logins`.
    pub logins: rt::Nullable<ArrayOfString>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRetargetingGoalsRequest {
    /// An empty `GetRetargetingGoalsRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            logins: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Logins`.
    #[inline]
    #[must_use]
    pub fn with_logins(mut self, value: ArrayOfString) -> Self {
        self.logins = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.GetKeywordsSuggestion`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordsSuggestionInfo {
    /// Optional. Sent as `Keywords`.
    pub keywords: ::core::option::Option<ArrayOfString>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl KeywordsSuggestionInfo {
    /// An empty `KeywordsSuggestionInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            keywords: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Keywords`.
    #[inline]
    #[must_use]
    pub fn with_keywords(mut self, value: ArrayOfString) -> Self {
        self.keywords = ::core::option::Option::Some(value);
        self
    }
}
/// The `param` of `Live.CreateNewForecast`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewForecastInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Categories`.
    pub categories: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Phrases`.
    pub phrases: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CommonMinusWords`.
    pub common_minus_words: rt::Nullable<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `GeoID`.
    pub geo_id: rt::Nullable<ArrayOfInteger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AuctionBids`.
    pub auction_bids: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NewForecastInfo {
    /// An empty `NewForecastInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            categories: rt::Nullable::Absent,
            phrases: rt::Nullable::Absent,
            common_minus_words: rt::Nullable::Absent,
            geo_id: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            auction_bids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Categories`.
    #[inline]
    #[must_use]
    pub fn with_categories(mut self, value: ArrayOfInteger) -> Self {
        self.categories = rt::Nullable::Value(value);
        self
    }
    /// Sets `Phrases`.
    #[inline]
    #[must_use]
    pub fn with_phrases(mut self, value: ArrayOfString) -> Self {
        self.phrases = rt::Nullable::Value(value);
        self
    }
    /// Sets `CommonMinusWords`.
    #[inline]
    #[must_use]
    pub fn with_common_minus_words(mut self, value: ArrayOfString) -> Self {
        self.common_minus_words = rt::Nullable::Value(value);
        self
    }
    /// Sets `GeoID`.
    #[inline]
    #[must_use]
    pub fn with_geo_id(mut self, value: ArrayOfInteger) -> Self {
        self.geo_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `AuctionBids`.
    #[inline]
    #[must_use]
    pub fn with_auction_bids(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.auction_bids = rt::Nullable::Value(value.into());
        self
    }
}
/// The `param` of `Live.CreateNewWordstatReport`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewWordstatReportInfo {
    /// Optional. Sent as `Phrases`.
    pub phrases: ::core::option::Option<ArrayOfString>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `GeoID`.
    pub geo_id: rt::Nullable<ArrayOfInteger>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl NewWordstatReportInfo {
    /// An empty `NewWordstatReportInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            phrases: ::core::option::Option::None,
            geo_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Phrases`.
    #[inline]
    #[must_use]
    pub fn with_phrases(mut self, value: ArrayOfString) -> Self {
        self.phrases = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GeoID`.
    #[inline]
    #[must_use]
    pub fn with_geo_id(mut self, value: ArrayOfInteger) -> Self {
        self.geo_id = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfPayCampElement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampElement {
    /// Optional. Sent as `CampaignID`.
    pub campaign_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Sum`.
    pub sum: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PayCampElement {
    /// An empty `PayCampElement`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: ::core::option::Option::None,
            sum: ::core::option::Option::None,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Sum`.
    #[inline]
    #[must_use]
    pub fn with_sum(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.sum = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// The `param` of `Live.PayCampaignsByCard`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampaignsByCardInfo {
    /// Optional. Sent as `PayMethodID`.
    pub pay_method_id: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `CustomTransactionID`.
    pub custom_transaction_id: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Payments`.
    pub payments: ::core::option::Option<ArrayOfPayCampElement>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Version`.
    pub version: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PayCampaignsByCardInfo {
    /// An empty `PayCampaignsByCardInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            pay_method_id: ::core::option::Option::None,
            custom_transaction_id: ::core::option::Option::None,
            payments: ::core::option::Option::None,
            version: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `PayMethodID`.
    #[inline]
    #[must_use]
    pub fn with_pay_method_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_method_id = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `CustomTransactionID`.
    #[inline]
    #[must_use]
    pub fn with_custom_transaction_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_transaction_id = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Payments`.
    #[inline]
    #[must_use]
    pub fn with_payments(mut self, value: ArrayOfPayCampElement) -> Self {
        self.payments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Version`.
    #[inline]
    #[must_use]
    pub fn with_version(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = rt::Nullable::Value(value.into());
        self
    }
}
/// The `param` of `Live.PayCampaigns`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampaignsInfo {
    /// Optional. Sent as `Payments`.
    pub payments: ::core::option::Option<ArrayOfPayCampElement>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContractID`.
    pub contract_id: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `PayMethod`.
    pub pay_method: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PayCampaignsInfo {
    /// An empty `PayCampaignsInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            payments: ::core::option::Option::None,
            contract_id: rt::Nullable::Absent,
            pay_method: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Payments`.
    #[inline]
    #[must_use]
    pub fn with_payments(mut self, value: ArrayOfPayCampElement) -> Self {
        self.payments = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContractID`.
    #[inline]
    #[must_use]
    pub fn with_contract_id(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contract_id = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PayMethod`.
    #[inline]
    #[must_use]
    pub fn with_pay_method(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_method = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `ArrayOfPayment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Payment {
    /// Optional. Sent as `AccountID`.
    pub account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Amount`.
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Origin`.
    pub origin: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Contract`.
    pub contract: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Payment {
    /// An empty `Payment`: every field absent.
    pub fn new() -> Self {
        Self {
            account_id: ::core::option::Option::None,
            amount: ::core::option::Option::None,
            origin: rt::Nullable::Absent,
            contract: rt::Nullable::Absent,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AccountID`.
    #[inline]
    #[must_use]
    pub fn with_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.account_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Amount`.
    #[inline]
    #[must_use]
    pub fn with_amount(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.amount = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Origin`.
    #[inline]
    #[must_use]
    pub fn with_origin(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Contract`.
    #[inline]
    #[must_use]
    pub fn with_contract(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contract = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfPhraseAuctionBids`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhraseAuctionBids {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Position`.
    pub position: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Bid`.
    pub bid: rt::Nullable<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Price`.
    pub price: rt::Nullable<rt::FlexNumber<f64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PhraseAuctionBids {
    /// An empty `PhraseAuctionBids`: every field absent.
    pub fn new() -> Self {
        Self {
            position: rt::Nullable::Absent,
            bid: rt::Nullable::Absent,
            price: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Position`.
    #[inline]
    #[must_use]
    pub fn with_position(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Bid`.
    #[inline]
    #[must_use]
    pub fn with_bid(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.bid = rt::Nullable::Value(value);
        self
    }
    /// Sets `Price`.
    #[inline]
    #[must_use]
    pub fn with_price(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.price = rt::Nullable::Value(value);
        self
    }
}
/// Used in `BannerPhraseInfo::user_params`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhraseUserParams {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Param1`.
    pub param1: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Param2`.
    pub param2: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PhraseUserParams {
    /// An empty `PhraseUserParams`: every field absent.
    pub fn new() -> Self {
        Self {
            param1: rt::Nullable::Absent,
            param2: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Param1`.
    #[inline]
    #[must_use]
    pub fn with_param1(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.param1 = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Param2`.
    #[inline]
    #[must_use]
    pub fn with_param2(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.param2 = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfPingApiXInfo`. The schema calls it `PingAPI_XInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PingApiXInfo {
    /// Optional. Sent as `IntValue`.
    pub int_value: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `DateValue`.
    pub date_value: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `StrValue`.
    pub str_value: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `IntArray`.
    pub int_array: ::core::option::Option<ArrayOfInteger>,
    /// Optional. Sent as `StrArray`.
    pub str_array: ::core::option::Option<ArrayOfString>,
    /// Optional. Sent as `StructArray`.
    pub struct_array: ::core::option::Option<ArrayOfPingApiXStructInfo>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PingApiXInfo {
    /// An empty `PingAPI_XInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            int_value: ::core::option::Option::None,
            date_value: ::core::option::Option::None,
            str_value: ::core::option::Option::None,
            int_array: ::core::option::Option::None,
            str_array: ::core::option::Option::None,
            struct_array: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `IntValue`.
    #[inline]
    #[must_use]
    pub fn with_int_value(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.int_value = ::core::option::Option::Some(value);
        self
    }
    /// Sets `DateValue`.
    #[inline]
    #[must_use]
    pub fn with_date_value(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.date_value = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `StrValue`.
    #[inline]
    #[must_use]
    pub fn with_str_value(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.str_value = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `IntArray`.
    #[inline]
    #[must_use]
    pub fn with_int_array(mut self, value: ArrayOfInteger) -> Self {
        self.int_array = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrArray`.
    #[inline]
    #[must_use]
    pub fn with_str_array(mut self, value: ArrayOfString) -> Self {
        self.str_array = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StructArray`.
    #[inline]
    #[must_use]
    pub fn with_struct_array(mut self, value: ArrayOfPingApiXStructInfo) -> Self {
        self.struct_array = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfPingApiXStructInfo`. The schema calls it `PingAPI_XStructInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PingApiXStructInfo {
    /// Optional. Sent as `Field1`.
    pub field1: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Field2`.
    pub field2: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl PingApiXStructInfo {
    /// An empty `PingAPI_XStructInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            field1: ::core::option::Option::None,
            field2: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Field1`.
    #[inline]
    #[must_use]
    pub fn with_field1(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.field1 = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Field2`.
    #[inline]
    #[must_use]
    pub fn with_field2(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.field2 = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfRejectReason`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RejectReason {
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Text`.
    pub text: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RejectReason {
    /// An empty `RejectReason`: every field absent.
    pub fn new() -> Self {
        Self {
            type_: ::core::option::Option::None,
            text: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// Used in `ArrayOfRetargetingGoal`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingGoal {
    /// Optional. Sent as `GoalID`.
    pub goal_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `GoalDomain`.
    pub goal_domain: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Login`.
    pub login: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingGoal {
    /// An empty `RetargetingGoal`: every field absent.
    pub fn new() -> Self {
        Self {
            goal_id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            goal_domain: ::core::option::Option::None,
            login: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `GoalID`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
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
    /// Sets `GoalDomain`.
    #[inline]
    #[must_use]
    pub fn with_goal_domain(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.goal_domain = ::core::option::Option::Some(value.into());
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
}
/// Used in `Account::sms_notification`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmsNotificationInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MetricaSms`.
    pub metrica_sms: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ModerateResultSms`.
    pub moderate_result_sms: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MoneyInSms`.
    pub money_in_sms: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MoneyOutSms`.
    pub money_out_sms: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PausedByDayBudgetSms`.
    pub paused_by_day_budget_sms: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SmsTimeFrom`.
    pub sms_time_from: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `SmsTimeTo`.
    pub sms_time_to: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl SmsNotificationInfo {
    /// An empty `SmsNotificationInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            metrica_sms: rt::Nullable::Absent,
            moderate_result_sms: rt::Nullable::Absent,
            money_in_sms: rt::Nullable::Absent,
            money_out_sms: rt::Nullable::Absent,
            paused_by_day_budget_sms: rt::Nullable::Absent,
            sms_time_from: rt::Nullable::Absent,
            sms_time_to: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `MetricaSms`.
    #[inline]
    #[must_use]
    pub fn with_metrica_sms(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.metrica_sms = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ModerateResultSms`.
    #[inline]
    #[must_use]
    pub fn with_moderate_result_sms(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.moderate_result_sms = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `MoneyInSms`.
    #[inline]
    #[must_use]
    pub fn with_money_in_sms(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.money_in_sms = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `MoneyOutSms`.
    #[inline]
    #[must_use]
    pub fn with_money_out_sms(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.money_out_sms = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PausedByDayBudgetSms`.
    #[inline]
    #[must_use]
    pub fn with_paused_by_day_budget_sms(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.paused_by_day_budget_sms = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SmsTimeFrom`.
    #[inline]
    #[must_use]
    pub fn with_sms_time_from(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.sms_time_from = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `SmsTimeTo`.
    #[inline]
    #[must_use]
    pub fn with_sms_time_to(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.sms_time_to = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfStatGoalInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StatGoalInfo {
    /// Optional. Sent as `GoalID`.
    pub goal_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AvailableForStrategy`.
    pub available_for_strategy: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AvailableForContextStrategy`.
    pub available_for_context_strategy: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `GoalsReached`.
    pub goals_reached: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `ContextGoalsReached`.
    pub context_goals_reached: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignID`.
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StatGoalInfo {
    /// An empty `StatGoalInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            goal_id: ::core::option::Option::None,
            name: ::core::option::Option::None,
            available_for_strategy: ::core::option::Option::None,
            available_for_context_strategy: ::core::option::Option::None,
            goals_reached: ::core::option::Option::None,
            context_goals_reached: ::core::option::Option::None,
            campaign_id: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `GoalID`.
    #[inline]
    #[must_use]
    pub fn with_goal_id(mut self, value: rt::FlexNumber<i64>) -> Self {
        self.goal_id = ::core::option::Option::Some(value);
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
    /// Sets `AvailableForStrategy`.
    #[inline]
    #[must_use]
    pub fn with_available_for_strategy(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.available_for_strategy = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `AvailableForContextStrategy`.
    #[inline]
    #[must_use]
    pub fn with_available_for_context_strategy(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.available_for_context_strategy = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `GoalsReached`.
    #[inline]
    #[must_use]
    pub fn with_goals_reached(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.goals_reached = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContextGoalsReached`.
    #[inline]
    #[must_use]
    pub fn with_context_goals_reached(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.context_goals_reached = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = rt::Nullable::Value(value);
        self
    }
}
/// The `param` of `Live.GetStatGoals`. The schema calls it `StatGoalsCampaignIDInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StatGoalsCampaignIdInfo {
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignID`.
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CampaignIDS`.
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl StatGoalsCampaignIdInfo {
    /// An empty `StatGoalsCampaignIDInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_id: rt::Nullable::Absent,
            campaign_ids: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignID`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.campaign_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CampaignIDS`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ArrayOfInteger) -> Self {
        self.campaign_ids = rt::Nullable::Value(value);
        self
    }
}
/// Used in `ArrayOfTagInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TagInfo {
    /// Optional. Sent as `TagID`.
    pub tag_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Tag`.
    pub tag: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TagInfo {
    /// An empty `TagInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            tag_id: ::core::option::Option::None,
            tag: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TagID`.
    #[inline]
    #[must_use]
    pub fn with_tag_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.tag_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tag`.
    #[inline]
    #[must_use]
    pub fn with_tag(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `ArrayOfTransfer`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Transfer {
    /// Optional. Sent as `FromAccountID`.
    pub from_account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `ToAccountID`.
    pub to_account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `Amount`.
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Currency`.
    pub currency: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Transfer {
    /// An empty `Transfer`: every field absent.
    pub fn new() -> Self {
        Self {
            from_account_id: ::core::option::Option::None,
            to_account_id: ::core::option::Option::None,
            amount: ::core::option::Option::None,
            currency: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FromAccountID`.
    #[inline]
    #[must_use]
    pub fn with_from_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.from_account_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ToAccountID`.
    #[inline]
    #[must_use]
    pub fn with_to_account_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.to_account_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Amount`.
    #[inline]
    #[must_use]
    pub fn with_amount(mut self, value: rt::FlexNumber<f64>) -> Self {
        self.amount = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency = rt::Nullable::Value(value.into());
        self
    }
}
/// The `param` of `Live.TransferMoney`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TransferMoneyInfo {
    /// Optional. Sent as `FromCampaigns`.
    pub from_campaigns: ::core::option::Option<ArrayOfPayCampElement>,
    /// Optional. Sent as `ToCampaigns`.
    pub to_campaigns: ::core::option::Option<ArrayOfPayCampElement>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl TransferMoneyInfo {
    /// An empty `TransferMoneyInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            from_campaigns: ::core::option::Option::None,
            to_campaigns: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `FromCampaigns`.
    #[inline]
    #[must_use]
    pub fn with_from_campaigns(mut self, value: ArrayOfPayCampElement) -> Self {
        self.from_campaigns = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ToCampaigns`.
    #[inline]
    #[must_use]
    pub fn with_to_campaigns(mut self, value: ArrayOfPayCampElement) -> Self {
        self.to_campaigns = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfVersionDesc`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VersionDesc {
    /// Optional. Sent as `VersionNumber`.
    pub version_number: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `LinkWSDL`.
    pub link_wsdl: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `BorderDate`.
    pub border_date: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VersionDesc {
    /// An empty `VersionDesc`: every field absent.
    pub fn new() -> Self {
        Self {
            version_number: ::core::option::Option::None,
            link_wsdl: ::core::option::Option::None,
            border_date: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `VersionNumber`.
    #[inline]
    #[must_use]
    pub fn with_version_number(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.version_number = ::core::option::Option::Some(value);
        self
    }
    /// Sets `LinkWSDL`.
    #[inline]
    #[must_use]
    pub fn with_link_wsdl(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.link_wsdl = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `BorderDate`.
    #[inline]
    #[must_use]
    pub fn with_border_date(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.border_date = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfWarning`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Warning {
    /// Optional. Sent as `WarningCode`.
    pub warning_code: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `WarningString`.
    pub warning_string: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Description`.
    pub description: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Warning {
    /// An empty `Warning`: every field absent.
    pub fn new() -> Self {
        Self {
            warning_code: ::core::option::Option::None,
            warning_string: ::core::option::Option::None,
            description: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `WarningCode`.
    #[inline]
    #[must_use]
    pub fn with_warning_code(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.warning_code = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WarningString`.
    #[inline]
    #[must_use]
    pub fn with_warning_string(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.warning_string = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `ArrayOfWordstatItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatItem {
    /// Optional. Sent as `Phrase`.
    pub phrase: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Shows`.
    pub shows: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WordstatItem {
    /// An empty `WordstatItem`: every field absent.
    pub fn new() -> Self {
        Self {
            phrase: ::core::option::Option::None,
            shows: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Phrase`.
    #[inline]
    #[must_use]
    pub fn with_phrase(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phrase = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Shows`.
    #[inline]
    #[must_use]
    pub fn with_shows(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.shows = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfWordstatReportInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatReportInfo {
    /// Optional. Sent as `Phrase`.
    pub phrase: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `GeoID`.
    pub geo_id: ::core::option::Option<ArrayOfInteger>,
    /// Optional. Sent as `SearchedWith`.
    pub searched_with: ::core::option::Option<ArrayOfWordstatItem>,
    /// Optional. Sent as `SearchedAlso`.
    pub searched_also: ::core::option::Option<ArrayOfWordstatItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WordstatReportInfo {
    /// An empty `WordstatReportInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            phrase: ::core::option::Option::None,
            geo_id: ::core::option::Option::None,
            searched_with: ::core::option::Option::None,
            searched_also: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Phrase`.
    #[inline]
    #[must_use]
    pub fn with_phrase(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.phrase = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `GeoID`.
    #[inline]
    #[must_use]
    pub fn with_geo_id(mut self, value: ArrayOfInteger) -> Self {
        self.geo_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SearchedWith`.
    #[inline]
    #[must_use]
    pub fn with_searched_with(mut self, value: ArrayOfWordstatItem) -> Self {
        self.searched_with = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SearchedAlso`.
    #[inline]
    #[must_use]
    pub fn with_searched_also(mut self, value: ArrayOfWordstatItem) -> Self {
        self.searched_also = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `ArrayOfWordstatReportStatusInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatReportStatusInfo {
    /// Optional. Sent as `ReportID`.
    pub report_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// Optional. Sent as `StatusReport`.
    pub status_report: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl WordstatReportStatusInfo {
    /// An empty `WordstatReportStatusInfo`: every field absent.
    pub fn new() -> Self {
        Self {
            report_id: ::core::option::Option::None,
            status_report: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `ReportID`.
    #[inline]
    #[must_use]
    pub fn with_report_id(mut self, value: rt::FlexNumber<i32>) -> Self {
        self.report_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusReport`.
    #[inline]
    #[must_use]
    pub fn with_status_report(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_report = ::core::option::Option::Some(value.into());
        self
    }
}
