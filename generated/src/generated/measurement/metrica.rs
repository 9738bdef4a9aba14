// @generated from schema/measurement by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Typed hit builders of the metrica (Yandex Metrica Measurement Protocol).
use crate::runtime::measurement as rt;
/// The values of Product Action (`pa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProductAction {
    /// Sent as `detail`.
    Detail,
    /// Sent as `add`.
    Add,
    /// Sent as `remove`.
    Remove,
    /// Sent as `purchase`.
    Purchase,
}
impl ProductAction {
    /// The wire value.
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            ProductAction::Detail => "detail",
            ProductAction::Add => "add",
            ProductAction::Remove => "remove",
            ProductAction::Purchase => "purchase",
        }
    }
}
/// An ecommerce product (`pr<product>...`).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct Product {
    group: rt::Group,
}
impl Product {
    /// An empty entry.
    #[inline]
    pub fn new() -> Self {
        Self {
            group: rt::Group::with_capacity(9usize),
        }
    }
    /// Product SKU, sent as `pr<product>id`. At most 500 bytes.
    #[inline]
    pub fn sku(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "id",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Name, sent as `pr<product>nm`. At most 500 bytes.
    #[inline]
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "nm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Brand, sent as `pr<product>br`. At most 500 bytes.
    #[inline]
    pub fn brand(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "br",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Category, sent as `pr<product>ca`. At most 500 bytes.
    #[inline]
    pub fn category(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "ca",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Price, sent as `pr<product>pr`.
    #[inline]
    pub fn price(mut self, value: impl ::std::convert::Into<rt::Decimal>) -> Self {
        self.group
            .set("pr", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Quantity, sent as `pr<product>qt`.
    #[inline]
    pub fn quantity(mut self, value: i64) -> Self {
        self.group.set("qt", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Product Variant, sent as `pr<product>va`. At most 500 bytes.
    #[inline]
    pub fn variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "va",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Coupon Code, sent as `pr<product>cc`. At most 500 bytes.
    #[inline]
    pub fn coupon_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Product Position, sent as `pr<product>ps`.
    #[inline]
    pub fn position(mut self, value: i64) -> Self {
        self.group.set("ps", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// The untyped entry (used by the hit builders).
    #[inline]
    pub fn into_group(self) -> rt::Group {
        self.group
    }
}
/// An `event` hit of the metrica dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Event {
    core: rt::HitBuilder,
}
impl Event {
    /// An `event` hit with what it requires: `tid`, `cid`, `ms`, `ea`.
    #[inline]
    pub fn goal(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        measurement_secret: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        event_action: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::METRICA, rt::HitType::Event);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::CounterId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.set(
            "ms",
            rt::Value::Text(measurement_secret.into()),
            ::std::option::Option::None,
        );
        core.hit_type_param();
        core.set(
            "ea",
            rt::Value::Text(event_action.into()),
            ::std::option::Option::Some(500u32),
        );
        Self { core }
    }
    /// An `event` hit with what it requires: `tid`, `cid`, `ms`, `pa`.
    #[inline]
    pub fn ecommerce(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        measurement_secret: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        product_action: ProductAction,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::METRICA, rt::HitType::Event);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::CounterId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.set(
            "ms",
            rt::Value::Text(measurement_secret.into()),
            ::std::option::Option::None,
        );
        core.hit_type_param();
        core.set(
            "pa",
            rt::Value::Text(::std::borrow::Cow::Borrowed(product_action.as_str())),
            ::std::option::Option::None,
        );
        Self { core }
    }
    /// Document Referrer, sent as `dr`. At most 2048 bytes.
    #[inline]
    pub fn document_referrer(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dr",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Document location URL, sent as `dl`. At most 2048 bytes.
    #[inline]
    pub fn document_location(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Document Title, sent as `dt`. At most 1500 bytes.
    #[inline]
    pub fn document_title(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dt",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(1500u32),
            );
        self
    }
    /// Goal identifier (JS goal), sent as `ea`. At most 500 bytes.
    #[inline]
    pub fn event_action(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ea",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Transaction ID, sent as `ti`. At most 500 bytes.
    #[inline]
    pub fn transaction_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ti",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Transaction Revenue, sent as `tr`.
    #[inline]
    pub fn transaction_revenue(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tr", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Coupon Code, sent as `tcc`.
    #[inline]
    pub fn coupon_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("tcc", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Action, sent as `pa`.
    #[inline]
    pub fn product_action(mut self, value: ProductAction) -> Self {
        self.core
            .set(
                "pa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Screen Resolution, sent as `sr`. At most 20 bytes.
    #[inline]
    pub fn screen_resolution(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sr",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Currency Code, sent as `cu`. Three capital letters. At most 10 bytes.
    #[inline]
    pub fn currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_formatted(
                "cu",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(10u32),
                rt::TextFormat::CurrencyCode,
            );
        self
    }
    /// Goal value, sent as `ev`.
    #[inline]
    pub fn event_value(mut self, value: u64) -> Self {
        self.core
            .set(
                "ev",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Event time (Unix timestamp, seconds; at most 12 h in the past), sent as `et`.
    #[inline]
    pub fn event_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "et",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Visit (session) parameters, JSON, sent as `params` (the JSON as text).
    #[inline]
    pub fn session_params(mut self, value: &::serde_json::Value) -> Self {
        self.core
            .set(
                "params",
                rt::Value::Text(::std::borrow::Cow::Owned(value.to_string())),
                ::std::option::Option::None,
            );
        self
    }
    /// Appends a [`Product`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn product(mut self, entry: Product) -> Self {
        self.core.push_group(&super::params::METRICA_GROUP_PRODUCT, entry.into_group());
        self
    }
    /// When the hit happened: the sender then computes the queue time / event time.
    #[inline]
    pub fn occurred_at(mut self, at: ::std::time::SystemTime) -> Self {
        self.core.occurred_at(at);
        self
    }
    /// The hit, or the first rule it breaks.
    #[inline]
    pub fn build(self) -> ::std::result::Result<rt::Hit, rt::HitError> {
        self.core.build()
    }
}
/// A `pageview` hit of the metrica dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Pageview {
    core: rt::HitBuilder,
}
impl Pageview {
    /// A `pageview` hit with what it requires: `tid`, `cid`, `ms`, `dl`, `dr`, `dt`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        measurement_secret: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        document_location: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        document_referrer: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        document_title: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(
            &super::params::METRICA,
            rt::HitType::Pageview,
        );
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::CounterId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.set(
            "ms",
            rt::Value::Text(measurement_secret.into()),
            ::std::option::Option::None,
        );
        core.hit_type_param();
        core.set(
            "dl",
            rt::Value::Text(document_location.into()),
            ::std::option::Option::Some(2048u32),
        );
        core.set(
            "dr",
            rt::Value::Text(document_referrer.into()),
            ::std::option::Option::Some(2048u32),
        );
        core.set(
            "dt",
            rt::Value::Text(document_title.into()),
            ::std::option::Option::Some(1500u32),
        );
        Self { core }
    }
    /// Document Referrer, sent as `dr`. At most 2048 bytes.
    #[inline]
    pub fn document_referrer(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dr",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Document location URL, sent as `dl`. At most 2048 bytes.
    #[inline]
    pub fn document_location(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Document Title, sent as `dt`. At most 1500 bytes.
    #[inline]
    pub fn document_title(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dt",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(1500u32),
            );
        self
    }
    /// Screen Resolution, sent as `sr`. At most 20 bytes.
    #[inline]
    pub fn screen_resolution(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sr",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Currency Code, sent as `cu`. Three capital letters. At most 10 bytes.
    #[inline]
    pub fn currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_formatted(
                "cu",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(10u32),
                rt::TextFormat::CurrencyCode,
            );
        self
    }
    /// Event time (Unix timestamp, seconds; at most 12 h in the past), sent as `et`.
    #[inline]
    pub fn event_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "et",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Visit (session) parameters, JSON, sent as `params` (the JSON as text).
    #[inline]
    pub fn session_params(mut self, value: &::serde_json::Value) -> Self {
        self.core
            .set(
                "params",
                rt::Value::Text(::std::borrow::Cow::Owned(value.to_string())),
                ::std::option::Option::None,
            );
        self
    }
    /// Appends a [`Product`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn product(mut self, entry: Product) -> Self {
        self.core.push_group(&super::params::METRICA_GROUP_PRODUCT, entry.into_group());
        self
    }
    /// When the hit happened: the sender then computes the queue time / event time.
    #[inline]
    pub fn occurred_at(mut self, at: ::std::time::SystemTime) -> Self {
        self.core.occurred_at(at);
        self
    }
    /// The hit, or the first rule it breaks.
    #[inline]
    pub fn build(self) -> ::std::result::Result<rt::Hit, rt::HitError> {
        self.core.build()
    }
}
