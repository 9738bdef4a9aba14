// @generated from schema/direct_v5/keywordsresearch.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The KeywordsResearch service: `POST /json/v5/keywordsresearch`.
//!
//! Generated from `schema/direct_v5/keywordsresearch.json` (upstream `keywordsresearch.xml`, sha256 `58aae0ff72160f6cc65832a8389651009e814422a607b7dce756d18f5578b122`).
use crate::runtime as rt;
/// `KeywordsResearch.hasSearchVolume`.
pub const HAS_SEARCH_VOLUME: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "KeywordsResearch",
    endpoint: "keywordsresearch",
    method: "hasSearchVolume",
    access: rt::Access::Read,
    finance: false,
};
/// `KeywordsResearch.deduplicate`.
pub const DEDUPLICATE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "KeywordsResearch",
    endpoint: "keywordsresearch",
    method: "deduplicate",
    access: rt::Access::Read,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: HAS_SEARCH_VOLUME,
        request: rt::method::roundtrip_request::<HasSearchVolumeRequest>,
        response: rt::method::roundtrip_response::<HasSearchVolumeResponse>,
    },
    rt::MethodEntry {
        info: DEDUPLICATE,
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
        self.client.call(&HAS_SEARCH_VOLUME, &params).await
    }
    /// `KeywordsResearch.deduplicate`: sends `DeduplicateRequest` as `params`, returns `DeduplicateResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn deduplicate(
        &self,
        params: DeduplicateRequest,
    ) -> ::core::result::Result<rt::Response<DeduplicateResponse>, rt::Error> {
        self.client.call(&DEDUPLICATE, &params).await
    }
}
/// `HasSearchVolumeFieldEnum`: one of 6 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HasSearchVolumeFieldEnum {
    /// `Keyword`
    Keyword,
    /// `RegionIds`
    RegionIds,
    /// `AllDevices`
    AllDevices,
    /// `MobilePhones`
    MobilePhones,
    /// `Tablets`
    Tablets,
    /// `Desktops`
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
impl ::serde::Serialize for HasSearchVolumeFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for HasSearchVolumeFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `HasSearchVolumeItem` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HasSearchVolumeItem {
    /// `Keyword`: `xsd:string` (optional).
    pub keyword: ::core::option::Option<::std::string::String>,
    /// `RegionIds`: array of `xsd:long` (optional).
    pub region_ids: ::core::option::Option<::std::vec::Vec<i64>>,
    /// `AllDevices`: `general:YesNoEnum` (optional).
    pub all_devices: ::core::option::Option<super::general::YesNoEnum>,
    /// `MobilePhones`: `general:YesNoEnum` (optional).
    pub mobile_phones: ::core::option::Option<super::general::YesNoEnum>,
    /// `Tablets`: `general:YesNoEnum` (optional).
    pub tablets: ::core::option::Option<super::general::YesNoEnum>,
    /// `Desktops`: `general:YesNoEnum` (optional).
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
    pub fn with_keyword(mut self, value: ::std::string::String) -> Self {
        self.keyword = ::core::option::Option::Some(value);
        self
    }
    /// Sets `RegionIds`.
    #[inline]
    #[must_use]
    pub fn with_region_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.region_ids = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for HasSearchVolumeItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.keyword {
            map.serialize_entry("Keyword", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.region_ids {
            map.serialize_entry("RegionIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.all_devices {
            map.serialize_entry("AllDevices", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mobile_phones {
            map.serialize_entry("MobilePhones", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tablets {
            map.serialize_entry("Tablets", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.desktops {
            map.serialize_entry("Desktops", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HasSearchVolumeItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = HasSearchVolumeItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `HasSearchVolumeItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<HasSearchVolumeItem, A::Error> {
                let mut keyword = ::core::option::Option::None;
                let mut region_ids = ::core::option::Option::None;
                let mut all_devices = ::core::option::Option::None;
                let mut mobile_phones = ::core::option::Option::None;
                let mut tablets = ::core::option::Option::None;
                let mut desktops = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keyword" => {
                            keyword = rt::wire::optional_value(
                                &mut map,
                                "Keyword",
                                &mut unknown_fields,
                            )?;
                        }
                        "RegionIds" => {
                            region_ids = rt::wire::optional_value(
                                &mut map,
                                "RegionIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "AllDevices" => {
                            all_devices = rt::wire::optional_value(
                                &mut map,
                                "AllDevices",
                                &mut unknown_fields,
                            )?;
                        }
                        "MobilePhones" => {
                            mobile_phones = rt::wire::optional_value(
                                &mut map,
                                "MobilePhones",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tablets" => {
                            tablets = rt::wire::optional_value(
                                &mut map,
                                "Tablets",
                                &mut unknown_fields,
                            )?;
                        }
                        "Desktops" => {
                            desktops = rt::wire::optional_value(
                                &mut map,
                                "Desktops",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "HasSearchVolumeItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(HasSearchVolumeItem {
                    keyword,
                    region_ids,
                    all_devices,
                    mobile_phones,
                    tablets,
                    desktops,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `HasSearchVolumeSelectionCriteria` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeSelectionCriteria {
    /// `RegionIds`: array of `xsd:long` (required).
    pub region_ids: ::std::vec::Vec<i64>,
    /// `Keywords`: array of `xsd:string` (required).
    pub keywords: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeSelectionCriteria {
    /// A `HasSearchVolumeSelectionCriteria` with its required fields (`RegionIds`, `Keywords`); the others start absent.
    pub fn new(
        region_ids: ::std::vec::Vec<i64>,
        keywords: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_ids,
            keywords,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for HasSearchVolumeSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("RegionIds", &self.region_ids)?;
        map.serialize_entry("Keywords", &self.keywords)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HasSearchVolumeSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = HasSearchVolumeSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `HasSearchVolumeSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<HasSearchVolumeSelectionCriteria, A::Error> {
                let mut region_ids = ::core::option::Option::None;
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RegionIds" => {
                            region_ids = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "HasSearchVolumeSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(HasSearchVolumeSelectionCriteria {
                    region_ids: rt::wire::required(region_ids, "RegionIds")?,
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `HasSearchVolumeRequest` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeRequest {
    /// `SelectionCriteria`: `HasSearchVolumeSelectionCriteria` (required).
    pub selection_criteria: HasSearchVolumeSelectionCriteria,
    /// `FieldNames`: array of `HasSearchVolumeFieldEnum` (required).
    pub field_names: ::std::vec::Vec<HasSearchVolumeFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeRequest {
    /// A `HasSearchVolumeRequest` with its required fields (`SelectionCriteria`, `FieldNames`); the others start absent.
    pub fn new(
        selection_criteria: HasSearchVolumeSelectionCriteria,
        field_names: ::std::vec::Vec<HasSearchVolumeFieldEnum>,
    ) -> Self {
        Self {
            selection_criteria,
            field_names,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for HasSearchVolumeRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HasSearchVolumeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = HasSearchVolumeRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `HasSearchVolumeRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<HasSearchVolumeRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
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
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "HasSearchVolumeRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(HasSearchVolumeRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `HasSearchVolumeResponse` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HasSearchVolumeResponse {
    /// `HasSearchVolumeResults`: array of `HasSearchVolumeItem` (required).
    pub has_search_volume_results: ::std::vec::Vec<HasSearchVolumeItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl HasSearchVolumeResponse {
    /// A `HasSearchVolumeResponse` with its required fields (`HasSearchVolumeResults`); the others start absent.
    pub fn new(has_search_volume_results: ::std::vec::Vec<HasSearchVolumeItem>) -> Self {
        Self {
            has_search_volume_results,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for HasSearchVolumeResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("HasSearchVolumeResults", &self.has_search_volume_results)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HasSearchVolumeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = HasSearchVolumeResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `HasSearchVolumeResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<HasSearchVolumeResponse, A::Error> {
                let mut has_search_volume_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "HasSearchVolumeResults" => {
                            has_search_volume_results = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "HasSearchVolumeResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(HasSearchVolumeResponse {
                    has_search_volume_results: rt::wire::required(
                        has_search_volume_results,
                        "HasSearchVolumeResults",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateRequestItem` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateRequestItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Keyword`: `xsd:string` (required).
    pub keyword: ::std::string::String,
    /// `Weight`: `xsd:long` (optional).
    pub weight: ::core::option::Option<i64>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateRequestItem {
    /// A `DeduplicateRequestItem` with its required fields (`Keyword`); the others start absent.
    pub fn new(keyword: ::std::string::String) -> Self {
        Self {
            id: ::core::option::Option::None,
            keyword,
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
impl ::serde::Serialize for DeduplicateRequestItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        map.serialize_entry("Keyword", &self.keyword)?;
        if let ::core::option::Option::Some(value) = &self.weight {
            map.serialize_entry("Weight", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateRequestItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateRequestItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateRequestItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateRequestItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut weight = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "Keyword" => {
                            keyword = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Weight" => {
                            weight = rt::wire::optional_value(
                                &mut map,
                                "Weight",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateRequestItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateRequestItem {
                    id,
                    keyword: rt::wire::required(keyword, "Keyword")?,
                    weight,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateOperationEnum`: one of 2 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeduplicateOperationEnum {
    /// `MERGE_DUPLICATES`
    MergeDuplicates,
    /// `ELIMINATE_OVERLAPPING`
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
impl ::serde::Serialize for DeduplicateOperationEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateOperationEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `DeduplicateRequest` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateRequest {
    /// `Operation`: array of `DeduplicateOperationEnum` (optional).
    pub operation: ::core::option::Option<::std::vec::Vec<DeduplicateOperationEnum>>,
    /// `Keywords`: array of `DeduplicateRequestItem` (required).
    pub keywords: ::std::vec::Vec<DeduplicateRequestItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateRequest {
    /// A `DeduplicateRequest` with its required fields (`Keywords`); the others start absent.
    pub fn new(keywords: ::std::vec::Vec<DeduplicateRequestItem>) -> Self {
        Self {
            operation: ::core::option::Option::None,
            keywords,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Operation`.
    #[inline]
    #[must_use]
    pub fn with_operation(
        mut self,
        value: ::std::vec::Vec<DeduplicateOperationEnum>,
    ) -> Self {
        self.operation = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DeduplicateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.operation {
            map.serialize_entry("Operation", value)?;
        }
        map.serialize_entry("Keywords", &self.keywords)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateRequest, A::Error> {
                let mut operation = ::core::option::Option::None;
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Operation" => {
                            operation = rt::wire::optional_value(
                                &mut map,
                                "Operation",
                                &mut unknown_fields,
                            )?;
                        }
                        "Keywords" => {
                            keywords = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateRequest {
                    operation,
                    keywords: rt::wire::required(keywords, "Keywords")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateErrorItem` (`schema/direct_v5/keywordsresearch.json`). Extends `general:ActionResult` -> `ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateErrorItem {
    /// `Warnings`: array of `ExceptionNotification` (optional).
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Errors`: array of `ExceptionNotification` (optional).
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `Position`: `xsd:long` (required).
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
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: ::std::vec::Vec<super::general::ExceptionNotification>,
    ) -> Self {
        self.errors = ::core::option::Option::Some(value);
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
impl ::serde::Serialize for DeduplicateErrorItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        map.serialize_entry("Position", &self.position)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateErrorItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateErrorItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateErrorItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateErrorItem, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut id = ::core::option::Option::None;
                let mut position = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => {
                            warnings = rt::wire::optional_value(
                                &mut map,
                                "Warnings",
                                &mut unknown_fields,
                            )?;
                        }
                        "Errors" => {
                            errors = rt::wire::optional_value(
                                &mut map,
                                "Errors",
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
                        "Position" => {
                            position = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateErrorItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateErrorItem {
                    warnings,
                    errors,
                    id,
                    position: rt::wire::required(position, "Position")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateResponseAddItem` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateResponseAddItem {
    /// `Keyword`: `xsd:string` (required).
    pub keyword: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateResponseAddItem {
    /// A `DeduplicateResponseAddItem` with its required fields (`Keyword`); the others start absent.
    pub fn new(keyword: ::std::string::String) -> Self {
        Self {
            keyword,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeduplicateResponseAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Keyword", &self.keyword)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateResponseAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateResponseAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateResponseAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateResponseAddItem, A::Error> {
                let mut keyword = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keyword" => {
                            keyword = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateResponseAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateResponseAddItem {
                    keyword: rt::wire::required(keyword, "Keyword")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateResponseUpdateItem` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeduplicateResponseUpdateItem {
    /// `Id`: `xsd:long` (required).
    pub id: i64,
    /// `Keyword`: `xsd:string` (required).
    pub keyword: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeduplicateResponseUpdateItem {
    /// A `DeduplicateResponseUpdateItem` with its required fields (`Id`, `Keyword`); the others start absent.
    pub fn new(id: i64, keyword: ::std::string::String) -> Self {
        Self {
            id,
            keyword,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
impl ::serde::Serialize for DeduplicateResponseUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        map.serialize_entry("Keyword", &self.keyword)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateResponseUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateResponseUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateResponseUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateResponseUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut keyword = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Keyword" => {
                            keyword = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateResponseUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateResponseUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    keyword: rt::wire::required(keyword, "Keyword")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
/// `DeduplicateResponse` (`schema/direct_v5/keywordsresearch.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeduplicateResponse {
    /// `Add`: array of `DeduplicateResponseAddItem` (optional).
    pub add: ::core::option::Option<::std::vec::Vec<DeduplicateResponseAddItem>>,
    /// `Update`: array of `DeduplicateResponseUpdateItem` (optional).
    pub update: ::core::option::Option<::std::vec::Vec<DeduplicateResponseUpdateItem>>,
    /// `Delete`: `general:IdsCriteria` (optional).
    pub delete: ::core::option::Option<super::general::IdsCriteria>,
    /// `Failure`: array of `DeduplicateErrorItem` (optional).
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
        value: ::std::vec::Vec<DeduplicateResponseAddItem>,
    ) -> Self {
        self.add = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Update`.
    #[inline]
    #[must_use]
    pub fn with_update(
        mut self,
        value: ::std::vec::Vec<DeduplicateResponseUpdateItem>,
    ) -> Self {
        self.update = ::core::option::Option::Some(value);
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
    pub fn with_failure(mut self, value: ::std::vec::Vec<DeduplicateErrorItem>) -> Self {
        self.failure = ::core::option::Option::Some(value);
        self
    }
}
impl ::serde::Serialize for DeduplicateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.add {
            map.serialize_entry("Add", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.update {
            map.serialize_entry("Update", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.delete {
            map.serialize_entry("Delete", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.failure {
            map.serialize_entry("Failure", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeduplicateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = DeduplicateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `DeduplicateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<DeduplicateResponse, A::Error> {
                let mut add = ::core::option::Option::None;
                let mut update = ::core::option::Option::None;
                let mut delete = ::core::option::Option::None;
                let mut failure = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Add" => {
                            add = rt::wire::optional_value(
                                &mut map,
                                "Add",
                                &mut unknown_fields,
                            )?;
                        }
                        "Update" => {
                            update = rt::wire::optional_value(
                                &mut map,
                                "Update",
                                &mut unknown_fields,
                            )?;
                        }
                        "Delete" => {
                            delete = rt::wire::optional_value(
                                &mut map,
                                "Delete",
                                &mut unknown_fields,
                            )?;
                        }
                        "Failure" => {
                            failure = rt::wire::optional_value(
                                &mut map,
                                "Failure",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "DeduplicateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(DeduplicateResponse {
                    add,
                    update,
                    delete,
                    failure,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
