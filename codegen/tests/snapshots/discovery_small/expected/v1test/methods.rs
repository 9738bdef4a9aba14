// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The methods of Fixture API v1test (`schema/ga4_data/v1test.json`): per method a unit struct implementing `Method` and the
//! struct of its path and query parameters; the `METHODS` table.
/// Reads one thing.
///
/// `GET v1test/{+name}`; quota category core (`fixture.shelves.getThing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetThing;
/// The path and query parameters of [`GetThing`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetThingParams {
    /// The thing's resource name.
    ///
    /// The path parameter `name` (string, matching `^shelves/[^/]+/things/[^/]+$`).
    pub name: ::std::string::String,
    /// How much to return.
    ///
    /// The query parameter `view` (string).
    pub view: ::core::option::Option<::std::string::String>,
    /// The query parameter `withParts` (boolean).
    pub with_parts: ::core::option::Option<bool>,
}
impl ::ga4_data::method::Method for GetThing {
    type Params = GetThingParams;
    type Request = ::ga4_data::method::NoBody;
    type Response = super::types::Thing;
    const NAME: &'static str = "getThing";
    const ID: &'static str = "fixture.shelves.getThing";
    const HTTP_METHOD: ::ga4_data::method::HttpMethod = ::ga4_data::method::HttpMethod::Get;
    const PATH: &'static str = "v1test/{+name}";
    const BASE_URL: &'static str = "https://fixture.example.com/";
    const QUOTA_CATEGORY: ::core::option::Option<::ga4_data::method::QuotaCategory> = ::core::option::Option::Some(
        ::ga4_data::method::QuotaCategory::Core,
    );
    const SCOPES: &'static [&'static str] = &[
        "https://www.example.com/auth/fixture.readonly",
    ];
    fn path_values(params: &GetThingParams) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("name", params.name.as_str()),]
    }
    fn query(
        params: &GetThingParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut query = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &params.view {
            query.push(("view", ::std::string::ToString::to_string(value)));
        }
        if let ::core::option::Option::Some(value) = &params.with_parts {
            query.push(("withParts", ::std::string::ToString::to_string(value)));
        }
        query
    }
}
/// `GET v1test/{+parent}/parts`; quota category: not listed (`fixture.shelves.parts.list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartsList;
/// The path and query parameters of [`PartsList`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartsListParams {
    /// The path parameter `parent` (string).
    pub parent: ::std::string::String,
    /// The query parameter `ids` (int64).
    pub ids: ::std::vec::Vec<i64>,
    /// At most this many.
    ///
    /// The query parameter `pageSize` (int32).
    pub page_size: ::core::option::Option<i32>,
    /// The query parameter `pageToken` (string).
    pub page_token: ::core::option::Option<::std::string::String>,
}
impl ::ga4_data::method::Method for PartsList {
    type Params = PartsListParams;
    type Request = ::ga4_data::method::NoBody;
    type Response = super::types::ListPartsResponse;
    const NAME: &'static str = "parts.list";
    const ID: &'static str = "fixture.shelves.parts.list";
    const HTTP_METHOD: ::ga4_data::method::HttpMethod = ::ga4_data::method::HttpMethod::Get;
    const PATH: &'static str = "v1test/{+parent}/parts";
    const BASE_URL: &'static str = "https://fixture.example.com/";
    const QUOTA_CATEGORY: ::core::option::Option<::ga4_data::method::QuotaCategory> = ::core::option::Option::None;
    const SCOPES: &'static [&'static str] = &[];
    fn path_values(params: &PartsListParams) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("parent", params.parent.as_str()),]
    }
    fn query(
        params: &PartsListParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut query = ::std::vec::Vec::new();
        for value in &params.ids {
            query.push(("ids", ::std::string::ToString::to_string(value)));
        }
        if let ::core::option::Option::Some(value) = &params.page_size {
            query.push(("pageSize", ::std::string::ToString::to_string(value)));
        }
        if let ::core::option::Option::Some(value) = &params.page_token {
            query.push(("pageToken", ::std::string::ToString::to_string(value)));
        }
        query
    }
}
/// Puts a thing on a shelf; long-running.
///
/// `POST v1test/{shelf}/things:shelve`; quota category realtime (two per shelf) (`fixture.shelves.shelve`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shelve;
/// The path and query parameters of [`Shelve`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShelveParams {
    /// The path parameter `shelf` (string).
    pub shelf: ::std::string::String,
}
impl ::ga4_data::method::Method for Shelve {
    type Params = ShelveParams;
    type Request = super::types::Thing;
    type Response = super::types::Operation;
    const NAME: &'static str = "shelve";
    const ID: &'static str = "fixture.shelves.shelve";
    const HTTP_METHOD: ::ga4_data::method::HttpMethod = ::ga4_data::method::HttpMethod::Post;
    const PATH: &'static str = "v1test/{shelf}/things:shelve";
    const BASE_URL: &'static str = "https://fixture.example.com/";
    const QUOTA_CATEGORY: ::core::option::Option<::ga4_data::method::QuotaCategory> = ::core::option::Option::Some(
        ::ga4_data::method::QuotaCategory::Realtime,
    );
    const SCOPES: &'static [&'static str] = &[];
    fn path_values(params: &ShelveParams) -> ::std::vec::Vec<(&'static str, &str)> {
        ::std::vec![("shelf", params.shelf.as_str()),]
    }
    fn query(
        params: &ShelveParams,
    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let _ = params;
        ::std::vec::Vec::new()
    }
}
/// Every method, sorted by name.
pub static METHODS: &[::ga4_data::method::MethodEntry] = &[
    ::ga4_data::method::MethodEntry {
        name: "getThing",
        id: "fixture.shelves.getThing",
        http_method: ::ga4_data::method::HttpMethod::Get,
        path: "v1test/{+name}",
        quota_category: ::core::option::Option::Some(
            ::ga4_data::method::QuotaCategory::Core,
        ),
        request_type: ::core::option::Option::None,
        response_type: ::core::option::Option::Some("Thing"),
        request: ::core::option::Option::None,
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::Thing>,
        ),
    },
    ::ga4_data::method::MethodEntry {
        name: "parts.list",
        id: "fixture.shelves.parts.list",
        http_method: ::ga4_data::method::HttpMethod::Get,
        path: "v1test/{+parent}/parts",
        quota_category: ::core::option::Option::None,
        request_type: ::core::option::Option::None,
        response_type: ::core::option::Option::Some("ListPartsResponse"),
        request: ::core::option::Option::None,
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::ListPartsResponse>,
        ),
    },
    ::ga4_data::method::MethodEntry {
        name: "shelve",
        id: "fixture.shelves.shelve",
        http_method: ::ga4_data::method::HttpMethod::Post,
        path: "v1test/{shelf}/things:shelve",
        quota_category: ::core::option::Option::Some(
            ::ga4_data::method::QuotaCategory::Realtime,
        ),
        request_type: ::core::option::Option::Some("Thing"),
        response_type: ::core::option::Option::Some("Operation"),
        request: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::Thing>,
        ),
        response: ::core::option::Option::Some(
            ::yandex_direct_runtime::wire::reencode::<super::types::Operation>,
        ),
    },
];
