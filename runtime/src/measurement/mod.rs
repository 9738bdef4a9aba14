//! Measurement Protocol runtime: Universal Analytics, the Yandex Metrica dialect and GA4.
//!
//! The typed hit builders of the `yandex-direct` crate (`measurement::ua::Pageview`, `...::metrica::Event`,
//! ...) are generated from `schema/measurement/`; they produce a [`Hit`], which this module
//! encodes ([`Hit::encode`]: UTF-8, percent-encoding, byte limits in [`LengthMode::Strict`] or
//! [`LengthMode::Lenient`], `z` last) and sends ([`Sender`]: POST/GET, `/batch` splitting, GA4
//! splitting, bounded retry queue, typed answers of the validation endpoints). Hits and GA4
//! requests written as JSON lines are read and checked by [`parse_json_line`].

pub mod debug;
pub mod encode;
pub mod ga4;
pub mod hit;
pub mod input;
mod key;
pub mod sender;
pub mod spec;
pub mod value;

pub use debug::{
    DebugAnswer, Ga4DebugAnswer, HitParsingResult, MessageType, ParserMessage, ValidationMessage,
};
pub use encode::{
    decode_payload, percent_decode, percent_encode_into, truncate_utf8, EncodeOptions, Encoded,
    LengthMode, SpaceStyle, Truncation,
};
pub use ga4::{Ga4Error, Ga4Event, Ga4EventRule, Ga4Request, Ga4Rules, UserProperty};
pub use hit::{validate, Group, GroupSpec, Hit, HitBuilder, HitError, OrderedParams, Param};
pub use input::{
    json_lines_sender_config, parse_json_line, LineError, LineOptions, NoValidationEndpoint,
    ParsedLine, Protocol, ProtocolTables,
};
pub use key::ParamKey;
pub use sender::{
    plan_batches, HttpMethod, Invalid, Outgoing, Rejection, SendReport, Sender, SenderConfig,
};
pub use spec::{
    Conditional, Dialect, DialectSpec, EcommerceRule, Endpoints, HitRule, HitType, HitTypeSet,
    KeyPart, ParamSpec, Requirement, TextFormat, TransportLimits,
};
pub use value::{Decimal, DecimalError, Value, ValueType};
