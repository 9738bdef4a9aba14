// @generated from schema/direct_v5/colors.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `colors` (`schema/direct_v5/colors.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept).
use ::yandex_direct::runtime as rt;
use super::*;
impl ::serde::Serialize for ColorEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ColorEnum {
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
impl ::serde::Serialize for YesNoEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for YesNoEnum {
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
impl ::serde::Serialize for Paint {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Color", &self.color)?;
        if let ::core::option::Option::Some(value) = &self.glossy {
            map.serialize_entry("Glossy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.mix {
            map.serialize_entry("Mix", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Paint {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Paint;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Paint` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Paint, A::Error> {
                let mut color = ::core::option::Option::None;
                let mut glossy = ::core::option::Option::None;
                let mut mix = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Color" => {
                            color = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Glossy" => {
                            glossy = rt::wire::optional_value(
                                &mut map,
                                "Glossy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Mix" => {
                            mix = rt::wire::optional_value(
                                &mut map,
                                "Mix",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Paint",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Paint {
                    color: rt::wire::required(color, "Color")?,
                    glossy,
                    mix,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
