// @generated from schema/direct_v5/adimages.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! The AdImages service: `POST /json/v5/adimages`.
//!
//! Generated from `schema/direct_v5/adimages.json` (upstream `adimages.xml`, sha256 `3bd45850c0f70c3d0d183b22309ef556bf649e6811ec61ceccbd77ccb4653ec3`).
use crate::runtime as rt;
mod serde;
/// The [`MethodInfo`](rt::MethodInfo) of one method of the service.
const fn method_info(method: &'static str, access: rt::Access) -> rt::MethodInfo {
    rt::MethodInfo {
        api: rt::Api::DirectV5,
        service_name: "AdImages",
        endpoint: "adimages",
        method,
        access,
        finance: false,
        finance_actions: &[],
    }
}
/// `AdImages.add` (write): the method with its request and response types, as the client's generic calls take it.
pub const ADD: rt::Method<AddRequest, AddResponse> = rt::Method::new(
    method_info("add", rt::Access::Write),
);
/// `AdImages.get` (read): the method with its request and response types, as the client's generic calls take it.
pub const GET: rt::Method<GetRequest, GetResponse> = rt::Method::new(
    method_info("get", rt::Access::Read),
);
/// `AdImages.delete` (write): the method with its request and response types, as the client's generic calls take it.
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
/// The AdImages service (`POST /json/v5/adimages`): one async method per API method.
#[derive(Debug, Clone, Copy)]
pub struct AdImagesService<'a> {
    client: &'a rt::Client,
}
impl<'a> AdImagesService<'a> {
    /// The service, called through `client`.
    pub fn new(client: &'a rt::Client) -> Self {
        Self { client }
    }
    /// `AdImages.add`: sends `AddRequest` as `params`, returns `AddResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn add(
        &self,
        params: AddRequest,
    ) -> ::core::result::Result<rt::Response<AddResponse>, rt::Error> {
        self.client.call(&ADD.info, &params).await
    }
    /// `AdImages.get`: sends `GetRequest` as `params`, returns `GetResponse` from `result`. Reads only: retried on temporary errors.
    pub async fn get(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::Response<GetResponse>, rt::Error> {
        self.client.call(&GET.info, &params).await
    }
    /// `AdImages.delete`: sends `DeleteRequest` as `params`, returns `DeleteResponse` from `result`. Writes: never repeated unless the server says it did not execute it.
    pub async fn delete(
        &self,
        params: DeleteRequest,
    ) -> ::core::result::Result<rt::Response<DeleteResponse>, rt::Error> {
        self.client.call(&DELETE.info, &params).await
    }
    /// `AdImages.get` page after page: every item, following `LimitedBy` with `Page.Offset`, with each page's metadata (request id, units). Fails on the first error, or when `LimitedBy` does not advance.
    pub async fn get_all(
        &self,
        params: GetRequest,
    ) -> ::core::result::Result<rt::AllPages<AdImageGetItem>, rt::Error> {
        self.client.get_all(&GET, params).await
    }
    /// `AdImages.get` one page at a time (`.next().await`, or `.into_stream()`), each with its metadata.
    pub fn pages(&self, params: GetRequest) -> rt::Pages<'a, GetRequest, GetResponse> {
        self.client.pages(&GET, params)
    }
}
/// Used in `GetRequest::field_names`.
///
/// One of the 7 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdImageFieldEnum {
    /// Sent as `AdImageHash`.
    AdImageHash,
    /// Sent as `OriginalUrl`.
    OriginalUrl,
    /// Sent as `PreviewUrl`.
    PreviewUrl,
    /// Sent as `Name`.
    Name,
    /// Sent as `Type`.
    Type,
    /// Sent as `Subtype`.
    Subtype,
    /// Sent as `Associated`.
    Associated,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdImageFieldEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::AdImageHash,
        Self::OriginalUrl,
        Self::PreviewUrl,
        Self::Name,
        Self::Type,
        Self::Subtype,
        Self::Associated,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdImageHash => "AdImageHash",
            Self::OriginalUrl => "OriginalUrl",
            Self::PreviewUrl => "PreviewUrl",
            Self::Name => "Name",
            Self::Type => "Type",
            Self::Subtype => "Subtype",
            Self::Associated => "Associated",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "AdImageHash" => Self::AdImageHash,
            "OriginalUrl" => Self::OriginalUrl,
            "PreviewUrl" => Self::PreviewUrl,
            "Name" => Self::Name,
            "Type" => Self::Type,
            "Subtype" => Self::Subtype,
            "Associated" => Self::Associated,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdImageFieldEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdImageFieldEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdImageGetItem::type_`.
///
/// One of the 5 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdImageTypeEnum {
    /// Sent as `SMALL`.
    Small,
    /// Sent as `REGULAR`.
    Regular,
    /// Sent as `WIDE`.
    Wide,
    /// Sent as `FIXED_IMAGE`.
    FixedImage,
    /// Sent as `UNFIT`.
    Unfit,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdImageTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Small,
        Self::Regular,
        Self::Wide,
        Self::FixedImage,
        Self::Unfit,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "SMALL",
            Self::Regular => "REGULAR",
            Self::Wide => "WIDE",
            Self::FixedImage => "FIXED_IMAGE",
            Self::Unfit => "UNFIT",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "SMALL" => Self::Small,
            "REGULAR" => Self::Regular,
            "WIDE" => Self::Wide,
            "FIXED_IMAGE" => Self::FixedImage,
            "UNFIT" => Self::Unfit,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdImageTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdImageTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdImageAddItem::type_`.
