//! The shapes of the generated parameter tables (the `measurement::params` module of the `yandex-direct` crate).

use std::fmt;

use super::value::ValueType;

/// A Universal Analytics hit type (the `t` parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitType {
    /// `pageview`
    Pageview,
    /// `screenview`
    Screenview,
    /// `event`
    Event,
    /// `transaction`
    Transaction,
    /// `item`
    Item,
    /// `social`
    Social,
    /// `exception`
    Exception,
    /// `timing`
    Timing,
}

impl HitType {
    /// Every hit type, in the order of the bit mask.
    pub const ALL: [HitType; 8] = [
        HitType::Pageview,
        HitType::Screenview,
        HitType::Event,
        HitType::Transaction,
        HitType::Item,
        HitType::Social,
        HitType::Exception,
        HitType::Timing,
    ];

    /// The wire name (`pageview`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            HitType::Pageview => "pageview",
            HitType::Screenview => "screenview",
            HitType::Event => "event",
            HitType::Transaction => "transaction",
            HitType::Item => "item",
            HitType::Social => "social",
            HitType::Exception => "exception",
            HitType::Timing => "timing",
        }
    }

    /// The hit type of a wire name.
    pub fn parse(s: &str) -> Option<HitType> {
        HitType::ALL.into_iter().find(|h| h.as_str() == s)
    }

    /// This hit type's bit in a [`HitTypeSet`].
    pub const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for HitType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of hit types as a bit mask ([`HitType::bit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HitTypeSet(pub u16);

impl HitTypeSet {
    /// Whether `hit_type` is in the set.
    pub fn contains(self, hit_type: HitType) -> bool {
        self.0 & hit_type.bit() != 0
    }
}

/// Which protocol a hit speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// Google Universal Analytics Measurement Protocol v1.
    Ua,
    /// Yandex Metrica Measurement Protocol (UA key=value format with `ms`, `et`, `params`).
    Metrica,
}

impl Dialect {
    /// `ua` or `metrica`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Ua => "ua",
            Dialect::Metrica => "metrica",
        }
    }
}

/// One piece of a parameter name: literal text or an index placeholder such as `<product>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPart {
    /// Literal text (`pr`, `cd`).
    Lit(&'static str),
    /// A positive integer written in decimal without leading zeros, in `min..=max`.
    Index {
        /// The placeholder's name (`product`).
        name: &'static str,
        /// Smallest index.
        min: u16,
        /// Largest index.
        max: u16,
    },
}

/// One parameter of a dialect.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    /// The name pattern as the schema writes it (`pr<product>cd<dimension>`).
    pub pattern: &'static str,
    /// The pattern split into literal text and index placeholders.
    pub parts: &'static [KeyPart],
    /// Formal name (`Product Custom Dimension`).
    pub title: &'static str,
    /// Value type.
    pub ty: ValueType,
    /// Limit of the UTF-8 value in bytes, before URL encoding.
    pub max_bytes: Option<u32>,
    /// Hit types the parameter may be sent with.
    pub hit_types: HitTypeSet,
    /// Smallest allowed integer value.
    pub min: Option<i64>,
    /// Allowed text values (empty: any).
    pub allowed: &'static [&'static str],
    /// The form a text value must have, beyond its type.
    pub format: Option<TextFormat>,
}

/// A form some text parameters must have: a value of another form is dropped by the collector
/// without a word, so it is refused before sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextFormat {
    /// A Google Analytics property id, `UA-<account>-<property>`: two capital letters (`UA`,
    /// `YT`, `MO`), a dash, digits, a dash, digits.
    PropertyId,
    /// A Yandex Metrica counter (tag) id: decimal digits, not starting with 0.
    CounterId,
    /// An ISO 4217 currency code: three capital letters (`RUB`, `EUR`).
    CurrencyCode,
}

