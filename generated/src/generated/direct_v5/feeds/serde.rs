// @generated from schema/direct_v5/feeds.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `feeds` (`schema/direct_v5/feeds.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for BusinessTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BusinessTypeEnum {
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
impl ::serde::Serialize for SourceTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SourceTypeEnum {
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
impl ::serde::Serialize for FeedStatusEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedStatusEnum {
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
impl ::serde::Serialize for FeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedFieldEnum {
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
impl ::serde::Serialize for FileFeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedFieldEnum {
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
impl ::serde::Serialize for UrlFeedFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedFieldEnum {
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
impl ::serde::Serialize for UrlFeedBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedBase, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedBase {
                    remove_utm_tags,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UrlFeedAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        map.serialize_entry("Url", &self.url)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.password {
            map.serialize_entry("Password", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedAdd, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut password = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => url = ::core::option::Option::Some(map.next_value()?),
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Password" => {
                            password = rt::wire::optional_value(
                                &mut map,
                                "Password",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedAdd {
                    remove_utm_tags,
                    url: rt::wire::required(url, "Url")?,
                    login,
                    password,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UrlFeedGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url {
            map.serialize_entry("Url", value)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedGet, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => {
                            url = rt::wire::optional_value(
                                &mut map,
                                "Url",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => login = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedGet {
                    remove_utm_tags,
                    url,
                    login,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UrlFeedUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.remove_utm_tags {
            map.serialize_entry("RemoveUtmTags", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url {
            map.serialize_entry("Url", value)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.password.is_present() {
            map.serialize_entry("Password", &self.password)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlFeedUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UrlFeedUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UrlFeedUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UrlFeedUpdate, A::Error> {
                let mut remove_utm_tags = ::core::option::Option::None;
                let mut url = ::core::option::Option::None;
                let mut login = rt::Nullable::Absent;
                let mut password = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "RemoveUtmTags" => {
                            remove_utm_tags = rt::wire::optional_value(
                                &mut map,
                                "RemoveUtmTags",
                                &mut unknown_fields,
                            )?;
                        }
                        "Url" => {
                            url = rt::wire::optional_value(
                                &mut map,
                                "Url",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => login = map.next_value()?,
                        "Password" => password = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UrlFeedUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UrlFeedUpdate {
                    remove_utm_tags,
                    url,
                    login,
                    password,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FileFeedAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Data", &self.data)?;
        map.serialize_entry("Filename", &self.filename)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedAdd, A::Error> {
                let mut data = ::core::option::Option::None;
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Data" => data = ::core::option::Option::Some(map.next_value()?),
                        "Filename" => {
                            filename = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedAdd {
                    data: rt::wire::required(data, "Data")?,
                    filename: rt::wire::required(filename, "Filename")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FileFeedUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Data", &self.data)?;
        map.serialize_entry("Filename", &self.filename)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedUpdate, A::Error> {
                let mut data = ::core::option::Option::None;
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Data" => data = ::core::option::Option::Some(map.next_value()?),
                        "Filename" => {
                            filename = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedUpdate {
                    data: rt::wire::required(data, "Data")?,
                    filename: rt::wire::required(filename, "Filename")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FileFeedGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filename {
            map.serialize_entry("Filename", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FileFeedGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FileFeedGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FileFeedGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FileFeedGet, A::Error> {
                let mut filename = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Filename" => {
                            filename = rt::wire::optional_value(
                                &mut map,
                                "Filename",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FileFeedGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FileFeedGet {
                    filename,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FeedsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Ids", &self.ids)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedsSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => ids = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedsSelectionCriteria {
                    ids: rt::wire::required(ids, "Ids")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FeedAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("BusinessType", &self.business_type)?;
        map.serialize_entry("SourceType", &self.source_type)?;
        if let ::core::option::Option::Some(value) = &self.url_feed {
            map.serialize_entry("UrlFeed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.file_feed {
            map.serialize_entry("FileFeed", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedAddItem, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut business_type = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut url_feed = ::core::option::Option::None;
                let mut file_feed = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "BusinessType" => {
                            business_type = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "SourceType" => {
                            source_type = ::core::option::Option::Some(map.next_value()?);
                        }
                        "UrlFeed" => {
                            url_feed = rt::wire::optional_value(
                                &mut map,
                                "UrlFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        "FileFeed" => {
                            file_feed = rt::wire::optional_value(
                                &mut map,
                                "FileFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedAddItem {
                    name: rt::wire::required(name, "Name")?,
                    business_type: rt::wire::required(business_type, "BusinessType")?,
                    source_type: rt::wire::required(source_type, "SourceType")?,
                    url_feed,
                    file_feed,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FeedGetItem {
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
        if let ::core::option::Option::Some(value) = &self.business_type {
            map.serialize_entry("BusinessType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.source_type {
            map.serialize_entry("SourceType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.filter_schema {
            map.serialize_entry("FilterSchema", value)?;
        }
        if self.updated_at.is_present() {
            map.serialize_entry("UpdatedAt", &self.updated_at)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIds", &self.campaign_ids)?;
        }
        if self.file_feed.is_present() {
            map.serialize_entry("FileFeed", &self.file_feed)?;
        }
        if self.number_of_items.is_present() {
            map.serialize_entry("NumberOfItems", &self.number_of_items)?;
        }
        if self.number_of_listings.is_present() {
            map.serialize_entry("NumberOfListings", &self.number_of_listings)?;
        }
        if let ::core::option::Option::Some(value) = &self.status {
            map.serialize_entry("Status", value)?;
        }
        if self.url_feed.is_present() {
            map.serialize_entry("UrlFeed", &self.url_feed)?;
        }
        if self.title_and_text_sources.is_present() {
            map.serialize_entry("TitleAndTextSources", &self.title_and_text_sources)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut business_type = ::core::option::Option::None;
                let mut source_type = ::core::option::Option::None;
                let mut filter_schema = ::core::option::Option::None;
                let mut updated_at = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut file_feed = rt::Nullable::Absent;
                let mut number_of_items = rt::Nullable::Absent;
                let mut number_of_listings = rt::Nullable::Absent;
                let mut status = ::core::option::Option::None;
                let mut url_feed = rt::Nullable::Absent;
                let mut title_and_text_sources = rt::Nullable::Absent;
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
                        "BusinessType" => {
                            business_type = rt::wire::optional_value(
                                &mut map,
                                "BusinessType",
                                &mut unknown_fields,
                            )?;
                        }
                        "SourceType" => {
                            source_type = rt::wire::optional_value(
                                &mut map,
                                "SourceType",
                                &mut unknown_fields,
                            )?;
                        }
                        "FilterSchema" => {
                            filter_schema = rt::wire::optional_value(
                                &mut map,
                                "FilterSchema",
                                &mut unknown_fields,
                            )?;
                        }
                        "UpdatedAt" => updated_at = map.next_value()?,
                        "CampaignIds" => campaign_ids = map.next_value()?,
                        "FileFeed" => file_feed = map.next_value()?,
                        "NumberOfItems" => number_of_items = map.next_value()?,
                        "NumberOfListings" => number_of_listings = map.next_value()?,
                        "Status" => {
                            status = rt::wire::optional_value(
                                &mut map,
                                "Status",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeed" => url_feed = map.next_value()?,
                        "TitleAndTextSources" => {
                            title_and_text_sources = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedGetItem {
                    id,
                    name,
                    business_type,
                    source_type,
                    filter_schema,
                    updated_at,
                    campaign_ids,
                    file_feed,
                    number_of_items,
                    number_of_listings,
                    status,
                    url_feed,
                    title_and_text_sources,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for FeedUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url_feed {
            map.serialize_entry("UrlFeed", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.file_feed {
            map.serialize_entry("FileFeed", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for FeedUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = FeedUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `FeedUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<FeedUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut url_feed = ::core::option::Option::None;
                let mut file_feed = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeed" => {
                            url_feed = rt::wire::optional_value(
                                &mut map,
                                "UrlFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        "FileFeed" => {
                            file_feed = rt::wire::optional_value(
                                &mut map,
                                "FileFeed",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "FeedUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(FeedUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    name,
                    url_feed,
                    file_feed,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feeds", &self.feeds)?;
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
                let mut feeds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feeds" => {
                            feeds = ::core::option::Option::Some(map.next_value()?);
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
                    feeds: rt::wire::required(feeds, "Feeds")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self.file_feed_field_names {
            map.serialize_entry("FileFeedFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.url_feed_field_names {
            map.serialize_entry("UrlFeedFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.selection_criteria {
            map.serialize_entry("SelectionCriteria", value)?;
        }
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
                let mut field_names = ::core::option::Option::None;
                let mut file_feed_field_names = ::core::option::Option::None;
                let mut url_feed_field_names = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
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
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FileFeedFieldNames" => {
                            file_feed_field_names = rt::wire::optional_value(
                                &mut map,
                                "FileFeedFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "UrlFeedFieldNames" => {
                            url_feed_field_names = rt::wire::optional_value(
                                &mut map,
                                "UrlFeedFieldNames",
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
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    file_feed_field_names,
                    url_feed_field_names,
                    selection_criteria,
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
        if let ::core::option::Option::Some(value) = &self.feeds {
            map.serialize_entry("Feeds", value)?;
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
                let mut feeds = ::core::option::Option::None;
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
                        "Feeds" => {
                            feeds = rt::wire::optional_value(
                                &mut map,
                                "Feeds",
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
                    feeds,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Feeds", &self.feeds)?;
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
                let mut feeds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Feeds" => {
                            feeds = ::core::option::Option::Some(map.next_value()?);
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
                    feeds: rt::wire::required(feeds, "Feeds")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
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
    type Item = FeedGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<FeedGetItem> {
        self.feeds.unwrap_or_default()
    }
}
