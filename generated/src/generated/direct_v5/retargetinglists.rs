// @generated from schema/direct_v5/retargetinglists.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The RetargetingLists service: `POST /json/v5/retargetinglists`.
//!
//! Generated from `schema/direct_v5/retargetinglists.json` (upstream `retargetinglists.xml`, sha256 `f79ea6295fdd2704d991889f76a221fc73800802fef8ae30ac794b782123ea45`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "RetargetingLists",
        endpoint: "retargetinglists",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `RetargetingLists.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `RetargetingLists.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `RetargetingLists.update` (write): the method with its request and response types, as the client's generic calls take it.
pub const UPDATE: rt::Method<UpdateRequest, UpdateResponse> = rt::Method::new(
    method_info("update", rt::Access::Write),
);
/// `RetargetingLists.delete` (write): the method with its request and response types, as the client's generic calls take it.
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
        info: UPDATE.info,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The RetargetingLists service (`POST /json/v5/retargetinglists`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct RetargetingListsService<'a> {
    client: &'a rt::Client,
}
impl<'a> RetargetingListsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `RetargetingLists.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `RetargetingLists.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `RetargetingLists.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE.info, &params).await
    }
    /// `RetargetingLists.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `RetargetingLists.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<RetargetingListGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `RetargetingLists.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 8 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListFieldEnum {
    /// Sent as `Type`.
    Type,
    /// Sent as `Id`.
    Id,
    /// Sent as `Name`.
    Name,
    /// Sent as `Description`.
    Description,
    /// Sent as `Rules`.
    Rules,
    /// Sent as `IsAvailable`.
    IsAvailable,
    /// Sent as `Scope`.
    Scope,
    /// Sent as `AvailableForTargetsInAdGroupTypes`.
    AvailableForTargetsInAdGroupTypes,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RetargetingListFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Type,
        Self::Id,
        Self::Name,
        Self::Description,
        Self::Rules,
        Self::IsAvailable,
        Self::Scope,
        Self::AvailableForTargetsInAdGroupTypes,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Type => "Type",
            Self::Id => "Id",
            Self::Name => "Name",
            Self::Description => "Description",
            Self::Rules => "Rules",
            Self::IsAvailable => "IsAvailable",
            Self::Scope => "Scope",
            Self::AvailableForTargetsInAdGroupTypes => {
                "AvailableForTargetsInAdGroupTypes"
            }
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Type" => Self::Type,
            "Id" => Self::Id,
            "Name" => Self::Name,
            "Description" => Self::Description,
            "Rules" => Self::Rules,
            "IsAvailable" => Self::IsAvailable,
            "Scope" => Self::Scope,
            "AvailableForTargetsInAdGroupTypes" => {
                Self::AvailableForTargetsInAdGroupTypes
            }
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RetargetingListFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RetargetingListFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `RetargetingListGetItem::scope`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListScopeEnum {
    /// Sent as `FOR_TARGETS_AND_ADJUSTMENTS`.
    ForTargetsAndAdjustments,
    /// Sent as `FOR_ADJUSTMENTS_ONLY`.
    ForAdjustmentsOnly,
    /// Sent as `FOR_TARGETS_ONLY`.
    ForTargetsOnly,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RetargetingListScopeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::ForTargetsAndAdjustments,
        Self::ForAdjustmentsOnly,
        Self::ForTargetsOnly,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ForTargetsAndAdjustments => "FOR_TARGETS_AND_ADJUSTMENTS",
            Self::ForAdjustmentsOnly => "FOR_ADJUSTMENTS_ONLY",
            Self::ForTargetsOnly => "FOR_TARGETS_ONLY",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "FOR_TARGETS_AND_ADJUSTMENTS" => Self::ForTargetsAndAdjustments,
            "FOR_ADJUSTMENTS_ONLY" => Self::ForAdjustmentsOnly,
            "FOR_TARGETS_ONLY" => Self::ForTargetsOnly,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RetargetingListScopeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RetargetingListScopeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `RetargetingListRuleItem::operator`.
///
/// One of the 3 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListRuleOperatorEnum {
    /// Sent as `ALL`.
    All,
    /// Sent as `ANY`.
    Any,
    /// Sent as `NONE`.
    None,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RetargetingListRuleOperatorEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::All, Self::Any, Self::None];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Any => "ANY",
            Self::None => "NONE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "ANY" => Self::Any,
            "NONE" => Self::None,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RetargetingListRuleOperatorEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RetargetingListRuleOperatorEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `RetargetingListSelectionCriteria::types`, `RetargetingListGetItem::type_`, `RetargetingListAddItem::type_`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListTypeEnum {
    /// Sent as `RETARGETING`.
    Retargeting,
    /// Sent as `AUDIENCE`.
    Audience,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl RetargetingListTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Retargeting, Self::Audience];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retargeting => "RETARGETING",
            Self::Audience => "AUDIENCE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RETARGETING" => Self::Retargeting,
            "AUDIENCE" => Self::Audience,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for RetargetingListTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for RetargetingListTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `RetargetingListGetItem::available_for_targets_in_ad_group_types`. A list, sent as `{"Items": [...]}`.