impl TextFormat {
    /// The schema's name of the form (`property_id`, `counter_id`, `currency_code`).
    pub fn as_str(self) -> &'static str {
        match self {
            TextFormat::PropertyId => "property_id",
            TextFormat::CounterId => "counter_id",
            TextFormat::CurrencyCode => "currency_code",
        }
    }

    /// What a value of this form looks like, for messages.
    pub fn description(self) -> &'static str {
        match self {
            TextFormat::PropertyId => "a property id of the form UA-XXXX-Y",
            TextFormat::CounterId => "a counter id (decimal digits)",
            TextFormat::CurrencyCode => "an ISO 4217 currency code (three capital letters)",
        }
    }

    /// Whether `text` has this form; the error says what is wrong with it.
    pub fn check(self, text: &str) -> Result<(), String> {
        // A value of the form is neither empty nor padded: the messages are written only for
        // a value that fails.
        if self.matches(text) {
            return Ok(());
        }
        if text.is_empty() {
            return Err(format!("empty, expected {}", self.description()));
        }
        if text.trim() != text {
            return Err(format!(
                "`{text}` has leading or trailing spaces, expected {}",
                self.description()
            ));
        }
        Err(format!("`{text}` is not {}", self.description()))
    }

    /// Whether `text` has this form, byte by byte.
    fn matches(self, text: &str) -> bool {
        let b = text.as_bytes();
        match self {
            // Two capital letters, `-`, digits, `-`, digits.
            TextFormat::PropertyId => match b {
                [p1, p2, b'-', rest @ ..] if p1.is_ascii_uppercase() && p2.is_ascii_uppercase() => {
                    match rest.iter().position(|&c| c == b'-') {
                        Some(dash) => is_digits(&rest[..dash]) && is_digits(&rest[dash + 1..]),
                        None => false,
                    }
                }
                _ => false,
            },
            TextFormat::CounterId => is_digits(b) && b[0] != b'0',
            TextFormat::CurrencyCode => b.len() == 3 && b.iter().all(u8::is_ascii_uppercase),
        }
    }
}

fn is_digits(text: &[u8]) -> bool {
    !text.is_empty() && text.iter().all(u8::is_ascii_digit)
}

impl ParamSpec {
    /// Whether the name has index placeholders.
    pub fn is_indexed(&self) -> bool {
        self.parts.len() > 1 || matches!(self.parts.first(), Some(KeyPart::Index { .. }))
    }

    /// Matches a concrete name against the pattern; on success gives the index values (in order).
    pub fn match_key(&self, key: &str) -> Option<Vec<u16>> {
        let mut rest = key.as_bytes();
        let mut indices = Vec::new();
        for part in self.parts {
            match *part {
                KeyPart::Lit(lit) => {
                    rest = rest.strip_prefix(lit.as_bytes())?;
                }
                KeyPart::Index { .. } => {
                    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                    if digits == 0 || digits > 5 || rest[0] == b'0' {
                        return None;
                    }
                    let mut n: u32 = 0;
                    for &b in &rest[..digits] {
                        n = n * 10 + u32::from(b - b'0');
                    }
                    indices.push(u16::try_from(n).ok()?);
                    rest = &rest[digits..];
                }
            }
        }
        rest.is_empty().then_some(indices)
    }

    /// The first index (placeholder, value) that is out of its range.
    pub fn index_out_of_range(&self, indices: &[u16]) -> Option<(&'static str, u16, u16, u16)> {
        let mut values = indices.iter();
        for part in self.parts {
            if let KeyPart::Index { name, min, max } = *part {
                let v = *values.next()?;
                if v < min || v > max {
                    return Some((name, v, min, max));
                }
            }
        }
        None
    }
}

/// A requirement: at least one of the alternatives is fully present.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    /// Alternatives; each is a list of parameter names that must all be present.
    pub any_of: &'static [&'static [&'static str]],
}

/// What a hit type needs besides the dialect-wide requirements.
#[derive(Debug, Clone, Copy)]
pub struct HitRule {
    /// The hit type.
    pub hit_type: HitType,
    /// Its requirements.
    pub required: &'static [Requirement],
}

/// `if any of these is present then that is required` (`av`/`aid`/`aiid` need `an`).
#[derive(Debug, Clone, Copy)]
pub struct Conditional {
    /// Triggers.
    pub if_any: &'static [&'static str],
    /// Then required.
    pub require: &'static str,
}

/// Metrica's ecommerce rules for `event` hits that carry `pa`.
#[derive(Debug, Clone, Copy)]
pub struct EcommerceRule {
    /// The hit type the rule applies to.
    pub hit_type: HitType,
    /// Allowed `pa` values.
    pub product_actions: &'static [&'static str],
    /// Whether at least one product (`pr1...`) is required when `pa` is set.
    pub requires_product: bool,
    /// For `pa=<action>`, the parameters required.
    pub action_requires: &'static [(&'static str, &'static [&'static str])],
}

