// @generated from schema/measurement by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Typed hit builders of the ua (Google Universal Analytics Measurement Protocol v1).
use crate::runtime::measurement as rt;
/// The values of Session Control (`sc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionControl {
    /// Sent as `start`.
    Start,
    /// Sent as `end`.
    End,
}
impl SessionControl {
    /// The wire value.
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            SessionControl::Start => "start",
            SessionControl::End => "end",
        }
    }
}
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
/// The values of Promotion Action (`promoa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PromotionAction {
    /// Sent as `view`.
    View,
    /// Sent as `click`.
    Click,
}
impl PromotionAction {
    /// The wire value.
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self {
            PromotionAction::View => "view",
            PromotionAction::Click => "click",
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
            group: rt::Group::with_capacity(11usize),
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
    /// Product Custom Metric, sent as `pr<product>cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.group
            .set_indexed(
                "cm",
                "metric",
                200u16,
                index,
                rt::Value::Decimal(value.into()),
                ::std::option::Option::None,
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
            group: rt::Group::with_capacity(9usize),
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
    /// Product Impression Name, sent as `il<list>pi<product>nm`.
    #[inline]
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("nm", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Impression Brand, sent as `il<list>pi<product>br`.
    #[inline]
    pub fn brand(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("br", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Impression Category, sent as `il<list>pi<product>ca`.
    #[inline]
    pub fn category(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("ca", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Impression Variant, sent as `il<list>pi<product>va`.
    #[inline]
    pub fn variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("va", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Impression Position, sent as `il<list>pi<product>ps`.
    #[inline]
    pub fn position(mut self, value: i64) -> Self {
        self.group.set("ps", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Product Impression Price, sent as `il<list>pi<product>pr`.
    #[inline]
    pub fn price(mut self, value: impl ::std::convert::Into<rt::Decimal>) -> Self {
        self.group
            .set("pr", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Product Impression Custom Dimension, sent as `il<list>pi<product>cd<dimension>`.
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
                ::std::option::Option::None,
            );
        self
    }
    /// Product Impression Custom Metric, sent as `il<list>pi<product>cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.group
            .set_indexed(
                "cm",
                "metric",
                200u16,
                index,
                rt::Value::Decimal(value.into()),
                ::std::option::Option::None,
            );
        self
    }
    /// The untyped entry (used by the hit builders).
    #[inline]
    pub fn into_group(self) -> rt::Group {
        self.group
    }
}
/// An internal promotion (`promo<promo>...`).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct Promotion {
    group: rt::Group,
}
impl Promotion {
    /// An empty entry.
    #[inline]
    pub fn new() -> Self {
        Self {
            group: rt::Group::with_capacity(4usize),
        }
    }
    /// Promotion ID, sent as `promo<promo>id`.
    #[inline]
    pub fn id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("id", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Name, sent as `promo<promo>nm`.
    #[inline]
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("nm", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Creative, sent as `promo<promo>cr`.
    #[inline]
    pub fn creative(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("cr", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Position, sent as `promo<promo>ps`.
    #[inline]
    pub fn position(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.group.set("ps", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Event Label, sent as `el`. At most 500 bytes.
    #[inline]
    pub fn event_label(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "el",
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// An `exception` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Exception {
    core: rt::HitBuilder,
}
impl Exception {
    /// An `exception` hit with what it requires: `tid`, `cid`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Exception);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Exception Description, sent as `exd`. At most 150 bytes.
    #[inline]
    pub fn exception_description(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "exd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Is Exception Fatal?, sent as `exf` (`1` or `0`).
    #[inline]
    pub fn exception_fatal(mut self, value: bool) -> Self {
        self.core.set("exf", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// An `item` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Item {
    core: rt::HitBuilder,
}
impl Item {
    /// An `item` hit with what it requires: `tid`, `cid`, `ti`, `in`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        transaction_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        item_name: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Item);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "ti",
            rt::Value::Text(transaction_id.into()),
            ::std::option::Option::Some(500u32),
        );
        core.set(
            "in",
            rt::Value::Text(item_name.into()),
            ::std::option::Option::Some(500u32),
        );
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Item Name, sent as `in`. At most 500 bytes.
    #[inline]
    pub fn item_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "in",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Item Price, sent as `ip`.
    #[inline]
    pub fn item_price(mut self, value: impl ::std::convert::Into<rt::Decimal>) -> Self {
        self.core
            .set("ip", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Item Quantity, sent as `iq`.
    #[inline]
    pub fn item_quantity(mut self, value: i64) -> Self {
        self.core.set("iq", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Item Code, sent as `ic`. At most 500 bytes.
    #[inline]
    pub fn item_code(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ic",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Item Category, sent as `iv`. At most 500 bytes.
    #[inline]
    pub fn item_category(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "iv",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// A `screenview` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Screenview {
    core: rt::HitBuilder,
}
impl Screenview {
    /// A `screenview` hit with what it requires: `tid`, `cid`, `cd`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        screen_name: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Screenview);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "cd",
            rt::Value::Text(screen_name.into()),
            ::std::option::Option::Some(2048u32),
        );
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Screen Name, sent as `cd`. At most 2048 bytes.
    #[inline]
    pub fn screen_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// A `social` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Social {
    core: rt::HitBuilder,
}
impl Social {
    /// A `social` hit with what it requires: `tid`, `cid`, `sa`, `sn`, `st`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        social_action: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        social_network: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        social_action_target: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Social);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "sa",
            rt::Value::Text(social_action.into()),
            ::std::option::Option::Some(50u32),
        );
        core.set(
            "sn",
            rt::Value::Text(social_network.into()),
            ::std::option::Option::Some(50u32),
        );
        core.set(
            "st",
            rt::Value::Text(social_action_target.into()),
            ::std::option::Option::Some(2048u32),
        );
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Social Network, sent as `sn`. At most 50 bytes.
    #[inline]
    pub fn social_network(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Social Action, sent as `sa`. At most 50 bytes.
    #[inline]
    pub fn social_action(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sa",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Social Action Target, sent as `st`. At most 2048 bytes.
    #[inline]
    pub fn social_action_target(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "st",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(2048u32),
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// A `timing` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Timing {
    core: rt::HitBuilder,
}
impl Timing {
    /// A `timing` hit with what it requires: `tid`, `cid`, `utc`, `utv`, `utt`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        user_timing_category: impl ::std::convert::Into<
            ::std::borrow::Cow<'static, str>,
        >,
        user_timing_variable: impl ::std::convert::Into<
            ::std::borrow::Cow<'static, str>,
        >,
        user_timing_time: u64,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Timing);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "utc",
            rt::Value::Text(user_timing_category.into()),
            ::std::option::Option::Some(150u32),
        );
        core.set(
            "utv",
            rt::Value::Text(user_timing_variable.into()),
            ::std::option::Option::Some(500u32),
        );
        core.set(
            "utt",
            rt::Value::Int(i64::try_from(user_timing_time).unwrap_or(i64::MAX)),
            ::std::option::Option::None,
        );
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// User timing category, sent as `utc`. At most 150 bytes.
    #[inline]
    pub fn user_timing_category(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "utc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// User timing variable name, sent as `utv`. At most 500 bytes.
    #[inline]
    pub fn user_timing_variable(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "utv",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// User timing time, sent as `utt`.
    #[inline]
    pub fn user_timing_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "utt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// User timing label, sent as `utl`. At most 500 bytes.
    #[inline]
    pub fn user_timing_label(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "utl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Page Load Time, sent as `plt`.
    #[inline]
    pub fn page_load_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "plt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// DNS Time, sent as `dns`.
    #[inline]
    pub fn dns_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "dns",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Page Download Time, sent as `pdt`.
    #[inline]
    pub fn page_download_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "pdt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Redirect Response Time, sent as `rrt`.
    #[inline]
    pub fn redirect_response_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "rrt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// TCP Connect Time, sent as `tcp`.
    #[inline]
    pub fn tcp_connect_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "tcp",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Server Response Time, sent as `srt`.
    #[inline]
    pub fn server_response_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "srt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// DOM Interactive Time, sent as `dit`.
    #[inline]
    pub fn dom_interactive_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "dit",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Content Load Time, sent as `clt`.
    #[inline]
    pub fn content_load_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "clt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
/// A `transaction` hit of the ua dialect. Constructors take what the hit type requires; `build()` checks index ranges and the remaining rules.
#[derive(Debug, Clone)]
#[must_use]
pub struct Transaction {
    core: rt::HitBuilder,
}
impl Transaction {
    /// A `transaction` hit with what it requires: `tid`, `cid`, `ti`.
    #[inline]
    pub fn new(
        tracking_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        client_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
        transaction_id: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        let mut core = rt::HitBuilder::new(&super::params::UA, rt::HitType::Transaction);
        core.set_formatted(
            "tid",
            rt::Value::Text(tracking_id.into()),
            ::std::option::Option::None,
            rt::TextFormat::PropertyId,
        );
        core.set("cid", rt::Value::Text(client_id.into()), ::std::option::Option::None);
        core.hit_type_param();
        core.set(
            "ti",
            rt::Value::Text(transaction_id.into()),
            ::std::option::Option::Some(500u32),
        );
        Self { core }
    }
    /// Anonymize IP, sent as `aip` (`1` or `0`).
    #[inline]
    pub fn anonymize_ip(mut self, value: bool) -> Self {
        self.core.set("aip", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Disabling Advertising Personalization, sent as `npa` (`1` or `0`).
    #[inline]
    pub fn disable_ad_personalization(mut self, value: bool) -> Self {
        self.core.set("npa", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Data Source, sent as `ds`.
    #[inline]
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ds", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Queue Time, sent as `qt`.
    #[inline]
    pub fn queue_time(mut self, value: u64) -> Self {
        self.core
            .set(
                "qt",
                rt::Value::Int(i64::try_from(value).unwrap_or(i64::MAX)),
                ::std::option::Option::None,
            );
        self
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
    /// Session Control, sent as `sc`.
    #[inline]
    pub fn session_control(mut self, value: SessionControl) -> Self {
        self.core
            .set(
                "sc",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// IP Override, sent as `uip`.
    #[inline]
    pub fn ip_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("uip", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// User Agent Override, sent as `ua`.
    #[inline]
    pub fn user_agent_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("ua", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Geographical Override, sent as `geoid`.
    #[inline]
    pub fn geographical_override(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("geoid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Campaign Name, sent as `cn`. At most 100 bytes.
    #[inline]
    pub fn campaign_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cn",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Source, sent as `cs`. At most 100 bytes.
    #[inline]
    pub fn campaign_source(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cs",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Campaign Medium, sent as `cm`. At most 50 bytes.
    #[inline]
    pub fn campaign_medium(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cm",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(50u32),
            );
        self
    }
    /// Campaign Keyword, sent as `ck`. At most 500 bytes.
    #[inline]
    pub fn campaign_keyword(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ck",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign Content, sent as `cc`. At most 500 bytes.
    #[inline]
    pub fn campaign_content(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "cc",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(500u32),
            );
        self
    }
    /// Campaign ID, sent as `ci`. At most 100 bytes.
    #[inline]
    pub fn campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ci",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Google AdWords ID, sent as `gclid`.
    #[inline]
    pub fn google_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("gclid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Google Display Ads ID, sent as `dclid`.
    #[inline]
    pub fn display_ads_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("dclid", rt::Value::Text(value.into()), ::std::option::Option::None);
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
    /// Viewport size, sent as `vp`. At most 20 bytes.
    #[inline]
    pub fn viewport_size(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "vp",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Document Encoding, sent as `de`. At most 20 bytes.
    #[inline]
    pub fn document_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "de",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Screen Colors, sent as `sd`. At most 20 bytes.
    #[inline]
    pub fn screen_colors(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "sd",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// User Language, sent as `ul`. At most 20 bytes.
    #[inline]
    pub fn user_language(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ul",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Java Enabled, sent as `je` (`1` or `0`).
    #[inline]
    pub fn java_enabled(mut self, value: bool) -> Self {
        self.core.set("je", rt::Value::Bool(value), ::std::option::Option::None);
        self
    }
    /// Flash Version, sent as `fl`. At most 20 bytes.
    #[inline]
    pub fn flash_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "fl",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(20u32),
            );
        self
    }
    /// Non-Interaction Hit, sent as `ni` (`1` or `0`).
    #[inline]
    pub fn non_interaction(mut self, value: bool) -> Self {
        self.core.set("ni", rt::Value::Bool(value), ::std::option::Option::None);
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
    /// Document Host Name, sent as `dh`. At most 100 bytes.
    #[inline]
    pub fn document_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "dh",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
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
    /// Link ID, sent as `linkid`.
    #[inline]
    pub fn link_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("linkid", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Application Name, sent as `an`. At most 100 bytes.
    #[inline]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "an",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application ID, sent as `aid`. At most 150 bytes.
    #[inline]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
            );
        self
    }
    /// Application Version, sent as `av`. At most 100 bytes.
    #[inline]
    pub fn application_version(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "av",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(100u32),
            );
        self
    }
    /// Application Installer ID, sent as `aiid`. At most 150 bytes.
    #[inline]
    pub fn application_installer_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "aiid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(150u32),
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
    /// Transaction Affiliation, sent as `ta`. At most 500 bytes.
    #[inline]
    pub fn transaction_affiliation(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "ta",
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
    /// Transaction Shipping, sent as `ts`.
    #[inline]
    pub fn transaction_shipping(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("ts", rt::Value::Decimal(value.into()), ::std::option::Option::None);
        self
    }
    /// Transaction Tax, sent as `tt`.
    #[inline]
    pub fn transaction_tax(
        mut self,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set("tt", rt::Value::Decimal(value.into()), ::std::option::Option::None);
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
    /// Product Action List, sent as `pal`.
    #[inline]
    pub fn product_action_list(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("pal", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Checkout Step, sent as `cos`. At least 1.
    #[inline]
    pub fn checkout_step(mut self, value: i64) -> Self {
        if value < 1i64 {
            self.core
                .error(rt::HitError::InvalidValue {
                    param: ::std::string::String::from("cos"),
                    message: ::std::format!("{} is below the minimum {}", value, 1i64),
                });
        }
        self.core.set("cos", rt::Value::Int(value), ::std::option::Option::None);
        self
    }
    /// Checkout Step Option, sent as `col`.
    #[inline]
    pub fn checkout_step_option(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core.set("col", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Promotion Action, sent as `promoa`.
    #[inline]
    pub fn promotion_action(mut self, value: PromotionAction) -> Self {
        self.core
            .set(
                "promoa",
                rt::Value::Text(::std::borrow::Cow::Borrowed(value.as_str())),
                ::std::option::Option::None,
            );
        self
    }
    /// Experiment ID, sent as `xid`. At most 40 bytes.
    #[inline]
    pub fn experiment_id(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set(
                "xid",
                rt::Value::Text(value.into()),
                ::std::option::Option::Some(40u32),
            );
        self
    }
    /// Experiment Variant, sent as `xvar`.
    #[inline]
    pub fn experiment_variant(
        mut self,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set("xvar", rt::Value::Text(value.into()), ::std::option::Option::None);
        self
    }
    /// Content Group, sent as `cg<group>`. At most 100 bytes.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn content_group(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<::std::borrow::Cow<'static, str>>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[80usize],
                &[index],
                rt::Value::Text(value.into()),
            );
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
                &super::params::UA.params[106usize],
                &[index],
                rt::Value::Text(value.into()),
            );
        self
    }
    /// Custom Metric, sent as `cm<metric>`.
    ///
    /// The index is checked when the hit is built.
    #[inline]
    pub fn custom_metric(
        mut self,
        index: u32,
        value: impl ::std::convert::Into<rt::Decimal>,
    ) -> Self {
        self.core
            .set_indexed(
                &super::params::UA.params[107usize],
                &[index],
                rt::Value::Decimal(value.into()),
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
    /// Appends a [`Promotion`]; its index is its position (from 1), checked when the hit is built.
    #[inline]
    pub fn promotion(mut self, entry: Promotion) -> Self {
        self.core.push_group(&super::params::UA_GROUP_PROMOTION, entry.into_group());
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
