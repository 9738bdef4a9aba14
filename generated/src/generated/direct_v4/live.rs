// @generated from schema/direct_v4/live.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Live service: `POST /json/v5/live`.
//!
//! Generated from `schema/direct_v4/live.json` (upstream `live.wsdl`, sha256 `a423a10710ba524cd4ba53a7985c6ba00d79eddd50a45f2b8afc1d5c86ecfb7b`).
//!
//! Direct API v4 Live: the methods that exist only there (units of agency clients, finance, shared account, Wordstat, Forecast, tags).
use crate::runtime as rt;
/// `Live.GetClientsUnits`.
pub const GET_CLIENTS_UNITS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetClientsUnits",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetCreditLimits`.
pub const GET_CREDIT_LIMITS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetCreditLimits",
    access: rt::Access::Read,
    finance: true,
};
/// `Live.TransferMoney`.
pub const TRANSFER_MONEY: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "TransferMoney",
    access: rt::Access::Write,
    finance: true,
};
/// `Live.PayCampaigns`.
pub const PAY_CAMPAIGNS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "PayCampaigns",
    access: rt::Access::Write,
    finance: true,
};
/// `Live.PayCampaignsByCard`.
pub const PAY_CAMPAIGNS_BY_CARD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "PayCampaignsByCard",
    access: rt::Access::Write,
    finance: true,
};
/// `Live.CheckPayment`.
pub const CHECK_PAYMENT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "CheckPayment",
    access: rt::Access::Read,
    finance: true,
};
/// `Live.CreateInvoice`.
pub const CREATE_INVOICE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "CreateInvoice",
    access: rt::Access::Write,
    finance: true,
};
/// `Live.AccountManagement`.
pub const ACCOUNT_MANAGEMENT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "AccountManagement",
    access: rt::Access::Write,
    finance: true,
};
/// `Live.EnableSharedAccount`.
pub const ENABLE_SHARED_ACCOUNT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "EnableSharedAccount",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.GetEventsLog`.
pub const GET_EVENTS_LOG: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetEventsLog",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetStatGoals`.
pub const GET_STAT_GOALS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetStatGoals",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetRetargetingGoals`.
pub const GET_RETARGETING_GOALS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetRetargetingGoals",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.CreateNewWordstatReport`.
pub const CREATE_NEW_WORDSTAT_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "CreateNewWordstatReport",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.GetWordstatReportList`.
pub const GET_WORDSTAT_REPORT_LIST: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetWordstatReportList",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetWordstatReport`.
pub const GET_WORDSTAT_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetWordstatReport",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.DeleteWordstatReport`.
pub const DELETE_WORDSTAT_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "DeleteWordstatReport",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.CreateNewForecast`.
pub const CREATE_NEW_FORECAST: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "CreateNewForecast",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.GetForecastList`.
pub const GET_FORECAST_LIST: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetForecastList",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetForecast`.
pub const GET_FORECAST: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetForecast",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.DeleteForecastReport`.
pub const DELETE_FORECAST_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "DeleteForecastReport",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.DeleteOfflineReport`.
pub const DELETE_OFFLINE_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "DeleteOfflineReport",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.DeleteReport`.
pub const DELETE_REPORT: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "DeleteReport",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.GetBannersTags`.
pub const GET_BANNERS_TAGS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetBannersTags",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetCampaignsTags`.
pub const GET_CAMPAIGNS_TAGS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetCampaignsTags",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.UpdateBannersTags`.
pub const UPDATE_BANNERS_TAGS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "UpdateBannersTags",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.UpdateCampaignsTags`.
pub const UPDATE_CAMPAIGNS_TAGS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "UpdateCampaignsTags",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.AdImageAssociation`.
pub const AD_IMAGE_ASSOCIATION: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "AdImageAssociation",
    access: rt::Access::Write,
    finance: false,
};
/// `Live.GetKeywordsSuggestion`.
pub const GET_KEYWORDS_SUGGESTION: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetKeywordsSuggestion",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.PingAPI`.
pub const PING_API: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "PingAPI",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.PingAPI_X`.
pub const PING_API_X: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "PingAPI_X",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetVersion`.
pub const GET_VERSION: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetVersion",
    access: rt::Access::Read,
    finance: false,
};
/// `Live.GetAvailableVersions`.
pub const GET_AVAILABLE_VERSIONS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV4,
    service_name: "Live",
    endpoint: "live",
    method: "GetAvailableVersions",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET_CLIENTS_UNITS,
        request: rt::method::roundtrip_v4_request::<ArrayOfString>,
        response: rt::method::roundtrip_v4_response::<ArrayOfClientsUnitInfo>,
    },
    rt::MethodEntry {
        info: GET_CREDIT_LIMITS,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<CreditLimitsInfo>,
    },
    rt::MethodEntry {
        info: TRANSFER_MONEY,
        request: rt::method::roundtrip_v4_request::<TransferMoneyInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PAY_CAMPAIGNS,
        request: rt::method::roundtrip_v4_request::<PayCampaignsInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PAY_CAMPAIGNS_BY_CARD,
        request: rt::method::roundtrip_v4_request::<PayCampaignsByCardInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: CHECK_PAYMENT,
        request: rt::method::roundtrip_v4_request::<CheckPaymentInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: CREATE_INVOICE,
        request: rt::method::roundtrip_v4_request::<CreateInvoiceInfo>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
    rt::MethodEntry {
        info: ACCOUNT_MANAGEMENT,
        request: rt::method::roundtrip_v4_request::<AccountManagementRequest>,
        response: rt::method::roundtrip_v4_response::<AccountManagementResponse>,
    },
    rt::MethodEntry {
        info: ENABLE_SHARED_ACCOUNT,
        request: rt::method::roundtrip_v4_request::<EnableSharedAccountRequest>,
        response: rt::method::roundtrip_v4_response::<EnableSharedAccountResponse>,
    },
    rt::MethodEntry {
        info: GET_EVENTS_LOG,
        request: rt::method::roundtrip_v4_request::<GetEventsLogRequest>,
        response: rt::method::roundtrip_v4_response::<ArrayOfEventsLogItem>,
    },
    rt::MethodEntry {
        info: GET_STAT_GOALS,
        request: rt::method::roundtrip_v4_request::<StatGoalsCampaignIdInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfStatGoalInfo>,
    },
    rt::MethodEntry {
        info: GET_RETARGETING_GOALS,
        request: rt::method::roundtrip_v4_request::<GetRetargetingGoalsRequest>,
        response: rt::method::roundtrip_v4_response::<ArrayOfRetargetingGoal>,
    },
    rt::MethodEntry {
        info: CREATE_NEW_WORDSTAT_REPORT,
        request: rt::method::roundtrip_v4_request::<NewWordstatReportInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_WORDSTAT_REPORT_LIST,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfWordstatReportStatusInfo>,
    },
    rt::MethodEntry {
        info: GET_WORDSTAT_REPORT,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<ArrayOfWordstatReportInfo>,
    },
    rt::MethodEntry {
        info: DELETE_WORDSTAT_REPORT,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: CREATE_NEW_FORECAST,
        request: rt::method::roundtrip_v4_request::<NewForecastInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_FORECAST_LIST,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfForecastStatusInfo>,
    },
    rt::MethodEntry {
        info: GET_FORECAST,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<GetForecastInfo>,
    },
    rt::MethodEntry {
        info: DELETE_FORECAST_REPORT,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: DELETE_OFFLINE_REPORT,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: DELETE_REPORT,
        request: rt::method::roundtrip_v4_request::<rt::FlexNumber<i32>>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_BANNERS_TAGS,
        request: rt::method::roundtrip_v4_request::<BannersRequestInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfBannerTagsInfo>,
    },
    rt::MethodEntry {
        info: GET_CAMPAIGNS_TAGS,
        request: rt::method::roundtrip_v4_request::<CampaignIdsInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfCampaignTagsInfo>,
    },
    rt::MethodEntry {
        info: UPDATE_BANNERS_TAGS,
        request: rt::method::roundtrip_v4_request::<ArrayOfBannerTagsInfo>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: UPDATE_CAMPAIGNS_TAGS,
        request: rt::method::roundtrip_v4_request::<ArrayOfCampaignTagsInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfCampaignTagsInfo>,
    },
    rt::MethodEntry {
        info: AD_IMAGE_ASSOCIATION,
        request: rt::method::roundtrip_v4_request::<AdImageAssociationRequest>,
        response: rt::method::roundtrip_v4_response::<AdImageAssociationResponse>,
    },
    rt::MethodEntry {
        info: GET_KEYWORDS_SUGGESTION,
        request: rt::method::roundtrip_v4_request::<KeywordsSuggestionInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfString>,
    },
    rt::MethodEntry {
        info: PING_API,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: PING_API_X,
        request: rt::method::roundtrip_v4_request::<ArrayOfPingApiXInfo>,
        response: rt::method::roundtrip_v4_response::<ArrayOfPingApiXInfo>,
    },
    rt::MethodEntry {
        info: GET_VERSION,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<rt::FlexNumber<i32>>,
    },
    rt::MethodEntry {
        info: GET_AVAILABLE_VERSIONS,
        request: rt::method::roundtrip_v4_request::<rt::method::NoParam>,
        response: rt::method::roundtrip_v4_response::<ArrayOfVersionDesc>,
    },
];
/// The Live service (`POST /live/v4/json/`): one async method per API method.
///
/// Left out because the API no longer serves them:
/// - `GetClientsList`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetSubClients`: no longer served by v4 Live (moved to API v5 or removed)
/// - `SetAutoPrice`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetSummaryStat`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetCampaignParams`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetCampaignsParams`: no longer served by v4 Live (moved to API v5 or removed)
/// - `ModerateBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `StopBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `ResumeBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `ArchiveBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UnArchiveBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `DeleteBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `StopCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `DeleteCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UnArchiveCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `ArchiveCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `ResumeCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetReportList`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetClientInfo`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UpdateClientInfo`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetCampaignsList`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetCampaignsListFilter`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBalance`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBannerPhrases`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBannerPhrasesFilter`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetRegions`: no longer served by v4 Live (moved to API v5 or removed)
/// - `CreateNewReport`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetBannersStat`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetRubrics`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetTimeZones`: no longer served by v4 Live (moved to API v5 or removed)
/// - `UpdatePrices`: no longer served by v4 Live (moved to API v5 or removed)
/// - `CreateOrUpdateCampaign`: no longer served by v4 Live (moved to API v5 or removed)
/// - `CreateOrUpdateBanners`: no longer served by v4 Live (moved to API v5 or removed)
/// - `CreateNewSubclient`: no longer served by v4 Live (moved to API v5 or removed)
/// - `GetChanges`: no longer served by v4 Live (moved to API v5 or removed)
/// - `RetargetingCondition`: no longer served by v4 Live (moved to API v5 or removed)
/// - `Retargeting`: no longer served by v4 Live (moved to API v5 or removed)
/// - `AdImage`: no longer served by v4 Live (moved to API v5 or removed)
/// - `Keyword`: no longer served by v4 Live (moved to API v5 or removed)
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
            .call_v4(&GET_CLIENTS_UNITS, ::core::option::Option::Some(&param))
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
            >(&GET_CREDIT_LIMITS, ::core::option::Option::None)
            .await
    }
    /// `Live.TransferMoney`: sends `TransferMoneyInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn transfer_money(
        &self,
        param: TransferMoneyInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client.call_v4(&TRANSFER_MONEY, ::core::option::Option::Some(&param)).await
    }
    /// `Live.PayCampaigns`: sends `PayCampaignsInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn pay_campaigns(
        &self,
        param: PayCampaignsInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client.call_v4(&PAY_CAMPAIGNS, ::core::option::Option::Some(&param)).await
    }
    /// `Live.PayCampaignsByCard`: sends `PayCampaignsByCardInfo` as `param`, returns `String` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn pay_campaigns_by_card(
        &self,
        param: PayCampaignsByCardInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client
            .call_v4(&PAY_CAMPAIGNS_BY_CARD, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CheckPayment`: sends `CheckPaymentInfo` as `param`, returns `String` from `data`. Reads only: retried on temporary errors.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn check_payment(
        &self,
        param: CheckPaymentInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client.call_v4(&CHECK_PAYMENT, ::core::option::Option::Some(&param)).await
    }
    /// `Live.CreateInvoice`: sends `CreateInvoiceInfo` as `param`, returns `String` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn create_invoice(
        &self,
        param: CreateInvoiceInfo,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client.call_v4(&CREATE_INVOICE, ::core::option::Option::Some(&param)).await
    }
    /// `Live.AccountManagement`: sends `AccountManagementRequest` as `param`, returns `AccountManagementResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// A finance method: the client adds `finance_token` and `operation_num` from its finance credentials.
    pub async fn account_management(
        &self,
        param: AccountManagementRequest,
    ) -> ::core::result::Result<rt::Response<AccountManagementResponse>, rt::Error> {
        self.client
            .call_v4(&ACCOUNT_MANAGEMENT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.EnableSharedAccount`: sends `EnableSharedAccountRequest` as `param`, returns `EnableSharedAccountResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn enable_shared_account(
        &self,
        param: EnableSharedAccountRequest,
    ) -> ::core::result::Result<rt::Response<EnableSharedAccountResponse>, rt::Error> {
        self.client
            .call_v4(&ENABLE_SHARED_ACCOUNT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetEventsLog`: sends `GetEventsLogRequest` as `param`, returns `ArrayOfEventsLogItem` from `data`. Reads only: retried on temporary errors.
    pub async fn get_events_log(
        &self,
        param: GetEventsLogRequest,
    ) -> ::core::result::Result<rt::Response<ArrayOfEventsLogItem>, rt::Error> {
        self.client.call_v4(&GET_EVENTS_LOG, ::core::option::Option::Some(&param)).await
    }
    /// `Live.GetStatGoals`: sends `StatGoalsCampaignIDInfo` as `param`, returns `ArrayOfStatGoalInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_stat_goals(
        &self,
        param: StatGoalsCampaignIdInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfStatGoalInfo>, rt::Error> {
        self.client.call_v4(&GET_STAT_GOALS, ::core::option::Option::Some(&param)).await
    }
    /// `Live.GetRetargetingGoals`: sends `GetRetargetingGoalsRequest` as `param`, returns `ArrayOfRetargetingGoal` from `data`. Reads only: retried on temporary errors.
    pub async fn get_retargeting_goals(
        &self,
        param: GetRetargetingGoalsRequest,
    ) -> ::core::result::Result<rt::Response<ArrayOfRetargetingGoal>, rt::Error> {
        self.client
            .call_v4(&GET_RETARGETING_GOALS, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CreateNewWordstatReport`: sends `NewWordstatReportInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn create_new_wordstat_report(
        &self,
        param: NewWordstatReportInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&CREATE_NEW_WORDSTAT_REPORT, ::core::option::Option::Some(&param))
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
            >(&GET_WORDSTAT_REPORT_LIST, ::core::option::Option::None)
            .await
    }
    /// `Live.GetWordstatReport`: sends `FlexI32` as `param`, returns `ArrayOfWordstatReportInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_wordstat_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<ArrayOfWordstatReportInfo>, rt::Error> {
        self.client
            .call_v4(&GET_WORDSTAT_REPORT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteWordstatReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_wordstat_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_WORDSTAT_REPORT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.CreateNewForecast`: sends `NewForecastInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn create_new_forecast(
        &self,
        param: NewForecastInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&CREATE_NEW_FORECAST, ::core::option::Option::Some(&param))
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
            >(&GET_FORECAST_LIST, ::core::option::Option::None)
            .await
    }
    /// `Live.GetForecast`: sends `FlexI32` as `param`, returns `GetForecastInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_forecast(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<GetForecastInfo>, rt::Error> {
        self.client.call_v4(&GET_FORECAST, ::core::option::Option::Some(&param)).await
    }
    /// `Live.DeleteForecastReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_forecast_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_FORECAST_REPORT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteOfflineReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_offline_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&DELETE_OFFLINE_REPORT, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.DeleteReport`: sends `FlexI32` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete_report(
        &self,
        param: rt::FlexNumber<i32>,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client.call_v4(&DELETE_REPORT, ::core::option::Option::Some(&param)).await
    }
    /// `Live.GetBannersTags`: sends `BannersRequestInfo` as `param`, returns `ArrayOfBannerTagsInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_banners_tags(
        &self,
        param: BannersRequestInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfBannerTagsInfo>, rt::Error> {
        self.client
            .call_v4(&GET_BANNERS_TAGS, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetCampaignsTags`: sends `CampaignIDSInfo` as `param`, returns `ArrayOfCampaignTagsInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn get_campaigns_tags(
        &self,
        param: CampaignIdsInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfCampaignTagsInfo>, rt::Error> {
        self.client
            .call_v4(&GET_CAMPAIGNS_TAGS, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.UpdateBannersTags`: sends `ArrayOfBannerTagsInfo` as `param`, returns `FlexI32` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update_banners_tags(
        &self,
        param: ArrayOfBannerTagsInfo,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4(&UPDATE_BANNERS_TAGS, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.UpdateCampaignsTags`: sends `ArrayOfCampaignTagsInfo` as `param`, returns `ArrayOfCampaignTagsInfo` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update_campaigns_tags(
        &self,
        param: ArrayOfCampaignTagsInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfCampaignTagsInfo>, rt::Error> {
        self.client
            .call_v4(&UPDATE_CAMPAIGNS_TAGS, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.AdImageAssociation`: sends `AdImageAssociationRequest` as `param`, returns `AdImageAssociationResponse` from `data`. Writes: never repeated unless the server says it did not execute it.
    pub async fn ad_image_association(
        &self,
        param: AdImageAssociationRequest,
    ) -> ::core::result::Result<rt::Response<AdImageAssociationResponse>, rt::Error> {
        self.client
            .call_v4(&AD_IMAGE_ASSOCIATION, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.GetKeywordsSuggestion`: sends `KeywordsSuggestionInfo` as `param`, returns `ArrayOfString` from `data`. Reads only: retried on temporary errors.
    pub async fn get_keywords_suggestion(
        &self,
        param: KeywordsSuggestionInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfString>, rt::Error> {
        self.client
            .call_v4(&GET_KEYWORDS_SUGGESTION, ::core::option::Option::Some(&param))
            .await
    }
    /// `Live.PingAPI`: sends no `param`, returns `FlexI32` from `data`. Reads only: retried on temporary errors.
    pub async fn ping_api(
        &self,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4::<rt::method::NoParam, _>(&PING_API, ::core::option::Option::None)
            .await
    }
    /// `Live.PingAPI_X`: sends `ArrayOfPingAPI_XInfo` as `param`, returns `ArrayOfPingAPI_XInfo` from `data`. Reads only: retried on temporary errors.
    pub async fn ping_api_x(
        &self,
        param: ArrayOfPingApiXInfo,
    ) -> ::core::result::Result<rt::Response<ArrayOfPingApiXInfo>, rt::Error> {
        self.client.call_v4(&PING_API_X, ::core::option::Option::Some(&param)).await
    }
    /// `Live.GetVersion`: sends no `param`, returns `FlexI32` from `data`. Reads only: retried on temporary errors.
    pub async fn get_version(
        &self,
    ) -> ::core::result::Result<rt::Response<rt::FlexNumber<i32>>, rt::Error> {
        self.client
            .call_v4::<
                rt::method::NoParam,
                _,
            >(&GET_VERSION, ::core::option::Option::None)
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
            >(&GET_AVAILABLE_VERSIONS, ::core::option::Option::None)
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
    pub fn with_agency_name(mut self, value: ::std::string::String) -> Self {
        self.agency_name = rt::Nullable::Value(value);
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
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
impl ::serde::Serialize for Account {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.agency_name.is_present() {
            map.serialize_entry("AgencyName", &self.agency_name)?;
        }
        if let ::core::option::Option::Some(value) = &self.account_id {
            map.serialize_entry("AccountID", value)?;
        }
        if self.account_day_budget.is_present() {
            map.serialize_entry("AccountDayBudget", &self.account_day_budget)?;
        }
        if self.amount.is_present() {
            map.serialize_entry("Amount", &self.amount)?;
        }
        if self.amount_available_for_transfer.is_present() {
            map.serialize_entry(
                "AmountAvailableForTransfer",
                &self.amount_available_for_transfer,
            )?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.discount.is_present() {
            map.serialize_entry("Discount", &self.discount)?;
        }
        if self.sms_notification.is_present() {
            map.serialize_entry("SmsNotification", &self.sms_notification)?;
        }
        if self.email_notification.is_present() {
            map.serialize_entry("EmailNotification", &self.email_notification)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Account {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Account;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Account` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Account, A::Error> {
                let mut agency_name = rt::Nullable::Absent;
                let mut account_id = ::core::option::Option::None;
                let mut account_day_budget = rt::Nullable::Absent;
                let mut amount = rt::Nullable::Absent;
                let mut amount_available_for_transfer = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut discount = rt::Nullable::Absent;
                let mut sms_notification = rt::Nullable::Absent;
                let mut email_notification = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AgencyName" => agency_name = map.next_value()?,
                        "AccountID" => {
                            account_id = rt::wire::optional_value(
                                &mut map,
                                "AccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "AccountDayBudget" => account_day_budget = map.next_value()?,
                        "Amount" => amount = map.next_value()?,
                        "AmountAvailableForTransfer" => {
                            amount_available_for_transfer = map.next_value()?;
                        }
                        "Currency" => currency = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "Discount" => discount = map.next_value()?,
                        "SmsNotification" => sms_notification = map.next_value()?,
                        "EmailNotification" => email_notification = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Account",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Account {
                    agency_name,
                    account_id,
                    account_day_budget,
                    amount,
                    amount_available_for_transfer,
                    currency,
                    login,
                    discount,
                    sms_notification,
                    email_notification,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
        self
    }
    /// Sets `URL`.
    #[inline]
    #[must_use]
    pub fn with_url(mut self, value: ::std::string::String) -> Self {
        self.url = rt::Nullable::Value(value);
        self
    }
    /// Sets `PurchaseToken`.
    #[inline]
    #[must_use]
    pub fn with_purchase_token(mut self, value: ::std::string::String) -> Self {
        self.purchase_token = rt::Nullable::Value(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: ::std::string::String) -> Self {
        self.status = rt::Nullable::Value(value);
        self
    }
    /// Sets `RedirectUrl`.
    #[inline]
    #[must_use]
    pub fn with_redirect_url(mut self, value: ::std::string::String) -> Self {
        self.redirect_url = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for AccountActionResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.url.is_present() {
            map.serialize_entry("URL", &self.url)?;
        }
        if self.purchase_token.is_present() {
            map.serialize_entry("PurchaseToken", &self.purchase_token)?;
        }
        if self.status.is_present() {
            map.serialize_entry("Status", &self.status)?;
        }
        if self.redirect_url.is_present() {
            map.serialize_entry("RedirectUrl", &self.redirect_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountActionResult, A::Error> {
                let mut errors = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut url = rt::Nullable::Absent;
                let mut purchase_token = rt::Nullable::Absent;
                let mut status = rt::Nullable::Absent;
                let mut redirect_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Errors" => errors = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "URL" => url = map.next_value()?,
                        "PurchaseToken" => purchase_token = map.next_value()?,
                        "Status" => status = map.next_value()?,
                        "RedirectUrl" => redirect_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountActionResult {
                    errors,
                    account_id,
                    login,
                    url,
                    purchase_token,
                    status,
                    redirect_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_spend_mode(mut self, value: ::std::string::String) -> Self {
        self.spend_mode = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AccountDayBudgetInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.spend_mode {
            map.serialize_entry("SpendMode", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountDayBudgetInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountDayBudgetInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountDayBudgetInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountDayBudgetInfo, A::Error> {
                let mut amount = ::core::option::Option::None;
                let mut spend_mode = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "SpendMode" => {
                            spend_mode = rt::wire::optional_value(
                                &mut map,
                                "SpendMode",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountDayBudgetInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountDayBudgetInfo {
                    amount,
                    spend_mode,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_action(mut self, value: ::std::string::String) -> Self {
        self.action = ::core::option::Option::Some(value);
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
    pub fn with_pay_method_id(mut self, value: ::std::string::String) -> Self {
        self.pay_method_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `CustomTransactionID`.
    #[inline]
    #[must_use]
    pub fn with_custom_transaction_id(mut self, value: ::std::string::String) -> Self {
        self.custom_transaction_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `Version`.
    #[inline]
    #[must_use]
    pub fn with_version(mut self, value: ::std::string::String) -> Self {
        self.version = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for AccountManagementRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.selection_criteria.is_present() {
            map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        }
        if self.payments.is_present() {
            map.serialize_entry("Payments", &self.payments)?;
        }
        if self.transfers.is_present() {
            map.serialize_entry("Transfers", &self.transfers)?;
        }
        if self.accounts.is_present() {
            map.serialize_entry("Accounts", &self.accounts)?;
        }
        if self.pay_method_id.is_present() {
            map.serialize_entry("PayMethodID", &self.pay_method_id)?;
        }
        if self.custom_transaction_id.is_present() {
            map.serialize_entry("CustomTransactionID", &self.custom_transaction_id)?;
        }
        if self.version.is_present() {
            map.serialize_entry("Version", &self.version)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountManagementRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountManagementRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountManagementRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountManagementRequest, A::Error> {
                let mut action = ::core::option::Option::None;
                let mut selection_criteria = rt::Nullable::Absent;
                let mut payments = rt::Nullable::Absent;
                let mut transfers = rt::Nullable::Absent;
                let mut accounts = rt::Nullable::Absent;
                let mut pay_method_id = rt::Nullable::Absent;
                let mut custom_transaction_id = rt::Nullable::Absent;
                let mut version = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => selection_criteria = map.next_value()?,
                        "Payments" => payments = map.next_value()?,
                        "Transfers" => transfers = map.next_value()?,
                        "Accounts" => accounts = map.next_value()?,
                        "PayMethodID" => pay_method_id = map.next_value()?,
                        "CustomTransactionID" => {
                            custom_transaction_id = map.next_value()?;
                        }
                        "Version" => version = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountManagementRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountManagementRequest {
                    action,
                    selection_criteria,
                    payments,
                    transfers,
                    accounts,
                    pay_method_id,
                    custom_transaction_id,
                    version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AccountManagementResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.actions_result.is_present() {
            map.serialize_entry("ActionsResult", &self.actions_result)?;
        }
        if self.accounts.is_present() {
            map.serialize_entry("Accounts", &self.accounts)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountManagementResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountManagementResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountManagementResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountManagementResponse, A::Error> {
                let mut actions_result = rt::Nullable::Absent;
                let mut accounts = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ActionsResult" => actions_result = map.next_value()?,
                        "Accounts" => accounts = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountManagementResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountManagementResponse {
                    actions_result,
                    accounts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AccountSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.account_ids.is_present() {
            map.serialize_entry("AccountIDS", &self.account_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountSelectionCriteria, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut account_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        "AccountIDS" => account_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountSelectionCriteria {
                    logins,
                    account_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_ad_image_hash(mut self, value: ::std::string::String) -> Self {
        self.ad_image_hash = rt::Nullable::Value(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
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
        value: ::std::string::String,
    ) -> Self {
        self.status_ad_image_moderate = rt::Nullable::Value(value);
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
impl ::serde::Serialize for AdImageAssociation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_id {
            map.serialize_entry("AdID", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.status_ad_image_moderate.is_present() {
            map.serialize_entry(
                "StatusAdImageModerate",
                &self.status_ad_image_moderate,
            )?;
        }
        if self.moderate_rejection_reasons.is_present() {
            map.serialize_entry(
                "ModerateRejectionReasons",
                &self.moderate_rejection_reasons,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociation;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociation` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociation, A::Error> {
                let mut ad_id = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut campaign_id = rt::Nullable::Absent;
                let mut status_ad_image_moderate = rt::Nullable::Absent;
                let mut moderate_rejection_reasons = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdID" => {
                            ad_id = rt::wire::optional_value(
                                &mut map,
                                "AdID",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "CampaignID" => campaign_id = map.next_value()?,
                        "StatusAdImageModerate" => {
                            status_ad_image_moderate = map.next_value()?;
                        }
                        "ModerateRejectionReasons" => {
                            moderate_rejection_reasons = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociation",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociation {
                    ad_id,
                    ad_image_hash,
                    login,
                    campaign_id,
                    status_ad_image_moderate,
                    moderate_rejection_reasons,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdImageAssociationActionResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.warnings.is_present() {
            map.serialize_entry("Warnings", &self.warnings)?;
        }
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.ad_id.is_present() {
            map.serialize_entry("AdID", &self.ad_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationActionResult, A::Error> {
                let mut warnings = rt::Nullable::Absent;
                let mut errors = rt::Nullable::Absent;
                let mut ad_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => warnings = map.next_value()?,
                        "Errors" => errors = map.next_value()?,
                        "AdID" => ad_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationActionResult {
                    warnings,
                    errors,
                    ad_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_action(mut self, value: ::std::string::String) -> Self {
        self.action = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for AdImageAssociationRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.selection_criteria.is_present() {
            map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        }
        if self.ad_image_associations.is_present() {
            map.serialize_entry("AdImageAssociations", &self.ad_image_associations)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationRequest, A::Error> {
                let mut action = ::core::option::Option::None;
                let mut selection_criteria = rt::Nullable::Absent;
                let mut ad_image_associations = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => selection_criteria = map.next_value()?,
                        "AdImageAssociations" => {
                            ad_image_associations = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationRequest {
                    action,
                    selection_criteria,
                    ad_image_associations,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdImageAssociationResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.actions_result.is_present() {
            map.serialize_entry("ActionsResult", &self.actions_result)?;
        }
        if self.ad_image_associations.is_present() {
            map.serialize_entry("AdImageAssociations", &self.ad_image_associations)?;
        }
        if self.total_objects_count.is_present() {
            map.serialize_entry("TotalObjectsCount", &self.total_objects_count)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationResponse, A::Error> {
                let mut actions_result = rt::Nullable::Absent;
                let mut ad_image_associations = rt::Nullable::Absent;
                let mut total_objects_count = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ActionsResult" => actions_result = map.next_value()?,
                        "AdImageAssociations" => {
                            ad_image_associations = map.next_value()?;
                        }
                        "TotalObjectsCount" => total_objects_count = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationResponse {
                    actions_result,
                    ad_image_associations,
                    total_objects_count,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for AdImageAssociationSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.ad_image_hashes.is_present() {
            map.serialize_entry("AdImageHashes", &self.ad_image_hashes)?;
        }
        if self.status_ad_image_moderate.is_present() {
            map.serialize_entry(
                "StatusAdImageModerate",
                &self.status_ad_image_moderate,
            )?;
        }
        if self.ad_ids.is_present() {
            map.serialize_entry("AdIDS", &self.ad_ids)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.limit.is_present() {
            map.serialize_entry("Limit", &self.limit)?;
        }
        if self.offset.is_present() {
            map.serialize_entry("Offset", &self.offset)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationSelectionCriteria, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut ad_image_hashes = rt::Nullable::Absent;
                let mut status_ad_image_moderate = rt::Nullable::Absent;
                let mut ad_ids = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut limit = rt::Nullable::Absent;
                let mut offset = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        "AdImageHashes" => ad_image_hashes = map.next_value()?,
                        "StatusAdImageModerate" => {
                            status_ad_image_moderate = map.next_value()?;
                        }
                        "AdIDS" => ad_ids = map.next_value()?,
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "Limit" => limit = map.next_value()?,
                        "Offset" => offset = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationSelectionCriteria {
                    logins,
                    ad_image_hashes,
                    status_ad_image_moderate,
                    ad_ids,
                    campaign_ids,
                    limit,
                    offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_phrase(mut self, value: ::std::string::String) -> Self {
        self.phrase = rt::Nullable::Value(value);
        self
    }
    /// Sets `IsRubric`.
    #[inline]
    #[must_use]
    pub fn with_is_rubric(mut self, value: ::std::string::String) -> Self {
        self.is_rubric = rt::Nullable::Value(value);
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
    pub fn with_low_ctr_warning(mut self, value: ::std::string::String) -> Self {
        self.low_ctr_warning = rt::Nullable::Value(value);
        self
    }
    /// Sets `LowCTR`.
    #[inline]
    #[must_use]
    pub fn with_low_ctr(mut self, value: ::std::string::String) -> Self {
        self.low_ctr = rt::Nullable::Value(value);
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
    pub fn with_auto_broker(mut self, value: ::std::string::String) -> Self {
        self.auto_broker = rt::Nullable::Value(value);
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
    pub fn with_auto_budget_priority(mut self, value: ::std::string::String) -> Self {
        self.auto_budget_priority = rt::Nullable::Value(value);
        self
    }
    /// Sets `StatusPhraseModerate`.
    #[inline]
    #[must_use]
    pub fn with_status_phrase_moderate(mut self, value: ::std::string::String) -> Self {
        self.status_phrase_moderate = rt::Nullable::Value(value);
        self
    }
    /// Sets `ContextLowCTR`.
    #[inline]
    #[must_use]
    pub fn with_context_low_ctr(mut self, value: ::std::string::String) -> Self {
        self.context_low_ctr = rt::Nullable::Value(value);
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
    pub fn with_status_paused(mut self, value: ::std::string::String) -> Self {
        self.status_paused = rt::Nullable::Value(value);
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for BannerPhraseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.phrase.is_present() {
            map.serialize_entry("Phrase", &self.phrase)?;
        }
        if self.is_rubric.is_present() {
            map.serialize_entry("IsRubric", &self.is_rubric)?;
        }
        if self.clicks.is_present() {
            map.serialize_entry("Clicks", &self.clicks)?;
        }
        if self.first_place_clicks.is_present() {
            map.serialize_entry("FirstPlaceClicks", &self.first_place_clicks)?;
        }
        if self.premium_clicks.is_present() {
            map.serialize_entry("PremiumClicks", &self.premium_clicks)?;
        }
        if self.shows.is_present() {
            map.serialize_entry("Shows", &self.shows)?;
        }
        if self.min.is_present() {
            map.serialize_entry("Min", &self.min)?;
        }
        if self.max.is_present() {
            map.serialize_entry("Max", &self.max)?;
        }
        if self.premium_min.is_present() {
            map.serialize_entry("PremiumMin", &self.premium_min)?;
        }
        if self.premium_max.is_present() {
            map.serialize_entry("PremiumMax", &self.premium_max)?;
        }
        if self.ctr.is_present() {
            map.serialize_entry("CTR", &self.ctr)?;
        }
        if self.first_place_ctr.is_present() {
            map.serialize_entry("FirstPlaceCTR", &self.first_place_ctr)?;
        }
        if self.premium_ctr.is_present() {
            map.serialize_entry("PremiumCTR", &self.premium_ctr)?;
        }
        if self.low_ctr_warning.is_present() {
            map.serialize_entry("LowCTRWarning", &self.low_ctr_warning)?;
        }
        if self.low_ctr.is_present() {
            map.serialize_entry("LowCTR", &self.low_ctr)?;
        }
        if self.context_price.is_present() {
            map.serialize_entry("ContextPrice", &self.context_price)?;
        }
        if self.context_coverage.is_present() {
            map.serialize_entry("ContextCoverage", &self.context_coverage)?;
        }
        if self.banner_id.is_present() {
            map.serialize_entry("BannerID", &self.banner_id)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        if self.prices.is_present() {
            map.serialize_entry("Prices", &self.prices)?;
        }
        if self.coverage.is_present() {
            map.serialize_entry("Coverage", &self.coverage)?;
        }
        if self.auto_broker.is_present() {
            map.serialize_entry("AutoBroker", &self.auto_broker)?;
        }
        if let ::core::option::Option::Some(value) = &self.phrase_id {
            map.serialize_entry("PhraseID", value)?;
        }
        if self.current_on_search.is_present() {
            map.serialize_entry("CurrentOnSearch", &self.current_on_search)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.min_price.is_present() {
            map.serialize_entry("MinPrice", &self.min_price)?;
        }
        if self.auto_budget_priority.is_present() {
            map.serialize_entry("AutoBudgetPriority", &self.auto_budget_priority)?;
        }
        if self.status_phrase_moderate.is_present() {
            map.serialize_entry("StatusPhraseModerate", &self.status_phrase_moderate)?;
        }
        if self.context_low_ctr.is_present() {
            map.serialize_entry("ContextLowCTR", &self.context_low_ctr)?;
        }
        if self.user_params.is_present() {
            map.serialize_entry("UserParams", &self.user_params)?;
        }
        if self.auction_bids.is_present() {
            map.serialize_entry("AuctionBids", &self.auction_bids)?;
        }
        if self.ad_group_id.is_present() {
            map.serialize_entry("AdGroupID", &self.ad_group_id)?;
        }
        if self.status_paused.is_present() {
            map.serialize_entry("StatusPaused", &self.status_paused)?;
        }
        if self.context_clicks.is_present() {
            map.serialize_entry("ContextClicks", &self.context_clicks)?;
        }
        if self.context_shows.is_present() {
            map.serialize_entry("ContextShows", &self.context_shows)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannerPhraseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannerPhraseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannerPhraseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannerPhraseInfo, A::Error> {
                let mut phrase = rt::Nullable::Absent;
                let mut is_rubric = rt::Nullable::Absent;
                let mut clicks = rt::Nullable::Absent;
                let mut first_place_clicks = rt::Nullable::Absent;
                let mut premium_clicks = rt::Nullable::Absent;
                let mut shows = rt::Nullable::Absent;
                let mut min = rt::Nullable::Absent;
                let mut max = rt::Nullable::Absent;
                let mut premium_min = rt::Nullable::Absent;
                let mut premium_max = rt::Nullable::Absent;
                let mut ctr = rt::Nullable::Absent;
                let mut first_place_ctr = rt::Nullable::Absent;
                let mut premium_ctr = rt::Nullable::Absent;
                let mut low_ctr_warning = rt::Nullable::Absent;
                let mut low_ctr = rt::Nullable::Absent;
                let mut context_price = rt::Nullable::Absent;
                let mut context_coverage = rt::Nullable::Absent;
                let mut banner_id = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut prices = rt::Nullable::Absent;
                let mut coverage = rt::Nullable::Absent;
                let mut auto_broker = rt::Nullable::Absent;
                let mut phrase_id = ::core::option::Option::None;
                let mut current_on_search = rt::Nullable::Absent;
                let mut campaign_id = rt::Nullable::Absent;
                let mut min_price = rt::Nullable::Absent;
                let mut auto_budget_priority = rt::Nullable::Absent;
                let mut status_phrase_moderate = rt::Nullable::Absent;
                let mut context_low_ctr = rt::Nullable::Absent;
                let mut user_params = rt::Nullable::Absent;
                let mut auction_bids = rt::Nullable::Absent;
                let mut ad_group_id = rt::Nullable::Absent;
                let mut status_paused = rt::Nullable::Absent;
                let mut context_clicks = rt::Nullable::Absent;
                let mut context_shows = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => phrase = map.next_value()?,
                        "IsRubric" => is_rubric = map.next_value()?,
                        "Clicks" => clicks = map.next_value()?,
                        "FirstPlaceClicks" => first_place_clicks = map.next_value()?,
                        "PremiumClicks" => premium_clicks = map.next_value()?,
                        "Shows" => shows = map.next_value()?,
                        "Min" => min = map.next_value()?,
                        "Max" => max = map.next_value()?,
                        "PremiumMin" => premium_min = map.next_value()?,
                        "PremiumMax" => premium_max = map.next_value()?,
                        "CTR" => ctr = map.next_value()?,
                        "FirstPlaceCTR" => first_place_ctr = map.next_value()?,
                        "PremiumCTR" => premium_ctr = map.next_value()?,
                        "LowCTRWarning" => low_ctr_warning = map.next_value()?,
                        "LowCTR" => low_ctr = map.next_value()?,
                        "ContextPrice" => context_price = map.next_value()?,
                        "ContextCoverage" => context_coverage = map.next_value()?,
                        "BannerID" => banner_id = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        "Prices" => prices = map.next_value()?,
                        "Coverage" => coverage = map.next_value()?,
                        "AutoBroker" => auto_broker = map.next_value()?,
                        "PhraseID" => {
                            phrase_id = rt::wire::optional_value(
                                &mut map,
                                "PhraseID",
                                &mut unknown_fields,
                            )?;
                        }
                        "CurrentOnSearch" => current_on_search = map.next_value()?,
                        "CampaignID" => campaign_id = map.next_value()?,
                        "MinPrice" => min_price = map.next_value()?,
                        "AutoBudgetPriority" => auto_budget_priority = map.next_value()?,
                        "StatusPhraseModerate" => {
                            status_phrase_moderate = map.next_value()?;
                        }
                        "ContextLowCTR" => context_low_ctr = map.next_value()?,
                        "UserParams" => user_params = map.next_value()?,
                        "AuctionBids" => auction_bids = map.next_value()?,
                        "AdGroupID" => ad_group_id = map.next_value()?,
                        "StatusPaused" => status_paused = map.next_value()?,
                        "ContextClicks" => context_clicks = map.next_value()?,
                        "ContextShows" => context_shows = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannerPhraseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannerPhraseInfo {
                    phrase,
                    is_rubric,
                    clicks,
                    first_place_clicks,
                    premium_clicks,
                    shows,
                    min,
                    max,
                    premium_min,
                    premium_max,
                    ctr,
                    first_place_ctr,
                    premium_ctr,
                    low_ctr_warning,
                    low_ctr,
                    context_price,
                    context_coverage,
                    banner_id,
                    price,
                    prices,
                    coverage,
                    auto_broker,
                    phrase_id,
                    current_on_search,
                    campaign_id,
                    min_price,
                    auto_budget_priority,
                    status_phrase_moderate,
                    context_low_ctr,
                    user_params,
                    auction_bids,
                    ad_group_id,
                    status_paused,
                    context_clicks,
                    context_shows,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for BannerTagsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.banner_id {
            map.serialize_entry("BannerID", value)?;
        }
        if self.tag_ids.is_present() {
            map.serialize_entry("TagIDS", &self.tag_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannerTagsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannerTagsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannerTagsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannerTagsInfo, A::Error> {
                let mut banner_id = ::core::option::Option::None;
                let mut tag_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BannerID" => {
                            banner_id = rt::wire::optional_value(
                                &mut map,
                                "BannerID",
                                &mut unknown_fields,
                            )?;
                        }
                        "TagIDS" => tag_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannerTagsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannerTagsInfo {
                    banner_id,
                    tag_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for BannersRequestInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.banner_ids.is_present() {
            map.serialize_entry("BannerIDS", &self.banner_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannersRequestInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannersRequestInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannersRequestInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannersRequestInfo, A::Error> {
                let mut campaign_ids = rt::Nullable::Absent;
                let mut banner_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "BannerIDS" => banner_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannersRequestInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannersRequestInfo {
                    campaign_ids,
                    banner_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for CampaignIdsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIDS", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignIdsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignIdsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignIDSInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignIdsInfo, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIDS",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignIDSInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignIdsInfo {
                    campaign_ids,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for CampaignTagsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignID", value)?;
        }
        if self.tags.is_present() {
            map.serialize_entry("Tags", &self.tags)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignTagsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignTagsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignTagsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignTagsInfo, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut tags = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tags" => tags = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignTagsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignTagsInfo {
                    campaign_id,
                    tags,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_custom_transaction_id(mut self, value: ::std::string::String) -> Self {
        self.custom_transaction_id = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckPaymentInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.custom_transaction_id {
            map.serialize_entry("CustomTransactionID", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckPaymentInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckPaymentInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckPaymentInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckPaymentInfo, A::Error> {
                let mut custom_transaction_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CustomTransactionID" => {
                            custom_transaction_id = rt::wire::optional_value(
                                &mut map,
                                "CustomTransactionID",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckPaymentInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckPaymentInfo {
                    custom_transaction_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for ClientsUnitInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.units_rest {
            map.serialize_entry("UnitsRest", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientsUnitInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientsUnitInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientsUnitInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientsUnitInfo, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut units_rest = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnitsRest" => {
                            units_rest = rt::wire::optional_value(
                                &mut map,
                                "UnitsRest",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientsUnitInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientsUnitInfo {
                    login,
                    units_rest,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for CoverageInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.probability {
            map.serialize_entry("Probability", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CoverageInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CoverageInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CoverageInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CoverageInfo, A::Error> {
                let mut probability = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Probability" => {
                            probability = rt::wire::optional_value(
                                &mut map,
                                "Probability",
                                &mut unknown_fields,
                            )?;
                        }
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
                                "CoverageInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CoverageInfo {
                    probability,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for CreateInvoiceInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateInvoiceInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreateInvoiceInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreateInvoiceInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreateInvoiceInfo, A::Error> {
                let mut payments = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreateInvoiceInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreateInvoiceInfo {
                    payments,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for CreditLimitsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limits {
            map.serialize_entry("Limits", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreditLimitsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreditLimitsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreditLimitsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreditLimitsInfo, A::Error> {
                let mut currency = ::core::option::Option::None;
                let mut limits = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Limits" => {
                            limits = rt::wire::optional_value(
                                &mut map,
                                "Limits",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreditLimitsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreditLimitsInfo {
                    currency,
                    limits,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_contract_id(mut self, value: ::std::string::String) -> Self {
        self.contract_id = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for CreditLimitsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.contract_id {
            map.serialize_entry("ContractID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("Limit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit_spent {
            map.serialize_entry("LimitSpent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreditLimitsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreditLimitsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreditLimitsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreditLimitsItem, A::Error> {
                let mut contract_id = ::core::option::Option::None;
                let mut limit = ::core::option::Option::None;
                let mut limit_spent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ContractID" => {
                            contract_id = rt::wire::optional_value(
                                &mut map,
                                "ContractID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Limit" => {
                            limit = rt::wire::optional_value(
                                &mut map,
                                "Limit",
                                &mut unknown_fields,
                            )?;
                        }
                        "LimitSpent" => {
                            limit_spent = rt::wire::optional_value(
                                &mut map,
                                "LimitSpent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreditLimitsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreditLimitsItem {
                    contract_id,
                    limit,
                    limit_spent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_email(mut self, value: ::std::string::String) -> Self {
        self.email = rt::Nullable::Value(value);
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
    pub fn with_paused_by_day_budget(mut self, value: ::std::string::String) -> Self {
        self.paused_by_day_budget = rt::Nullable::Value(value);
        self
    }
    /// Sets `SendAccNews`.
    #[inline]
    #[must_use]
    pub fn with_send_acc_news(mut self, value: ::std::string::String) -> Self {
        self.send_acc_news = rt::Nullable::Value(value);
        self
    }
    /// Sets `SendWarn`.
    #[inline]
    #[must_use]
    pub fn with_send_warn(mut self, value: ::std::string::String) -> Self {
        self.send_warn = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for EmailNotificationInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.email.is_present() {
            map.serialize_entry("Email", &self.email)?;
        }
        if let ::core::option::Option::Some(value) = &self.warn_place_interval {
            map.serialize_entry("WarnPlaceInterval", value)?;
        }
        if self.money_warning_value.is_present() {
            map.serialize_entry("MoneyWarningValue", &self.money_warning_value)?;
        }
        if self.paused_by_day_budget.is_present() {
            map.serialize_entry("PausedByDayBudget", &self.paused_by_day_budget)?;
        }
        if self.send_acc_news.is_present() {
            map.serialize_entry("SendAccNews", &self.send_acc_news)?;
        }
        if self.send_warn.is_present() {
            map.serialize_entry("SendWarn", &self.send_warn)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailNotificationInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmailNotificationInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmailNotificationInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmailNotificationInfo, A::Error> {
                let mut email = rt::Nullable::Absent;
                let mut warn_place_interval = ::core::option::Option::None;
                let mut money_warning_value = rt::Nullable::Absent;
                let mut paused_by_day_budget = rt::Nullable::Absent;
                let mut send_acc_news = rt::Nullable::Absent;
                let mut send_warn = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => email = map.next_value()?,
                        "WarnPlaceInterval" => {
                            warn_place_interval = rt::wire::optional_value(
                                &mut map,
                                "WarnPlaceInterval",
                                &mut unknown_fields,
                            )?;
                        }
                        "MoneyWarningValue" => money_warning_value = map.next_value()?,
                        "PausedByDayBudget" => paused_by_day_budget = map.next_value()?,
                        "SendAccNews" => send_acc_news = map.next_value()?,
                        "SendWarn" => send_warn = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EmailNotificationInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EmailNotificationInfo {
                    email,
                    warn_place_interval,
                    money_warning_value,
                    paused_by_day_budget,
                    send_acc_news,
                    send_warn,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for EnableSharedAccountRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EnableSharedAccountRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EnableSharedAccountRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EnableSharedAccountRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EnableSharedAccountRequest, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EnableSharedAccountRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EnableSharedAccountRequest {
                    login,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = rt::Nullable::Value(value);
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
impl ::serde::Serialize for EnableSharedAccountResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EnableSharedAccountResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EnableSharedAccountResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EnableSharedAccountResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EnableSharedAccountResponse, A::Error> {
                let mut errors = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Errors" => errors = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EnableSharedAccountResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EnableSharedAccountResponse {
                    errors,
                    login,
                    account_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_fault_string(mut self, value: ::std::string::String) -> Self {
        self.fault_string = ::core::option::Option::Some(value);
        self
    }
    /// Sets `FaultDetail`.
    #[inline]
    #[must_use]
    pub fn with_fault_detail(mut self, value: ::std::string::String) -> Self {
        self.fault_detail = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for Error {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.fault_code {
            map.serialize_entry("FaultCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.fault_string {
            map.serialize_entry("FaultString", value)?;
        }
        if self.fault_detail.is_present() {
            map.serialize_entry("FaultDetail", &self.fault_detail)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Error;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Error` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Error, A::Error> {
                let mut fault_code = ::core::option::Option::None;
                let mut fault_string = ::core::option::Option::None;
                let mut fault_detail = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FaultCode" => {
                            fault_code = rt::wire::optional_value(
                                &mut map,
                                "FaultCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "FaultString" => {
                            fault_string = rt::wire::optional_value(
                                &mut map,
                                "FaultString",
                                &mut unknown_fields,
                            )?;
                        }
                        "FaultDetail" => fault_detail = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Error",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Error {
                    fault_code,
                    fault_string,
                    fault_detail,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_text_description(mut self, value: ::std::string::String) -> Self {
        self.text_description = rt::Nullable::Value(value);
        self
    }
    /// Sets `EventType`.
    #[inline]
    #[must_use]
    pub fn with_event_type(mut self, value: ::std::string::String) -> Self {
        self.event_type = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(mut self, value: ::std::string::String) -> Self {
        self.timestamp = ::core::option::Option::Some(value);
        self
    }
    /// Sets `EventName`.
    #[inline]
    #[must_use]
    pub fn with_event_name(mut self, value: ::std::string::String) -> Self {
        self.event_name = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for EventsLogItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.banner_id.is_present() {
            map.serialize_entry("BannerID", &self.banner_id)?;
        }
        if self.phrase_id.is_present() {
            map.serialize_entry("PhraseID", &self.phrase_id)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        if self.text_description.is_present() {
            map.serialize_entry("TextDescription", &self.text_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.event_type {
            map.serialize_entry("EventType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.timestamp {
            map.serialize_entry("Timestamp", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.event_name {
            map.serialize_entry("EventName", value)?;
        }
        if self.attributes.is_present() {
            map.serialize_entry("Attributes", &self.attributes)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EventsLogItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EventsLogItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EventsLogItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EventsLogItem, A::Error> {
                let mut campaign_id = rt::Nullable::Absent;
                let mut banner_id = rt::Nullable::Absent;
                let mut phrase_id = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut text_description = rt::Nullable::Absent;
                let mut event_type = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut event_name = ::core::option::Option::None;
                let mut attributes = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => campaign_id = map.next_value()?,
                        "BannerID" => banner_id = map.next_value()?,
                        "PhraseID" => phrase_id = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        "TextDescription" => text_description = map.next_value()?,
                        "EventType" => {
                            event_type = rt::wire::optional_value(
                                &mut map,
                                "EventType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Timestamp" => {
                            timestamp = rt::wire::optional_value(
                                &mut map,
                                "Timestamp",
                                &mut unknown_fields,
                            )?;
                        }
                        "EventName" => {
                            event_name = rt::wire::optional_value(
                                &mut map,
                                "EventName",
                                &mut unknown_fields,
                            )?;
                        }
                        "Attributes" => attributes = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EventsLogItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EventsLogItem {
                    campaign_id,
                    banner_id,
                    phrase_id,
                    account_id,
                    text_description,
                    event_type,
                    timestamp,
                    event_name,
                    attributes,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_moderation_result(mut self, value: ::std::string::String) -> Self {
        self.moderation_result = rt::Nullable::Value(value);
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
    pub fn with_finish_date(mut self, value: ::std::string::String) -> Self {
        self.finish_date = rt::Nullable::Value(value);
        self
    }
    /// Sets `OldPlace`.
    #[inline]
    #[must_use]
    pub fn with_old_place(mut self, value: ::std::string::String) -> Self {
        self.old_place = rt::Nullable::Value(value);
        self
    }
    /// Sets `IsEditedByModerator`.
    #[inline]
    #[must_use]
    pub fn with_is_edited_by_moderator(mut self, value: ::std::string::String) -> Self {
        self.is_edited_by_moderator = rt::Nullable::Value(value);
        self
    }
    /// Sets `StopTime`.
    #[inline]
    #[must_use]
    pub fn with_stop_time(mut self, value: ::std::string::String) -> Self {
        self.stop_time = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for EventsLogItemAttributes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.moderation_result.is_present() {
            map.serialize_entry("ModerationResult", &self.moderation_result)?;
        }
        if self.min_price.is_present() {
            map.serialize_entry("MinPrice", &self.min_price)?;
        }
        if self.rest.is_present() {
            map.serialize_entry("Rest", &self.rest)?;
        }
        if self.payed.is_present() {
            map.serialize_entry("Payed", &self.payed)?;
        }
        if self.finish_date.is_present() {
            map.serialize_entry("FinishDate", &self.finish_date)?;
        }
        if self.old_place.is_present() {
            map.serialize_entry("OldPlace", &self.old_place)?;
        }
        if self.is_edited_by_moderator.is_present() {
            map.serialize_entry("IsEditedByModerator", &self.is_edited_by_moderator)?;
        }
        if self.stop_time.is_present() {
            map.serialize_entry("StopTime", &self.stop_time)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EventsLogItemAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EventsLogItemAttributes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EventsLogItemAttributes` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EventsLogItemAttributes, A::Error> {
                let mut moderation_result = rt::Nullable::Absent;
                let mut min_price = rt::Nullable::Absent;
                let mut rest = rt::Nullable::Absent;
                let mut payed = rt::Nullable::Absent;
                let mut finish_date = rt::Nullable::Absent;
                let mut old_place = rt::Nullable::Absent;
                let mut is_edited_by_moderator = rt::Nullable::Absent;
                let mut stop_time = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ModerationResult" => moderation_result = map.next_value()?,
                        "MinPrice" => min_price = map.next_value()?,
                        "Rest" => rest = map.next_value()?,
                        "Payed" => payed = map.next_value()?,
                        "FinishDate" => finish_date = map.next_value()?,
                        "OldPlace" => old_place = map.next_value()?,
                        "IsEditedByModerator" => {
                            is_edited_by_moderator = map.next_value()?;
                        }
                        "StopTime" => stop_time = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EventsLogItemAttributes",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EventsLogItemAttributes {
                    moderation_result,
                    min_price,
                    rest,
                    payed,
                    finish_date,
                    old_place,
                    is_edited_by_moderator,
                    stop_time,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_geo(mut self, value: ::std::string::String) -> Self {
        self.geo = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for ForecastCommonInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.geo {
            map.serialize_entry("Geo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shows {
            map.serialize_entry("Shows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.clicks {
            map.serialize_entry("Clicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.first_place_clicks {
            map.serialize_entry("FirstPlaceClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.premium_clicks {
            map.serialize_entry("PremiumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.min {
            map.serialize_entry("Min", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max {
            map.serialize_entry("Max", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.premium_min {
            map.serialize_entry("PremiumMin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ForecastCommonInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ForecastCommonInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ForecastCommonInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ForecastCommonInfo, A::Error> {
                let mut geo = ::core::option::Option::None;
                let mut shows = ::core::option::Option::None;
                let mut clicks = ::core::option::Option::None;
                let mut first_place_clicks = ::core::option::Option::None;
                let mut premium_clicks = ::core::option::Option::None;
                let mut min = ::core::option::Option::None;
                let mut max = ::core::option::Option::None;
                let mut premium_min = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Geo" => {
                            geo = rt::wire::optional_value(
                                &mut map,
                                "Geo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Shows" => {
                            shows = rt::wire::optional_value(
                                &mut map,
                                "Shows",
                                &mut unknown_fields,
                            )?;
                        }
                        "Clicks" => {
                            clicks = rt::wire::optional_value(
                                &mut map,
                                "Clicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "FirstPlaceClicks" => {
                            first_place_clicks = rt::wire::optional_value(
                                &mut map,
                                "FirstPlaceClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "PremiumClicks" => {
                            premium_clicks = rt::wire::optional_value(
                                &mut map,
                                "PremiumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "Min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "Min",
                                &mut unknown_fields,
                            )?;
                        }
                        "Max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "Max",
                                &mut unknown_fields,
                            )?;
                        }
                        "PremiumMin" => {
                            premium_min = rt::wire::optional_value(
                                &mut map,
                                "PremiumMin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ForecastCommonInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ForecastCommonInfo {
                    geo,
                    shows,
                    clicks,
                    first_place_clicks,
                    premium_clicks,
                    min,
                    max,
                    premium_min,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_status_forecast(mut self, value: ::std::string::String) -> Self {
        self.status_forecast = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for ForecastStatusInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.forecast_id {
            map.serialize_entry("ForecastID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_forecast {
            map.serialize_entry("StatusForecast", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ForecastStatusInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ForecastStatusInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ForecastStatusInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ForecastStatusInfo, A::Error> {
                let mut forecast_id = ::core::option::Option::None;
                let mut status_forecast = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ForecastID" => {
                            forecast_id = rt::wire::optional_value(
                                &mut map,
                                "ForecastID",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusForecast" => {
                            status_forecast = rt::wire::optional_value(
                                &mut map,
                                "StatusForecast",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ForecastStatusInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ForecastStatusInfo {
                    forecast_id,
                    status_forecast,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for GetEventsLogFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.banner_ids.is_present() {
            map.serialize_entry("BannerIDS", &self.banner_ids)?;
        }
        if self.phrase_ids.is_present() {
            map.serialize_entry("PhraseIDS", &self.phrase_ids)?;
        }
        if self.account_ids.is_present() {
            map.serialize_entry("AccountIDS", &self.account_ids)?;
        }
        if self.event_type.is_present() {
            map.serialize_entry("EventType", &self.event_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetEventsLogFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetEventsLogFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetEventsLogFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetEventsLogFilter, A::Error> {
                let mut campaign_ids = rt::Nullable::Absent;
                let mut banner_ids = rt::Nullable::Absent;
                let mut phrase_ids = rt::Nullable::Absent;
                let mut account_ids = rt::Nullable::Absent;
                let mut event_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "BannerIDS" => banner_ids = map.next_value()?,
                        "PhraseIDS" => phrase_ids = map.next_value()?,
                        "AccountIDS" => account_ids = map.next_value()?,
                        "EventType" => event_type = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetEventsLogFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetEventsLogFilter {
                    campaign_ids,
                    banner_ids,
                    phrase_ids,
                    account_ids,
                    event_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_timestamp_from(mut self, value: ::std::string::String) -> Self {
        self.timestamp_from = ::core::option::Option::Some(value);
        self
    }
    /// Sets `TimestampTo`.
    #[inline]
    #[must_use]
    pub fn with_timestamp_to(mut self, value: ::std::string::String) -> Self {
        self.timestamp_to = rt::Nullable::Value(value);
        self
    }
    /// Sets `LastEventOnly`.
    #[inline]
    #[must_use]
    pub fn with_last_event_only(mut self, value: ::std::string::String) -> Self {
        self.last_event_only = rt::Nullable::Value(value);
        self
    }
    /// Sets `WithTextDescription`.
    #[inline]
    #[must_use]
    pub fn with_with_text_description(mut self, value: ::std::string::String) -> Self {
        self.with_text_description = rt::Nullable::Value(value);
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
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
impl ::serde::Serialize for GetEventsLogRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.timestamp_from {
            map.serialize_entry("TimestampFrom", value)?;
        }
        if self.timestamp_to.is_present() {
            map.serialize_entry("TimestampTo", &self.timestamp_to)?;
        }
        if self.last_event_only.is_present() {
            map.serialize_entry("LastEventOnly", &self.last_event_only)?;
        }
        if self.with_text_description.is_present() {
            map.serialize_entry("WithTextDescription", &self.with_text_description)?;
        }
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.filter.is_present() {
            map.serialize_entry("Filter", &self.filter)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.limit.is_present() {
            map.serialize_entry("Limit", &self.limit)?;
        }
        if self.offset.is_present() {
            map.serialize_entry("Offset", &self.offset)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetEventsLogRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetEventsLogRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetEventsLogRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetEventsLogRequest, A::Error> {
                let mut timestamp_from = ::core::option::Option::None;
                let mut timestamp_to = rt::Nullable::Absent;
                let mut last_event_only = rt::Nullable::Absent;
                let mut with_text_description = rt::Nullable::Absent;
                let mut logins = rt::Nullable::Absent;
                let mut filter = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut limit = rt::Nullable::Absent;
                let mut offset = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TimestampFrom" => {
                            timestamp_from = rt::wire::optional_value(
                                &mut map,
                                "TimestampFrom",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimestampTo" => timestamp_to = map.next_value()?,
                        "LastEventOnly" => last_event_only = map.next_value()?,
                        "WithTextDescription" => {
                            with_text_description = map.next_value()?;
                        }
                        "Logins" => logins = map.next_value()?,
                        "Filter" => filter = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        "Limit" => limit = map.next_value()?,
                        "Offset" => offset = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetEventsLogRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetEventsLogRequest {
                    timestamp_from,
                    timestamp_to,
                    last_event_only,
                    with_text_description,
                    logins,
                    filter,
                    currency,
                    limit,
                    offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for GetForecastInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.categories {
            map.serialize_entry("Categories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phrases {
            map.serialize_entry("Phrases", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.common {
            map.serialize_entry("Common", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetForecastInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetForecastInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetForecastInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetForecastInfo, A::Error> {
                let mut categories = ::core::option::Option::None;
                let mut phrases = ::core::option::Option::None;
                let mut common = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Categories" => {
                            categories = rt::wire::optional_value(
                                &mut map,
                                "Categories",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phrases" => {
                            phrases = rt::wire::optional_value(
                                &mut map,
                                "Phrases",
                                &mut unknown_fields,
                            )?;
                        }
                        "Common" => {
                            common = rt::wire::optional_value(
                                &mut map,
                                "Common",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetForecastInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetForecastInfo {
                    categories,
                    phrases,
                    common,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for GetRetargetingGoalsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRetargetingGoalsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRetargetingGoalsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRetargetingGoalsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRetargetingGoalsRequest, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRetargetingGoalsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRetargetingGoalsRequest {
                    logins,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for KeywordsSuggestionInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.keywords {
            map.serialize_entry("Keywords", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordsSuggestionInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordsSuggestionInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordsSuggestionInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordsSuggestionInfo, A::Error> {
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = rt::wire::optional_value(
                                &mut map,
                                "Keywords",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordsSuggestionInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordsSuggestionInfo {
                    keywords,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
    /// Sets `AuctionBids`.
    #[inline]
    #[must_use]
    pub fn with_auction_bids(mut self, value: ::std::string::String) -> Self {
        self.auction_bids = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for NewForecastInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.categories.is_present() {
            map.serialize_entry("Categories", &self.categories)?;
        }
        if self.phrases.is_present() {
            map.serialize_entry("Phrases", &self.phrases)?;
        }
        if self.common_minus_words.is_present() {
            map.serialize_entry("CommonMinusWords", &self.common_minus_words)?;
        }
        if self.geo_id.is_present() {
            map.serialize_entry("GeoID", &self.geo_id)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.auction_bids.is_present() {
            map.serialize_entry("AuctionBids", &self.auction_bids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewForecastInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NewForecastInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NewForecastInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NewForecastInfo, A::Error> {
                let mut categories = rt::Nullable::Absent;
                let mut phrases = rt::Nullable::Absent;
                let mut common_minus_words = rt::Nullable::Absent;
                let mut geo_id = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut auction_bids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Categories" => categories = map.next_value()?,
                        "Phrases" => phrases = map.next_value()?,
                        "CommonMinusWords" => common_minus_words = map.next_value()?,
                        "GeoID" => geo_id = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        "AuctionBids" => auction_bids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NewForecastInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NewForecastInfo {
                    categories,
                    phrases,
                    common_minus_words,
                    geo_id,
                    currency,
                    auction_bids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for NewWordstatReportInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrases {
            map.serialize_entry("Phrases", value)?;
        }
        if self.geo_id.is_present() {
            map.serialize_entry("GeoID", &self.geo_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewWordstatReportInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NewWordstatReportInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NewWordstatReportInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NewWordstatReportInfo, A::Error> {
                let mut phrases = ::core::option::Option::None;
                let mut geo_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrases" => {
                            phrases = rt::wire::optional_value(
                                &mut map,
                                "Phrases",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoID" => geo_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NewWordstatReportInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NewWordstatReportInfo {
                    phrases,
                    geo_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for PayCampElement {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sum {
            map.serialize_entry("Sum", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampElement {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampElement;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampElement` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampElement, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut sum = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Sum" => {
                            sum = rt::wire::optional_value(
                                &mut map,
                                "Sum",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampElement",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampElement {
                    campaign_id,
                    sum,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_pay_method_id(mut self, value: ::std::string::String) -> Self {
        self.pay_method_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CustomTransactionID`.
    #[inline]
    #[must_use]
    pub fn with_custom_transaction_id(mut self, value: ::std::string::String) -> Self {
        self.custom_transaction_id = ::core::option::Option::Some(value);
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
    pub fn with_version(mut self, value: ::std::string::String) -> Self {
        self.version = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for PayCampaignsByCardInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.pay_method_id {
            map.serialize_entry("PayMethodID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_transaction_id {
            map.serialize_entry("CustomTransactionID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        if self.version.is_present() {
            map.serialize_entry("Version", &self.version)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampaignsByCardInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampaignsByCardInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampaignsByCardInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampaignsByCardInfo, A::Error> {
                let mut pay_method_id = ::core::option::Option::None;
                let mut custom_transaction_id = ::core::option::Option::None;
                let mut payments = ::core::option::Option::None;
                let mut version = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "PayMethodID" => {
                            pay_method_id = rt::wire::optional_value(
                                &mut map,
                                "PayMethodID",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomTransactionID" => {
                            custom_transaction_id = rt::wire::optional_value(
                                &mut map,
                                "CustomTransactionID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        "Version" => version = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampaignsByCardInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampaignsByCardInfo {
                    pay_method_id,
                    custom_transaction_id,
                    payments,
                    version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_contract_id(mut self, value: ::std::string::String) -> Self {
        self.contract_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `PayMethod`.
    #[inline]
    #[must_use]
    pub fn with_pay_method(mut self, value: ::std::string::String) -> Self {
        self.pay_method = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for PayCampaignsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        if self.contract_id.is_present() {
            map.serialize_entry("ContractID", &self.contract_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_method {
            map.serialize_entry("PayMethod", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampaignsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampaignsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampaignsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampaignsInfo, A::Error> {
                let mut payments = ::core::option::Option::None;
                let mut contract_id = rt::Nullable::Absent;
                let mut pay_method = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContractID" => contract_id = map.next_value()?,
                        "PayMethod" => {
                            pay_method = rt::wire::optional_value(
                                &mut map,
                                "PayMethod",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampaignsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampaignsInfo {
                    payments,
                    contract_id,
                    pay_method,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_origin(mut self, value: ::std::string::String) -> Self {
        self.origin = rt::Nullable::Value(value);
        self
    }
    /// Sets `Contract`.
    #[inline]
    #[must_use]
    pub fn with_contract(mut self, value: ::std::string::String) -> Self {
        self.contract = rt::Nullable::Value(value);
        self
    }
    /// Sets `Currency`.
    #[inline]
    #[must_use]
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for Payment {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.account_id {
            map.serialize_entry("AccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if self.origin.is_present() {
            map.serialize_entry("Origin", &self.origin)?;
        }
        if self.contract.is_present() {
            map.serialize_entry("Contract", &self.contract)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Payment {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Payment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Payment` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Payment, A::Error> {
                let mut account_id = ::core::option::Option::None;
                let mut amount = ::core::option::Option::None;
                let mut origin = rt::Nullable::Absent;
                let mut contract = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AccountID" => {
                            account_id = rt::wire::optional_value(
                                &mut map,
                                "AccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "Origin" => origin = map.next_value()?,
                        "Contract" => contract = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Payment",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Payment {
                    account_id,
                    amount,
                    origin,
                    contract,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_position(mut self, value: ::std::string::String) -> Self {
        self.position = rt::Nullable::Value(value);
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
impl ::serde::Serialize for PhraseAuctionBids {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.position.is_present() {
            map.serialize_entry("Position", &self.position)?;
        }
        if self.bid.is_present() {
            map.serialize_entry("Bid", &self.bid)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PhraseAuctionBids {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PhraseAuctionBids;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PhraseAuctionBids` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PhraseAuctionBids, A::Error> {
                let mut position = rt::Nullable::Absent;
                let mut bid = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Position" => position = map.next_value()?,
                        "Bid" => bid = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PhraseAuctionBids",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PhraseAuctionBids {
                    position,
                    bid,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_param1(mut self, value: ::std::string::String) -> Self {
        self.param1 = rt::Nullable::Value(value);
        self
    }
    /// Sets `Param2`.
    #[inline]
    #[must_use]
    pub fn with_param2(mut self, value: ::std::string::String) -> Self {
        self.param2 = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for PhraseUserParams {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.param1.is_present() {
            map.serialize_entry("Param1", &self.param1)?;
        }
        if self.param2.is_present() {
            map.serialize_entry("Param2", &self.param2)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PhraseUserParams {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PhraseUserParams;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PhraseUserParams` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PhraseUserParams, A::Error> {
                let mut param1 = rt::Nullable::Absent;
                let mut param2 = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Param1" => param1 = map.next_value()?,
                        "Param2" => param2 = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PhraseUserParams",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PhraseUserParams {
                    param1,
                    param2,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_date_value(mut self, value: ::std::string::String) -> Self {
        self.date_value = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StrValue`.
    #[inline]
    #[must_use]
    pub fn with_str_value(mut self, value: ::std::string::String) -> Self {
        self.str_value = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for PingApiXInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.int_value {
            map.serialize_entry("IntValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.date_value {
            map.serialize_entry("DateValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.str_value {
            map.serialize_entry("StrValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.int_array {
            map.serialize_entry("IntArray", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.str_array {
            map.serialize_entry("StrArray", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.struct_array {
            map.serialize_entry("StructArray", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PingApiXInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PingApiXInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PingAPI_XInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PingApiXInfo, A::Error> {
                let mut int_value = ::core::option::Option::None;
                let mut date_value = ::core::option::Option::None;
                let mut str_value = ::core::option::Option::None;
                let mut int_array = ::core::option::Option::None;
                let mut str_array = ::core::option::Option::None;
                let mut struct_array = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "IntValue" => {
                            int_value = rt::wire::optional_value(
                                &mut map,
                                "IntValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "DateValue" => {
                            date_value = rt::wire::optional_value(
                                &mut map,
                                "DateValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrValue" => {
                            str_value = rt::wire::optional_value(
                                &mut map,
                                "StrValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "IntArray" => {
                            int_array = rt::wire::optional_value(
                                &mut map,
                                "IntArray",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrArray" => {
                            str_array = rt::wire::optional_value(
                                &mut map,
                                "StrArray",
                                &mut unknown_fields,
                            )?;
                        }
                        "StructArray" => {
                            struct_array = rt::wire::optional_value(
                                &mut map,
                                "StructArray",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PingAPI_XInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PingApiXInfo {
                    int_value,
                    date_value,
                    str_value,
                    int_array,
                    str_array,
                    struct_array,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_field1(mut self, value: ::std::string::String) -> Self {
        self.field1 = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for PingApiXStructInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.field1 {
            map.serialize_entry("Field1", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.field2 {
            map.serialize_entry("Field2", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PingApiXStructInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PingApiXStructInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PingAPI_XStructInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PingApiXStructInfo, A::Error> {
                let mut field1 = ::core::option::Option::None;
                let mut field2 = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Field1" => {
                            field1 = rt::wire::optional_value(
                                &mut map,
                                "Field1",
                                &mut unknown_fields,
                            )?;
                        }
                        "Field2" => {
                            field2 = rt::wire::optional_value(
                                &mut map,
                                "Field2",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PingAPI_XStructInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PingApiXStructInfo {
                    field1,
                    field2,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_type(mut self, value: ::std::string::String) -> Self {
        self.type_ = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for RejectReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RejectReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RejectReason;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RejectReason` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RejectReason, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
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
                                "RejectReason",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RejectReason {
                    type_,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `GoalDomain`.
    #[inline]
    #[must_use]
    pub fn with_goal_domain(mut self, value: ::std::string::String) -> Self {
        self.goal_domain = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Login`.
    #[inline]
    #[must_use]
    pub fn with_login(mut self, value: ::std::string::String) -> Self {
        self.login = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: ::std::string::String) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingGoal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_domain {
            map.serialize_entry("GoalDomain", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingGoal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingGoal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingGoal` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingGoal, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut goal_domain = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalID" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalDomain" => {
                            goal_domain = rt::wire::optional_value(
                                &mut map,
                                "GoalDomain",
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
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingGoal",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingGoal {
                    goal_id,
                    name,
                    goal_domain,
                    login,
                    type_,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_metrica_sms(mut self, value: ::std::string::String) -> Self {
        self.metrica_sms = rt::Nullable::Value(value);
        self
    }
    /// Sets `ModerateResultSms`.
    #[inline]
    #[must_use]
    pub fn with_moderate_result_sms(mut self, value: ::std::string::String) -> Self {
        self.moderate_result_sms = rt::Nullable::Value(value);
        self
    }
    /// Sets `MoneyInSms`.
    #[inline]
    #[must_use]
    pub fn with_money_in_sms(mut self, value: ::std::string::String) -> Self {
        self.money_in_sms = rt::Nullable::Value(value);
        self
    }
    /// Sets `MoneyOutSms`.
    #[inline]
    #[must_use]
    pub fn with_money_out_sms(mut self, value: ::std::string::String) -> Self {
        self.money_out_sms = rt::Nullable::Value(value);
        self
    }
    /// Sets `PausedByDayBudgetSms`.
    #[inline]
    #[must_use]
    pub fn with_paused_by_day_budget_sms(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.paused_by_day_budget_sms = rt::Nullable::Value(value);
        self
    }
    /// Sets `SmsTimeFrom`.
    #[inline]
    #[must_use]
    pub fn with_sms_time_from(mut self, value: ::std::string::String) -> Self {
        self.sms_time_from = rt::Nullable::Value(value);
        self
    }
    /// Sets `SmsTimeTo`.
    #[inline]
    #[must_use]
    pub fn with_sms_time_to(mut self, value: ::std::string::String) -> Self {
        self.sms_time_to = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for SmsNotificationInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.metrica_sms.is_present() {
            map.serialize_entry("MetricaSms", &self.metrica_sms)?;
        }
        if self.moderate_result_sms.is_present() {
            map.serialize_entry("ModerateResultSms", &self.moderate_result_sms)?;
        }
        if self.money_in_sms.is_present() {
            map.serialize_entry("MoneyInSms", &self.money_in_sms)?;
        }
        if self.money_out_sms.is_present() {
            map.serialize_entry("MoneyOutSms", &self.money_out_sms)?;
        }
        if self.paused_by_day_budget_sms.is_present() {
            map.serialize_entry("PausedByDayBudgetSms", &self.paused_by_day_budget_sms)?;
        }
        if self.sms_time_from.is_present() {
            map.serialize_entry("SmsTimeFrom", &self.sms_time_from)?;
        }
        if self.sms_time_to.is_present() {
            map.serialize_entry("SmsTimeTo", &self.sms_time_to)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmsNotificationInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmsNotificationInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmsNotificationInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmsNotificationInfo, A::Error> {
                let mut metrica_sms = rt::Nullable::Absent;
                let mut moderate_result_sms = rt::Nullable::Absent;
                let mut money_in_sms = rt::Nullable::Absent;
                let mut money_out_sms = rt::Nullable::Absent;
                let mut paused_by_day_budget_sms = rt::Nullable::Absent;
                let mut sms_time_from = rt::Nullable::Absent;
                let mut sms_time_to = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MetricaSms" => metrica_sms = map.next_value()?,
                        "ModerateResultSms" => moderate_result_sms = map.next_value()?,
                        "MoneyInSms" => money_in_sms = map.next_value()?,
                        "MoneyOutSms" => money_out_sms = map.next_value()?,
                        "PausedByDayBudgetSms" => {
                            paused_by_day_budget_sms = map.next_value()?;
                        }
                        "SmsTimeFrom" => sms_time_from = map.next_value()?,
                        "SmsTimeTo" => sms_time_to = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmsNotificationInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmsNotificationInfo {
                    metrica_sms,
                    moderate_result_sms,
                    money_in_sms,
                    money_out_sms,
                    paused_by_day_budget_sms,
                    sms_time_from,
                    sms_time_to,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableForStrategy`.
    #[inline]
    #[must_use]
    pub fn with_available_for_strategy(mut self, value: ::std::string::String) -> Self {
        self.available_for_strategy = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableForContextStrategy`.
    #[inline]
    #[must_use]
    pub fn with_available_for_context_strategy(
        mut self,
        value: ::std::string::String,
    ) -> Self {
        self.available_for_context_strategy = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for StatGoalInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_for_strategy {
            map.serialize_entry("AvailableForStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_for_context_strategy
        {
            map.serialize_entry("AvailableForContextStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goals_reached {
            map.serialize_entry("GoalsReached", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_goals_reached {
            map.serialize_entry("ContextGoalsReached", value)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatGoalInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StatGoalInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StatGoalInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StatGoalInfo, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut available_for_strategy = ::core::option::Option::None;
                let mut available_for_context_strategy = ::core::option::Option::None;
                let mut goals_reached = ::core::option::Option::None;
                let mut context_goals_reached = ::core::option::Option::None;
                let mut campaign_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalID" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableForStrategy" => {
                            available_for_strategy = rt::wire::optional_value(
                                &mut map,
                                "AvailableForStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableForContextStrategy" => {
                            available_for_context_strategy = rt::wire::optional_value(
                                &mut map,
                                "AvailableForContextStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalsReached" => {
                            goals_reached = rt::wire::optional_value(
                                &mut map,
                                "GoalsReached",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextGoalsReached" => {
                            context_goals_reached = rt::wire::optional_value(
                                &mut map,
                                "ContextGoalsReached",
                                &mut unknown_fields,
                            )?;
                        }
                        "CampaignID" => campaign_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StatGoalInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StatGoalInfo {
                    goal_id,
                    name,
                    available_for_strategy,
                    available_for_context_strategy,
                    goals_reached,
                    context_goals_reached,
                    campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for StatGoalsCampaignIdInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatGoalsCampaignIdInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StatGoalsCampaignIdInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StatGoalsCampaignIDInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StatGoalsCampaignIdInfo, A::Error> {
                let mut campaign_id = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => campaign_id = map.next_value()?,
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StatGoalsCampaignIDInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StatGoalsCampaignIdInfo {
                    campaign_id,
                    campaign_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_tag(mut self, value: ::std::string::String) -> Self {
        self.tag = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for TagInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tag_id {
            map.serialize_entry("TagID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tag {
            map.serialize_entry("Tag", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TagInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TagInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TagInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TagInfo, A::Error> {
                let mut tag_id = ::core::option::Option::None;
                let mut tag = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TagID" => {
                            tag_id = rt::wire::optional_value(
                                &mut map,
                                "TagID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tag" => {
                            tag = rt::wire::optional_value(
                                &mut map,
                                "Tag",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TagInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TagInfo {
                    tag_id,
                    tag,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_currency(mut self, value: ::std::string::String) -> Self {
        self.currency = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for Transfer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.from_account_id {
            map.serialize_entry("FromAccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.to_account_id {
            map.serialize_entry("ToAccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Transfer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Transfer;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Transfer` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Transfer, A::Error> {
                let mut from_account_id = ::core::option::Option::None;
                let mut to_account_id = ::core::option::Option::None;
                let mut amount = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FromAccountID" => {
                            from_account_id = rt::wire::optional_value(
                                &mut map,
                                "FromAccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "ToAccountID" => {
                            to_account_id = rt::wire::optional_value(
                                &mut map,
                                "ToAccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Transfer",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Transfer {
                    from_account_id,
                    to_account_id,
                    amount,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
impl ::serde::Serialize for TransferMoneyInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.from_campaigns {
            map.serialize_entry("FromCampaigns", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.to_campaigns {
            map.serialize_entry("ToCampaigns", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferMoneyInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TransferMoneyInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TransferMoneyInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TransferMoneyInfo, A::Error> {
                let mut from_campaigns = ::core::option::Option::None;
                let mut to_campaigns = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FromCampaigns" => {
                            from_campaigns = rt::wire::optional_value(
                                &mut map,
                                "FromCampaigns",
                                &mut unknown_fields,
                            )?;
                        }
                        "ToCampaigns" => {
                            to_campaigns = rt::wire::optional_value(
                                &mut map,
                                "ToCampaigns",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TransferMoneyInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TransferMoneyInfo {
                    from_campaigns,
                    to_campaigns,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_link_wsdl(mut self, value: ::std::string::String) -> Self {
        self.link_wsdl = ::core::option::Option::Some(value);
        self
    }
    /// Sets `BorderDate`.
    #[inline]
    #[must_use]
    pub fn with_border_date(mut self, value: ::std::string::String) -> Self {
        self.border_date = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for VersionDesc {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.version_number {
            map.serialize_entry("VersionNumber", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.link_wsdl {
            map.serialize_entry("LinkWSDL", value)?;
        }
        if self.border_date.is_present() {
            map.serialize_entry("BorderDate", &self.border_date)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VersionDesc {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VersionDesc;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VersionDesc` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VersionDesc, A::Error> {
                let mut version_number = ::core::option::Option::None;
                let mut link_wsdl = ::core::option::Option::None;
                let mut border_date = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VersionNumber" => {
                            version_number = rt::wire::optional_value(
                                &mut map,
                                "VersionNumber",
                                &mut unknown_fields,
                            )?;
                        }
                        "LinkWSDL" => {
                            link_wsdl = rt::wire::optional_value(
                                &mut map,
                                "LinkWSDL",
                                &mut unknown_fields,
                            )?;
                        }
                        "BorderDate" => border_date = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VersionDesc",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VersionDesc {
                    version_number,
                    link_wsdl,
                    border_date,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_warning_string(mut self, value: ::std::string::String) -> Self {
        self.warning_string = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(mut self, value: ::std::string::String) -> Self {
        self.description = rt::Nullable::Value(value);
        self
    }
}
impl ::serde::Serialize for Warning {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warning_code {
            map.serialize_entry("WarningCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.warning_string {
            map.serialize_entry("WarningString", value)?;
        }
        if self.description.is_present() {
            map.serialize_entry("Description", &self.description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Warning {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Warning;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Warning` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Warning, A::Error> {
                let mut warning_code = ::core::option::Option::None;
                let mut warning_string = ::core::option::Option::None;
                let mut description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WarningCode" => {
                            warning_code = rt::wire::optional_value(
                                &mut map,
                                "WarningCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "WarningString" => {
                            warning_string = rt::wire::optional_value(
                                &mut map,
                                "WarningString",
                                &mut unknown_fields,
                            )?;
                        }
                        "Description" => description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Warning",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Warning {
                    warning_code,
                    warning_string,
                    description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_phrase(mut self, value: ::std::string::String) -> Self {
        self.phrase = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for WordstatItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrase {
            map.serialize_entry("Phrase", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shows {
            map.serialize_entry("Shows", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatItem, A::Error> {
                let mut phrase = ::core::option::Option::None;
                let mut shows = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => {
                            phrase = rt::wire::optional_value(
                                &mut map,
                                "Phrase",
                                &mut unknown_fields,
                            )?;
                        }
                        "Shows" => {
                            shows = rt::wire::optional_value(
                                &mut map,
                                "Shows",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatItem {
                    phrase,
                    shows,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_phrase(mut self, value: ::std::string::String) -> Self {
        self.phrase = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for WordstatReportInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrase {
            map.serialize_entry("Phrase", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_id {
            map.serialize_entry("GeoID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.searched_with {
            map.serialize_entry("SearchedWith", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.searched_also {
            map.serialize_entry("SearchedAlso", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatReportInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatReportInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatReportInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatReportInfo, A::Error> {
                let mut phrase = ::core::option::Option::None;
                let mut geo_id = ::core::option::Option::None;
                let mut searched_with = ::core::option::Option::None;
                let mut searched_also = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => {
                            phrase = rt::wire::optional_value(
                                &mut map,
                                "Phrase",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoID" => {
                            geo_id = rt::wire::optional_value(
                                &mut map,
                                "GeoID",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchedWith" => {
                            searched_with = rt::wire::optional_value(
                                &mut map,
                                "SearchedWith",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchedAlso" => {
                            searched_also = rt::wire::optional_value(
                                &mut map,
                                "SearchedAlso",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatReportInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatReportInfo {
                    phrase,
                    geo_id,
                    searched_with,
                    searched_also,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    pub fn with_status_report(mut self, value: ::std::string::String) -> Self {
        self.status_report = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for WordstatReportStatusInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.report_id {
            map.serialize_entry("ReportID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_report {
            map.serialize_entry("StatusReport", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatReportStatusInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatReportStatusInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatReportStatusInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatReportStatusInfo, A::Error> {
                let mut report_id = ::core::option::Option::None;
                let mut status_report = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ReportID" => {
                            report_id = rt::wire::optional_value(
                                &mut map,
                                "ReportID",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusReport" => {
                            status_report = rt::wire::optional_value(
                                &mut map,
                                "StatusReport",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatReportStatusInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatReportStatusInfo {
                    report_id,
                    status_report,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