/// Transport limits of a dialect.
#[derive(Debug, Clone, Copy)]
pub struct TransportLimits {
    /// Longest GET URL in bytes.
    pub get_url_max_bytes: usize,
    /// Longest POST body in bytes.
    pub post_body_max_bytes: usize,
    /// Most hits in one batch (0: no batch endpoint).
    pub batch_max_hits: usize,
    /// Longest batch body in bytes.
    pub batch_max_bytes: usize,
    /// Longest hit inside a batch in bytes.
    pub batch_hit_max_bytes: usize,
    /// Largest queue time `qt` in milliseconds (0: the dialect has no `qt`).
    pub queue_time_max_ms: u64,
    /// Oldest event time `et`, in seconds before sending (0: the dialect has no `et`).
    pub event_time_max_age_s: u64,
}

/// Paths of a dialect's endpoints.
#[derive(Debug, Clone, Copy)]
pub struct Endpoints {
    /// Scheme and host of the real collector.
    pub base_url: &'static str,
    /// Single hit path.
    pub collect: &'static str,
    /// Batch path (empty: none).
    pub batch: &'static str,
    /// Validation path (empty: none).
    pub debug: &'static str,
}

/// Everything the generated table says about one dialect.
#[derive(Debug, Clone, Copy)]
pub struct DialectSpec {
    /// Which dialect.
    pub dialect: Dialect,
    /// Endpoints.
    pub endpoints: Endpoints,
    /// Limits.
    pub limits: TransportLimits,
    /// Hit types the dialect accepts.
    pub hit_types: HitTypeSet,
    /// Parameters with fixed values set on every hit (`v=1`).
    pub fixed: &'static [(&'static str, &'static str)],
    /// Requirements of every hit.
    pub required: &'static [Requirement],
    /// Requirements per hit type.
    pub hit_rules: &'static [HitRule],
    /// Conditional requirements.
    pub conditionals: &'static [Conditional],
    /// Ecommerce rules, if the dialect has them.
    pub ecommerce: Option<EcommerceRule>,
    /// Every parameter; exact names first, then patterns.
    pub params: &'static [ParamSpec],
}

impl DialectSpec {
    /// The parameter a concrete name belongs to, with its index values.
    pub fn lookup(&self, key: &str) -> Option<(&'static ParamSpec, Vec<u16>)> {
        for p in self.params {
            if !p.is_indexed() {
                if p.pattern == key {
                    return Some((p, Vec::new()));
                }
            } else if let Some(ix) = p.match_key(key) {
                return Some((p, ix));
            }
        }
        None
    }

    /// The rule of one hit type.
    pub fn hit_rule(&self, hit_type: HitType) -> Option<&'static HitRule> {
        self.hit_rules.iter().find(|r| r.hit_type == hit_type)
    }
}

#[cfg(test)]
mod tests {
    use super::TextFormat;

    #[test]
    fn text_formats_refuse_what_collectors_drop() {
        for ok in ["UA-1-1", "UA-12345-12", "YT-9-0", "MO-123-4"] {
            assert_eq!(TextFormat::PropertyId.check(ok), Ok(()), "{ok}");
        }
        for bad in [
            "", " UA-1-1", "UA-1-1 ", "hgkh", "UAA-A-0", "UA-A-1", "UA-1", "UA-1-", "G-ABC123",
            "ua-1-1", "UA-1-1-1",
        ] {
            assert!(TextFormat::PropertyId.check(bad).is_err(), "{bad:?}");
        }
        assert_eq!(TextFormat::CounterId.check("57081571"), Ok(()));
        for bad in ["", "0123", "12a", " 12", "-1"] {
            assert!(TextFormat::CounterId.check(bad).is_err(), "{bad:?}");
        }
        assert_eq!(TextFormat::CurrencyCode.check("RUB"), Ok(()));
        for bad in ["", "rub", "RU", "RUBL", "R B", "₽"] {
            assert!(TextFormat::CurrencyCode.check(bad).is_err(), "{bad:?}");
        }
        let message = TextFormat::PropertyId.check(" UA-1-1").unwrap_err();
        assert!(message.contains("leading or trailing spaces"), "{message}");
    }
}
