// @generated from schema/direct_v5/adextensiontypes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Shared types, generated from `schema/direct_v5/adextensiontypes.json` (upstream `imports/adextensiontypes.xsd`, sha256 `cc0289be17108d02147a5594d14293d8fa1198488daf3443fc1f94ba788b7a49`).
use crate::runtime as rt;
mod serde;
/// Used in `adextensions::AdExtensionsSelectionCriteria::types`, `AdExtensionBase::type_`, `ads::AdExtensionAdGetItem::type_`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionTypeEnum {
    /// Sent as `CALLOUT`.
    Callout,
    /// Sent as `UNKNOWN`.
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
/// Used in `adextensions::AdExtensionsSelectionCriteria::states`.
///
/// One of the 2 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionStateSelectionEnum {
    /// Sent as `ON`.
    On,
    /// Sent as `DELETED`.
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
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdExtensionStatusSelectionEnum {
    /// Sent as `DRAFT`.
    Draft,
    /// Sent as `MODERATION`.
    Moderation,
    /// Sent as `ACCEPTED`.
    Accepted,
    /// Sent as `REJECTED`.
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
/// Used in `adextensions::AdExtensionAddItem::callout`, `AdExtensionBase::callout`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Callout {
    /// Required. Sent as `CalloutText`.
    pub callout_text: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Callout {
    /// A `Callout` with its required fields (`CalloutText`); the others start absent.
    pub fn new(callout_text: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            callout_text: callout_text.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Extended by `adextensions::AdExtensionGetItem`, `AdExtension`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtensionBase {
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<AdExtensionTypeEnum>,
    /// Optional. Sent as `Callout`.
    pub callout: ::core::option::Option<Callout>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `StatusClarification`.
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
    pub fn with_status_clarification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_clarification = ::core::option::Option::Some(value.into());
        self
    }
}
/// A type the services share (`schema/direct_v5/adextensiontypes.json`). Extends `AdExtensionBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdExtension {
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<AdExtensionTypeEnum>,
    /// Optional. Sent as `Callout`.
    pub callout: ::core::option::Option<Callout>,
    /// Optional. Sent as `State`.
    pub state: ::core::option::Option<super::general::StateEnum>,
    /// Optional. Sent as `Status`.
    pub status: ::core::option::Option<super::general::StatusEnum>,
    /// Optional. Sent as `StatusClarification`.
    pub status_clarification: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `AdExtensionId`.
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
    pub fn with_status_clarification(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_clarification = ::core::option::Option::Some(value.into());
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
/// Used in `AdExtensionSetting::ad_extensions`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionSettingItem {
    /// Required. Sent as `AdExtensionId`.
    pub ad_extension_id: i64,
    /// Required. Sent as `Operation`.
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
/// Used in `ads::ShoppingAdUpdate::callout_setting`, `ads::ListingAdUpdate::callout_setting`, `ads::TextAdUpdateBase::callout_setting` and one more.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdExtensionSetting {
    /// Required. Sent as `AdExtensions`.
    pub ad_extensions: ::std::vec::Vec<AdExtensionSettingItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdExtensionSetting {
    /// A `AdExtensionSetting` with its required fields (`AdExtensions`); the others start absent.
    pub fn new(
        ad_extensions: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdExtensionSettingItem>,
        >,
    ) -> Self {
        Self {
            ad_extensions: ad_extensions
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
