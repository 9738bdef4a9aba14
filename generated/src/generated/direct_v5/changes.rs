// @generated from schema/direct_v5/changes.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The Changes service: `POST /json/v5/changes`.
//!
//! Generated from `schema/direct_v5/changes.json` (upstream `changes.xml`, sha256 `f02a42a8c42f117117a1ca3ef7f17bf40ce4accfef3d31d069352893f57fdf64`).
use crate::runtime as rt;
/// `Changes.checkDictionaries`.
pub const CHECK_DICTIONARIES: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Changes",
    endpoint: "changes",
    method: "checkDictionaries",
    access: rt::Access::Read,
    finance: false,
};
/// `Changes.checkCampaigns`.
pub const CHECK_CAMPAIGNS: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Changes",
    endpoint: "changes",
    method: "checkCampaigns",
    access: rt::Access::Read,
    finance: false,
};
/// `Changes.check`.
pub const CHECK: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "Changes",
    endpoint: "changes",
    method: "check",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: CHECK_DICTIONARIES,
        request: rt::method::roundtrip_request::<CheckDictionariesRequest>,
        response: rt::method::roundtrip_response::<CheckDictionariesResponse>,
    },
    rt::MethodEntry {
        info: CHECK_CAMPAIGNS,
        request: rt::method::roundtrip_request::<CheckCampaignsRequest>,
        response: rt::method::roundtrip_response::<CheckCampaignsResponse>,
    },
    rt::MethodEntry {
        info: CHECK,
        request: rt::method::roundtrip_request::<CheckRequest>,
        response: rt::method::roundtrip_response::<CheckResponse>,
    },
];
/// The Changes service (`POST /json/v5/changes`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct ChangesService<'a> {
    client: &'a rt::Client,
}
impl<'a> ChangesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `Changes.checkDictionaries`: sends `CheckDictionariesRequest` as `params`, returns `CheckDictionariesResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check_dictionaries(
        &self,
        params: CheckDictionariesRequest,
    ) -> ::core::result::Result<rt::Response<CheckDictionariesResponse>, rt::Error> {
        self.client.call(&CHECK_DICTIONARIES, &params).await
    }
    /// `Changes.checkCampaigns`: sends `CheckCampaignsRequest` as `params`, returns `CheckCampaignsResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check_campaigns(
        &self,
        params: CheckCampaignsRequest,
    ) -> ::core::result::Result<rt::Response<CheckCampaignsResponse>, rt::Error> {
        self.client.call(&CHECK_CAMPAIGNS, &params).await
    }
    /// `Changes.check`: sends `CheckRequest` as `params`, returns `CheckResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn check(
        &self,
        params: CheckRequest,
    ) -> ::core::result::Result<rt::Response<CheckResponse>, rt::Error> {
        self.client.call(&CHECK, &params).await
    }
}
/// `CheckDictionariesRequest` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckDictionariesRequest {
    /// `Timestamp`: `xsd:string` (optional).
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckDictionariesRequest {
    /// An empty `CheckDictionariesRequest`: every field absent.
    pub fn new() -> Self {
        Self {
            timestamp: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(mut self, value: ::std::string::String) -> Self {
        self.timestamp = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckDictionariesRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.timestamp {
            map.serialize_entry("Timestamp", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckDictionariesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckDictionariesRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckDictionariesRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckDictionariesRequest, A::Error> {
                let mut timestamp = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Timestamp" => {
                            timestamp = rt::wire::optional_value(
                                &mut map,
                                "Timestamp",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckDictionariesRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckDictionariesRequest {
                    timestamp,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckDictionariesResponse` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckDictionariesResponse {
    /// `TimeZonesChanged`: `general:YesNoEnum` (optional).
    pub time_zones_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// `RegionsChanged`: `general:YesNoEnum` (optional).
    pub regions_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// `InterestsChanged`: `general:YesNoEnum` (optional).
    pub interests_changed: ::core::option::Option<super::general::YesNoEnum>,
    /// `Timestamp`: `xsd:string` (required).
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckDictionariesResponse {
    /// A `CheckDictionariesResponse` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: ::std::string::String) -> Self {
        Self {
            time_zones_changed: ::core::option::Option::None,
            regions_changed: ::core::option::Option::None,
            interests_changed: ::core::option::Option::None,
            timestamp,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `TimeZonesChanged`.
    #[inline]
    #[must_use]
    pub fn with_time_zones_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.time_zones_changed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionsChanged`.
    #[inline]
    #[must_use]
    pub fn with_regions_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.regions_changed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `InterestsChanged`.
    #[inline]
    #[must_use]
    pub fn with_interests_changed(mut self, value: super::general::YesNoEnum) -> Self {
        self.interests_changed = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckDictionariesResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.time_zones_changed {
            map.serialize_entry("TimeZonesChanged", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.regions_changed {
            map.serialize_entry("RegionsChanged", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.interests_changed {
            map.serialize_entry("InterestsChanged", value)?;
        }
        map.serialize_entry("Timestamp", &self.timestamp)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckDictionariesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckDictionariesResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckDictionariesResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckDictionariesResponse, A::Error> {
                let mut time_zones_changed = ::core::option::Option::None;
                let mut regions_changed = ::core::option::Option::None;
                let mut interests_changed = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TimeZonesChanged" => {
                            time_zones_changed = rt::wire::optional_value(
                                &mut map,
                                "TimeZonesChanged",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionsChanged" => {
                            regions_changed = rt::wire::optional_value(
                                &mut map,
                                "RegionsChanged",
                                &mut unknown_fields,
                            )?;
                        }
                        "InterestsChanged" => {
                            interests_changed = rt::wire::optional_value(
                                &mut map,
                                "InterestsChanged",
                                &mut unknown_fields,
                            )?;
                        }
                        "Timestamp" => {
                            timestamp = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckDictionariesResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckDictionariesResponse {
                    time_zones_changed,
                    regions_changed,
                    interests_changed,
                    timestamp: rt::wire::required(timestamp, "Timestamp")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckCampaignsRequest` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckCampaignsRequest {
    /// `Timestamp`: `xsd:string` (required).
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckCampaignsRequest {
    /// A `CheckCampaignsRequest` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: ::std::string::String) -> Self {
        Self {
            timestamp,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CheckCampaignsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Timestamp", &self.timestamp)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckCampaignsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckCampaignsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckCampaignsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckCampaignsRequest, A::Error> {
                let mut timestamp = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Timestamp" => {
                            timestamp = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckCampaignsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckCampaignsRequest {
                    timestamp: rt::wire::required(timestamp, "Timestamp")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CampaignChangesItem` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignChangesItem {
    /// `CampaignId`: `xsd:long` (required).
    pub campaign_id: i64,
    /// `ChangesIn`: array of `CampaignChangesInEnum` (required).
    pub changes_in: ::std::vec::Vec<CampaignChangesInEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignChangesItem {
    /// A `CampaignChangesItem` with its required fields (`CampaignId`, `ChangesIn`); the others start absent.
    pub fn new(
        campaign_id: i64,
        changes_in: ::std::vec::Vec<CampaignChangesInEnum>,
    ) -> Self {
        Self {
            campaign_id,
            changes_in,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CampaignChangesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CampaignId", &self.campaign_id)?;
        map.serialize_entry("ChangesIn", &self.changes_in)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignChangesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignChangesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignChangesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignChangesItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut changes_in = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "ChangesIn" => {
                            changes_in = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignChangesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignChangesItem {
                    campaign_id: rt::wire::required(campaign_id, "CampaignId")?,
                    changes_in: rt::wire::required(changes_in, "ChangesIn")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CampaignChangesInEnum`: one of 3 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CampaignChangesInEnum {
    /// `SELF`
    Self_,
    /// `CHILDREN`
    Children,
    /// `STAT`
    Stat,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CampaignChangesInEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[Self::Self_, Self::Children, Self::Stat];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Self_ => "SELF",
            Self::Children => "CHILDREN",
            Self::Stat => "STAT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SELF" => Self::Self_,
            "CHILDREN" => Self::Children,
            "STAT" => Self::Stat,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CampaignChangesInEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CampaignChangesInEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CampaignChangesInEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignChangesInEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CheckCampaignsResponse` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckCampaignsResponse {
    /// `Campaigns`: array of `CampaignChangesItem` (optional).
    pub campaigns: ::core::option::Option<::std::vec::Vec<CampaignChangesItem>>,
    /// `Timestamp`: `xsd:string` (required).
    pub timestamp: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckCampaignsResponse {
    /// A `CheckCampaignsResponse` with its required fields (`Timestamp`); the others start absent.
    pub fn new(timestamp: ::std::string::String) -> Self {
        Self {
            campaigns: ::core::option::Option::None,
            timestamp,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Campaigns`.
    #[inline]
    #[must_use]
    pub fn with_campaigns(
        mut self,
        value: ::std::vec::Vec<CampaignChangesItem>,
    ) -> Self {
        self.campaigns = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckCampaignsResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaigns {
            map.serialize_entry("Campaigns", value)?;
        }
        map.serialize_entry("Timestamp", &self.timestamp)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckCampaignsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckCampaignsResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckCampaignsResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckCampaignsResponse, A::Error> {
                let mut campaigns = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Campaigns" => {
                            campaigns = rt::wire::optional_value(
                                &mut map,
                                "Campaigns",
                                &mut unknown_fields,
                            )?;
                        }
                        "Timestamp" => {
                            timestamp = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckCampaignsResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckCampaignsResponse {
                    campaigns,
                    timestamp: rt::wire::required(timestamp, "Timestamp")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckRequest` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckRequest {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdIds`: array of `xsd:long` (optional).
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `Timestamp`: `xsd:string` (required).
    pub timestamp: ::std::string::String,
    /// `FieldNames`: array of `CheckFieldEnum` (required).
    pub field_names: ::std::vec::Vec<CheckFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckRequest {
    /// A `CheckRequest` with its required fields (`Timestamp`, `FieldNames`); the others start absent.
    pub fn new(
        timestamp: ::std::string::String,
        field_names: ::std::vec::Vec<CheckFieldEnum>,
    ) -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
            timestamp,
            field_names,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_ids {
            map.serialize_entry("AdIds", value)?;
        }
        map.serialize_entry("Timestamp", &self.timestamp)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckRequest, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut ad_ids = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupIds" => {
                            ad_group_ids = rt::wire::optional_value(
                                &mut map,
                                "AdGroupIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdIds" => {
                            ad_ids = rt::wire::optional_value(
                                &mut map,
                                "AdIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "Timestamp" => {
                            timestamp = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckRequest {
                    campaign_ids,
                    ad_group_ids,
                    ad_ids,
                    timestamp: rt::wire::required(timestamp, "Timestamp")?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckFieldEnum`: one of 4 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckFieldEnum {
    /// `CampaignIds`
    CampaignIds,
    /// `AdGroupIds`
    AdGroupIds,
    /// `AdIds`
    AdIds,
    /// `CampaignsStat`
    CampaignsStat,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl CheckFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::CampaignIds,
        Self::AdGroupIds,
        Self::AdIds,
        Self::CampaignsStat,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignIds => "CampaignIds",
            Self::AdGroupIds => "AdGroupIds",
            Self::AdIds => "AdIds",
            Self::CampaignsStat => "CampaignsStat",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "CampaignIds" => Self::CampaignIds,
            "AdGroupIds" => Self::AdGroupIds,
            "AdIds" => Self::AdIds,
            "CampaignsStat" => Self::CampaignsStat,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for CheckFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for CheckFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl ::serde::Serialize for CheckFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `CheckResponse` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponse {
    /// `Modified`: `CheckResponseModified` (optional).
    pub modified: ::core::option::Option<CheckResponseModified>,
    /// `NotFound`: `CheckResponseIds` (optional).
    pub not_found: ::core::option::Option<CheckResponseIds>,
    /// `Unprocessed`: `CheckResponseIds` (optional).
    pub unprocessed: ::core::option::Option<CheckResponseIds>,
    /// `Timestamp`: `xsd:string` (optional).
    pub timestamp: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponse {
    /// An empty `CheckResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            modified: ::core::option::Option::None,
            not_found: ::core::option::Option::None,
            unprocessed: ::core::option::Option::None,
            timestamp: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Modified`.
    #[inline]
    #[must_use]
    pub fn with_modified(mut self, value: CheckResponseModified) -> Self {
        self.modified = ::core::option::Option::Some(value);
        self
    }
    /// Sets `NotFound`.
    #[inline]
    #[must_use]
    pub fn with_not_found(mut self, value: CheckResponseIds) -> Self {
        self.not_found = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Unprocessed`.
    #[inline]
    #[must_use]
    pub fn with_unprocessed(mut self, value: CheckResponseIds) -> Self {
        self.unprocessed = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Timestamp`.
    #[inline]
    #[must_use]
    pub fn with_timestamp(mut self, value: ::std::string::String) -> Self {
        self.timestamp = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.modified {
            map.serialize_entry("Modified", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.not_found {
            map.serialize_entry("NotFound", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.unprocessed {
            map.serialize_entry("Unprocessed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.timestamp {
            map.serialize_entry("Timestamp", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckResponse, A::Error> {
                let mut modified = ::core::option::Option::None;
                let mut not_found = ::core::option::Option::None;
                let mut unprocessed = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Modified" => {
                            modified = rt::wire::optional_value(
                                &mut map,
                                "Modified",
                                &mut unknown_fields,
                            )?;
                        }
                        "NotFound" => {
                            not_found = rt::wire::optional_value(
                                &mut map,
                                "NotFound",
                                &mut unknown_fields,
                            )?;
                        }
                        "Unprocessed" => {
                            unprocessed = rt::wire::optional_value(
                                &mut map,
                                "Unprocessed",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckResponse {
                    modified,
                    not_found,
                    unprocessed,
                    timestamp,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckResponseModified` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponseModified {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdIds`: array of `xsd:long` (optional).
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `CampaignsStat`: array of `CampaignStatItem` (optional).
    pub campaigns_stat: ::core::option::Option<::std::vec::Vec<CampaignStatItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponseModified {
    /// An empty `CheckResponseModified`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
            campaigns_stat: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `CampaignsStat`.
    #[inline]
    #[must_use]
    pub fn with_campaigns_stat(
        mut self,
        value: ::std::vec::Vec<CampaignStatItem>,
    ) -> Self {
        self.campaigns_stat = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckResponseModified {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_ids {
            map.serialize_entry("AdIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaigns_stat {
            map.serialize_entry("CampaignsStat", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckResponseModified {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckResponseModified;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckResponseModified` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckResponseModified, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut ad_ids = ::core::option::Option::None;
                let mut campaigns_stat = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupIds" => {
                            ad_group_ids = rt::wire::optional_value(
                                &mut map,
                                "AdGroupIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdIds" => {
                            ad_ids = rt::wire::optional_value(
                                &mut map,
                                "AdIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "CampaignsStat" => {
                            campaigns_stat = rt::wire::optional_value(
                                &mut map,
                                "CampaignsStat",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckResponseModified",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckResponseModified {
                    campaign_ids,
                    ad_group_ids,
                    ad_ids,
                    campaigns_stat,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CampaignStatItem` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CampaignStatItem {
    /// `CampaignId`: `xsd:long` (required).
    pub campaign_id: i64,
    /// `BorderDate`: `xsd:string` (required).
    pub border_date: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CampaignStatItem {
    /// A `CampaignStatItem` with its required fields (`CampaignId`, `BorderDate`); the others start absent.
    pub fn new(campaign_id: i64, border_date: ::std::string::String) -> Self {
        Self {
            campaign_id,
            border_date,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for CampaignStatItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CampaignId", &self.campaign_id)?;
        map.serialize_entry("BorderDate", &self.border_date)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignStatItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignStatItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignStatItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignStatItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut border_date = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "BorderDate" => {
                            border_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignStatItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignStatItem {
                    campaign_id: rt::wire::required(campaign_id, "CampaignId")?,
                    border_date: rt::wire::required(border_date, "BorderDate")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `CheckResponseIds` (`schema/direct_v5/changes.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckResponseIds {
    /// `CampaignIds`: array of `xsd:long` (optional).
    pub campaign_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdGroupIds`: array of `xsd:long` (optional).
    pub ad_group_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AdIds`: array of `xsd:long` (optional).
    pub ad_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl CheckResponseIds {
    /// An empty `CheckResponseIds`: every field absent.
    pub fn new() -> Self {
        Self {
            campaign_ids: ::core::option::Option::None,
            ad_group_ids: ::core::option::Option::None,
            ad_ids: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `CampaignIds`.
    #[inline]
    #[must_use]
    pub fn with_campaign_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.campaign_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdGroupIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_group_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_group_ids = ::core::option::Option::Some(value);
        self
    }
    /// Sets `AdIds`.
    #[inline]
    #[must_use]
    pub fn with_ad_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ad_ids = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for CheckResponseIds {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_group_ids {
            map.serialize_entry("AdGroupIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ad_ids {
            map.serialize_entry("AdIds", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckResponseIds {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckResponseIds;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckResponseIds` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckResponseIds, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut ad_group_ids = ::core::option::Option::None;
                let mut ad_ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIds" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdGroupIds" => {
                            ad_group_ids = rt::wire::optional_value(
                                &mut map,
                                "AdGroupIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdIds" => {
                            ad_ids = rt::wire::optional_value(
                                &mut map,
                                "AdIds",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckResponseIds",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckResponseIds {
                    campaign_ids,
                    ad_group_ids,
                    ad_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
