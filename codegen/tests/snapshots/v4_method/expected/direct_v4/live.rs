// @generated from schema/direct_v4/live.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Live service: `POST /live/v4/json/`.
//!
//! Generated from `schema/direct_v4/live.json`.
//!
//! A tiny v4 Live service.
use ::yandex_direct::runtime as rt;
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
/// `Live.AccountManagement` (write, finance for Action Deposit/Invoice): the method with its request and response types, as the client's generic calls take it.
pub const ACCOUNT_MANAGEMENT: rt::Method<
    AccountManagementRequest,
    ::std::string::String,
> = rt::Method::new(rt::MethodInfo {
    finance_actions: &["Deposit", "Invoice"],
    ..method_info("AccountManagement", rt::Access::Write, true)
});
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
        info: ACCOUNT_MANAGEMENT.info,
        request: rt::method::roundtrip_v4_request::<AccountManagementRequest>,
        response: rt::method::roundtrip_v4_response::<::std::string::String>,
    },
];
/// The Live service (`POST /live/v4/json/`): one async method per API method.
///
/// Left out because the API no longer serves them:
/// - `GetSubClients`: moved to API v5
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
    /// `Live.AccountManagement`: sends `AccountManagementRequest` as `param`, returns `String` from `data`. Writes: never repeated unless the server says it did not execute it.
    ///
    /// Finance operations when `Action` is one of `Deposit`, `Invoice`: for those the client adds `finance_token` and `operation_num` from its finance credentials (and fails without them). Other actions need no finance credentials and take no operation number.
    pub async fn account_management(
        &self,
        param: AccountManagementRequest,
    ) -> ::core::result::Result<rt::Response<::std::string::String>, rt::Error> {
        self.client
            .call_v4(&ACCOUNT_MANAGEMENT.info, ::core::option::Option::Some(&param))
            .await
    }
}
/// The `param` of `Live.GetClientsUnits`. A list, sent as a JSON array.
pub type ArrayOfString = ::std::vec::Vec<::std::string::String>;
/// The `data` of `Live.GetClientsUnits`. A list, sent as a JSON array.
pub type ArrayOfClientsUnitInfo = ::std::vec::Vec<ClientsUnitInfo>;
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
/// The `param` of `Live.AccountManagement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountManagementRequest {
    /// Optional. Sent as `Action`.
    pub action: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AccountManagementRequest {
    /// An empty `AccountManagementRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            action: ::core::option::Option::None,
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
}
/// The `data` of `Live.GetCreditLimits`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditLimitsInfo {
    /// Optional. Sent as `Currency`.
    pub currency: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Limits`.
    pub limits: ::core::option::Option<::std::vec::Vec<rt::FlexNumber<f64>>>,
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
    pub fn with_limits(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<rt::FlexNumber<f64>>,
        >,
    ) -> Self {
        self.limits = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
