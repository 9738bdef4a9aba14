// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! A small hand-written Discovery document for the importer's tests.
//!
//! Fixture API, generated from `schema/ga4_data/v1test.json` (Discovery document `fixture:v1test`, canonical sha256 `f248a037bdad77941a60aa82331e8a372123d5eb4660c538ef794083cbbf599c`).
use ::yandex_direct_runtime as rt;
pub mod methods;
pub mod types;
/// Where the API is served.
pub const BASE_URL: &str = "https://fixture.example.com/";
/// Every type of the document by name (inline enums by their generated name), with a
/// function that decodes a value of it and encodes it again.
pub static SCHEMAS: &[::ga4_data::method::SchemaEntry] = &[
    ::ga4_data::method::SchemaEntry {
        name: "Empty",
        reencode: rt::wire::reencode::<types::Empty>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "ListPartsResponse",
        reencode: rt::wire::reencode::<types::ListPartsResponse>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "Operation",
        reencode: rt::wire::reencode::<types::Operation>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "Part",
        reencode: rt::wire::reencode::<types::Part>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "Status",
        reencode: rt::wire::reencode::<types::Status>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "Thing",
        reencode: rt::wire::reencode::<types::Thing>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "ThingColors",
        reencode: rt::wire::reencode::<types::ThingColors>,
    },
    ::ga4_data::method::SchemaEntry {
        name: "ThingState",
        reencode: rt::wire::reencode::<types::ThingState>,
    },
];
