// @generated from schema/direct_v5/retargetinglists.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The RetargetingLists service: `POST /json/v5/retargetinglists`.
//!
//! Generated from `schema/direct_v5/retargetinglists.json` (upstream `retargetinglists.xml`, sha256 `f79ea6295fdd2704d991889f76a221fc73800802fef8ae30ac794b782123ea45`).
use crate::runtime as rt;
/// `RetargetingLists.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "RetargetingLists",
    endpoint: "retargetinglists",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `RetargetingLists.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "RetargetingLists",
    endpoint: "retargetinglists",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `RetargetingLists.update`.
pub const UPDATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "RetargetingLists",
    endpoint: "retargetinglists",
    method: "update",
    access: rt::Access::Write,
    finance: false,
};
/// `RetargetingLists.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "RetargetingLists",
    endpoint: "retargetinglists",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: UPDATE,
        request: rt::method::roundtrip_request::<UpdateRequest>,
        response: rt::method::roundtrip_response::<UpdateResponse>,
    },
    rt::MethodEntry {
        info: DELETE,
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
        self.client.call(&GET, &params).await
    }
    /// `RetargetingLists.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `RetargetingLists.update`: sends `UpdateRequest` as `params`, returns `UpdateResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn update(
        &self,
        params: UpdateRequest,
    ) -> ::core::result::Result<rt::Response<UpdateResponse>, rt::Error> {
        self.client.call(&UPDATE, &params).await
    }
    /// `RetargetingLists.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self.page.get_or_insert_with(<super::general::LimitOffset>::default).offset = ::core::option::Option::Some(
            offset,
        );
    }
}
impl rt::paging::PagedResponse for GetResponse {
    type Item = RetargetingListGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<RetargetingListGetItem> {
        self.retargeting_lists.unwrap_or_default()
    }
}
/// `RetargetingListFieldEnum`: one of 8 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListFieldEnum {
    /// `Type`
    Type,
    /// `Id`
    Id,
    /// `Name`
    Name,
    /// `Description`
    Description,
    /// `Rules`
    Rules,
    /// `IsAvailable`
    IsAvailable,
    /// `Scope`
    Scope,
    /// `AvailableForTargetsInAdGroupTypes`
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
impl ::serde::Serialize for RetargetingListFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `RetargetingListScopeEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListScopeEnum {
    /// `FOR_TARGETS_AND_ADJUSTMENTS`
    ForTargetsAndAdjustments,
    /// `FOR_ADJUSTMENTS_ONLY`
    ForAdjustmentsOnly,
    /// `FOR_TARGETS_ONLY`
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
impl ::serde::Serialize for RetargetingListScopeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListScopeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `RetargetingListRuleOperatorEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListRuleOperatorEnum {
    /// `ALL`
    All,
    /// `ANY`
    Any,
    /// `NONE`
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
impl ::serde::Serialize for RetargetingListRuleOperatorEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListRuleOperatorEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `RetargetingListTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetargetingListTypeEnum {
    /// `RETARGETING`
    Retargeting,
    /// `AUDIENCE`
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
impl ::serde::Serialize for RetargetingListTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AvailableForTargetsInAdGroupTypesArray` (`schema/direct_v5/retargetinglists.json`): a list written as `{"Items": [...]}`.
pub type AvailableForTargetsInAdGroupTypesArray = rt::Items<
    super::general::AdGroupTypesEnum,
>;
/// `RetargetingListSelectionCriteria` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListSelectionCriteria {
    /// `Types`: array of `RetargetingListTypeEnum` (optional).
    pub types: ::core::option::Option<::std::vec::Vec<RetargetingListTypeEnum>>,
    /// `Ids`: array of `xsd:long` (optional).
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
        value: ::std::vec::Vec<RetargetingListTypeEnum>,
    ) -> Self {
        self.types = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Ids`.
    #[inline]
    #[must_use]
    pub fn with_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingListSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListSelectionCriteria, A::Error> {
                let mut types = ::core::option::Option::None;
                let mut ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListSelectionCriteria {
                    types,
                    ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListRuleArgumentItem` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListRuleArgumentItem {
    /// `MembershipLifeSpan`: `xsd:int` (optional).
    pub membership_life_span: ::core::option::Option<i32>,
    /// `ExternalId`: `xsd:long` (required).
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
impl ::serde::Serialize for RetargetingListRuleArgumentItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.membership_life_span {
            map.serialize_entry("MembershipLifeSpan", value)?;
        }
        map.serialize_entry("ExternalId", &self.external_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListRuleArgumentItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListRuleArgumentItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListRuleArgumentItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListRuleArgumentItem, A::Error> {
                let mut membership_life_span = ::core::option::Option::None;
                let mut external_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MembershipLifeSpan" => {
                            membership_life_span = rt::wire::optional_value(
                                &mut map,
                                "MembershipLifeSpan",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExternalId" => {
                            external_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListRuleArgumentItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListRuleArgumentItem {
                    membership_life_span,
                    external_id: rt::wire::required(external_id, "ExternalId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListRuleItem` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListRuleItem {
    /// `Arguments`: array of `RetargetingListRuleArgumentItem` (required).
    pub arguments: ::std::vec::Vec<RetargetingListRuleArgumentItem>,
    /// `Operator`: `RetargetingListRuleOperatorEnum` (required).
    pub operator: RetargetingListRuleOperatorEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListRuleItem {
    /// A `RetargetingListRuleItem` with its required fields (`Arguments`, `Operator`); the others start absent.
    pub fn new(
        arguments: ::std::vec::Vec<RetargetingListRuleArgumentItem>,
        operator: RetargetingListRuleOperatorEnum,
    ) -> Self {
        Self {
            arguments,
            operator,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for RetargetingListRuleItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Arguments", &self.arguments)?;
        map.serialize_entry("Operator", &self.operator)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListRuleItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListRuleItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListRuleItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListRuleItem, A::Error> {
                let mut arguments = ::core::option::Option::None;
                let mut operator = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Arguments" => {
                            arguments = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Operator" => {
                            operator = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListRuleItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListRuleItem {
                    arguments: rt::wire::required(arguments, "Arguments")?,
                    operator: rt::wire::required(operator, "Operator")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListBase` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListBase {
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Description`: `xsd:string` (optional, nillable).
    pub description: rt::Nullable<::std::string::String>,
    /// `Rules`: array of `RetargetingListRuleItem` (optional).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(mut self, value: ::std::string::String) -> Self {
        self.description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: ::std::vec::Vec<RetargetingListRuleItem>,
    ) -> Self {
        self.rules = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingListBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.description.is_present() {
            map.serialize_entry("Description", &self.description)?;
        }
        if let ::core::option::Option::Some(value) = &self.rules {
            map.serialize_entry("Rules", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListBase, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut description = rt::Nullable::Absent;
                let mut rules = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "Description" => description = map.next_value()?,
                        "Rules" => {
                            rules = rt::wire::optional_value(
                                &mut map,
                                "Rules",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListBase {
                    name,
                    description,
                    rules,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListGetItem` (`schema/direct_v5/retargetinglists.json`). Extends `RetargetingListBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RetargetingListGetItem {
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Description`: `xsd:string` (optional, nillable).
    pub description: rt::Nullable<::std::string::String>,
    /// `Rules`: array of `RetargetingListRuleItem` (optional).
    pub rules: ::core::option::Option<::std::vec::Vec<RetargetingListRuleItem>>,
    /// `Type`: `RetargetingListTypeEnum` (optional).
    pub type_: ::core::option::Option<RetargetingListTypeEnum>,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `IsAvailable`: `general:YesNoEnum` (optional).
    pub is_available: ::core::option::Option<super::general::YesNoEnum>,
    /// `Scope`: `RetargetingListScopeEnum` (optional).
    pub scope: ::core::option::Option<RetargetingListScopeEnum>,
    /// `AvailableForTargetsInAdGroupTypes`: `AvailableForTargetsInAdGroupTypesArray` (optional, nillable).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(mut self, value: ::std::string::String) -> Self {
        self.description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: ::std::vec::Vec<RetargetingListRuleItem>,
    ) -> Self {
        self.rules = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for RetargetingListGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.description.is_present() {
            map.serialize_entry("Description", &self.description)?;
        }
        if let ::core::option::Option::Some(value) = &self.rules {
            map.serialize_entry("Rules", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.is_available {
            map.serialize_entry("IsAvailable", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.scope {
            map.serialize_entry("Scope", value)?;
        }
        if self.available_for_targets_in_ad_group_types.is_present() {
            map.serialize_entry(
                "AvailableForTargetsInAdGroupTypes",
                &self.available_for_targets_in_ad_group_types,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListGetItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut description = rt::Nullable::Absent;
                let mut rules = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut is_available = ::core::option::Option::None;
                let mut scope = ::core::option::Option::None;
                let mut available_for_targets_in_ad_group_types = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "Description" => description = map.next_value()?,
                        "Rules" => {
                            rules = rt::wire::optional_value(
                                &mut map,
                                "Rules",
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
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "IsAvailable" => {
                            is_available = rt::wire::optional_value(
                                &mut map,
                                "IsAvailable",
                                &mut unknown_fields,
                            )?;
                        }
                        "Scope" => {
                            scope = rt::wire::optional_value(
                                &mut map,
                                "Scope",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableForTargetsInAdGroupTypes" => {
                            available_for_targets_in_ad_group_types = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListGetItem {
                    name,
                    description,
                    rules,
                    type_,
                    id,
                    is_available,
                    scope,
                    available_for_targets_in_ad_group_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListUpdateItem` (`schema/direct_v5/retargetinglists.json`). Extends `RetargetingListBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListUpdateItem {
    /// `Name`: `xsd:string` (optional).
    pub name: ::core::option::Option<::std::string::String>,
    /// `Description`: `xsd:string` (optional, nillable).
    pub description: rt::Nullable<::std::string::String>,
    /// `Rules`: array of `RetargetingListRuleItem` (optional).
    pub rules: ::core::option::Option<::std::vec::Vec<RetargetingListRuleItem>>,
    /// `Id`: `xsd:long` (required).
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
    pub fn with_name(mut self, value: ::std::string::String) -> Self {
        self.name = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Description`.
    #[inline]
    #[must_use]
    pub fn with_description(mut self, value: ::std::string::String) -> Self {
        self.description = rt::Nullable::Value(value);
        self
    }
    /// Sets `Rules`.
    #[inline]
    #[must_use]
    pub fn with_rules(
        mut self,
        value: ::std::vec::Vec<RetargetingListRuleItem>,
    ) -> Self {
        self.rules = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingListUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.description.is_present() {
            map.serialize_entry("Description", &self.description)?;
        }
        if let ::core::option::Option::Some(value) = &self.rules {
            map.serialize_entry("Rules", value)?;
        }
        map.serialize_entry("Id", &self.id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListUpdateItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut description = rt::Nullable::Absent;
                let mut rules = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "Description" => description = map.next_value()?,
                        "Rules" => {
                            rules = rt::wire::optional_value(
                                &mut map,
                                "Rules",
                                &mut unknown_fields,
                            )?;
                        }
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListUpdateItem {
                    name,
                    description,
                    rules,
                    id: rt::wire::required(id, "Id")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `RetargetingListAddItem` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetargetingListAddItem {
    /// `Type`: `RetargetingListTypeEnum` (optional).
    pub type_: ::core::option::Option<RetargetingListTypeEnum>,
    /// `Name`: `xsd:string` (required).
    pub name: ::std::string::String,
    /// `Description`: `xsd:string` (optional).
    pub description: ::core::option::Option<::std::string::String>,
    /// `Rules`: array of `RetargetingListRuleItem` (required).
    pub rules: ::std::vec::Vec<RetargetingListRuleItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl RetargetingListAddItem {
    /// A `RetargetingListAddItem` with its required fields (`Name`, `Rules`); the others start absent.
    pub fn new(
        name: ::std::string::String,
        rules: ::std::vec::Vec<RetargetingListRuleItem>,
    ) -> Self {
        Self {
            type_: ::core::option::Option::None,
            name,
            description: ::core::option::Option::None,
            rules,
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
    pub fn with_description(mut self, value: ::std::string::String) -> Self {
        self.description = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for RetargetingListAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        map.serialize_entry("Name", &self.name)?;
        if let ::core::option::Option::Some(value) = &self.description {
            map.serialize_entry("Description", value)?;
        }
        map.serialize_entry("Rules", &self.rules)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingListAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingListAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingListAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingListAddItem, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut description = ::core::option::Option::None;
                let mut rules = ::core::option::Option::None;
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
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Description" => {
                            description = rt::wire::optional_value(
                                &mut map,
                                "Description",
                                &mut unknown_fields,
                            )?;
                        }
                        "Rules" => {
                            rules = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingListAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingListAddItem {
                    type_,
                    name: rt::wire::required(name, "Name")?,
                    description,
                    rules: rt::wire::required(rules, "Rules")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetRequest` (`schema/direct_v5/retargetinglists.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `RetargetingListSelectionCriteria` (optional).
    pub selection_criteria: ::core::option::Option<RetargetingListSelectionCriteria>,
    /// `FieldNames`: array of `RetargetingListFieldEnum` (required).
    pub field_names: ::std::vec::Vec<RetargetingListFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(field_names: ::std::vec::Vec<RetargetingListFieldEnum>) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names,
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
impl ::serde::Serialize for GetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.page {
            map.serialize_entry("Page", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.selection_criteria {
            map.serialize_entry("SelectionCriteria", value)?;
        }
        map.serialize_entry("FieldNames", &self.field_names)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRequest, A::Error> {
                let mut page = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Page" => {
                            page = rt::wire::optional_value(
                                &mut map,
                                "Page",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => {
                            selection_criteria = rt::wire::optional_value(
                                &mut map,
                                "SelectionCriteria",
                                &mut unknown_fields,
                            )?;
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRequest {
                    page,
                    selection_criteria,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `GetResponse` (`schema/direct_v5/retargetinglists.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `RetargetingLists`: array of `RetargetingListGetItem` (optional).
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
        value: ::std::vec::Vec<RetargetingListGetItem>,
    ) -> Self {
        self.retargeting_lists = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for GetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limited_by {
            map.serialize_entry("LimitedBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.retargeting_lists {
            map.serialize_entry("RetargetingLists", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetResponse, A::Error> {
                let mut limited_by = ::core::option::Option::None;
                let mut retargeting_lists = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitedBy" => {
                            limited_by = rt::wire::optional_value(
                                &mut map,
                                "LimitedBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "RetargetingLists" => {
                            retargeting_lists = rt::wire::optional_value(
                                &mut map,
                                "RetargetingLists",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetResponse {
                    limited_by,
                    retargeting_lists,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddRequest` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `RetargetingLists`: array of `RetargetingListAddItem` (required).
    pub retargeting_lists: ::std::vec::Vec<RetargetingListAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`RetargetingLists`); the others start absent.
    pub fn new(retargeting_lists: ::std::vec::Vec<RetargetingListAddItem>) -> Self {
        Self {
            retargeting_lists,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RetargetingLists", &self.retargeting_lists)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddRequest, A::Error> {
                let mut retargeting_lists = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingLists" => {
                            retargeting_lists = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    retargeting_lists: rt::wire::required(
                        retargeting_lists,
                        "RetargetingLists",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AddResponse` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (required).
    pub add_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// A `AddResponse` with its required fields (`AddResults`); the others start absent.
    pub fn new(add_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            add_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AddResults", &self.add_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddResponse, A::Error> {
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddResponse {
                    add_results: rt::wire::required(add_results, "AddResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateRequest` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `RetargetingLists`: array of `RetargetingListUpdateItem` (required).
    pub retargeting_lists: ::std::vec::Vec<RetargetingListUpdateItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`RetargetingLists`); the others start absent.
    pub fn new(retargeting_lists: ::std::vec::Vec<RetargetingListUpdateItem>) -> Self {
        Self {
            retargeting_lists,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RetargetingLists", &self.retargeting_lists)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateRequest, A::Error> {
                let mut retargeting_lists = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RetargetingLists" => {
                            retargeting_lists = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateRequest {
                    retargeting_lists: rt::wire::required(
                        retargeting_lists,
                        "RetargetingLists",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `UpdateResponse` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateResponse {
    /// `UpdateResults`: array of `general:ActionResult` (required).
    pub update_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl UpdateResponse {
    /// A `UpdateResponse` with its required fields (`UpdateResults`); the others start absent.
    pub fn new(update_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            update_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("UpdateResults", &self.update_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateResponse, A::Error> {
                let mut update_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UpdateResults" => {
                            update_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateResponse {
                    update_results: rt::wire::required(update_results, "UpdateResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteRequest` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
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
impl ::serde::Serialize for DeleteRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeleteResponse` (`schema/direct_v5/retargetinglists.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// `DeleteResults`: array of `general:ActionResult` (required).
    pub delete_results: ::std::vec::Vec<super::general::ActionResult>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// A `DeleteResponse` with its required fields (`DeleteResults`); the others start absent.
    pub fn new(delete_results: ::std::vec::Vec<super::general::ActionResult>) -> Self {
        Self {
            delete_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeleteResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("DeleteResults", &self.delete_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeleteResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeleteResponse, A::Error> {
                let mut delete_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "DeleteResults" => {
                            delete_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeleteResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeleteResponse {
                    delete_results: rt::wire::required(delete_results, "DeleteResults")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