///
/// One of the 4 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdImageAddTypeEnum {
    /// Sent as `REGULAR`.
    Regular,
    /// Sent as `WIDE`.
    Wide,
    /// Sent as `FIXED_IMAGE`.
    FixedImage,
    /// Sent as `AUTO`.
    Auto,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdImageAddTypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Regular,
        Self::Wide,
        Self::FixedImage,
        Self::Auto,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regular => "REGULAR",
            Self::Wide => "WIDE",
            Self::FixedImage => "FIXED_IMAGE",
            Self::Auto => "AUTO",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "REGULAR" => Self::Regular,
            "WIDE" => Self::Wide,
            "FIXED_IMAGE" => Self::FixedImage,
            "AUTO" => Self::Auto,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdImageAddTypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdImageAddTypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AdImageGetItem::subtype`.
///
/// One of the 53 values the schema knows, or any other value the API may add (kept in `Unrecognized`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdImageSubtypeEnum {
    /// Sent as `IMG_240_400`.
    Img240400,
    /// Sent as `IMG_300_250`.
    Img300250,
    /// Sent as `IMG_300_500`.
    Img300500,
    /// Sent as `IMG_300_600`.
    Img300600,
    /// Sent as `IMG_320_50`.
    Img32050,
    /// Sent as `IMG_320_100`.
    Img320100,
    /// Sent as `IMG_320_480`.
    Img320480,
    /// Sent as `IMG_336_280`.
    Img336280,
    /// Sent as `IMG_480_320`.
    Img480320,
    /// Sent as `IMG_728_90`.
    Img72890,
    /// Sent as `IMG_970_250`.
    Img970250,
    /// Sent as `IMG_516_272`.
    Img516272,
    /// Sent as `IMG_223_159`.
    Img223159,
    /// Sent as `IMG_480_800`.
    Img480800,
    /// Sent as `IMG_600_500`.
    Img600500,
    /// Sent as `IMG_600_1000`.
    Img6001000,
    /// Sent as `IMG_600_1200`.
    Img6001200,
    /// Sent as `IMG_640_100`.
    Img640100,
    /// Sent as `IMG_640_200`.
    Img640200,
    /// Sent as `IMG_640_960`.
    Img640960,
    /// Sent as `IMG_672_560`.
    Img672560,
    /// Sent as `IMG_960_640`.
    Img960640,
    /// Sent as `IMG_1456_180`.
    Img1456180,
    /// Sent as `IMG_1940_500`.
    Img1940500,
    /// Sent as `IMG_1032_544`.
    Img1032544,
    /// Sent as `IMG_446_318`.
    Img446318,
    /// Sent as `IMG_720_1200`.
    Img7201200,
    /// Sent as `IMG_900_750`.
    Img900750,
    /// Sent as `IMG_900_1500`.
    Img9001500,
    /// Sent as `IMG_900_1800`.
    Img9001800,
    /// Sent as `IMG_960_150`.
    Img960150,
    /// Sent as `IMG_960_300`.
    Img960300,
    /// Sent as `IMG_960_1440`.
    Img9601440,
    /// Sent as `IMG_1008_840`.
    Img1008840,
    /// Sent as `IMG_1440_960`.
    Img1440960,
    /// Sent as `IMG_2184_270`.
    Img2184270,
    /// Sent as `IMG_2910_750`.
    Img2910750,
    /// Sent as `IMG_1548_816`.
    Img1548816,
    /// Sent as `IMG_669_477`.
    Img669477,
    /// Sent as `IMG_960_1600`.
    Img9601600,
    /// Sent as `IMG_1200_1000`.
    Img12001000,
    /// Sent as `IMG_1200_2000`.
    Img12002000,
    /// Sent as `IMG_1200_2400`.
    Img12002400,
    /// Sent as `IMG_1280_200`.
    Img1280200,
    /// Sent as `IMG_1280_400`.
    Img1280400,
    /// Sent as `IMG_1280_1920`.
    Img12801920,
    /// Sent as `IMG_1344_1120`.
    Img13441120,
    /// Sent as `IMG_1920_1280`.
    Img19201280,
    /// Sent as `IMG_2912_360`.
    Img2912360,
    /// Sent as `IMG_3880_1000`.
    Img38801000,
    /// Sent as `IMG_2064_1088`.
    Img20641088,
    /// Sent as `IMG_892_636`.
    Img892636,
    /// Sent as `NONE`.
    None,
    /// A value this version of the schema does not know, kept as sent.
    Unrecognized(rt::Unrecognized),
}
impl AdImageSubtypeEnum {
    /// Every value the schema knows, in schema order.
    pub const KNOWN: &'static [Self] = &[
        Self::Img240400,
        Self::Img300250,
        Self::Img300500,
        Self::Img300600,
        Self::Img32050,
        Self::Img320100,
        Self::Img320480,
        Self::Img336280,
        Self::Img480320,
        Self::Img72890,
        Self::Img970250,
        Self::Img516272,
        Self::Img223159,
        Self::Img480800,
        Self::Img600500,
        Self::Img6001000,
        Self::Img6001200,
        Self::Img640100,
        Self::Img640200,
        Self::Img640960,
        Self::Img672560,
        Self::Img960640,
        Self::Img1456180,
        Self::Img1940500,
        Self::Img1032544,
        Self::Img446318,
        Self::Img7201200,
        Self::Img900750,
        Self::Img9001500,
        Self::Img9001800,
        Self::Img960150,
        Self::Img960300,
        Self::Img9601440,
        Self::Img1008840,
        Self::Img1440960,
        Self::Img2184270,
        Self::Img2910750,
        Self::Img1548816,
        Self::Img669477,
        Self::Img9601600,
        Self::Img12001000,
        Self::Img12002000,
        Self::Img12002400,
        Self::Img1280200,
        Self::Img1280400,
        Self::Img12801920,
        Self::Img13441120,
        Self::Img19201280,
        Self::Img2912360,
        Self::Img38801000,
        Self::Img20641088,
        Self::Img892636,
        Self::None,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Img240400 => "IMG_240_400",
            Self::Img300250 => "IMG_300_250",
            Self::Img300500 => "IMG_300_500",
            Self::Img300600 => "IMG_300_600",
            Self::Img32050 => "IMG_320_50",
            Self::Img320100 => "IMG_320_100",
            Self::Img320480 => "IMG_320_480",
            Self::Img336280 => "IMG_336_280",
            Self::Img480320 => "IMG_480_320",
            Self::Img72890 => "IMG_728_90",
            Self::Img970250 => "IMG_970_250",
            Self::Img516272 => "IMG_516_272",
            Self::Img223159 => "IMG_223_159",
            Self::Img480800 => "IMG_480_800",
            Self::Img600500 => "IMG_600_500",
            Self::Img6001000 => "IMG_600_1000",
            Self::Img6001200 => "IMG_600_1200",
            Self::Img640100 => "IMG_640_100",
            Self::Img640200 => "IMG_640_200",
            Self::Img640960 => "IMG_640_960",
            Self::Img672560 => "IMG_672_560",
            Self::Img960640 => "IMG_960_640",
            Self::Img1456180 => "IMG_1456_180",
            Self::Img1940500 => "IMG_1940_500",
            Self::Img1032544 => "IMG_1032_544",
            Self::Img446318 => "IMG_446_318",
            Self::Img7201200 => "IMG_720_1200",
            Self::Img900750 => "IMG_900_750",
            Self::Img9001500 => "IMG_900_1500",
            Self::Img9001800 => "IMG_900_1800",
            Self::Img960150 => "IMG_960_150",
            Self::Img960300 => "IMG_960_300",
            Self::Img9601440 => "IMG_960_1440",
            Self::Img1008840 => "IMG_1008_840",
            Self::Img1440960 => "IMG_1440_960",
            Self::Img2184270 => "IMG_2184_270",
            Self::Img2910750 => "IMG_2910_750",
            Self::Img1548816 => "IMG_1548_816",
            Self::Img669477 => "IMG_669_477",
            Self::Img9601600 => "IMG_960_1600",
            Self::Img12001000 => "IMG_1200_1000",
            Self::Img12002000 => "IMG_1200_2000",
            Self::Img12002400 => "IMG_1200_2400",
            Self::Img1280200 => "IMG_1280_200",
            Self::Img1280400 => "IMG_1280_400",
            Self::Img12801920 => "IMG_1280_1920",
            Self::Img13441120 => "IMG_1344_1120",
            Self::Img19201280 => "IMG_1920_1280",
            Self::Img2912360 => "IMG_2912_360",
            Self::Img38801000 => "IMG_3880_1000",
            Self::Img20641088 => "IMG_2064_1088",
            Self::Img892636 => "IMG_892_636",
            Self::None => "NONE",
            Self::Unrecognized(value) => value.as_str(),
        }
    }
    /// Parses a wire value; never fails (unknown values become `Unrecognized`).
    pub fn from_wire(value: &str) -> Self {
        match value {
            "IMG_240_400" => Self::Img240400,
            "IMG_300_250" => Self::Img300250,
            "IMG_300_500" => Self::Img300500,
            "IMG_300_600" => Self::Img300600,
            "IMG_320_50" => Self::Img32050,
            "IMG_320_100" => Self::Img320100,
            "IMG_320_480" => Self::Img320480,
            "IMG_336_280" => Self::Img336280,
            "IMG_480_320" => Self::Img480320,
            "IMG_728_90" => Self::Img72890,
            "IMG_970_250" => Self::Img970250,
            "IMG_516_272" => Self::Img516272,
            "IMG_223_159" => Self::Img223159,
            "IMG_480_800" => Self::Img480800,
            "IMG_600_500" => Self::Img600500,
            "IMG_600_1000" => Self::Img6001000,
            "IMG_600_1200" => Self::Img6001200,
            "IMG_640_100" => Self::Img640100,
            "IMG_640_200" => Self::Img640200,
            "IMG_640_960" => Self::Img640960,
            "IMG_672_560" => Self::Img672560,
            "IMG_960_640" => Self::Img960640,
            "IMG_1456_180" => Self::Img1456180,
            "IMG_1940_500" => Self::Img1940500,
            "IMG_1032_544" => Self::Img1032544,
            "IMG_446_318" => Self::Img446318,
            "IMG_720_1200" => Self::Img7201200,
            "IMG_900_750" => Self::Img900750,
            "IMG_900_1500" => Self::Img9001500,
            "IMG_900_1800" => Self::Img9001800,
            "IMG_960_150" => Self::Img960150,
            "IMG_960_300" => Self::Img960300,
            "IMG_960_1440" => Self::Img9601440,
            "IMG_1008_840" => Self::Img1008840,
            "IMG_1440_960" => Self::Img1440960,
            "IMG_2184_270" => Self::Img2184270,
            "IMG_2910_750" => Self::Img2910750,
            "IMG_1548_816" => Self::Img1548816,
            "IMG_669_477" => Self::Img669477,
            "IMG_960_1600" => Self::Img9601600,
            "IMG_1200_1000" => Self::Img12001000,
            "IMG_1200_2000" => Self::Img12002000,
            "IMG_1200_2400" => Self::Img12002400,
            "IMG_1280_200" => Self::Img1280200,
            "IMG_1280_400" => Self::Img1280400,
            "IMG_1280_1920" => Self::Img12801920,
            "IMG_1344_1120" => Self::Img13441120,
            "IMG_1920_1280" => Self::Img19201280,
            "IMG_2912_360" => Self::Img2912360,
            "IMG_3880_1000" => Self::Img38801000,
            "IMG_2064_1088" => Self::Img20641088,
            "IMG_892_636" => Self::Img892636,
            "NONE" => Self::None,
            other => Self::Unrecognized(rt::Unrecognized::new(other)),
        }
    }
    /// Whether the value is one the schema does not know.
    pub fn is_unrecognized(&self) -> bool {
        matches!(self, Self::Unrecognized(_))
    }
}
impl ::core::fmt::Display for AdImageSubtypeEnum {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::convert::From<&str> for AdImageSubtypeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
/// Used in `AddRequest::ad_images`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdImageAddItem {
    /// Required. Sent as `ImageData`.
    pub image_data: ::std::string::String,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<AdImageAddTypeEnum>,
    /// Required. Sent as `Name`.
    pub name: ::std::string::String,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageAddItem {
    /// A `AdImageAddItem` with its required fields (`ImageData`, `Name`); the others start absent.
    pub fn new(
        image_data: impl ::core::convert::Into<::std::string::String>,
        name: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_data: image_data.into(),
            type_: ::core::option::Option::None,
            name: name.into(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: AdImageAddTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `GetResponse::ad_images`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageGetItem {
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Name`.
    pub name: ::core::option::Option<::std::string::String>,
    /// Optional. Sent as `Associated`.
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// Optional. Sent as `Type`.
    pub type_: ::core::option::Option<AdImageTypeEnum>,
    /// Optional. Sent as `Subtype`.
    pub subtype: ::core::option::Option<AdImageSubtypeEnum>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `OriginalUrl`.
    pub original_url: rt::Nullable<::std::string::String>,
    /// Optional; may also be `null`, which is not the same as leaving it out. Sent as `PreviewUrl`.
    pub preview_url: rt::Nullable<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageGetItem {
    /// An empty `AdImageGetItem`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hash: ::core::option::Option::None,
            name: ::core::option::Option::None,
            associated: ::core::option::Option::None,
            type_: ::core::option::Option::None,
            subtype: ::core::option::Option::None,
            original_url: rt::Nullable::Absent,
            preview_url: rt::Nullable::Absent,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Name`.
    #[inline]
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::core::option::Option::Some(value.into());
        self
    }
    /// Sets `Associated`.
    #[inline]
    #[must_use]
    pub fn with_associated(mut self, value: super::general::YesNoEnum) -> Self {
        self.associated = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Type`.
    #[inline]
    #[must_use]
    pub fn with_type(mut self, value: AdImageTypeEnum) -> Self {
        self.type_ = ::core::option::Option::Some(value);
        self
    }
    /// Sets `Subtype`.
    #[inline]
    #[must_use]
    pub fn with_subtype(mut self, value: AdImageSubtypeEnum) -> Self {
        self.subtype = ::core::option::Option::Some(value);
        self
    }
    /// Sets `OriginalUrl`.
    #[inline]
    #[must_use]
    pub fn with_original_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_url = rt::Nullable::Value(value.into());
        self
    }
    /// Sets `PreviewUrl`.
    #[inline]
    #[must_use]
    pub fn with_preview_url(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.preview_url = rt::Nullable::Value(value.into());
        self
    }
}
/// Used in `GetRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageSelectionCriteria {
    /// Optional. Sent as `AdImageHashes`.
    pub ad_image_hashes: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional. Sent as `Associated`.
    pub associated: ::core::option::Option<super::general::YesNoEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageSelectionCriteria {
    /// An empty `AdImageSelectionCriteria`: every field absent.
    pub fn new() -> Self {
        Self {
            ad_image_hashes: ::core::option::Option::None,
            associated: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `AdImageHashes`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hashes(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.ad_image_hashes = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Associated`.
    #[inline]
    #[must_use]
    pub fn with_associated(mut self, value: super::general::YesNoEnum) -> Self {
        self.associated = ::core::option::Option::Some(value);
        self
    }
}
/// Used in `DeleteRequest::selection_criteria`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AdImageHashesCriteria {
    /// Required. Sent as `AdImageHashes`.
    pub ad_image_hashes: ::std::vec::Vec<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageHashesCriteria {
    /// A `AdImageHashesCriteria` with its required fields (`AdImageHashes`); the others start absent.
    pub fn new(
        ad_image_hashes: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            ad_image_hashes: ad_image_hashes
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// Used in `AddResponse::add_results`, `DeleteResponse::delete_results`. Extends `general:ActionResultBase`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AdImageActionResult {
    /// Optional. Sent as `Warnings`.
    pub warnings: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `Errors`.
    pub errors: ::core::option::Option<
        ::std::vec::Vec<super::general::ExceptionNotification>,
    >,
    /// Optional. Sent as `AdImageHash`.
    pub ad_image_hash: ::core::option::Option<::std::string::String>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AdImageActionResult {
    /// An empty `AdImageActionResult`: every field absent.
    pub fn new() -> Self {
        Self {
            warnings: ::core::option::Option::None,
            errors: ::core::option::Option::None,
            ad_image_hash: ::core::option::Option::None,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
    /// Sets `Warnings`.
    #[inline]
    #[must_use]
    pub fn with_warnings(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.warnings = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `Errors`.
    #[inline]
    #[must_use]
    pub fn with_errors(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<super::general::ExceptionNotification>,
        >,
    ) -> Self {
        self.errors = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
    /// Sets `AdImageHash`.
    #[inline]
    #[must_use]
    pub fn with_ad_image_hash(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ad_image_hash = ::core::option::Option::Some(value.into());
        self
    }
}
impl rt::ItemResult for AdImageActionResult {
    type Notification = super::general::ExceptionNotification;
    fn errors(&self) -> &[super::general::ExceptionNotification] {
        self.errors.as_deref().unwrap_or(&[])
    }
    fn warnings(&self) -> &[super::general::ExceptionNotification] {
        self.warnings.as_deref().unwrap_or(&[])
    }
}
/// The `params` of `AdImages.get`. Extends `general:GetRequestGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetRequest {
    /// Optional. Sent as `Page`.
    pub page: ::core::option::Option<super::general::LimitOffset>,
    /// Optional. Sent as `SelectionCriteria`.
    pub selection_criteria: ::core::option::Option<AdImageSelectionCriteria>,
    /// Required. Sent as `FieldNames`.
    pub field_names: ::std::vec::Vec<AdImageFieldEnum>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetRequest {
    /// A `GetRequest` with its required fields (`FieldNames`); the others start absent.
    pub fn new(
        field_names: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdImageFieldEnum>,
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
    pub fn with_selection_criteria(mut self, value: AdImageSelectionCriteria) -> Self {
        self.selection_criteria = ::core::option::Option::Some(value);
        self
    }
}
/// The `result` of `AdImages.get`. Extends `general:GetResponseGeneral`, whose fields come first.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetResponse {
    /// Optional. Sent as `LimitedBy`.
    pub limited_by: ::core::option::Option<i64>,
    /// Optional. Sent as `AdImages`.
    pub ad_images: ::core::option::Option<::std::vec::Vec<AdImageGetItem>>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl GetResponse {
    /// An empty `GetResponse`: every field absent.
    pub fn new() -> Self {
        Self {
            limited_by: ::core::option::Option::None,
            ad_images: ::core::option::Option::None,
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
    /// Sets `AdImages`.
    #[inline]
    #[must_use]
    pub fn with_ad_images(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdImageGetItem>,
        >,
    ) -> Self {
        self.ad_images = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `AdImages.add`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddRequest {
    /// Required. Sent as `AdImages`.
    pub ad_images: ::std::vec::Vec<AdImageAddItem>,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl AddRequest {
    /// A `AddRequest` with its required fields (`AdImages`); the others start absent.
    pub fn new(
        ad_images: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<AdImageAddItem>,
        >,
    ) -> Self {
        Self {
            ad_images: ad_images.into_iter().map(::core::convert::Into::into).collect(),
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AdImages.add`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddResponse {
    /// Optional. Sent as `AddResults`.
    pub add_results: ::core::option::Option<::std::vec::Vec<AdImageActionResult>>,
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
            Item = impl ::core::convert::Into<AdImageActionResult>,
        >,
    ) -> Self {
        self.add_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
/// The `params` of `AdImages.delete`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// Required. Sent as `SelectionCriteria`.
    pub selection_criteria: AdImageHashesCriteria,
    /// Keys this version of the schema does not know, kept so that they survive a round trip.
    pub unknown_fields: rt::UnknownFields,
}
impl DeleteRequest {
    /// A `DeleteRequest` with its required fields (`SelectionCriteria`); the others start absent.
    pub fn new(selection_criteria: AdImageHashesCriteria) -> Self {
        Self {
            selection_criteria,
            unknown_fields: rt::UnknownFields::new(),
        }
    }
}
/// The `result` of `AdImages.delete`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteResponse {
    /// Optional. Sent as `DeleteResults`.
    pub delete_results: ::core::option::Option<::std::vec::Vec<AdImageActionResult>>,
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
            Item = impl ::core::convert::Into<AdImageActionResult>,
        >,
    ) -> Self {
        self.delete_results = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
