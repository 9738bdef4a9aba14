// @generated from schema/direct_v5/adextensiontypes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/adextensiontypes.json` (upstream `imports/adextensiontypes.xsd`, sha256 `cc0289be17108d02147a5594d14293d8fa1198488daf3443fc1f94ba788b7a49`).
use crate::runtime as rt;
/// `AdExtensionTypeEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionTypeEnum {
    /// `CALLOUT`
    Callout,
    /// `UNKNOWN`
    Unknown,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdExtensionTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Callout, Self::Unknown];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Callout => "CALLOUT",
            Self::Unknown => "UNKNOWN",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CALLOUT" => Self::Callout,
            "UNKNOWN" => Self::Unknown,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdExtensionTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdExtensionTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdExtensionTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdExtensionStateSelectionEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionStateSelectionEnum {
    /// `ON`
    On,
    /// `DELETED`
    Deleted,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdExtensionStateSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::On, Self::Deleted];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "ON",
            Self::Deleted => "DELETED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "ON" => Self::On,
            "DELETED" => Self::Deleted,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdExtensionStateSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdExtensionStateSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdExtensionStateSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionStateSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `AdExtensionStatusSelectionEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionStatusSelectionEnum {
    /// `DRAFT`
    Draft,
    /// `MODERATION`
    Moderation,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
    Rejected,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdExtensionStatusSelectionEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Draft,
        Self::Moderation,
        Self::Accepted,
        Self::Rejected,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Moderation => "MODERATION",
            Self::Accepted => "ACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "MODERATION" => Self::Moderation,
            "ACCEPTED" => Self::Accepted,
            "REJECTED" => Self::Rejected,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdExtensionStatusSelectionEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdExtensionStatusSelectionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for AdExtensionStatusSelectionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionStatusSelectionEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `Callout` (`schema/direct_v5/adextensiontypes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Callout {
    /// `CalloutText`: `xsd:string` (required).
    pub callout_text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Callout {
    /// A `Callout` with its required fields (`CalloutText`); the others start absent.
    pub fn new(callout_text: ::std::string::String) -> Self {
        Self {
            callout_text,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for Callout {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CalloutText", &self.callout_text)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Callout {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Callout;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Callout` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Callout, A::Error> {
                let mut callout_text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CalloutText" => {
                            callout_text = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Callout",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Callout {
                    callout_text: rt::wire::required(callout_text, "CalloutText")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdExtensionBase` (`schema/direct_v5/adextensiontypes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtensionBase {
    /// `Type`: `AdExtensionTypeEnum` (optional).
    pub type_: ::core::option::Option<AdExtensionTypeEnum>,
    /// `Callout`: `Callout` (optional).
    pub callout: ::core::option::Option<Callout>,
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionBase {
    /// An empty `AdExtensionBase`: every field absent.
    pub fn new() -> Self {
        Self {
            type_: ::core::option::Option::None,
            callout: ::core::option::Option::None,
            state: ::core::option::Option::None,
            status: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: AdExtensionTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Callout`.
    #[inline]
    #[must_use]
    pub fn with_callout(mut self, value: Callout) -> Self {
        self.callout = ::core::option::Option::Some(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdExtensionBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.callout {
            map.serialize_entry("Callout", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtensionBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtensionBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtensionBase, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut callout = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
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
                        "Callout" => {
                            callout = rt::wire::optional_value(
                                &mut map,
                                "Callout",
                                &mut unknown_fields,
                            )?;
                        }
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtensionBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtensionBase {
                    type_,
                    callout,
                    state,
                    status,
                    status_clarification,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdExtension` (`schema/direct_v5/adextensiontypes.json`). Extends `AdExtensionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtension {
    /// `Type`: `AdExtensionTypeEnum` (optional).
    pub type_: ::core::option::Option<AdExtensionTypeEnum>,
    /// `Callout`: `Callout` (optional).
    pub callout: ::core::option::Option<Callout>,
    /// `State`: `general:StateEnum` (optional).
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// `Status`: `general:StatusEnum` (optional).
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// `StatusClarification`: `xsd:string` (optional).
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// `AdExtensionId`: `xsd:long` (optional).
    pub ad_extension_id: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtension {
    /// An empty `AdExtension`: every field absent.
    pub fn new() -> Self {
        Self {
            type_: ::core::option::Option::None,
            callout: ::core::option::Option::None,
            state: ::core::option::Option::None,
            status: ::core::option::Option::None,
            status_clarification: ::core::option::Option::None,
            ad_extension_id: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: AdExtensionTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Callout`.
    #[inline]
    #[must_use]
    pub fn with_callout(mut self, value: Callout) -> Self {
        self.callout = ::core::option::Option::Some(value);
        self
    }
    /// Sets `State`.
    #[inline]
    #[must_use]
    pub fn with_state(mut self, value: super::general::StateEnum) -> Self {
        self.state = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    #[inline]
    #[must_use]
    pub fn with_status(mut self, value: super::general::StatusEnum) -> Self {
        self.status = ::core::option::Option::Some(value);
        self
    }
    /// Sets `StatusClarification`.
    #[inline]
    #[must_use]
    pub fn with_status_clarification(mut self, value: ::std::string::String) -> Self {
        self.status_clarification = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdExtensionId`.
    #[inline]
    #[must_use]
    pub fn with_ad_extension_id(mut self, value: i64) -> Self {
        self.ad_extension_id = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for AdExtension {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.callout {
            map.serialize_entry("Callout", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.state {
            map.serialize_entry("State", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_clarification {
            map.serialize_entry("StatusClarification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_extension_id {
            map.serialize_entry("AdExtensionId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtension {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtension;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtension` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtension, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut callout = ::core::option::Option::None;
                let mut state = ::core::option::Option::None;
                let mut status = ::core::option::Option::None;
                let mut status_clarification = ::core::option::Option::None;
                let mut ad_extension_id = ::core::option::Option::None;
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
                        "Callout" => {
                            callout = rt::wire::optional_value(
                                &mut map,
                                "Callout",
                                &mut unknown_fields,
                            )?;
                        }
                        "State" => {
                            state = rt::wire::optional_value(
                                &mut map,
                                "State",
                                &mut unknown_fields,
                            )?;
                        }
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusClarification" => {
                            status_clarification = rt::wire::optional_value(
                                &mut map,
                                "StatusClarification",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdExtensionId" => {
                            ad_extension_id = rt::wire::optional_value(
                                &mut map,
                                "AdExtensionId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtension",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtension {
                    type_,
                    callout,
                    state,
                    status,
                    status_clarification,
                    ad_extension_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdExtensionSettingItem` (`schema/direct_v5/adextensiontypes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionSettingItem {
    /// `AdExtensionId`: `xsd:long` (required).
    pub ad_extension_id: i64,
    /// `Operation`: `general:OperationEnum` (required).
    pub operation: super::general::OperationEnum,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionSettingItem {
    /// A `AdExtensionSettingItem` with its required fields (`AdExtensionId`, `Operation`); the others start absent.
    pub fn new(ad_extension_id: i64, operation: super::general::OperationEnum) -> Self {
        Self {
            ad_extension_id,
            operation,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AdExtensionSettingItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdExtensionId", &self.ad_extension_id)?;
        map.serialize_entry("Operation", &self.operation)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionSettingItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtensionSettingItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtensionSettingItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtensionSettingItem, A::Error> {
                let mut ad_extension_id = ::core::option::Option::None;
                let mut operation = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdExtensionId" => {
                            ad_extension_id = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Operation" => {
                            operation = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtensionSettingItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtensionSettingItem {
                    ad_extension_id: rt::wire::required(
                        ad_extension_id,
                        "AdExtensionId",
                    )?,
                    operation: rt::wire::required(operation, "Operation")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `AdExtensionSetting` (`schema/direct_v5/adextensiontypes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionSetting {
    /// `AdExtensions`: array of `AdExtensionSettingItem` (required).
    pub ad_extensions: ::std::vec::Vec<AdExtensionSettingItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionSetting {
    /// A `AdExtensionSetting` with its required fields (`AdExtensions`); the others start absent.
    pub fn new(ad_extensions: ::std::vec::Vec<AdExtensionSettingItem>) -> Self {
        Self {
            ad_extensions,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for AdExtensionSetting {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AdExtensions", &self.ad_extensions)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdExtensionSetting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdExtensionSetting;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdExtensionSetting` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdExtensionSetting, A::Error> {
                let mut ad_extensions = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdExtensions" => {
                            ad_extensions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdExtensionSetting",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdExtensionSetting {
                    ad_extensions: rt::wire::required(ad_extensions, "AdExtensions")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
