// @generated from schema/direct_v5/vcards.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The VCards service: `POST /json/v5/vcards`.
//!
//! Generated from `schema/direct_v5/vcards.json` (upstream `vcards.xml`, sha256 `aeda568be9998e8e754c79c27772735dff62fd6afd15dfb92e3be8a7a465c26d`).
use crate::runtime as rt;
/// `VCards.add`.
pub const ADD: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "VCards",
    endpoint: "vcards",
    method: "add",
    access: rt::Access::Write,
    finance: false,
};
/// `VCards.get`.
pub const GET: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "VCards",
    endpoint: "vcards",
    method: "get",
    access: rt::Access::Read,
    finance: false,
};
/// `VCards.delete`.
pub const DELETE: rt::MethodInfo = rt::MethodInfo {
    api: rt::Api::DirectV5,
    service_name: "VCards",
    endpoint: "vcards",
    method: "delete",
    access: rt::Access::Write,
    finance: false,
};
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: DELETE,
        request: rt::method::roundtrip_request::<DeleteRequest>,
        response: rt::method::roundtrip_response::<DeleteResponse>,
    },
];
/// The VCards service (`POST /json/v5/vcards`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct VCardsService<'a> {
    client: &'a rt::Client,
}
impl<'a> VCardsService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `VCards.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD, &params).await
    }
    /// `VCards.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET, &params).await
    }
    /// `VCards.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE, &params).await
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self.page.get_or_insert_with(<super::general::LimitOffset>::default).offset = ::core::option::Option::Some(
            offset,
        );
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
/// `VCardFieldEnum`: one of 18 known values, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VCardFieldEnum {
    /// `Id`
    Id,
    /// `Country`
    Country,
    /// `City`
    City,
    /// `Street`
    Street,
    /// `House`
    House,
    /// `Building`
    Building,
    /// `Apartment`
    Apartment,
    /// `CompanyName`
    CompanyName,
    /// `ExtraMessage`
    ExtraMessage,
    /// `ContactPerson`
    ContactPerson,
    /// `ContactEmail`
    ContactEmail,
    /// `MetroStationId`
    MetroStationId,
    /// `CampaignId`
    CampaignId,
    /// `Ogrn`
    Ogrn,
    /// `WorkTime`
    WorkTime,
    /// `InstantMessenger`
    InstantMessenger,
    /// `Phone`
    Phone,
    /// `PointOnMap`
    PointOnMap,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl VCardFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Id,
        Self::Country,
        Self::City,
        Self::Street,
        Self::House,
        Self::Building,
        Self::Apartment,
        Self::CompanyName,
        Self::ExtraMessage,
        Self::ContactPerson,
        Self::ContactEmail,
        Self::MetroStationId,
        Self::CampaignId,
        Self::Ogrn,
        Self::WorkTime,
        Self::InstantMessenger,
        Self::Phone,
        Self::PointOnMap,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "Id",
            Self::Country => "Country",
            Self::City => "City",
            Self::Street => "Street",
            Self::House => "House",
            Self::Building => "Building",
            Self::Apartment => "Apartment",
            Self::CompanyName => "CompanyName",
            Self::ExtraMessage => "ExtraMessage",
            Self::ContactPerson => "ContactPerson",
            Self::ContactEmail => "ContactEmail",
            Self::MetroStationId => "MetroStationId",
            Self::CampaignId => "CampaignId",
            Self::Ogrn => "Ogrn",
            Self::WorkTime => "WorkTime",
            Self::InstantMessenger => "InstantMessenger",
            Self::Phone => "Phone",
            Self::PointOnMap => "PointOnMap",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Id" => Self::Id,
            "Country" => Self::Country,
            "City" => Self::City,
            "Street" => Self::Street,
            "House" => Self::House,
            "Building" => Self::Building,
            "Apartment" => Self::Apartment,
            "CompanyName" => Self::CompanyName,
            "ExtraMessage" => Self::ExtraMessage,
            "ContactPerson" => Self::ContactPerson,
            "ContactEmail" => Self::ContactEmail,
            "MetroStationId" => Self::MetroStationId,
            "CampaignId" => Self::CampaignId,
            "Ogrn" => Self::Ogrn,
            "WorkTime" => Self::WorkTime,
            "InstantMessenger" => Self::InstantMessenger,
            "Phone" => Self::Phone,
            "PointOnMap" => Self::PointOnMap,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for VCardFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for VCardFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
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
        rt::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// `Phone` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Phone {
    /// `CountryCode`: `xsd:string` (required).
    pub country_code: ::std::string::String,
    /// `CityCode`: `xsd:string` (required).
    pub city_code: ::std::string::String,
    /// `PhoneNumber`: `xsd:string` (required).
    pub phone_number: ::std::string::String,
    /// `Extension`: `xsd:string` (optional).
    pub extension: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Phone {
    /// A `Phone` with its required fields (`CountryCode`, `CityCode`, `PhoneNumber`); the others start absent.
    pub fn new(
        country_code: ::std::string::String,
        city_code: ::std::string::String,
        phone_number: ::std::string::String,
    ) -> Self {
        Self {
            country_code,
            city_code,
            phone_number,
            extension: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Extension`.
    #[inline]
    #[must_use]
    pub fn with_extension(mut self, value: ::std::string::String) -> Self {
        self.extension = ::core::option::Option::Some(value);
        self
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
/// `InstantMessenger` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstantMessenger {
    /// `MessengerClient`: `xsd:string` (required).
    pub messenger_client: ::std::string::String,
    /// `MessengerLogin`: `xsd:string` (required).
    pub messenger_login: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl InstantMessenger {
    /// A `InstantMessenger` with its required fields (`MessengerClient`, `MessengerLogin`); the others start absent.
    pub fn new(
        messenger_client: ::std::string::String,
        messenger_login: ::std::string::String,
    ) -> Self {
        Self {
            messenger_client,
            messenger_login,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `MapPoint` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MapPoint {
    /// `X`: `xsd:decimal` (required).
    pub x: f64,
    /// `Y`: `xsd:decimal` (required).
    pub y: f64,
    /// `X1`: `xsd:decimal` (required).
    pub x1: f64,
    /// `Y1`: `xsd:decimal` (required).
    pub y1: f64,
    /// `X2`: `xsd:decimal` (required).
    pub x2: f64,
    /// `Y2`: `xsd:decimal` (required).
    pub y2: f64,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl MapPoint {
    /// A `MapPoint` with its required fields (`X`, `Y`, `X1`, `Y1`, `X2`, `Y2`); the others start absent.
    pub fn new(x: f64, y: f64, x1: f64, y1: f64, x2: f64, y2: f64) -> Self {
        Self {
            x,
            y,
            x1,
            y1,
            x2,
            y2,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `VCardAddItem` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VCardAddItem {
    /// `CampaignId`: `xsd:long` (required).
    pub campaign_id: i64,
    /// `Country`: `xsd:string` (required).
    pub country: ::std::string::String,
    /// `City`: `xsd:string` (required).
    pub city: ::std::string::String,
    /// `CompanyName`: `xsd:string` (required).
    pub company_name: ::std::string::String,
    /// `WorkTime`: `xsd:string` (required).
    pub work_time: ::std::string::String,
    /// `Phone`: `Phone` (required).
    pub phone: Phone,
    /// `Street`: `xsd:string` (optional).
    pub street: ::core::option::Option<::std::string::String>,
    /// `House`: `xsd:string` (optional).
    pub house: ::core::option::Option<::std::string::String>,
    /// `Building`: `xsd:string` (optional).
    pub building: ::core::option::Option<::std::string::String>,
    /// `Apartment`: `xsd:string` (optional).
    pub apartment: ::core::option::Option<::std::string::String>,
    /// `InstantMessenger`: `InstantMessenger` (optional).
    pub instant_messenger: ::core::option::Option<InstantMessenger>,
    /// `ExtraMessage`: `xsd:string` (optional).
    pub extra_message: ::core::option::Option<::std::string::String>,
    /// `ContactEmail`: `xsd:string` (optional).
    pub contact_email: ::core::option::Option<::std::string::String>,
    /// `Ogrn`: `xsd:string` (optional).
    pub ogrn: ::core::option::Option<::std::string::String>,
    /// `MetroStationId`: `xsd:long` (optional).
    pub metro_station_id: ::core::option::Option<i64>,
    /// `PointOnMap`: `MapPoint` (optional).
    pub point_on_map: ::core::option::Option<MapPoint>,
    /// `ContactPerson`: `xsd:string` (optional).
    pub contact_person: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VCardAddItem {
    /// A `VCardAddItem` with its required fields (`CampaignId`, `Country`, `City`, `CompanyName`, `WorkTime`, `Phone`); the others start absent.
    pub fn new(
        campaign_id: i64,
        country: ::std::string::String,
        city: ::std::string::String,
        company_name: ::std::string::String,
        work_time: ::std::string::String,
        phone: Phone,
    ) -> Self {
        Self {
            campaign_id,
            country,
            city,
            company_name,
            work_time,
            phone,
            street: ::core::option::Option::None,
            house: ::core::option::Option::None,
            building: ::core::option::Option::None,
            apartment: ::core::option::Option::None,
            instant_messenger: ::core::option::Option::None,
            extra_message: ::core::option::Option::None,
            contact_email: ::core::option::Option::None,
            ogrn: ::core::option::Option::None,
            metro_station_id: ::core::option::Option::None,
            point_on_map: ::core::option::Option::None,
            contact_person: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Street`.
    #[inline]
    #[must_use]
    pub fn with_street(mut self, value: ::std::string::String) -> Self {
        self.street = ::core::option::Option::Some(value);
        self
    }
    /// Sets `House`.
    #[inline]
    #[must_use]
    pub fn with_house(mut self, value: ::std::string::String) -> Self {
        self.house = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Building`.
    #[inline]
    #[must_use]
    pub fn with_building(mut self, value: ::std::string::String) -> Self {
        self.building = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Apartment`.
    #[inline]
    #[must_use]
    pub fn with_apartment(mut self, value: ::std::string::String) -> Self {
        self.apartment = ::core::option::Option::Some(value);
        self
    }
    /// Sets `InstantMessenger`.
    #[inline]
    #[must_use]
    pub fn with_instant_messenger(mut self, value: InstantMessenger) -> Self {
        self.instant_messenger = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ExtraMessage`.
    #[inline]
    #[must_use]
    pub fn with_extra_message(mut self, value: ::std::string::String) -> Self {
        self.extra_message = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContactEmail`.
    #[inline]
    #[must_use]
    pub fn with_contact_email(mut self, value: ::std::string::String) -> Self {
        self.contact_email = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Ogrn`.
    #[inline]
    #[must_use]
    pub fn with_ogrn(mut self, value: ::std::string::String) -> Self {
        self.ogrn = ::core::option::Option::Some(value);
        self
    }
    /// Sets `MetroStationId`.
    #[inline]
    #[must_use]
    pub fn with_metro_station_id(mut self, value: i64) -> Self {
        self.metro_station_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `PointOnMap`.
    #[inline]
    #[must_use]
    pub fn with_point_on_map(mut self, value: MapPoint) -> Self {
        self.point_on_map = ::core::option::Option::Some(value);
        self
    }
    /// Sets `ContactPerson`.
    #[inline]
    #[must_use]
    pub fn with_contact_person(mut self, value: ::std::string::String) -> Self {
        self.contact_person = ::core::option::Option::Some(value);
        self
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
/// `VCardGetItem` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VCardGetItem {
    /// `Id`: `xsd:long` (optional).
    pub id: ::core::option::Option<i64>,
    /// `CampaignId`: `xsd:long` (optional).
    pub campaign_id: ::core::option::Option<i64>,
    /// `Country`: `xsd:string` (optional).
    pub country: ::core::option::Option<::std::string::String>,
    /// `City`: `xsd:string` (optional).
    pub city: ::core::option::Option<::std::string::String>,
    /// `WorkTime`: `xsd:string` (optional).
    pub work_time: ::core::option::Option<::std::string::String>,
    /// `Phone`: `Phone` (optional).
    pub phone: ::core::option::Option<Phone>,
    /// `Street`: `xsd:string` (optional, nillable).
    pub street: rt::Nullable<::std::string::String>,
    /// `House`: `xsd:string` (optional, nillable).
    pub house: rt::Nullable<::std::string::String>,
    /// `Building`: `xsd:string` (optional, nillable).
    pub building: rt::Nullable<::std::string::String>,
    /// `Apartment`: `xsd:string` (optional, nillable).
    pub apartment: rt::Nullable<::std::string::String>,
    /// `InstantMessenger`: `InstantMessenger` (optional, nillable).
    pub instant_messenger: rt::Nullable<InstantMessenger>,
    /// `CompanyName`: `xsd:string` (optional, nillable).
    pub company_name: rt::Nullable<::std::string::String>,
    /// `ExtraMessage`: `xsd:string` (optional, nillable).
    pub extra_message: rt::Nullable<::std::string::String>,
    /// `ContactEmail`: `xsd:string` (optional, nillable).
    pub contact_email: rt::Nullable<::std::string::String>,
    /// `Ogrn`: `xsd:string` (optional, nillable).
    pub ogrn: rt::Nullable<::std::string::String>,
    /// `MetroStationId`: `xsd:long` (optional, nillable).
    pub metro_station_id: rt::Nullable<i64>,
    /// `PointOnMap`: `MapPoint` (optional, nillable).
    pub point_on_map: rt::Nullable<MapPoint>,
    /// `ContactPerson`: `xsd:string` (optional, nillable).
    pub contact_person: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VCardGetItem {
    /// An empty `VCardGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            id: ::core::option::Option::None,
            campaign_id: ::core::option::Option::None,
            country: ::core::option::Option::None,
            city: ::core::option::Option::None,
            work_time: ::core::option::Option::None,
            phone: ::core::option::Option::None,
            street: rt::Nullable::Absent,
            house: rt::Nullable::Absent,
            building: rt::Nullable::Absent,
            apartment: rt::Nullable::Absent,
            instant_messenger: rt::Nullable::Absent,
            company_name: rt::Nullable::Absent,
            extra_message: rt::Nullable::Absent,
            contact_email: rt::Nullable::Absent,
            ogrn: rt::Nullable::Absent,
            metro_station_id: rt::Nullable::Absent,
            point_on_map: rt::Nullable::Absent,
            contact_person: rt::Nullable::Absent,
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
    /// Sets `CampaignId`.
    #[inline]
    #[must_use]
    pub fn with_campaign_id(mut self, value: i64) -> Self {
        self.campaign_id = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Country`.
    #[inline]
    #[must_use]
    pub fn with_country(mut self, value: ::std::string::String) -> Self {
        self.country = ::core::option::Option::Some(value);
        self
    }
    /// Sets `City`.
    #[inline]
    #[must_use]
    pub fn with_city(mut self, value: ::std::string::String) -> Self {
        self.city = ::core::option::Option::Some(value);
        self
    }
    /// Sets `WorkTime`.
    #[inline]
    #[must_use]
    pub fn with_work_time(mut self, value: ::std::string::String) -> Self {
        self.work_time = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Phone`.
    #[inline]
    #[must_use]
    pub fn with_phone(mut self, value: Phone) -> Self {
        self.phone = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Street`.
    #[inline]
    #[must_use]
    pub fn with_street(mut self, value: ::std::string::String) -> Self {
        self.street = rt::Nullable::Value(value);
        self
    }
    /// Sets `House`.
    #[inline]
    #[must_use]
    pub fn with_house(mut self, value: ::std::string::String) -> Self {
        self.house = rt::Nullable::Value(value);
        self
    }
    /// Sets `Building`.
    #[inline]
    #[must_use]
    pub fn with_building(mut self, value: ::std::string::String) -> Self {
        self.building = rt::Nullable::Value(value);
        self
    }
    /// Sets `Apartment`.
    #[inline]
    #[must_use]
    pub fn with_apartment(mut self, value: ::std::string::String) -> Self {
        self.apartment = rt::Nullable::Value(value);
        self
    }
    /// Sets `InstantMessenger`.
    #[inline]
    #[must_use]
    pub fn with_instant_messenger(mut self, value: InstantMessenger) -> Self {
        self.instant_messenger = rt::Nullable::Value(value);
        self
    }
    /// Sets `CompanyName`.
    #[inline]
    #[must_use]
    pub fn with_company_name(mut self, value: ::std::string::String) -> Self {
        self.company_name = rt::Nullable::Value(value);
        self
    }
    /// Sets `ExtraMessage`.
    #[inline]
    #[must_use]
    pub fn with_extra_message(mut self, value: ::std::string::String) -> Self {
        self.extra_message = rt::Nullable::Value(value);
        self
    }
    /// Sets `ContactEmail`.
    #[inline]
    #[must_use]
    pub fn with_contact_email(mut self, value: ::std::string::String) -> Self {
        self.contact_email = rt::Nullable::Value(value);
        self
    }
    /// Sets `Ogrn`.
    #[inline]
    #[must_use]
    pub fn with_ogrn(mut self, value: ::std::string::String) -> Self {
        self.ogrn = rt::Nullable::Value(value);
        self
    }
    /// Sets `MetroStationId`.
    #[inline]
    #[must_use]
    pub fn with_metro_station_id(mut self, value: i64) -> Self {
        self.metro_station_id = rt::Nullable::Value(value);
        self
    }
    /// Sets `PointOnMap`.
    #[inline]
    #[must_use]
    pub fn with_point_on_map(mut self, value: MapPoint) -> Self {
        self.point_on_map = rt::Nullable::Value(value);
        self
    }
    /// Sets `ContactPerson`.
    #[inline]
    #[must_use]
    pub fn with_contact_person(mut self, value: ::std::string::String) -> Self {
        self.contact_person = rt::Nullable::Value(value);
        self
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
/// `GetRequest` (`schema/direct_v5/vcards.json`). Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// `Page`: `LimitOffset` (optional).
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// `SelectionCriteria`: `general:IdsCriteria` (optional).
    pub selection_criteria: ::core::option::Option<super::general::IdsCriteria>,
    /// `FieldNames`: array of `VCardFieldEnum` (required).
    pub field_names: ::std::vec::Vec<VCardFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(field_names: ::std::vec::Vec<VCardFieldEnum>) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Page`.
    #[inline]
    #[must_use]
    pub fn with_page(mut self, value: super::general::LimitOffset) -> Self {
        self.page = ::core::option::Option::Some(value);
        self
    }
    /// Sets `SelectionCriteria`.
    #[inline]
    #[must_use]
    pub fn with_selection_criteria(
        mut self,
        value: super::general::IdsCriteria,
    ) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
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
/// `GetResponse` (`schema/direct_v5/vcards.json`). Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// `LimitedBy`: `xsd:long` (optional).
    pub limited_by: ::core::option::Option<i64>,
    /// `VCards`: array of `VCardGetItem` (optional).
    pub v_cards: ::core::option::Option<::std::vec::Vec<VCardGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            v_cards: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `LimitedBy`.
    #[inline]
    #[must_use]
    pub fn with_limited_by(mut self, value: i64) -> Self {
        self.limited_by = ::core::option::Option::Some(value);
        self
    }
    /// Sets `VCards`.
    #[inline]
    #[must_use]
    pub fn with_v_cards(mut self, value: ::std::vec::Vec<VCardGetItem>) -> Self {
        self.v_cards = ::core::option::Option::Some(value);
        self
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
/// `AddRequest` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// `VCards`: array of `VCardAddItem` (required).
    pub v_cards: ::std::vec::Vec<VCardAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`VCards`); the others start absent.
    pub fn new(v_cards: ::std::vec::Vec<VCardAddItem>) -> Self {
        Self {
            v_cards,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `AddResponse` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// `AddResults`: array of `general:ActionResult` (optional).
    pub add_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddResponse {
    /// An empty `AddResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            add_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AddResults`.
    #[inline]
    #[must_use]
    pub fn with_add_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(value);
        self
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
/// `DeleteRequest` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// `SelectionCriteria`: `general:IdsCriteria` (required).
    pub selection_criteria: super::general::IdsCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteRequest {
    /// A `DeleteRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: super::general::IdsCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
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
/// `DeleteResponse` (`schema/direct_v5/vcards.json`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// `DeleteResults`: array of `general:ActionResult` (optional).
    pub delete_results: ::core::option::Option<
        ::std::vec::Vec<super::general::ActionResult>,
    >,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteResponse {
    /// An empty `DeleteResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            delete_results: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `DeleteResults`.
    #[inline]
    #[must_use]
    pub fn with_delete_results(
        mut self,
        value: ::std::vec::Vec<super::general::ActionResult>,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(value);
        self
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
