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
/// `Account` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Account {
    /// `AgencyName`: `xsd:string` (optional, nillable).
    pub agency_name: rt::Nullable<::std::string::String>,
    /// `AccountID`: `xsd:int` (optional).
    pub account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `AccountDayBudget`: `AccountDayBudgetInfo` (optional, nillable).
    pub account_day_budget: rt::Nullable<AccountDayBudgetInfo>,
    /// `Amount`: `xsd:float` (optional, nillable).
    pub amount: rt::Nullable<rt::FlexNumber<f64>>,
    /// `AmountAvailableForTransfer`: `xsd:float` (optional, nillable).
    pub amount_available_for_transfer: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Currency`: `xsd:string` (optional, nillable).
    pub currency: rt::Nullable<::std::string::String>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// `Discount`: `xsd:float` (optional, nillable).
    pub discount: rt::Nullable<rt::FlexNumber<f64>>,
    /// `SmsNotification`: `SmsNotificationInfo` (optional, nillable).
    pub sms_notification: rt::Nullable<SmsNotificationInfo>,
    /// `EmailNotification`: `EmailNotificationInfo` (optional, nillable).
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
/// `AccountActionResult` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountActionResult {
    /// `Errors`: `ArrayOfError` (optional, nillable).
    pub errors: rt::Nullable<ArrayOfError>,
    /// `AccountID`: `xsd:int` (optional, nillable).
    pub account_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// `URL`: `xsd:string` (optional, nillable).
    pub url: rt::Nullable<::std::string::String>,
    /// `PurchaseToken`: `xsd:string` (optional, nillable).
    pub purchase_token: rt::Nullable<::std::string::String>,
    /// `Status`: `xsd:string` (optional, nillable).
    pub status: rt::Nullable<::std::string::String>,
    /// `RedirectUrl`: `xsd:string` (optional, nillable).
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
/// `AccountDayBudgetInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountDayBudgetInfo {
    /// `Amount`: `xsd:float` (optional).
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `SpendMode`: `xsd:string` (optional).
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
/// `AccountManagementRequest` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountManagementRequest {
    /// `Action`: `xsd:string` (optional).
    pub action: ::core::option::Option<::std::string::String>,
    /// `SelectionCriteria`: `AccountSelectionCriteria` (optional, nillable).
    pub selection_criteria: rt::Nullable<AccountSelectionCriteria>,
    /// `Payments`: `ArrayOfPayment` (optional, nillable).
    pub payments: rt::Nullable<ArrayOfPayment>,
    /// `Transfers`: `ArrayOfTransfer` (optional, nillable).
    pub transfers: rt::Nullable<ArrayOfTransfer>,
    /// `Accounts`: `ArrayOfAccount` (optional, nillable).
    pub accounts: rt::Nullable<ArrayOfAccount>,
    /// `PayMethodID`: `xsd:string` (optional, nillable).
    pub pay_method_id: rt::Nullable<::std::string::String>,
    /// `CustomTransactionID`: `xsd:string` (optional, nillable).
    pub custom_transaction_id: rt::Nullable<::std::string::String>,
    /// `Version`: `xsd:string` (optional, nillable).
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
/// `AccountManagementResponse` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountManagementResponse {
    /// `ActionsResult`: `ArrayOfAccountActionResult` (optional, nillable).
    pub actions_result: rt::Nullable<ArrayOfAccountActionResult>,
    /// `Accounts`: `ArrayOfAccount` (optional, nillable).
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
/// `AccountSelectionCriteria` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountSelectionCriteria {
    /// `Logins`: `ArrayOfString` (optional, nillable).
    pub logins: rt::Nullable<ArrayOfString>,
    /// `AccountIDS`: `ArrayOfInteger` (optional, nillable).
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
/// `AdImageAssociation` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociation {
    /// `AdID`: `xsd:long` (optional).
    pub ad_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// `AdImageHash`: `xsd:string` (optional, nillable).
    pub ad_image_hash: rt::Nullable<::std::string::String>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// `CampaignID`: `xsd:int` (optional, nillable).
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `StatusAdImageModerate`: `xsd:string` (optional, nillable).
    pub status_ad_image_moderate: rt::Nullable<::std::string::String>,
    /// `ModerateRejectionReasons`: `ArrayOfRejectReason` (optional, nillable).
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
/// `AdImageAssociationActionResult` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationActionResult {
    /// `Warnings`: `ArrayOfWarning` (optional, nillable).
    pub warnings: rt::Nullable<ArrayOfWarning>,
    /// `Errors`: `ArrayOfError` (optional, nillable).
    pub errors: rt::Nullable<ArrayOfError>,
    /// `AdID`: `xsd:long` (optional, nillable).
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
/// `AdImageAssociationRequest` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationRequest {
    /// `Action`: `xsd:string` (optional).
    pub action: ::core::option::Option<::std::string::String>,
    /// `SelectionCriteria`: `AdImageAssociationSelectionCriteria` (optional, nillable).
    pub selection_criteria: rt::Nullable<AdImageAssociationSelectionCriteria>,
    /// `AdImageAssociations`: `ArrayOfAdImageAssociation` (optional, nillable).
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
/// `AdImageAssociationResponse` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationResponse {
    /// `ActionsResult`: `ArrayOfAdImageAssociationActionResult` (optional, nillable).
    pub actions_result: rt::Nullable<ArrayOfAdImageAssociationActionResult>,
    /// `AdImageAssociations`: `ArrayOfAdImageAssociation` (optional, nillable).
    pub ad_image_associations: rt::Nullable<ArrayOfAdImageAssociation>,
    /// `TotalObjectsCount`: `xsd:int` (optional, nillable).
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
/// `AdImageAssociationSelectionCriteria` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageAssociationSelectionCriteria {
    /// `Logins`: `ArrayOfString` (optional, nillable).
    pub logins: rt::Nullable<ArrayOfString>,
    /// `AdImageHashes`: `ArrayOfString` (optional, nillable).
    pub ad_image_hashes: rt::Nullable<ArrayOfString>,
    /// `StatusAdImageModerate`: `ArrayOfString` (optional, nillable).
    pub status_ad_image_moderate: rt::Nullable<ArrayOfString>,
    /// `AdIDS`: `ArrayOfLong` (optional, nillable).
    pub ad_ids: rt::Nullable<ArrayOfLong>,
    /// `CampaignIDS`: `ArrayOfInteger` (optional, nillable).
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// `Limit`: `xsd:int` (optional, nillable).
    pub limit: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Offset`: `xsd:int` (optional, nillable).
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
/// `ArrayOfAccount` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfAccount = ::std::vec::Vec<Account>;
/// `ArrayOfAccountActionResult` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfAccountActionResult = ::std::vec::Vec<AccountActionResult>;
/// `ArrayOfAdImageAssociation` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfAdImageAssociation = ::std::vec::Vec<AdImageAssociation>;
/// `ArrayOfAdImageAssociationActionResult` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfAdImageAssociationActionResult = ::std::vec::Vec<
    AdImageAssociationActionResult,
>;
/// `ArrayOfBannerPhraseInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfBannerPhraseInfo = ::std::vec::Vec<BannerPhraseInfo>;
/// `ArrayOfBannerTagsInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfBannerTagsInfo = ::std::vec::Vec<BannerTagsInfo>;
/// `ArrayOfCampaignIDInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfCampaignIdInfo = ::std::vec::Vec<rt::FlexNumber<i32>>;
/// `ArrayOfCampaignTagsInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfCampaignTagsInfo = ::std::vec::Vec<CampaignTagsInfo>;
/// `ArrayOfClientsUnitInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfClientsUnitInfo = ::std::vec::Vec<ClientsUnitInfo>;
/// `ArrayOfCoverageInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfCoverageInfo = ::std::vec::Vec<CoverageInfo>;
/// `ArrayOfCreditLimitsItem` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfCreditLimitsItem = ::std::vec::Vec<CreditLimitsItem>;
/// `ArrayOfError` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfError = ::std::vec::Vec<Error>;
/// `ArrayOfEventsLogItem` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfEventsLogItem = ::std::vec::Vec<EventsLogItem>;
/// `ArrayOfFloat` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfFloat = ::std::vec::Vec<rt::FlexNumber<f64>>;
/// `ArrayOfForecastStatusInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfForecastStatusInfo = ::std::vec::Vec<ForecastStatusInfo>;
/// `ArrayOfInteger` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfInteger = ::std::vec::Vec<rt::FlexNumber<i32>>;
/// `ArrayOfLong` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfLong = ::std::vec::Vec<rt::FlexNumber<i64>>;
/// `ArrayOfPayCampElement` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfPayCampElement = ::std::vec::Vec<PayCampElement>;
/// `ArrayOfPayment` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfPayment = ::std::vec::Vec<Payment>;
/// `ArrayOfPhraseAuctionBids` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfPhraseAuctionBids = ::std::vec::Vec<PhraseAuctionBids>;
/// `ArrayOfPingAPI_XInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfPingApiXInfo = ::std::vec::Vec<PingApiXInfo>;
/// `ArrayOfPingAPI_XStructInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfPingApiXStructInfo = ::std::vec::Vec<PingApiXStructInfo>;
/// `ArrayOfRejectReason` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfRejectReason = ::std::vec::Vec<RejectReason>;
/// `ArrayOfRetargetingGoal` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfRetargetingGoal = ::std::vec::Vec<RetargetingGoal>;
/// `ArrayOfStatGoalInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfStatGoalInfo = ::std::vec::Vec<StatGoalInfo>;
/// `ArrayOfString` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfString = ::std::vec::Vec<::std::string::String>;
/// `ArrayOfTagInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfTagInfo = ::std::vec::Vec<TagInfo>;
/// `ArrayOfTransfer` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfTransfer = ::std::vec::Vec<Transfer>;
/// `ArrayOfVersionDesc` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfVersionDesc = ::std::vec::Vec<VersionDesc>;
/// `ArrayOfWarning` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfWarning = ::std::vec::Vec<Warning>;
/// `ArrayOfWordstatItem` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfWordstatItem = ::std::vec::Vec<WordstatItem>;
/// `ArrayOfWordstatReportInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfWordstatReportInfo = ::std::vec::Vec<WordstatReportInfo>;
/// `ArrayOfWordstatReportStatusInfo` (`schema/direct_v4/live.json`): a JSON array.
pub type ArrayOfWordstatReportStatusInfo = ::std::vec::Vec<WordstatReportStatusInfo>;
/// `BannerPhraseInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannerPhraseInfo {
    /// `Phrase`: `xsd:string` (optional, nillable).
    pub phrase: rt::Nullable<::std::string::String>,
    /// `IsRubric`: `xsd:string` (optional, nillable).
    pub is_rubric: rt::Nullable<::std::string::String>,
    /// `Clicks`: `xsd:int` (optional, nillable).
    pub clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// `FirstPlaceClicks`: `xsd:int` (optional, nillable).
    pub first_place_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// `PremiumClicks`: `xsd:int` (optional, nillable).
    pub premium_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Shows`: `xsd:int` (optional, nillable).
    pub shows: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Min`: `xsd:float` (optional, nillable).
    pub min: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Max`: `xsd:float` (optional, nillable).
    pub max: rt::Nullable<rt::FlexNumber<f64>>,
    /// `PremiumMin`: `xsd:float` (optional, nillable).
    pub premium_min: rt::Nullable<rt::FlexNumber<f64>>,
    /// `PremiumMax`: `xsd:float` (optional, nillable).
    pub premium_max: rt::Nullable<rt::FlexNumber<f64>>,
    /// `CTR`: `xsd:float` (optional, nillable).
    pub ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// `FirstPlaceCTR`: `xsd:float` (optional, nillable).
    pub first_place_ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// `PremiumCTR`: `xsd:float` (optional, nillable).
    pub premium_ctr: rt::Nullable<rt::FlexNumber<f64>>,
    /// `LowCTRWarning`: `xsd:string` (optional, nillable).
    pub low_ctr_warning: rt::Nullable<::std::string::String>,
    /// `LowCTR`: `xsd:string` (optional, nillable).
    pub low_ctr: rt::Nullable<::std::string::String>,
    /// `ContextPrice`: `xsd:float` (optional, nillable).
    pub context_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// `ContextCoverage`: `ArrayOfCoverageInfo` (optional, nillable).
    pub context_coverage: rt::Nullable<ArrayOfCoverageInfo>,
    /// `BannerID`: `xsd:long` (optional, nillable).
    pub banner_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// `Price`: `xsd:float` (optional, nillable).
    pub price: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Prices`: `ArrayOfFloat` (optional, nillable).
    pub prices: rt::Nullable<ArrayOfFloat>,
    /// `Coverage`: `ArrayOfCoverageInfo` (optional, nillable).
    pub coverage: rt::Nullable<ArrayOfCoverageInfo>,
    /// `AutoBroker`: `xsd:string` (optional, nillable).
    pub auto_broker: rt::Nullable<::std::string::String>,
    /// `PhraseID`: `xsd:long` (optional).
    pub phrase_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// `CurrentOnSearch`: `xsd:float` (optional, nillable).
    pub current_on_search: rt::Nullable<rt::FlexNumber<f64>>,
    /// `CampaignID`: `xsd:int` (optional, nillable).
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `MinPrice`: `xsd:float` (optional, nillable).
    pub min_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// `AutoBudgetPriority`: `xsd:string` (optional, nillable).
    pub auto_budget_priority: rt::Nullable<::std::string::String>,
    /// `StatusPhraseModerate`: `xsd:string` (optional, nillable).
    pub status_phrase_moderate: rt::Nullable<::std::string::String>,
    /// `ContextLowCTR`: `xsd:string` (optional, nillable).
    pub context_low_ctr: rt::Nullable<::std::string::String>,
    /// `UserParams`: `PhraseUserParams` (optional, nillable).
    pub user_params: rt::Nullable<PhraseUserParams>,
    /// `AuctionBids`: `ArrayOfPhraseAuctionBids` (optional, nillable).
    pub auction_bids: rt::Nullable<ArrayOfPhraseAuctionBids>,
    /// `AdGroupID`: `xsd:long` (optional, nillable).
    pub ad_group_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// `StatusPaused`: `xsd:string` (optional, nillable).
    pub status_paused: rt::Nullable<::std::string::String>,
    /// `ContextClicks`: `xsd:int` (optional, nillable).
    pub context_clicks: rt::Nullable<rt::FlexNumber<i32>>,
    /// `ContextShows`: `xsd:int` (optional, nillable).
    pub context_shows: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `BannerTagsInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannerTagsInfo {
    /// `BannerID`: `xsd:long` (optional).
    pub banner_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// `TagIDS`: `ArrayOfInteger` (optional, nillable).
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
/// `BannersRequestInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BannersRequestInfo {
    /// `CampaignIDS`: `ArrayOfInteger` (optional, nillable).
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// `BannerIDS`: `ArrayOfLong` (optional, nillable).
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
/// `CampaignIDSInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignIdsInfo {
    /// `CampaignIDS`: `ArrayOfCampaignIDInfo` (optional).
    pub campaign_ids: ::core::option::Option<ArrayOfCampaignIdInfo>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `CampaignTagsInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CampaignTagsInfo {
    /// `CampaignID`: `xsd:int` (optional).
    pub campaign_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Tags`: `ArrayOfTagInfo` (optional, nillable).
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
/// `CheckPaymentInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckPaymentInfo {
    /// `CustomTransactionID`: `xsd:string` (optional).
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
/// `ClientsUnitInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientsUnitInfo {
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `UnitsRest`: `xsd:int` (optional).
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
/// `CoverageInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CoverageInfo {
    /// `Probability`: `xsd:float` (optional).
    pub probability: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `Price`: `xsd:float` (optional).
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
/// `CreateInvoiceInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateInvoiceInfo {
    /// `Payments`: `ArrayOfPayCampElement` (optional).
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
/// `CreditLimitsInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditLimitsInfo {
    /// `Currency`: `xsd:string` (optional).
    pub currency: ::core::option::Option<::std::string::String>,
    /// `Limits`: `ArrayOfCreditLimitsItem` (optional).
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
/// `CreditLimitsItem` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditLimitsItem {
    /// `ContractID`: `xsd:string` (optional).
    pub contract_id: ::core::option::Option<::std::string::String>,
    /// `Limit`: `xsd:float` (optional).
    pub limit: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `LimitSpent`: `xsd:float` (optional).
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
/// `EmailNotificationInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EmailNotificationInfo {
    /// `Email`: `xsd:string` (optional, nillable).
    pub email: rt::Nullable<::std::string::String>,
    /// `WarnPlaceInterval`: `xsd:int` (optional).
    pub warn_place_interval: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `MoneyWarningValue`: `xsd:int` (optional, nillable).
    pub money_warning_value: rt::Nullable<rt::FlexNumber<i32>>,
    /// `PausedByDayBudget`: `xsd:string` (optional, nillable).
    pub paused_by_day_budget: rt::Nullable<::std::string::String>,
    /// `SendAccNews`: `xsd:string` (optional, nillable).
    pub send_acc_news: rt::Nullable<::std::string::String>,
    /// `SendWarn`: `xsd:string` (optional, nillable).
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
/// `EnableSharedAccountRequest` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableSharedAccountRequest {
    /// `Login`: `xsd:string` (optional).
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
/// `EnableSharedAccountResponse` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableSharedAccountResponse {
    /// `Errors`: `ArrayOfError` (optional, nillable).
    pub errors: rt::Nullable<ArrayOfError>,
    /// `Login`: `xsd:string` (optional, nillable).
    pub login: rt::Nullable<::std::string::String>,
    /// `AccountID`: `xsd:int` (optional, nillable).
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
/// `Error` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Error {
    /// `FaultCode`: `xsd:int` (optional).
    pub fault_code: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `FaultString`: `xsd:string` (optional).
    pub fault_string: ::core::option::Option<::std::string::String>,
    /// `FaultDetail`: `xsd:string` (optional, nillable).
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
/// `EventsLogItem` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventsLogItem {
    /// `CampaignID`: `xsd:int` (optional, nillable).
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `BannerID`: `xsd:long` (optional, nillable).
    pub banner_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// `PhraseID`: `xsd:long` (optional, nillable).
    pub phrase_id: rt::Nullable<rt::FlexNumber<i64>>,
    /// `AccountID`: `xsd:int` (optional, nillable).
    pub account_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `TextDescription`: `xsd:string` (optional, nillable).
    pub text_description: rt::Nullable<::std::string::String>,
    /// `EventType`: `xsd:string` (optional).
    pub event_type: ::core::option::Option<::std::string::String>,
    /// `Timestamp`: `xsd:string` (optional).
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// `EventName`: `xsd:string` (optional).
    pub event_name: ::core::option::Option<::std::string::String>,
    /// `Attributes`: `EventsLogItemAttributes` (optional, nillable).
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
/// `EventsLogItemAttributes` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventsLogItemAttributes {
    /// `ModerationResult`: `xsd:string` (optional, nillable).
    pub moderation_result: rt::Nullable<::std::string::String>,
    /// `MinPrice`: `xsd:float` (optional, nillable).
    pub min_price: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Rest`: `xsd:float` (optional, nillable).
    pub rest: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Payed`: `xsd:float` (optional, nillable).
    pub payed: rt::Nullable<rt::FlexNumber<f64>>,
    /// `FinishDate`: `xsd:date` (optional, nillable).
    pub finish_date: rt::Nullable<::std::string::String>,
    /// `OldPlace`: `xsd:string` (optional, nillable).
    pub old_place: rt::Nullable<::std::string::String>,
    /// `IsEditedByModerator`: `xsd:string` (optional, nillable).
    pub is_edited_by_moderator: rt::Nullable<::std::string::String>,
    /// `StopTime`: `xsd:string` (optional, nillable).
    pub stop_time: rt::Nullable<::std::string::String>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `ForecastCommonInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ForecastCommonInfo {
    /// `Geo`: `xsd:string` (optional).
    pub geo: ::core::option::Option<::std::string::String>,
    /// `Shows`: `xsd:int` (optional).
    pub shows: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Clicks`: `xsd:int` (optional).
    pub clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `FirstPlaceClicks`: `xsd:int` (optional).
    pub first_place_clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `PremiumClicks`: `xsd:int` (optional).
    pub premium_clicks: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Min`: `xsd:float` (optional).
    pub min: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `Max`: `xsd:float` (optional).
    pub max: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `PremiumMin`: `xsd:float` (optional).
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
/// `ForecastStatusInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ForecastStatusInfo {
    /// `ForecastID`: `xsd:int` (optional).
    pub forecast_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `StatusForecast`: `xsd:string` (optional).
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
/// `GetEventsLogFilter` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetEventsLogFilter {
    /// `CampaignIDS`: `ArrayOfInteger` (optional, nillable).
    pub campaign_ids: rt::Nullable<ArrayOfInteger>,
    /// `BannerIDS`: `ArrayOfLong` (optional, nillable).
    pub banner_ids: rt::Nullable<ArrayOfLong>,
    /// `PhraseIDS`: `ArrayOfLong` (optional, nillable).
    pub phrase_ids: rt::Nullable<ArrayOfLong>,
    /// `AccountIDS`: `ArrayOfInteger` (optional, nillable).
    pub account_ids: rt::Nullable<ArrayOfInteger>,
    /// `EventType`: `ArrayOfString` (optional, nillable).
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
/// `GetEventsLogRequest` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetEventsLogRequest {
    /// `TimestampFrom`: `xsd:string` (optional).
    pub timestamp_from: ::core::option::Option<::std::string::String>,
    /// `TimestampTo`: `xsd:string` (optional, nillable).
    pub timestamp_to: rt::Nullable<::std::string::String>,
    /// `LastEventOnly`: `xsd:string` (optional, nillable).
    pub last_event_only: rt::Nullable<::std::string::String>,
    /// `WithTextDescription`: `xsd:string` (optional, nillable).
    pub with_text_description: rt::Nullable<::std::string::String>,
    /// `Logins`: `ArrayOfString` (optional, nillable).
    pub logins: rt::Nullable<ArrayOfString>,
    /// `Filter`: `GetEventsLogFilter` (optional, nillable).
    pub filter: rt::Nullable<GetEventsLogFilter>,
    /// `Currency`: `xsd:string` (optional, nillable).
    pub currency: rt::Nullable<::std::string::String>,
    /// `Limit`: `xsd:int` (optional, nillable).
    pub limit: rt::Nullable<rt::FlexNumber<i32>>,
    /// `Offset`: `xsd:int` (optional, nillable).
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
/// `GetForecastInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetForecastInfo {
    /// `Categories`: `ArrayOfBannerPhraseInfo` (optional).
    pub categories: ::core::option::Option<ArrayOfBannerPhraseInfo>,
    /// `Phrases`: `ArrayOfBannerPhraseInfo` (optional).
    pub phrases: ::core::option::Option<ArrayOfBannerPhraseInfo>,
    /// `Common`: `ForecastCommonInfo` (optional).
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
/// `GetRetargetingGoalsRequest` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetRetargetingGoalsRequest {
    /// `Logins`: `ArrayOfString` (optional, nillable).
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
/// `KeywordsSuggestionInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeywordsSuggestionInfo {
    /// `Keywords`: `ArrayOfString` (optional).
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
/// `NewForecastInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewForecastInfo {
    /// `Categories`: `ArrayOfInteger` (optional, nillable).
    pub categories: rt::Nullable<ArrayOfInteger>,
    /// `Phrases`: `ArrayOfString` (optional, nillable).
    pub phrases: rt::Nullable<ArrayOfString>,
    /// `CommonMinusWords`: `ArrayOfString` (optional, nillable).
    pub common_minus_words: rt::Nullable<ArrayOfString>,
    /// `GeoID`: `ArrayOfInteger` (optional, nillable).
    pub geo_id: rt::Nullable<ArrayOfInteger>,
    /// `Currency`: `xsd:string` (optional, nillable).
    pub currency: rt::Nullable<::std::string::String>,
    /// `AuctionBids`: `xsd:string` (optional, nillable).
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
/// `NewWordstatReportInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewWordstatReportInfo {
    /// `Phrases`: `ArrayOfString` (optional).
    pub phrases: ::core::option::Option<ArrayOfString>,
    /// `GeoID`: `ArrayOfInteger` (optional, nillable).
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
/// `PayCampElement` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampElement {
    /// `CampaignID`: `xsd:int` (optional).
    pub campaign_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Sum`: `xsd:float` (optional).
    pub sum: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `PayCampaignsByCardInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampaignsByCardInfo {
    /// `PayMethodID`: `xsd:string` (optional).
    pub pay_method_id: ::core::option::Option<::std::string::String>,
    /// `CustomTransactionID`: `xsd:string` (optional).
    pub custom_transaction_id: ::core::option::Option<::std::string::String>,
    /// `Payments`: `ArrayOfPayCampElement` (optional).
    pub payments: ::core::option::Option<ArrayOfPayCampElement>,
    /// `Version`: `xsd:string` (optional, nillable).
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
/// `PayCampaignsInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PayCampaignsInfo {
    /// `Payments`: `ArrayOfPayCampElement` (optional).
    pub payments: ::core::option::Option<ArrayOfPayCampElement>,
    /// `ContractID`: `xsd:string` (optional, nillable).
    pub contract_id: rt::Nullable<::std::string::String>,
    /// `PayMethod`: `xsd:string` (optional).
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
/// `Payment` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Payment {
    /// `AccountID`: `xsd:int` (optional).
    pub account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Amount`: `xsd:float` (optional).
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `Origin`: `xsd:string` (optional, nillable).
    pub origin: rt::Nullable<::std::string::String>,
    /// `Contract`: `xsd:string` (optional, nillable).
    pub contract: rt::Nullable<::std::string::String>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `PhraseAuctionBids` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhraseAuctionBids {
    /// `Position`: `xsd:string` (optional, nillable).
    pub position: rt::Nullable<::std::string::String>,
    /// `Bid`: `xsd:float` (optional, nillable).
    pub bid: rt::Nullable<rt::FlexNumber<f64>>,
    /// `Price`: `xsd:float` (optional, nillable).
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
/// `PhraseUserParams` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhraseUserParams {
    /// `Param1`: `xsd:string` (optional, nillable).
    pub param1: rt::Nullable<::std::string::String>,
    /// `Param2`: `xsd:string` (optional, nillable).
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
/// `PingAPI_XInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PingApiXInfo {
    /// `IntValue`: `xsd:int` (optional).
    pub int_value: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `DateValue`: `xsd:date` (optional).
    pub date_value: ::core::option::Option<::std::string::String>,
    /// `StrValue`: `xsd:string` (optional).
    pub str_value: ::core::option::Option<::std::string::String>,
    /// `IntArray`: `ArrayOfInteger` (optional).
    pub int_array: ::core::option::Option<ArrayOfInteger>,
    /// `StrArray`: `ArrayOfString` (optional).
    pub str_array: ::core::option::Option<ArrayOfString>,
    /// `StructArray`: `ArrayOfPingAPI_XStructInfo` (optional).
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
/// `PingAPI_XStructInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PingApiXStructInfo {
    /// `Field1`: `xsd:string` (optional).
    pub field1: ::core::option::Option<::std::string::String>,
    /// `Field2`: `xsd:int` (optional).
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
/// `RejectReason` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RejectReason {
    /// `Type`: `xsd:string` (optional).
    pub type_: ::core::option::Option<::std::string::String>,
    /// `Text`: `xsd:string` (optional).
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
/// `RetargetingGoal` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingGoal {
    /// `GoalID`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `GoalDomain`: `xsd:string` (optional).
    pub goal_domain: ::core::option::Option<::std::string::String>,
    /// `Login`: `xsd:string` (optional).
    pub login: ::core::option::Option<::std::string::String>,
    /// `Type`: `xsd:string` (optional).
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
/// `SmsNotificationInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SmsNotificationInfo {
    /// `MetricaSms`: `xsd:string` (optional, nillable).
    pub metrica_sms: rt::Nullable<::std::string::String>,
    /// `ModerateResultSms`: `xsd:string` (optional, nillable).
    pub moderate_result_sms: rt::Nullable<::std::string::String>,
    /// `MoneyInSms`: `xsd:string` (optional, nillable).
    pub money_in_sms: rt::Nullable<::std::string::String>,
    /// `MoneyOutSms`: `xsd:string` (optional, nillable).
    pub money_out_sms: rt::Nullable<::std::string::String>,
    /// `PausedByDayBudgetSms`: `xsd:string` (optional, nillable).
    pub paused_by_day_budget_sms: rt::Nullable<::std::string::String>,
    /// `SmsTimeFrom`: `xsd:string` (optional, nillable).
    pub sms_time_from: rt::Nullable<::std::string::String>,
    /// `SmsTimeTo`: `xsd:string` (optional, nillable).
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
/// `StatGoalInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StatGoalInfo {
    /// `GoalID`: `xsd:long` (optional).
    pub goal_id: ::core::option::Option<rt::FlexNumber<i64>>,
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `AvailableForStrategy`: `xsd:string` (optional).
    pub available_for_strategy: ::core::option::Option<::std::string::String>,
    /// `AvailableForContextStrategy`: `xsd:string` (optional).
    pub available_for_context_strategy: ::core::option::Option<::std::string::String>,
    /// `GoalsReached`: `xsd:int` (optional).
    pub goals_reached: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `ContextGoalsReached`: `xsd:int` (optional).
    pub context_goals_reached: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `CampaignID`: `xsd:int` (optional, nillable).
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
/// `StatGoalsCampaignIDInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StatGoalsCampaignIdInfo {
    /// `CampaignID`: `xsd:int` (optional, nillable).
    pub campaign_id: rt::Nullable<rt::FlexNumber<i32>>,
    /// `CampaignIDS`: `ArrayOfInteger` (optional, nillable).
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
/// `TagInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TagInfo {
    /// `TagID`: `xsd:int` (optional).
    pub tag_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Tag`: `xsd:string` (optional).
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
/// `Transfer` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Transfer {
    /// `FromAccountID`: `xsd:int` (optional).
    pub from_account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `ToAccountID`: `xsd:int` (optional).
    pub to_account_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `Amount`: `xsd:float` (optional).
    pub amount: ::core::option::Option<rt::FlexNumber<f64>>,
    /// `Currency`: `xsd:string` (optional, nillable).
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
/// `TransferMoneyInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TransferMoneyInfo {
    /// `FromCampaigns`: `ArrayOfPayCampElement` (optional).
    pub from_campaigns: ::core::option::Option<ArrayOfPayCampElement>,
    /// `ToCampaigns`: `ArrayOfPayCampElement` (optional).
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
/// `VersionDesc` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VersionDesc {
    /// `VersionNumber`: `xsd:int` (optional).
    pub version_number: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `LinkWSDL`: `xsd:string` (optional).
    pub link_wsdl: ::core::option::Option<::std::string::String>,
    /// `BorderDate`: `xsd:date` (optional, nillable).
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
/// `Warning` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Warning {
    /// `WarningCode`: `xsd:int` (optional).
    pub warning_code: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `WarningString`: `xsd:string` (optional).
    pub warning_string: ::core::option::Option<::std::string::String>,
    /// `Description`: `xsd:string` (optional, nillable).
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
/// `WordstatItem` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatItem {
    /// `Phrase`: `xsd:string` (optional).
    pub phrase: ::core::option::Option<::std::string::String>,
    /// `Shows`: `xsd:int` (optional).
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
/// `WordstatReportInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatReportInfo {
    /// `Phrase`: `xsd:string` (optional).
    pub phrase: ::core::option::Option<::std::string::String>,
    /// `GeoID`: `ArrayOfInteger` (optional).
    pub geo_id: ::core::option::Option<ArrayOfInteger>,
    /// `SearchedWith`: `ArrayOfWordstatItem` (optional).
    pub searched_with: ::core::option::Option<ArrayOfWordstatItem>,
    /// `SearchedAlso`: `ArrayOfWordstatItem` (optional).
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
/// `WordstatReportStatusInfo` (`schema/direct_v4/live.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WordstatReportStatusInfo {
    /// `ReportID`: `xsd:int` (optional).
    pub report_id: ::core::option::Option<rt::FlexNumber<i32>>,
    /// `StatusReport`: `xsd:string` (optional).
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
