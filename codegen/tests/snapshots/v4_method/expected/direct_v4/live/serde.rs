// @generated from schema/direct_v4/live.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `live` (`schema/direct_v4/live.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use ::yandex_direct::runtime as rt;
use super::*;
impl ::serde::Serialize for ClientsUnitInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.units_rest {
            map.serialize_entry("UnitsRest", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientsUnitInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientsUnitInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientsUnitInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientsUnitInfo, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut units_rest = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnitsRest" => {
                            units_rest = rt::wire::optional_value(
                                &mut map,
                                "UnitsRest",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientsUnitInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientsUnitInfo {
                    login,
                    units_rest,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountManagementRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountManagementRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountManagementRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountManagementRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountManagementRequest, A::Error> {
                let mut action = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountManagementRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountManagementRequest {
                    action,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CreditLimitsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limits {
            map.serialize_entry("Limits", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreditLimitsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreditLimitsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreditLimitsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreditLimitsInfo, A::Error> {
                let mut currency = ::core::option::Option::None;
                let mut limits = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Limits" => {
                            limits = rt::wire::optional_value(
                                &mut map,
                                "Limits",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreditLimitsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreditLimitsInfo {
                    currency,
                    limits,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