pub type AvailableForTargetsInAdGroupTypesArray = rt::Items<
    super::general::AdGroupTypesEnum,
>;
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListSelectionCriteria {
    /// Optional. Sent as `Types`.
    pub types: ::core::option::Option<::std::vec::Vec<RetargetingListTypeEnum>>,
    /// Optional. Sent as `Ids`.
    pub ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListSelectionCriteria {
    /// An empty `RetargetingListSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            types: ::core::option::Option::None,
            ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Types`.
    #[inline]
    #[must_use]
    pub fn with_types(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListTypeEnum>,
        >,
    ) -> Self {
        self.types = ::core::option::Option::Some(
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
/// Used in `RetargetingListRuleItem::arguments`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListRuleArgumentItem {
    /// Optional. Sent as `MembershipLifeSpan`.
    pub membership_life_span: ::core::option::Option<i32>,
    /// Required. Sent as `ExternalId`.
    pub external_id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListRuleArgumentItem {
    /// A `RetargetingListRuleArgumentItem` with its required fields (`ExternalId`); the others start absent.
    pub fn new(external_id: i64) -> Self {
        Self {
            membership_life_span: ::core::option::Option::None,
            external_id,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `MembershipLifeSpan`.
    #[inline]
    #[must_use]
    pub fn with_membership_life_span(mut self, value: i32) -> Self {
        self.membership_life_span = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `RetargetingListBase::rules`, `RetargetingListAddItem::rules`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListRuleItem {
    /// Required. Sent as `Arguments`.
    pub arguments: ::std::vec::Vec<RetargetingListRuleArgumentItem>,
    /// Required. Sent as `Operator`.
    pub operator: RetargetingListRuleOperatorEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListRuleItem {
    /// A `RetargetingListRuleItem` with its required fields (`Arguments`, `Operator`); the others start absent.
    pub fn new(
        arguments: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListRuleArgumentItem>,
        >,
        operator: RetargetingListRuleOperatorEnum,
    ) -> Self {
        Self {
            arguments: arguments.into_iter().map(::core::convert::Into::into).collect(),
            operator,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `RetargetingListGetItem`, `RetargetingListUpdateItem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListBase {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Description`.
    pub description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Rules`.
    pub rules: ::core::option::Option<::std::vec::Vec<RetargetingListRuleItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListBase {
    /// An empty `RetargetingListBase`: every field absent.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            description: rt::Nullable::Absent,
            rules: ::core::option::Option::None,
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
        self.name = ::core::option::Option::Some(value.into());
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
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListRuleItem>,
        >,
    ) -> Self {
        self.rules = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `GetResponse::retargeting_lists`. Extends `RetargetingListBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListGetItem {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Description`.
    pub description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Rules`.
    pub rules: ::core::option::Option<::std::vec::Vec<RetargetingListRuleItem>>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<RetargetingListTypeEnum>,
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `IsAvailable`.
    pub is_available: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Scope`.
    pub scope: ::core::option::Option<RetargetingListScopeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `AvailableForTargetsInAdGroupTypes`.
    pub available_for_targets_in_ad_group_types: rt::Nullable<
        AvailableForTargetsInAdGroupTypesArray,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListGetItem {
    /// An empty `RetargetingListGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            description: rt::Nullable::Absent,
            rules: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            id: ::core::option::Option::None,
            is_available: ::core::option::Option::None,
            scope: ::core::option::Option::None,
            available_for_targets_in_ad_group_types: rt::Nullable::Absent,
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
        self.name = ::core::option::Option::Some(value.into());
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
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListRuleItem>,
        >,
    ) -> Self {
        self.rules = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: RetargetingListTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Id`.
    #[inline]
    #[must_use]
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `IsAvailable`.
    #[inline]
    #[must_use]
    pub fn with_is_available(mut self, value: super::general::YesNoEnum) -> Self {
        self.is_available = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Scope`.
    #[inline]
    #[must_use]
    pub fn with_scope(mut self, value: RetargetingListScopeEnum) -> Self {
        self.scope = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AvailableForTargetsInAdGroupTypes`.
    #[inline]
    #[must_use]
    pub fn with_available_for_targets_in_ad_group_types(
        mut self,
        value: AvailableForTargetsInAdGroupTypesArray,
    ) -> Self {
        self.available_for_targets_in_ad_group_types = rt::Nullable::Value(value);
        self
    }
}
/// Used in `UpdateRequest::retargeting_lists`. Extends `RetargetingListBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListUpdateItem {
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Description`.
    pub description: rt::Nullable<::std::string::String>,
    /// Optional. Sent as `Rules`.
    pub rules: ::core::option::Option<::std::vec::Vec<RetargetingListRuleItem>>,
    /// Required. Sent as `Id`.
    pub id: i64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListUpdateItem {
    /// A `RetargetingListUpdateItem` with its required fields (`Id`); the others start absent.
    pub fn new(id: i64) -> Self {
        Self {
            name: ::core::option::Option::None,
            description: rt::Nullable::Absent,
            rules: ::core::option::Option::None,
            id,
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
        self.name = ::core::option::Option::Some(value.into());
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
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListRuleItem>,
        >,
    ) -> Self {
        self.rules = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// Used in `AddRequest::retargeting_lists`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListAddItem {
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<RetargetingListTypeEnum>,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Optional. Sent as `Description`.
    pub description: ::core::option::Option<::std::string::String>,
    /// Required. Sent as `Rules`.
    pub rules: ::std::vec::Vec<RetargetingListRuleItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListAddItem {
    /// A `RetargetingListAddItem` with its required fields (`Name`, `Rules`); the others start absent.
    pub fn new(
        name: impl ::core::convert::Into<::std::string::String>,
        rules: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListRuleItem>,
        >,
    ) -> Self {
        Self {
            type_: ::core::option::Option::None,
            name: name.into(),
            description: ::core::option::Option::None,
            rules: rules.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: RetargetingListTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::core::option::Option::Some(value.into());
        self
    }
}
/// The `params` of `RetargetingLists.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<RetargetingListSelectionCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<RetargetingListFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(
        mut self,
        value: RetargetingListSelectionCriteria,
    ) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
    }
}
/// The `result` of `RetargetingLists.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `RetargetingLists`.
    pub retargeting_lists: ::core::option::Option<
        ::std::vec::Vec<RetargetingListGetItem>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            retargeting_lists: ::core::option::Option::None,
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
    /// Sets `RetargetingLists`.
    #[inline]
    #[must_use]
    pub fn with_retargeting_lists(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListGetItem>,
        >,
    ) -> Self {
        self.retargeting_lists = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `RetargetingLists.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `RetargetingLists`.
    pub retargeting_lists: ::std::vec::Vec<RetargetingListAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`RetargetingLists`); the others start absent.
    pub fn new(
        retargeting_lists: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListAddItem>,
        >,
    ) -> Self {
        Self {
            retargeting_lists: retargeting_lists
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `RetargetingLists.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// Required. Sent as `AddResults`.
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(
        add_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            add_results: add_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `RetargetingLists.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// Required. Sent as `RetargetingLists`.
    pub retargeting_lists: ::std::vec::Vec<RetargetingListUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`RetargetingLists`); the others start absent.
    pub fn new(
        retargeting_lists: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<RetargetingListUpdateItem>,
        >,
    ) -> Self {
        Self {
            retargeting_lists: retargeting_lists
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `RetargetingLists.update`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// Required. Sent as `UpdateResults`.
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(
        update_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            update_results: update_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `params` of `RetargetingLists.delete`.
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
/// The `result` of `RetargetingLists.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Required. Sent as `DeleteResults`.
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(
        delete_results: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        Self {
            delete_results: delete_results
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
