// @generated from schema/direct_v5/vcards.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `vcards` (`schema/direct_v5/vcards.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for VCardFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VCardFieldEnum {
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
impl ::serde::Serialize for Phone {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CountryCode", &self.country_code)?;
        map.serialize_entry("CityCode", &self.city_code)?;
        map.serialize_entry("PhoneNumber", &self.phone_number)?;
        if let ::core::option::Option::Some(value) = &self.extension {
            map.serialize_entry("Extension", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Phone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Phone;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Phone` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Phone, A::Error> {
                let mut country_code = ::core::option::Option::None;
                let mut city_code = ::core::option::Option::None;
                let mut phone_number = ::core::option::Option::None;
                let mut extension = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CountryCode" => {
                            country_code = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "CityCode" => {
                            city_code = ::core::option::Option::Some(map.next_value()?);
                        }
                        "PhoneNumber" => {
                            phone_number = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "Extension" => {
                            extension = rt::wire::optional_value(
                                &mut map,
                                "Extension",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Phone",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Phone {
                    country_code: rt::wire::required(country_code, "CountryCode")?,
                    city_code: rt::wire::required(city_code, "CityCode")?,
                    phone_number: rt::wire::required(phone_number, "PhoneNumber")?,
                    extension,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for InstantMessenger {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("MessengerClient", &self.messenger_client)?;
        map.serialize_entry("MessengerLogin", &self.messenger_login)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InstantMessenger {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = InstantMessenger;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `InstantMessenger` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<InstantMessenger, A::Error> {
                let mut messenger_client = ::core::option::Option::None;
                let mut messenger_login = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MessengerClient" => {
                            messenger_client = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "MessengerLogin" => {
                            messenger_login = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "InstantMessenger",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(InstantMessenger {
                    messenger_client: rt::wire::required(
                        messenger_client,
                        "MessengerClient",
                    )?,
                    messenger_login: rt::wire::required(
                        messenger_login,
                        "MessengerLogin",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for MapPoint {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("X", &self.x)?;
        map.serialize_entry("Y", &self.y)?;
        map.serialize_entry("X1", &self.x1)?;
        map.serialize_entry("Y1", &self.y1)?;
        map.serialize_entry("X2", &self.x2)?;
        map.serialize_entry("Y2", &self.y2)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for MapPoint {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = MapPoint;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `MapPoint` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<MapPoint, A::Error> {
                let mut x = ::core::option::Option::None;
                let mut y = ::core::option::Option::None;
                let mut x1 = ::core::option::Option::None;
                let mut y1 = ::core::option::Option::None;
                let mut x2 = ::core::option::Option::None;
                let mut y2 = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "X" => x = ::core::option::Option::Some(map.next_value()?),
                        "Y" => y = ::core::option::Option::Some(map.next_value()?),
                        "X1" => x1 = ::core::option::Option::Some(map.next_value()?),
                        "Y1" => y1 = ::core::option::Option::Some(map.next_value()?),
                        "X2" => x2 = ::core::option::Option::Some(map.next_value()?),
                        "Y2" => y2 = ::core::option::Option::Some(map.next_value()?),
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "MapPoint",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(MapPoint {
                    x: rt::wire::required(x, "X")?,
                    y: rt::wire::required(y, "Y")?,
                    x1: rt::wire::required(x1, "X1")?,
                    y1: rt::wire::required(y1, "Y1")?,
                    x2: rt::wire::required(x2, "X2")?,
                    y2: rt::wire::required(y2, "Y2")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VCardAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("CampaignId", &self.campaign_id)?;
        map.serialize_entry("Country", &self.country)?;
        map.serialize_entry("City", &self.city)?;
        map.serialize_entry("CompanyName", &self.company_name)?;
        map.serialize_entry("WorkTime", &self.work_time)?;
        map.serialize_entry("Phone", &self.phone)?;
        if let ::core::option::Option::Some(value) = &self.street {
            map.serialize_entry("Street", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.house {
            map.serialize_entry("House", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.building {
            map.serialize_entry("Building", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.apartment {
            map.serialize_entry("Apartment", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.instant_messenger {
            map.serialize_entry("InstantMessenger", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.extra_message {
            map.serialize_entry("ExtraMessage", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contact_email {
            map.serialize_entry("ContactEmail", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.ogrn {
            map.serialize_entry("Ogrn", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.metro_station_id {
            map.serialize_entry("MetroStationId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.point_on_map {
            map.serialize_entry("PointOnMap", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.contact_person {
            map.serialize_entry("ContactPerson", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VCardAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VCardAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VCardAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VCardAddItem, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut country = ::core::option::Option::None;
                let mut city = ::core::option::Option::None;
                let mut company_name = ::core::option::Option::None;
                let mut work_time = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut street = ::core::option::Option::None;
                let mut house = ::core::option::Option::None;
                let mut building = ::core::option::Option::None;
                let mut apartment = ::core::option::Option::None;
                let mut instant_messenger = ::core::option::Option::None;
                let mut extra_message = ::core::option::Option::None;
                let mut contact_email = ::core::option::Option::None;
                let mut ogrn = ::core::option::Option::None;
                let mut metro_station_id = ::core::option::Option::None;
                let mut point_on_map = ::core::option::Option::None;
                let mut contact_person = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignId" => {
                            campaign_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Country" => {
                            country = ::core::option::Option::Some(map.next_value()?);
                        }
                        "City" => city = ::core::option::Option::Some(map.next_value()?),
                        "CompanyName" => {
                            company_name = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "WorkTime" => {
                            work_time = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Phone" => {
                            phone = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Street" => {
                            street = rt::wire::optional_value(
                                &mut map,
                                "Street",
                                &mut unknown_fields,
                            )?;
                        }
                        "House" => {
                            house = rt::wire::optional_value(
                                &mut map,
                                "House",
                                &mut unknown_fields,
                            )?;
                        }
                        "Building" => {
                            building = rt::wire::optional_value(
                                &mut map,
                                "Building",
                                &mut unknown_fields,
                            )?;
                        }
                        "Apartment" => {
                            apartment = rt::wire::optional_value(
                                &mut map,
                                "Apartment",
                                &mut unknown_fields,
                            )?;
                        }
                        "InstantMessenger" => {
                            instant_messenger = rt::wire::optional_value(
                                &mut map,
                                "InstantMessenger",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExtraMessage" => {
                            extra_message = rt::wire::optional_value(
                                &mut map,
                                "ExtraMessage",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContactEmail" => {
                            contact_email = rt::wire::optional_value(
                                &mut map,
                                "ContactEmail",
                                &mut unknown_fields,
                            )?;
                        }
                        "Ogrn" => {
                            ogrn = rt::wire::optional_value(
                                &mut map,
                                "Ogrn",
                                &mut unknown_fields,
                            )?;
                        }
                        "MetroStationId" => {
                            metro_station_id = rt::wire::optional_value(
                                &mut map,
                                "MetroStationId",
                                &mut unknown_fields,
                            )?;
                        }
                        "PointOnMap" => {
                            point_on_map = rt::wire::optional_value(
                                &mut map,
                                "PointOnMap",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContactPerson" => {
                            contact_person = rt::wire::optional_value(
                                &mut map,
                                "ContactPerson",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VCardAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VCardAddItem {
                    campaign_id: rt::wire::required(campaign_id, "CampaignId")?,
                    country: rt::wire::required(country, "Country")?,
                    city: rt::wire::required(city, "City")?,
                    company_name: rt::wire::required(company_name, "CompanyName")?,
                    work_time: rt::wire::required(work_time, "WorkTime")?,
                    phone: rt::wire::required(phone, "Phone")?,
                    street,
                    house,
                    building,
                    apartment,
                    instant_messenger,
                    extra_message,
                    contact_email,
                    ogrn,
                    metro_station_id,
                    point_on_map,
                    contact_person,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VCardGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.country {
            map.serialize_entry("Country", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.city {
            map.serialize_entry("City", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.work_time {
            map.serialize_entry("WorkTime", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phone {
            map.serialize_entry("Phone", value)?;
        }
        if self.street.is_present() {
            map.serialize_entry("Street", &self.street)?;
        }
        if self.house.is_present() {
            map.serialize_entry("House", &self.house)?;
        }
        if self.building.is_present() {
            map.serialize_entry("Building", &self.building)?;
        }
        if self.apartment.is_present() {
            map.serialize_entry("Apartment", &self.apartment)?;
        }
        if self.instant_messenger.is_present() {
            map.serialize_entry("InstantMessenger", &self.instant_messenger)?;
        }
        if self.company_name.is_present() {
            map.serialize_entry("CompanyName", &self.company_name)?;
        }
        if self.extra_message.is_present() {
            map.serialize_entry("ExtraMessage", &self.extra_message)?;
        }
        if self.contact_email.is_present() {
            map.serialize_entry("ContactEmail", &self.contact_email)?;
        }
        if self.ogrn.is_present() {
            map.serialize_entry("Ogrn", &self.ogrn)?;
        }
        if self.metro_station_id.is_present() {
            map.serialize_entry("MetroStationId", &self.metro_station_id)?;
        }
        if self.point_on_map.is_present() {
            map.serialize_entry("PointOnMap", &self.point_on_map)?;
        }
        if self.contact_person.is_present() {
            map.serialize_entry("ContactPerson", &self.contact_person)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VCardGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VCardGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VCardGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VCardGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut campaign_id = ::core::option::Option::None;
                let mut country = ::core::option::Option::None;
                let mut city = ::core::option::Option::None;
                let mut work_time = ::core::option::Option::None;
                let mut phone = ::core::option::Option::None;
                let mut street = rt::Nullable::Absent;
                let mut house = rt::Nullable::Absent;
                let mut building = rt::Nullable::Absent;
                let mut apartment = rt::Nullable::Absent;
                let mut instant_messenger = rt::Nullable::Absent;
                let mut company_name = rt::Nullable::Absent;
                let mut extra_message = rt::Nullable::Absent;
                let mut contact_email = rt::Nullable::Absent;
                let mut ogrn = rt::Nullable::Absent;
                let mut metro_station_id = rt::Nullable::Absent;
                let mut point_on_map = rt::Nullable::Absent;
                let mut contact_person = rt::Nullable::Absent;
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
                        "CampaignId" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignId",
                                &mut unknown_fields,
                            )?;
                        }
                        "Country" => {
                            country = rt::wire::optional_value(
                                &mut map,
                                "Country",
                                &mut unknown_fields,
                            )?;
                        }
                        "City" => {
                            city = rt::wire::optional_value(
                                &mut map,
                                "City",
                                &mut unknown_fields,
                            )?;
                        }
                        "WorkTime" => {
                            work_time = rt::wire::optional_value(
                                &mut map,
                                "WorkTime",
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
                        "Street" => street = map.next_value()?,
                        "House" => house = map.next_value()?,
                        "Building" => building = map.next_value()?,
                        "Apartment" => apartment = map.next_value()?,
                        "InstantMessenger" => instant_messenger = map.next_value()?,
                        "CompanyName" => company_name = map.next_value()?,
                        "ExtraMessage" => extra_message = map.next_value()?,
                        "ContactEmail" => contact_email = map.next_value()?,
                        "Ogrn" => ogrn = map.next_value()?,
                        "MetroStationId" => metro_station_id = map.next_value()?,
                        "PointOnMap" => point_on_map = map.next_value()?,
                        "ContactPerson" => contact_person = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VCardGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VCardGetItem {
                    id,
                    campaign_id,
                    country,
                    city,
                    work_time,
                    phone,
                    street,
                    house,
                    building,
                    apartment,
                    instant_messenger,
                    company_name,
                    extra_message,
                    contact_email,
                    ogrn,
                    metro_station_id,
                    point_on_map,
                    contact_person,
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
        if let ::core::option::Option::Some(value) = &self.v_cards {
            map.serialize_entry("VCards", value)?;
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
                let mut v_cards = ::core::option::Option::None;
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
                        "VCards" => {
                            v_cards = rt::wire::optional_value(
                                &mut map,
                                "VCards",
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
                    v_cards,
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
        map.serialize_entry("VCards", &self.v_cards)?;
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
                let mut v_cards = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VCards" => {
                            v_cards = ::core::option::Option::Some(map.next_value()?);
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
                    v_cards: rt::wire::required(v_cards, "VCards")?,
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
        if let ::core::option::Option::Some(value) = &self.add_results {
            map.serialize_entry("AddResults", value)?;
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
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = rt::wire::optional_value(
                                &mut map,
                                "AddResults",
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
                    add_results,
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
        if let ::core::option::Option::Some(value) = &self.delete_results {
            map.serialize_entry("DeleteResults", value)?;
        }
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
                            delete_results = rt::wire::optional_value(
                                &mut map,
                                "DeleteResults",
                                &mut unknown_fields,
                            )?;
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
                    delete_results,
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
    type Item = VCardGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<VCardGetItem> {
        self.v_cards.unwrap_or_default()
    }
}
