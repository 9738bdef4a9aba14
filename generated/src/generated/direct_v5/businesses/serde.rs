// @generated from schema/direct_v5/businesses.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `businesses` (`schema/direct_v5/businesses.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for BusinessFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BusinessFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for BusinessGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.address.is_present() {
            map.serialize_entry("Address", &self.address)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.profile_url {
            map.serialize_entry("ProfileUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.internal_url {
            map.serialize_entry("InternalUrl", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.is_published {
            map.serialize_entry("IsPublished", value)?;
        }
        if self.merged_ids.is_present() {
            map.serialize_entry("MergedIds", &self.merged_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.rubric {
            map.serialize_entry("Rubric", value)?;
        }
        if self.urls.is_present() {
            map.serialize_entry("Urls", &self.urls)?;
        }
        if let ::core::option::Option::Some(value) = &self.has_office {
            map.serialize_entry("HasOffice", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BusinessGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BusinessGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BusinessGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BusinessGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut address = rt::Nullable::Absent;
                let mut phone = ::core::option::Option::None;
                let mut profile_url = ::core::option::Option::None;
                let mut internal_url = ::core::option::Option::None;
                let mut is_published = ::core::option::Option::None;
                let mut merged_ids = rt::Nullable::Absent;
                let mut rubric = ::core::option::Option::None;
                let mut urls = rt::Nullable::Absent;
                let mut has_office = ::core::option::Option::None;
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
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "Address" => address = map.next_value()?,
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "ProfileUrl" => {
                            profile_url = rt::wire::optional_value(
                                &mut map,
                                "ProfileUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "InternalUrl" => {
                            internal_url = rt::wire::optional_value(
                                &mut map,
                                "InternalUrl",
                                &mut unknown_fields,
                            )?;
                        }
                        "IsPublished" => {
                            is_published = rt::wire::optional_value(
                                &mut map,
                                "IsPublished",
                                &mut unknown_fields,
                            )?;
                        }
                        "MergedIds" => merged_ids = map.next_value()?,
                        "Rubric" => {
                            rubric = rt::wire::optional_value(
                                &mut map,
                                "Rubric",
                                &mut unknown_fields,
                            )?;
                        }
                        "Urls" => urls = map.next_value()?,
                        "HasOffice" => {
                            has_office = rt::wire::optional_value(
                                &mut map,
                                "HasOffice",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BusinessGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BusinessGetItem {
                    id,
                    name,
                    address,
                    phone,
                    profile_url,
                    internal_url,
                    is_published,
                    merged_ids,
                    rubric,
                    urls,
                    has_office,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        if let ::core::option::Option::Some(value) = &self.businesses {
            map.serialize_entry("Businesses", value)?;
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
                let mut businesses = ::core::option::Option::None;
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
                        "Businesses" => {
                            businesses = rt::wire::optional_value(
                                &mut map,
                                "Businesses",
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
                    businesses,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self
            .page
            .get_or_insert_with(<super::super::general::LimitOffset>::default)
            .offset = ::core::option::Option::Some(offset);
    }
    fn page_offset(&self) -> i64 {
        self.page.as_ref().and_then(|page| page.offset).unwrap_or(0)
    }
}
impl rt::paging::PagedResponse for GetResponse {
    type Item = BusinessGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<BusinessGetItem> {
        self.businesses.unwrap_or_default()
    }
}
