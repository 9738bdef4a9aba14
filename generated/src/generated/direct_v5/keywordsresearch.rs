// @generated from schema/direct_v5/keywordsresearch.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The KeywordsResearch service: `POST /json/v5/keywordsresearch`.
//!
//! Generated from `schema/direct_v5/keywordsresearch.json` (upstream `keywordsresearch.xml`, sha256 `58aae0ff72160f6cc65832a8389651009e814422a607b7dce756d18f5578b122`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "KeywordsResearch",
        endpoint: "keywordsresearch",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `KeywordsResearch.hasSearchVolume` (read): the method with its request and response types, as the client's generic calls take it.
pub const HAS_SEARCH_VOLUME: rt::Method<
    HasSearchVolumeRequest,
    HasSearchVolumeResponse,
> = rt::Method::new(method_info("hasSearchVolume", rt::Access::Read));
/// `KeywordsResearch.deduplicate` (read): the method with its request and response types, as the client's generic calls take it.
pub const DEDUPLICATE: rt::Method<DeduplicateRequest, DeduplicateResponse> = rt::Method::new(
    method_info("deduplicate", rt::Access::Read),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: HAS_SEARCH_VOLUME.info,
        request: rt::method::roundtrip_request::<HasSearchVolumeRequest>,
        response: rt::method::roundtrip_response::<HasSearchVolumeResponse>,
    },
    rt::MethodEntry {
        info: DEDUPLICATE.info,
        request: rt::method::roundtrip_request::<DeduplicateRequest>,
        response: rt::method::roundtrip_response::<DeduplicateResponse>,
    },
];
/// The KeywordsResearch service (`POST /json/v5/keywordsresearch`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct KeywordsResearchService<'a> {
    client: &'a rt::Client,
}
impl<'a> KeywordsResearchService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `KeywordsResearch.hasSearchVolume`: sends `HasSearchVolumeRequest` as `params`, returns `HasSearchVolumeResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn has_search_volume(
        &self,
        params: HasSearchVolumeRequest,
    ) -> ::core::result::Result<rt::Response<HasSearchVolumeResponse>, rt::Error> {
        self.client.call(&HAS_SEARCH_VOLUME.info, &params).await
    }
    /// `KeywordsResearch.deduplicate`: sends `DeduplicateRequest` as `params`, returns `DeduplicateResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn deduplicate(
        &self,
        params: DeduplicateRequest,
    ) -> ::core::result::Result<rt::Response<DeduplicateResponse>, rt::Error> {
        self.client.call(&DEDUPLICATE.info, &params).await
    }
}
/// Used in `HasSearchVolumeRequest::field_names`.
///
/// One of the 6 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HasSearchVolumeFieldEnum {
    /// Sent as `Keyword`.
    Keyword,
    /// Sent as `RegionIds`.
    RegionIds,
    /// Sent as `AllDevices`.
    AllDevices,
    /// Sent as `MobilePhones`.
    MobilePhones,
    /// Sent as `Tablets`.
    Tablets,
    /// Sent as `Desktops`.
    Desktops,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl HasSearchVolumeFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Keyword,
        Self::RegionIds,
        Self::AllDevices,
        Self::MobilePhones,
        Self::Tablets,
        Self::Desktops,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Keyword => "Keyword",
            Self::RegionIds => "RegionIds",
            Self::AllDevices => "AllDevices",
            Self::MobilePhones => "MobilePhones",
            Self::Tablets => "Tablets",
            Self::Desktops => "Desktops",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Keyword" => Self::Keyword,
            "RegionIds" => Self::RegionIds,
            "AllDevices" => Self::AllDevices,
            "MobilePhones" => Self::MobilePhones,
            "Tablets" => Self::Tablets,
            "Desktops" => Self::Desktops,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for HasSearchVolumeFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for HasSearchVolumeFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `HasSearchVolumeResponse::has_search_volume_results`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HasSearchVolumeItem {
    /// Optional. Sent as `Keyword`.
    pub keyword: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `RegionIds`.
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Optional. Sent as `AllDevices`.
    pub all_devices: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `MobilePhones`.
    pub mobile_phones: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Tablets`.
    pub tablets: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Desktops`.
    pub desktops: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeItem {
    /// An empty `HasSearchVolumeItem`: every field absent.
    pub fn new() -> Self {
        Self {
            keyword: ::core::option::Option::None,
            region_ids: ::core::option::Option::None,
            all_devices: ::core::option::Option::None,
            mobile_phones: ::core::option::Option::None,
            tablets: ::core::option::Option::None,
            desktops: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Keyword`.
    #[inline]
    #[must_use]
    pub fn with_keyword(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.keyword = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<i64>>,
    ) -> Self {
        self.region_ids = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AllDevices`.
    #[inline]
    #[must_use]
    pub fn with_all_devices(mut self, value: super::general::YesNoEnum) -> Self {
        self.all_devices = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MobilePhones`.
    #[inline]
    #[must_use]
    pub fn with_mobile_phones(mut self, value: super::general::YesNoEnum) -> Self {
        self.mobile_phones = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Tablets`.
    #[inline]
    #[must_use]
    pub fn with_tablets(mut self, value: super::general::YesNoEnum) -> Self {
        self.tablets = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Desktops`.
    #[inline]
    #[must_use]
    pub fn with_desktops(mut self, value: super::general::YesNoEnum) -> Self {
        self.desktops = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `HasSearchVolumeRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeSelectionCriteria {
    /// Required. Sent as `RegionIds`.
    pub region_ids: ::std::vec::Vec<i64>,
    /// Required. Sent as `Keywords`.
    pub keywords: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeSelectionCriteria {
    /// A `HasSearchVolumeSelectionCriteria` with its required fields (`RegionIds`, `Keywords`); the others start absent.
    pub fn new(
        region_ids: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<i64>,
        >,
        keywords: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_ids: region_ids
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            keywords: keywords.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `KeywordsResearch.hasSearchVolume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: HasSearchVolumeSelectionCriteria,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<HasSearchVolumeFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeRequest {
    /// A `HasSearchVolumeRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: HasSearchVolumeSelectionCriteria,
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<HasSearchVolumeFieldEnum>,
        >,
    ) -> Self {
        Self {
            selection_criteria,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `KeywordsResearch.hasSearchVolume`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeResponse {
    /// Required. Sent as `HasSearchVolumeResults`.
    pub has_search_volume_results: ::std::vec::Vec<HasSearchVolumeItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeResponse {
    /// A `HasSearchVolumeResponse` with its required fields (`HasSearchVolumeResults`); the others start absent.
    pub fn new(
        has_search_volume_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<HasSearchVolumeItem>,
        >,
    ) -> Self {
        Self {
            has_search_volume_results: has_search_volume_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DeduplicateRequest::keywords`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateRequestItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Required. Sent as `Keyword`.
    pub keyword: ::std::string::String,
    /// Optional. Sent as `Weight`.
    pub weight: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateRequestItem {
    /// A `DeduplicateRequestItem` with its required fields (`Keyword`); the others start absent.
    pub fn new(keyword: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            id: ::core::option::Option::None,
            keyword: keyword.into(),
            weight: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Weight`.
    #[inline]
    #[must_use]
    pub fn with_weight(mut self, value: i64) -> Self {
        self.weight = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DeduplicateRequest::operation`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeduplicateOperationEnum {
    /// Sent as `MERGE_DUPLICATES`.
    MergeDuplicates,
    /// Sent as `ELIMINATE_OVERLAPPING`.
    EliminateOverlapping,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl DeduplicateOperationEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::MergeDuplicates,
        Self::EliminateOverlapping,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MergeDuplicates => "MERGE_DUPLICATES",
            Self::EliminateOverlapping => "ELIMINATE_OVERLAPPING",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MERGE_DUPLICATES" => Self::MergeDuplicates,
            "ELIMINATE_OVERLAPPING" => Self::EliminateOverlapping,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for DeduplicateOperationEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for DeduplicateOperationEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// The `params` of `KeywordsResearch.deduplicate`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateRequest {
    /// Optional. Sent as `Operation`.
    pub operation: ::core::option::Option<::std::vec::Vec<DeduplicateOperationEnum>>,
    /// Required. Sent as `Keywords`.
    pub keywords: ::std::vec::Vec<DeduplicateRequestItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateRequest {
    /// A `DeduplicateRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(
        keywords: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DeduplicateRequestItem>,
        >,
    ) -> Self {
        Self {
            operation: ::core::option::Option::None,
            keywords: keywords.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Operation`.
    #[inline]
    #[must_use]
    pub fn with_operation(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DeduplicateOperationEnum>,
        >,
    ) -> Self {
        self.operation = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `DeduplicateResponse::failure`. Extends `general:ActionResult` -> `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateErrorItem {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Required. Sent as `Position`.
    pub position: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateErrorItem {
    /// A `DeduplicateErrorItem` with its required fields (`Position`); the others start absent.
    pub fn new(position: i64) -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            id: ::core::option::Option::None,
            position,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
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
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
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
impl rt::ItemResult for DeduplicateErrorItem {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// Used in `DeduplicateResponse::add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateResponseAddItem {
    /// Required. Sent as `Keyword`.
    pub keyword: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateResponseAddItem {
    /// A `DeduplicateResponseAddItem` with its required fields (`Keyword`); the others start absent.
    pub fn new(keyword: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            keyword: keyword.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `DeduplicateResponse::update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateResponseUpdateItem {
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Required. Sent as `Keyword`.
    pub keyword: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateResponseUpdateItem {
    /// A `DeduplicateResponseUpdateItem` with its required fields (`Id`, `Keyword`); the others start absent.
    pub fn new(
        id: i64,
        keyword: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id,
            keyword: keyword.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `KeywordsResearch.deduplicate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeduplicateResponse {
    /// Optional. Sent as `Add`.
    pub add: ::core::option::Option<::std::vec::Vec<DeduplicateResponseAddItem>>,
    /// Optional. Sent as `Update`.
    pub update: ::core::option::Option<::std::vec::Vec<DeduplicateResponseUpdateItem>>,
    /// Optional. Sent as `Delete`.
    pub delete: ::core::option::Option<super::general::IdsCriteria>,
    /// Optional. Sent as `Failure`.
    pub failure: ::core::option::Option<::std::vec::Vec<DeduplicateErrorItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateResponse {
    /// An empty `DeduplicateResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            add: ::core::option::Option::None,
            update: ::core::option::Option::None,
            delete: ::core::option::Option::None,
            failure: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Add`.
    #[inline]
    #[must_use]
    pub fn with_add(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DeduplicateResponseAddItem>,
        >,
    ) -> Self {
        self.add = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Update`.
    #[inline]
    #[must_use]
    pub fn with_update(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DeduplicateResponseUpdateItem>,
        >,
    ) -> Self {
        self.update = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Delete`.
    #[inline]
    #[must_use]
    pub fn with_delete(mut self, value: super::general::IdsCriteria) -> Self {
        self.delete = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Failure`.
    #[inline]
    #[must_use]
    pub fn with_failure(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<DeduplicateErrorItem>,
        >,
    ) -> Self {
        self.failure = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
