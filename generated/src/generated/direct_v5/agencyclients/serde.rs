// @generated from schema/direct_v5/agencyclients.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `agencyclients` (`schema/direct_v5/agencyclients.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for AgencyClientFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientFieldEnum {
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
impl ::serde::Serialize for AgencyClientsSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.logins {
            map.serialize_entry("Logins", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.archived {
            map.serialize_entry("Archived", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientsSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AgencyClientsSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AgencyClientsSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AgencyClientsSelectionCriteria, A::Error> {
                let mut logins = ::core::option::Option::None;
                let mut archived = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => {
                            logins = rt::wire::optional_value(
                                &mut map,
                                "Logins",
                                &mut unknown_fields,
                            )?;
                        }
                        "Archived" => {
                            archived = rt::wire::optional_value(
                                &mut map,
                                "Archived",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AgencyClientsSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AgencyClientsSelectionCriteria {
                    logins,
                    archived,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AgencyClientUpdateItem {
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
        map.serialize_entry("ClientId", &self.client_id)?;
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AgencyClientUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AgencyClientUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AgencyClientUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AgencyClientUpdateItem, A::Error> {
                let mut client_info = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut tin_info = rt::Nullable::Absent;
                let mut erir_attributes = rt::Nullable::Absent;
                let mut client_id = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
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
                        "ClientId" => {
                            client_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Grants" => {
                            grants = rt::wire::optional_value(
                                &mut map,
                                "Grants",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AgencyClientUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AgencyClientUpdateItem {
                    client_info,
                    phone,
                    notification,
                    settings,
                    tin_info,
                    erir_attributes,
                    client_id: rt::wire::required(client_id, "ClientId")?,
                    grants,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SendInviteTo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SendInviteTo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SendInviteTo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SendInviteTo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SendInviteTo, A::Error> {
                let mut phone = ::core::option::Option::None;
                let mut email = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phone" => {
                            phone = rt::wire::optional_value(
                                &mut map,
                                "Phone",
                                &mut unknown_fields,
                            )?;
                        }
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SendInviteTo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SendInviteTo {
                    phone,
                    email,
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
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self.tin_info_field_names {
            map.serialize_entry("TinInfoFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.organization_field_names {
            map.serialize_entry("OrganizationFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contract_field_names {
            map.serialize_entry("ContractFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contragent_field_names {
            map.serialize_entry("ContragentFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .contragent_tin_info_field_names
        {
            map.serialize_entry("ContragentTinInfoFieldNames", value)?;
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
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut tin_info_field_names = ::core::option::Option::None;
                let mut organization_field_names = ::core::option::Option::None;
                let mut contract_field_names = ::core::option::Option::None;
                let mut contragent_field_names = ::core::option::Option::None;
                let mut contragent_tin_info_field_names = ::core::option::Option::None;
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
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "TinInfoFieldNames" => {
                            tin_info_field_names = rt::wire::optional_value(
                                &mut map,
                                "TinInfoFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "OrganizationFieldNames" => {
                            organization_field_names = rt::wire::optional_value(
                                &mut map,
                                "OrganizationFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContractFieldNames" => {
                            contract_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContractFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContragentFieldNames" => {
                            contragent_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContragentFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContragentTinInfoFieldNames" => {
                            contragent_tin_info_field_names = rt::wire::optional_value(
                                &mut map,
                                "ContragentTinInfoFieldNames",
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
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    tin_info_field_names,
                    organization_field_names,
                    contract_field_names,
                    contragent_field_names,
                    contragent_tin_info_field_names,
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
        if let ::core::option::Option::Some(value) = &self.clients {
            map.serialize_entry("Clients", value)?;
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
                let mut clients = ::core::option::Option::None;
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
                        "Clients" => {
                            clients = rt::wire::optional_value(
                                &mut map,
                                "Clients",
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
                    clients,
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
        map.serialize_entry("Login", &self.login)?;
        map.serialize_entry("FirstName", &self.first_name)?;
        map.serialize_entry("LastName", &self.last_name)?;
        map.serialize_entry("Currency", &self.currency)?;
        map.serialize_entry("Notification", &self.notification)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
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
                let mut login = ::core::option::Option::None;
                let mut first_name = ::core::option::Option::None;
                let mut last_name = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = ::core::option::Option::Some(map.next_value()?);
                        }
                        "FirstName" => {
                            first_name = ::core::option::Option::Some(map.next_value()?);
                        }
                        "LastName" => {
                            last_name = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Currency" => {
                            currency = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Notification" => {
                            notification = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
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
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    login: rt::wire::required(login, "Login")?,
                    first_name: rt::wire::required(first_name, "FirstName")?,
                    last_name: rt::wire::required(last_name, "LastName")?,
                    currency: rt::wire::required(currency, "Currency")?,
                    notification: rt::wire::required(notification, "Notification")?,
                    settings,
                    grants,
                    tin_info,
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
        if let ::core::option::Option::Some(value) = &self.warnings {
            map.serialize_entry("Warnings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.errors {
            map.serialize_entry("Errors", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.password {
            map.serialize_entry("Password", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.email {
            map.serialize_entry("Email", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
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
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut password = ::core::option::Option::None;
                let mut email = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
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
                        "Email" => {
                            email = rt::wire::optional_value(
                                &mut map,
                                "Email",
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
                    warnings,
                    errors,
                    login,
                    password,
                    email,
                    client_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddPassportOrganizationRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Name", &self.name)?;
        map.serialize_entry("Currency", &self.currency)?;
        map.serialize_entry("Notification", &self.notification)?;
        if let ::core::option::Option::Some(value) = &self.settings {
            map.serialize_entry("Settings", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.grants {
            map.serialize_entry("Grants", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tin_info {
            map.serialize_entry("TinInfo", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationRequest, A::Error> {
                let mut name = ::core::option::Option::None;
                let mut currency = ::core::option::Option::None;
                let mut notification = ::core::option::Option::None;
                let mut settings = ::core::option::Option::None;
                let mut grants = ::core::option::Option::None;
                let mut tin_info = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "Currency" => {
                            currency = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Notification" => {
                            notification = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Settings" => {
                            settings = rt::wire::optional_value(
                                &mut map,
                                "Settings",
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
                                "AddPassportOrganizationRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationRequest {
                    name: rt::wire::required(name, "Name")?,
                    currency: rt::wire::required(currency, "Currency")?,
                    notification: rt::wire::required(notification, "Notification")?,
                    settings,
                    grants,
                    tin_info,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddPassportOrganizationResponse {
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
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.client_id {
            map.serialize_entry("ClientId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationResponse, A::Error> {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut client_id = ::core::option::Option::None;
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
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
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
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationResponse {
                    warnings,
                    errors,
                    login,
                    client_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddPassportOrganizationMemberRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry(
            "PassportOrganizationLogin",
            &self.passport_organization_login,
        )?;
        map.serialize_entry("Role", &self.role)?;
        map.serialize_entry("SendInviteTo", &self.send_invite_to)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationMemberRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationMemberRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationMemberRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddPassportOrganizationMemberRequest, A::Error> {
                let mut passport_organization_login = ::core::option::Option::None;
                let mut role = ::core::option::Option::None;
                let mut send_invite_to = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "PassportOrganizationLogin" => {
                            passport_organization_login = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Role" => role = ::core::option::Option::Some(map.next_value()?),
                        "SendInviteTo" => {
                            send_invite_to = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationMemberRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationMemberRequest {
                    passport_organization_login: rt::wire::required(
                        passport_organization_login,
                        "PassportOrganizationLogin",
                    )?,
                    role: rt::wire::required(role, "Role")?,
                    send_invite_to: rt::wire::required(send_invite_to, "SendInviteTo")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddPassportOrganizationMemberResponse {
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
        if let ::core::option::Option::Some(value) = &self.passport_organization_login {
            map.serialize_entry("PassportOrganizationLogin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddPassportOrganizationMemberResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddPassportOrganizationMemberResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddPassportOrganizationMemberResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                AddPassportOrganizationMemberResponse,
                A::Error,
            > {
                let mut warnings = ::core::option::Option::None;
                let mut errors = ::core::option::Option::None;
                let mut passport_organization_login = ::core::option::Option::None;
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
                        "PassportOrganizationLogin" => {
                            passport_organization_login = rt::wire::optional_value(
                                &mut map,
                                "PassportOrganizationLogin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddPassportOrganizationMemberResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddPassportOrganizationMemberResponse {
                    warnings,
                    errors,
                    passport_organization_login,
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
        map.serialize_entry("Clients", &self.clients)?;
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
                let mut clients = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Clients" => {
                            clients = ::core::option::Option::Some(map.next_value()?);
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
                    clients: rt::wire::required(clients, "Clients")?,
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
    type Item = super::super::generalclients::ClientGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<super::super::generalclients::ClientGetItem> {
        self.clients.unwrap_or_default()
    }
}
