// @generated from schema/direct_v5/vcards.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The VCards service: `POST /json/v5/vcards`.
//!
//! Generated from `schema/direct_v5/vcards.json` (upstream `vcards.xml`, sha256 `aeda568be9998e8e754c79c27772735dff62fd6afd15dfb92e3be8a7a465c26d`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "VCards",
        endpoint: "vcards",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `VCards.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `VCards.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `VCards.delete` (write): the method with its request and response types, as the client's generic calls take it.
pub const DELETE: rt::Method<DeleteRequest, DeleteResponse> = rt::Method::new(
    method_info("delete", rt::Access::Write),
);
/// Every method of the service with its typed codecs, for lookup by name.
pub const METHODS: &[rt::MethodEntry] = &[
    rt::MethodEntry {
        info: ADD.info,
        request: rt::method::roundtrip_request::<AddRequest>,
        response: rt::method::roundtrip_response::<AddResponse>,
    },
    rt::MethodEntry {
        info: GET.info,
        request: rt::method::roundtrip_request::<GetRequest>,
        response: rt::method::roundtrip_response::<GetResponse>,
    },
    rt::MethodEntry {
        info: DELETE.info,
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
        self.client.call(&ADD.info, &params).await
    }
    /// `VCards.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `VCards.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `VCards.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<VCardGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `VCards.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 18 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VCardFieldEnum {
    /// Sent as `Id`.
    Id,
    /// Sent as `Country`.
    Country,
    /// Sent as `City`.
    City,
    /// Sent as `Street`.
    Street,
    /// Sent as `House`.
    House,
    /// Sent as `Building`.
    Building,
    /// Sent as `Apartment`.
    Apartment,
    /// Sent as `CompanyName`.
    CompanyName,
    /// Sent as `ExtraMessage`.
    ExtraMessage,
    /// Sent as `ContactPerson`.
    ContactPerson,
    /// Sent as `ContactEmail`.
    ContactEmail,
    /// Sent as `MetroStationId`.
    MetroStationId,
    /// Sent as `CampaignId`.
    CampaignId,
    /// Sent as `Ogrn`.
    Ogrn,
    /// Sent as `WorkTime`.
    WorkTime,
    /// Sent as `InstantMessenger`.
    InstantMessenger,
    /// Sent as `Phone`.
    Phone,
    /// Sent as `PointOnMap`.
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
/// Used in `VCardAddItem::phone`, `VCardGetItem::phone`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Phone {
    /// Required. Sent as `CountryCode`.
    pub country_code: ::std::string::String,
    /// Required. Sent as `CityCode`.
    pub city_code: ::std::string::String,
    /// Required. Sent as `PhoneNumber`.
    pub phone_number: ::std::string::String,
    /// Optional. Sent as `Extension`.
    pub extension: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl Phone {
    /// A `Phone` with its required fields (`CountryCode`, `CityCode`, `PhoneNumber`); the others start absent.
    pub fn new(
        country_code: impl ::core::convert::Into<::std::string::String>,
        city_code: impl ::core::convert::Into<::std::string::String>,
        phone_number: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            country_code: country_code.into(),
            city_code: city_code.into(),
            phone_number: phone_number.into(),
            extension: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Extension`.
    #[inline]
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `VCardAddItem::instant_messenger`, `VCardGetItem::instant_messenger`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstantMessenger {
    /// Required. Sent as `MessengerClient`.
    pub messenger_client: ::std::string::String,
    /// Required. Sent as `MessengerLogin`.
    pub messenger_login: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl InstantMessenger {
    /// A `InstantMessenger` with its required fields (`MessengerClient`, `MessengerLogin`); the others start absent.
    pub fn new(
        messenger_client: impl ::core::convert::Into<::std::string::String>,
        messenger_login: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            messenger_client: messenger_client.into(),
            messenger_login: messenger_login.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `VCardAddItem::point_on_map`, `VCardGetItem::point_on_map`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MapPoint {
    /// Required. Sent as `X`.
    pub x: f64,
    /// Required. Sent as `Y`.
    pub y: f64,
    /// Required. Sent as `X1`.
    pub x1: f64,
    /// Required. Sent as `Y1`.
    pub y1: f64,
    /// Required. Sent as `X2`.
    pub x2: f64,
    /// Required. Sent as `Y2`.
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
/// Used in `AddRequest::v_cards`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VCardAddItem {
    /// Required. Sent as `CampaignId`.
    pub campaign_id: i64,
    /// Required. Sent as `Country`.
    pub country: ::std::string::String,
    /// Required. Sent as `City`.
    pub city: ::std::string::String,
    /// Required. Sent as `CompanyName`.
    pub company_name: ::std::string::String,
    /// Required. Sent as `WorkTime`.
    pub work_time: ::std::string::String,
    /// Required. Sent as `Phone`.
    pub phone: Phone,
    /// Optional. Sent as `Street`.
    pub street: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `House`.
    pub house: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Building`.
    pub building: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Apartment`.
    pub apartment: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `InstantMessenger`.
    pub instant_messenger: ::core::option::Option<InstantMessenger>,
    /// Optional. Sent as `ExtraMessage`.
    pub extra_message: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `ContactEmail`.
    pub contact_email: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Ogrn`.
    pub ogrn: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `MetroStationId`.
    pub metro_station_id: ::core::option::Option<i64>,
    /// Optional. Sent as `PointOnMap`.
    pub point_on_map: ::core::option::Option<MapPoint>,
    /// Optional. Sent as `ContactPerson`.
    pub contact_person: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl VCardAddItem {
    /// A `VCardAddItem` with its required fields (`CampaignId`, `Country`, `City`, `CompanyName`, `WorkTime`, `Phone`); the others start absent.
    pub fn new(
        campaign_id: i64,
        country: impl ::core::convert::Into<::std::string::String>,
        city: impl ::core::convert::Into<::std::string::String>,
        company_name: impl ::core::convert::Into<::std::string::String>,
        work_time: impl ::core::convert::Into<::std::string::String>,
        phone: Phone,
    ) -> Self {
        Self {
            campaign_id,
            country: country.into(),
            city: city.into(),
            company_name: company_name.into(),
            work_time: work_time.into(),
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
    pub fn with_street(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.street = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `House`.
    #[inline]
    #[must_use]
    pub fn with_house(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.house = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Building`.
    #[inline]
    #[must_use]
    pub fn with_building(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.building = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Apartment`.
    #[inline]
    #[must_use]
    pub fn with_apartment(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.apartment = ::core::option::Option::Some(value.into());
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
    pub fn with_extra_message(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_message = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `ContactEmail`.
    #[inline]
    #[must_use]
    pub fn with_contact_email(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contact_email = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Ogrn`.
    #[inline]
    #[must_use]
    pub fn with_ogrn(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ogrn = ::core::option::Option::Some(value.into());
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
    pub fn with_contact_person(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contact_person = ::core::option::Option::Some(value.into());
        self
    }
}
/// Used in `GetResponse::v_cards`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VCardGetItem {
    /// Optional. Sent as `Id`.
    pub id: ::core::option::Option<i64>,
    /// Optional. Sent as `CampaignId`.
    pub campaign_id: ::core::option::Option<i64>,
    /// Optional. Sent as `Country`.
    pub country: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `City`.
    pub city: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `WorkTime`.
    pub work_time: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Phone`.
    pub phone: ::core::option::Option<Phone>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Street`.
    pub street: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `House`.
    pub house: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Building`.
    pub building: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Apartment`.
    pub apartment: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `InstantMessenger`.
    pub instant_messenger: rt::Nullable<InstantMessenger>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `CompanyName`.
    pub company_name: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ExtraMessage`.
    pub extra_message: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContactEmail`.
    pub contact_email: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `Ogrn`.
    pub ogrn: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `MetroStationId`.
    pub metro_station_id: rt::Nullable<i64>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PointOnMap`.
    pub point_on_map: rt::Nullable<MapPoint>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `ContactPerson`.
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
    pub fn with_country(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.country = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `City`.
    #[inline]
    #[must_use]
    pub fn with_city(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `WorkTime`.
    #[inline]
    #[must_use]
    pub fn with_work_time(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.work_time = ::core::option::Option::Some(value.into());
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
    pub fn with_street(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.street = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `House`.
    #[inline]
    #[must_use]
    pub fn with_house(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.house = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Building`.
    #[inline]
    #[must_use]
    pub fn with_building(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.building = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Apartment`.
    #[inline]
    #[must_use]
    pub fn with_apartment(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.apartment = rt::Nullable::Value(value.into());
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
    pub fn with_company_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.company_name = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ExtraMessage`.
    #[inline]
    #[must_use]
    pub fn with_extra_message(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_message = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `ContactEmail`.
    #[inline]
    #[must_use]
    pub fn with_contact_email(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contact_email = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `Ogrn`.
    #[inline]
    #[must_use]
    pub fn with_ogrn(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ogrn = rt::Nullable::Value(value.into());
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
    pub fn with_contact_person(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.contact_person = rt::Nullable::Value(value.into());
        self
    }
}
/// The `params` of `VCards.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<super::general::IdsCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<VCardFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<VCardFieldEnum>,
        >,
    ) -> Self {
        Self {
            page: ::core::option::Option::None,
            selection_criteria: ::core::option::Option::None,
            field_names: field_names
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
/// The `result` of `VCards.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `VCards`.
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
    pub fn with_v_cards(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<VCardGetItem>,
        >,
    ) -> Self {
        self.v_cards = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `VCards.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `VCards`.
    pub v_cards: ::std::vec::Vec<VCardAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`VCards`); the others start absent.
    pub fn new(
        v_cards: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<VCardAddItem>,
        >,
    ) -> Self {
        Self {
            v_cards: v_cards.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `VCards.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `VCards.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
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
/// The `result` of `VCards.delete`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Optional. Sent as `DeleteResults`.
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
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ActionResult>,
        >,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
