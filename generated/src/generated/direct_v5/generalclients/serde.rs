// @generated from schema/direct_v5/generalclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `generalclients` (`schema/direct_v5/generalclients.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept).
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for ClientRestrictionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientRestrictionEnum {
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
impl ::serde::Serialize for ClientSettingGetEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingGetEnum {
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
impl ::serde::Serialize for AvailableCampaignTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AvailableCampaignTypeEnum {
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
impl ::serde::Serialize for AvailableAdGroupTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AvailableAdGroupTypeEnum {
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
impl ::serde::Serialize for ClientSettingAddEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingAddEnum {
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
impl ::serde::Serialize for ClientSettingUpdateEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingUpdateEnum {
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
impl ::serde::Serialize for PrivilegeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PrivilegeEnum {
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
impl ::serde::Serialize for ForbiddenPlatformEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ForbiddenPlatformEnum {
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
impl ::serde::Serialize for TinTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TinTypeEnum {
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
impl ::serde::Serialize for TinInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoFieldEnum {
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
impl ::serde::Serialize for TinInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tin_type {
            map.serialize_entry("TinType", value)?;
        }
        if self.tin.is_present() {
            map.serialize_entry("Tin", &self.tin)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoGet, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = rt::wire::optional_value(
                                &mut map,
                                "TinType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tin" => tin = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoGet {
                    tin_type,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TinInfoAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("TinType", &self.tin_type)?;
        if let ::core::option::Option::Some(value) = &self.tin {
            map.serialize_entry("Tin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoAdd, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Tin" => {
                            tin = rt::wire::optional_value(
                                &mut map,
                                "Tin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoAdd {
                    tin_type: rt::wire::required(tin_type, "TinType")?,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TinInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tin_type {
            map.serialize_entry("TinType", value)?;
        }
        if self.tin.is_present() {
            map.serialize_entry("Tin", &self.tin)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TinInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TinInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TinInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TinInfoUpdate, A::Error> {
                let mut tin_type = ::core::option::Option::None;
                let mut tin = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TinType" => {
                            tin_type = rt::wire::optional_value(
                                &mut map,
                                "TinType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tin" => tin = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TinInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TinInfoUpdate {
                    tin_type,
                    tin,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for OrgInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OrgInfoFieldEnum {
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
impl ::serde::Serialize for ContragentInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoFieldEnum {
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
impl ::serde::Serialize for ContractInfoFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoFieldEnum {
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
impl ::serde::Serialize for ContractTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractTypeEnum {
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
impl ::serde::Serialize for ContractActionTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractActionTypeEnum {
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
impl ::serde::Serialize for ContractSubjectTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractSubjectTypeEnum {
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
impl ::serde::Serialize for OrgInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if self.okved_code.is_present() {
            map.serialize_entry("OkvedCode", &self.okved_code)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrgInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = OrgInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `OrgInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<OrgInfo, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut okved_code = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "OkvedCode" => okved_code = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "OrgInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(OrgInfo {
                    name,
                    epay_number,
                    reg_number,
                    oksm_number,
                    okved_code,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContractBaseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractBaseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractBaseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractBaseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractBaseInfo, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractBaseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractBaseInfo {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContractInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractInfoGet, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractInfoGet {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContractInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.number.is_present() {
            map.serialize_entry("Number", &self.number)?;
        }
        if self.date.is_present() {
            map.serialize_entry("Date", &self.date)?;
        }
        if self.type_.is_present() {
            map.serialize_entry("Type", &self.type_)?;
        }
        if self.action_type.is_present() {
            map.serialize_entry("ActionType", &self.action_type)?;
        }
        if self.subject_type.is_present() {
            map.serialize_entry("SubjectType", &self.subject_type)?;
        }
        if self.is_agency_payment.is_present() {
            map.serialize_entry("IsAgencyPayment", &self.is_agency_payment)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractInfoUpdate, A::Error> {
                let mut number = rt::Nullable::Absent;
                let mut date = rt::Nullable::Absent;
                let mut type_ = rt::Nullable::Absent;
                let mut action_type = rt::Nullable::Absent;
                let mut subject_type = rt::Nullable::Absent;
                let mut is_agency_payment = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Number" => number = map.next_value()?,
                        "Date" => date = map.next_value()?,
                        "Type" => type_ = map.next_value()?,
                        "ActionType" => action_type = map.next_value()?,
                        "SubjectType" => subject_type = map.next_value()?,
                        "IsAgencyPayment" => is_agency_payment = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractInfoUpdate {
                    number,
                    date,
                    type_,
                    action_type,
                    subject_type,
                    is_agency_payment,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContractPrice {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Amount", &self.amount)?;
        map.serialize_entry("IncludingVat", &self.including_vat)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContractPrice {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContractPrice;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContractPrice` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContractPrice, A::Error> {
                let mut amount = ::core::option::Option::None;
                let mut including_vat = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => {
                            amount = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IncludingVat" => {
                            including_vat = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContractPrice",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContractPrice {
                    amount: rt::wire::required(amount, "Amount")?,
                    including_vat: rt::wire::required(including_vat, "IncludingVat")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContragentBaseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentBaseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentBaseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentBaseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentBaseInfo, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentBaseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentBaseInfo {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContragentInfoGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentInfoGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentInfoGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentInfoGet, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentInfoGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentInfoGet {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ContragentInfoUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.name.is_present() {
            map.serialize_entry("Name", &self.name)?;
        }
        if self.phone.is_present() {
            map.serialize_entry("Phone", &self.phone)?;
        }
        if self.epay_number.is_present() {
            map.serialize_entry("EpayNumber", &self.epay_number)?;
        }
        if self.reg_number.is_present() {
            map.serialize_entry("RegNumber", &self.reg_number)?;
        }
        if self.oksm_number.is_present() {
            map.serialize_entry("OksmNumber", &self.oksm_number)?;
        }
        if self.tin_info.is_present() {
            map.serialize_entry("TinInfo", &self.tin_info)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ContragentInfoUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ContragentInfoUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ContragentInfoUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ContragentInfoUpdate, A::Error> {
                let mut name = rt::Nullable::Absent;
                let mut phone = rt::Nullable::Absent;
                let mut epay_number = rt::Nullable::Absent;
                let mut reg_number = rt::Nullable::Absent;
                let mut oksm_number = rt::Nullable::Absent;
                let mut tin_info = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = map.next_value()?,
                        "Phone" => phone = map.next_value()?,
                        "EpayNumber" => epay_number = map.next_value()?,
                        "RegNumber" => reg_number = map.next_value()?,
                        "OksmNumber" => oksm_number = map.next_value()?,
                        "TinInfo" => tin_info = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ContragentInfoUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ContragentInfoUpdate {
                    name,
                    phone,
                    epay_number,
                    reg_number,
                    oksm_number,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ErirAttributesGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.organization {
            map.serialize_entry("Organization", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contract {
            map.serialize_entry("Contract", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contragent {
            map.serialize_entry("Contragent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErirAttributesGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ErirAttributesGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErirAttributesGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErirAttributesGet, A::Error> {
                let mut organization = ::core::option::Option::None;
                let mut contract = ::core::option::Option::None;
                let mut contragent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Organization" => {
                            organization = rt::wire::optional_value(
                                &mut map,
                                "Organization",
                                &mut unknown_fields,
                            )?;
                        }
                        "Contract" => {
                            contract = rt::wire::optional_value(
                                &mut map,
                                "Contract",
                                &mut unknown_fields,
                            )?;
                        }
                        "Contragent" => {
                            contragent = rt::wire::optional_value(
                                &mut map,
                                "Contragent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErirAttributesGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ErirAttributesGet {
                    organization,
                    contract,
                    contragent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ErirAttributesUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.organization.is_present() {
            map.serialize_entry("Organization", &self.organization)?;
        }
        if self.contract.is_present() {
            map.serialize_entry("Contract", &self.contract)?;
        }
        if self.contragent.is_present() {
            map.serialize_entry("Contragent", &self.contragent)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ErirAttributesUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ErirAttributesUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ErirAttributesUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ErirAttributesUpdate, A::Error> {
                let mut organization = rt::Nullable::Absent;
                let mut contract = rt::Nullable::Absent;
                let mut contragent = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Organization" => organization = map.next_value()?,
                        "Contract" => contract = map.next_value()?,
                        "Contragent" => contragent = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ErirAttributesUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ErirAttributesUpdate {
                    organization,
                    contract,
                    contragent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EmailSubscriptionEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailSubscriptionEnum {
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
impl ::serde::Serialize for EmailSubscriptionItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailSubscriptionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmailSubscriptionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmailSubscriptionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmailSubscriptionItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EmailSubscriptionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EmailSubscriptionItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Notification {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Notification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Notification;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Notification` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Notification, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Notification",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Notification {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NotificationAdd {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationAdd {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationAdd;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationAdd` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationAdd, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationAdd",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationAdd {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NotificationUpdate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email_subscriptions {
            map.serialize_entry("EmailSubscriptions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.lang {
            map.serialize_entry("Lang", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationUpdate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationUpdate;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationUpdate` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationUpdate, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = rt::wire::optional_value(
                                &mut map,
                                "EmailSubscriptions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Lang" => {
                            lang = rt::wire::optional_value(
                                &mut map,
                                "Lang",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationUpdate",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationUpdate {
                    email,
                    email_subscriptions,
                    lang,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NotificationGet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("EmailSubscriptions", &self.email_subscriptions)?;
        map.serialize_entry("Lang", &self.lang)?;
        map.serialize_entry("SmsPhoneNumber", &self.sms_phone_number)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NotificationGet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NotificationGet;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NotificationGet` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NotificationGet, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut email_subscriptions = ::core::option::Option::None;
                let mut lang = ::core::option::Option::None;
                let mut sms_phone_number = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EmailSubscriptions" => {
                            email_subscriptions = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Lang" => lang = ::core::option::Option::Some(map.next_value()?),
                        "SmsPhoneNumber" => {
                            sms_phone_number = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NotificationGet",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NotificationGet {
                    email: rt::wire::required(email, "Email")?,
                    email_subscriptions: rt::wire::required(
                        email_subscriptions,
                        "EmailSubscriptions",
                    )?,
                    lang: rt::wire::required(lang, "Lang")?,
                    sms_phone_number: rt::wire::required(
                        sms_phone_number,
                        "SmsPhoneNumber",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientRestrictionItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Element", &self.element)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientRestrictionItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientRestrictionItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientRestrictionItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientRestrictionItem, A::Error> {
                let mut element = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Element" => {
                            element = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientRestrictionItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientRestrictionItem {
                    element: rt::wire::required(element, "Element")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientSettingGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingGetItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingGetItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientSettingAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingAddItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingAddItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientSettingUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Option", &self.option)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientSettingUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientSettingUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientSettingUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientSettingUpdateItem, A::Error> {
                let mut option = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Option" => {
                            option = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientSettingUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientSettingUpdateItem {
                    option: rt::wire::required(option, "Option")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GrantItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Privilege", &self.privilege)?;
        map.serialize_entry("Value", &self.value)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GrantItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GrantItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GrantItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GrantItem, A::Error> {
                let mut privilege = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Privilege" => {
                            privilege = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GrantItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GrantItem {
                    privilege: rt::wire::required(privilege, "Privilege")?,
                    value: rt::wire::required(value, "Value")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GrantGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Privilege", &self.privilege)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.agency {
            map.serialize_entry("Agency", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GrantGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GrantGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GrantGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GrantGetItem, A::Error> {
                let mut privilege = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut agency = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Privilege" => {
                            privilege = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Agency" => {
                            agency = rt::wire::optional_value(
                                &mut map,
                                "Agency",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GrantGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GrantGetItem {
                    privilege: rt::wire::required(privilege, "Privilege")?,
                    value: rt::wire::required(value, "Value")?,
                    agency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BonusesItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AwaitingBonus", &self.awaiting_bonus)?;
        map.serialize_entry(
            "AwaitingBonusWithoutNds",
            &self.awaiting_bonus_without_nds,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BonusesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BonusesItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BonusesItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BonusesItem, A::Error> {
                let mut awaiting_bonus = ::core::option::Option::None;
                let mut awaiting_bonus_without_nds = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AwaitingBonus" => {
                            awaiting_bonus = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "AwaitingBonusWithoutNds" => {
                            awaiting_bonus_without_nds = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BonusesItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BonusesItem {
                    awaiting_bonus: rt::wire::required(awaiting_bonus, "AwaitingBonus")?,
                    awaiting_bonus_without_nds: rt::wire::required(
                        awaiting_bonus_without_nds,
                        "AwaitingBonusWithoutNds",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Representative {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Email", &self.email)?;
        map.serialize_entry("Login", &self.login)?;
        map.serialize_entry("Role", &self.role)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Representative {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Representative;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Representative` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Representative, A::Error> {
                let mut email = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut role = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => {
                            email = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Login" => {
                            login = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Role" => role = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Representative",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Representative {
                    email: rt::wire::required(email, "Email")?,
                    login: rt::wire::required(login, "Login")?,
                    role: rt::wire::required(role, "Role")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientBaseItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientBaseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientBaseItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientBaseItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientBaseItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientBaseItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientBaseItem {
                    client_info,
                    phone,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if self.account_quality.is_present() {
            map.serialize_entry("AccountQuality", &self.account_quality)?;
        }
        if let ::core::option::Option::Some(value) = &self.archived {
            map.serialize_entry("Archived", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.country_id {
            map.serialize_entry("CountryId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.created_at {
            map.serialize_entry("CreatedAt", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bonuses {
            map.serialize_entry("Bonuses", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.overdraft_sum_available {
            map.serialize_entry("OverdraftSumAvailable", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.representatives {
            map.serialize_entry("Representatives", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.restrictions {
            map.serialize_entry("Restrictions", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if self.vat_rate.is_present() {
            map.serialize_entry("VatRate", &self.vat_rate)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.erir_attributes {
            map.serialize_entry("ErirAttributes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.forbidden_platform {
            map.serialize_entry("ForbiddenPlatform", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_campaign_types {
            map.serialize_entry("AvailableCampaignTypes", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_ad_group_types {
            map.serialize_entry("AvailableAdGroupTypes", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientGetItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut account_quality = rt::Nullable::Absent;
                let mut archived = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
                let mut country_id = ::core::option::Option::None;
                let mut created_at = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut bonuses = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut overdraft_sum_available = ::core::option::Option::None;
                let mut representatives = ::core::option::Option::None;
                let mut restrictions = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut vat_rate = rt::Nullable::Absent;
                let mut tin_info = ::core::option::Option::None;
                let mut erir_attributes = ::core::option::Option::None;
                let mut forbidden_platform = ::core::option::Option::None;
                let mut available_campaign_types = ::core::option::Option::None;
                let mut available_ad_group_types = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "AccountQuality" => account_quality = map.next_value()?,
                        "Archived" => {
                            archived = rt::wire::optional_value(
                                &mut map,
                                "Archived",
                                &mut unknown_fields,
                            )?;
                        }
                        "ClientId" => {
                            client_id = rt::wire::optional_value(
                                &mut map,
                                "ClientId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CountryId" => {
                            country_id = rt::wire::optional_value(
                                &mut map,
                                "CountryId",
                                &mut unknown_fields,
                            )?;
                        }
                        "CreatedAt" => {
                            created_at = rt::wire::optional_value(
                                &mut map,
                                "CreatedAt",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        "Bonuses" => {
                            bonuses = rt::wire::optional_value(
                                &mut map,
                                "Bonuses",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "OverdraftSumAvailable" => {
                            overdraft_sum_available = rt::wire::optional_value(
                                &mut map,
                                "OverdraftSumAvailable",
                                &mut unknown_fields,
                            )?;
                        }
                        "Representatives" => {
                            representatives = rt::wire::optional_value(
                                &mut map,
                                "Representatives",
                                &mut unknown_fields,
                            )?;
                        }
                        "Restrictions" => {
                            restrictions = rt::wire::optional_value(
                                &mut map,
                                "Restrictions",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
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
                        "VatRate" => vat_rate = map.next_value()?,
                        "TinInfo" => {
                            tin_info = rt::wire::optional_value(
                                &mut map,
                                "TinInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "ErirAttributes" => {
                            erir_attributes = rt::wire::optional_value(
                                &mut map,
                                "ErirAttributes",
                                &mut unknown_fields,
                            )?;
                        }
                        "ForbiddenPlatform" => {
                            forbidden_platform = rt::wire::optional_value(
                                &mut map,
                                "ForbiddenPlatform",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableCampaignTypes" => {
                            available_campaign_types = rt::wire::optional_value(
                                &mut map,
                                "AvailableCampaignTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableAdGroupTypes" => {
                            available_ad_group_types = rt::wire::optional_value(
                                &mut map,
                                "AvailableAdGroupTypes",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientGetItem {
                    client_info,
                    phone,
                    account_quality,
                    archived,
                    client_id,
                    country_id,
                    created_at,
                    currency,
                    grants,
                    bonuses,
                    login,
                    notification,
                    overdraft_sum_available,
                    representatives,
                    restrictions,
                    settings,
                    type_,
                    vat_rate,
                    tin_info,
                    erir_attributes,
                    forbidden_platform,
                    available_campaign_types,
                    available_ad_group_types,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.client_info {
            map.serialize_entry("ClientInfo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.notification {
            map.serialize_entry("Notification", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if self.tin_info.is_present() {
            map.serialize_entry("TinInfo", &self.tin_info)?;
        }
        if self.erir_attributes.is_present() {
            map.serialize_entry("ErirAttributes", &self.erir_attributes)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientUpdateItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tin_info = rt::Nullable::Absent;
                let mut erir_attributes = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ClientInfo" => {
                            client_info = rt::wire::optional_value(
                                &mut map,
                                "ClientInfo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Notification" => {
                            notification = rt::wire::optional_value(
                                &mut map,
                                "Notification",
                                &mut unknown_fields,
                            )?;
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
                                &mut unknown_fields,
                            )?;
                        }
                        "TinInfo" => tin_info = map.next_value()?,
                        "ErirAttributes" => erir_attributes = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientUpdateItem {
                    client_info,
                    phone,
                    notification,
                    settings,
                    tin_info,
                    erir_attributes,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
