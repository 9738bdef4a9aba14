// @generated from schema/measurement by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Typed hit builders of the ua (Google Universal Analytics Measurement Protocol v1).
use ::yandex_direct::runtime::measurement as rt;
/// The values of Product Action (`pa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProductAction {
    /// Sent as `detail`.
    Detail,
    /// Sent as `click`.
    Click,
    /// Sent as `add`.
    Add,
    /// Sent as `remove`.
    Remove,
    /// Sent as `checkout`.
    Checkout,
    /// Sent as `checkout_option`.
    CheckoutOption,
    /// Sent as `purchase`.
    Purchase,
    /// Sent as `refund`.
    Refund,
}
impl ProductAction {
    /// The wire value.
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            ProductAction::Detail => "detail",
            ProductAction::Click => "click",
            ProductAction::Add => "add",
            ProductAction::Remove => "remove",
            ProductAction::Checkout => "checkout",
            ProductAction::CheckoutOption => "checkout_option",
            ProductAction::Purchase => "purchase",
            ProductAction::Refund => "refund",
        }
    }
}
/// An enhanced-ecommerce product (`pr<product>...`).
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
            group: rt::Group::with_capacity(3usize),
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
    /// Product Custom Dimension, sent as `pr<product>cd<dimension>`. At most 150 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_dimension(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group
            .set_indexed(
                "cd",
                "dimension",
                200u16,
                index,
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// The untyped entry (used by the hit builders).
    #[inline]
    pub fn into_group(self) -> rt::Group {
        self.group
    }
}
/// A product impression list (`il<list>nm` and its impressions).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct ImpressionList {
    group: rt::Group,
}
impl ImpressionList {
    /// An empty entry.
    #[inline]
    pub fn new() -> Self {
        Self {
            group: rt::Group::with_capacity(1usize),
        }
    }
    /// Product Impression List Name, sent as `il<list>nm`.
    #[inline]
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("nm", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Appends a [`Impression`] (its index is its position, from 1).
    #[inline]
    pub fn impression(mut self, entry: Impression) -> Self {
        self.group.push_child(entry.into_group());
        self
    }
    /// The untyped entry (used by the hit builders).
    #[inline]
    pub fn into_group(self) -> rt::Group {
        self.group
    }
}
/// A product impression inside a list (`il<list>pi<product>...`).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct Impression {
    group: rt::Group,
}
impl Impression {
    /// An empty entry.
    #[inline]
    pub fn new() -> Self {
        Self {
            group: rt::Group::with_capacity(1usize),
        }
    }
    /// Product Impression SKU, sent as `il<list>pi<product>id`.
    #[inline]
    pub fn sku(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("id", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// The untyped entry (used by the hit builders).
    #[inline]
    pub fn into_group(self) -> rt::Group {
        self.group
    }
}
/// An `event` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Event {
    core: rt::HitBuilder,
}
impl Event {
    /// An `event` hit with what it requires: `tid`, `cid`, `ec`, `ea`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        event_category: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        event_action: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Event);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "ec",
            rt::Value::Text(event_category.into()),
            ::std::option::Option::Some(150u32),
        );
        core.set(
            "ea",
            rt::Value::Text(event_action.into()),
            ::std::option::Option::Some(500u32),
        );
        Self { core }
    }
    /// An `event` hit with what it requires: `tid`, `cid`, `pa`.
    #[inline]
    pub fn ecommerce(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        product_action: ProductAction,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Event);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "pa",
            rt::Value::Text(::std::borrow::Cow::Borrowed(product_action.as_str())),
            ::std::option::Option::None,
        );
        Self { core }
    }
    /// User ID, sent as `uid`.
    #[inline]
    pub fn user_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
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
    /// Document Path, sent as `dp`. At most 2048 bytes.
    #[inline]
    pub fn document_path(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dp",
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
    /// Event Category, sent as `ec`. At most 150 bytes.
    #[inline]
    pub fn event_category(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ec",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Event Action, sent as `ea`. At most 500 bytes.
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
    /// Event Value, sent as `ev`.
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
    /// Coupon Code, sent as `tcc`.
    #[inline]
    pub fn coupon_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("tcc", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Custom Dimension, sent as `cd<dimension>`. At most 150 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_dimension(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[21usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Appends a [`Product`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn product(mut self, entry: Product) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PRODUCT, entry.into_group());
        self
    }
    /// Appends a [`ImpressionList`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn impression_list(mut self, entry: ImpressionList) -> Self {
        self.core
            .push_group(&super::params::UA_GROUP_IMPRESSION_LIST, entry.into_group());
        self
    }
    /// A cache buster, sent as `z` (always the last parameter).
    #[inline]
    pub fn cache_buster(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.cache_buster(value.into());
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
/// A `pageview` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Pageview {
    core: rt::HitBuilder,
}
impl Pageview {
    /// A `pageview` hit with what it requires: `tid`, `cid`, `dl`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        document_location: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Pageview);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "dl",
            rt::Value::Text(document_location.into()),
            ::std::option::Option::Some(2048u32),
        );
        Self { core }
    }
    /// A `pageview` hit with what it requires: `tid`, `cid`, `dp`.
    #[inline]
    pub fn with_path(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        document_path: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Pageview);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "dp",
            rt::Value::Text(document_path.into()),
            ::std::option::Option::Some(2048u32),
        );
        Self { core }
    }
    /// User ID, sent as `uid`.
    #[inline]
    pub fn user_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
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
    /// Document Path, sent as `dp`. At most 2048 bytes.
    #[inline]
    pub fn document_path(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dp",
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
    /// Coupon Code, sent as `tcc`.
    #[inline]
    pub fn coupon_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("tcc", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Custom Dimension, sent as `cd<dimension>`. At most 150 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_dimension(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[21usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Appends a [`Product`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn product(mut self, entry: Product) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PRODUCT, entry.into_group());
        self
    }
    /// Appends a [`ImpressionList`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn impression_list(mut self, entry: ImpressionList) -> Self {
        self.core
            .push_group(&super::params::UA_GROUP_IMPRESSION_LIST, entry.into_group());
        self
    }
    /// A cache buster, sent as `z` (always the last parameter).
    #[inline]
    pub fn cache_buster(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.cache_buster(value.into());
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
