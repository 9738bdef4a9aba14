// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! A small hand-written Discovery document for the importer's tests.
//!
//! Fixture API, generated from `schema/ga4_data/v1test.json` (Discovery document `fixture:v1test`, canonical sha256 `f248a037bdad77941a60aa82331e8a372123d5eb4660c538ef794083cbbf599c`).
use ::ga4_data as rt;
pub mod methods;
pub mod types;
/// Where the API is served.
pub const BASE_URL: &str = "https://fixture.example.com/";
/// Every type of the document by name (inline enums by their generated name), with a
/// function that decodes a value of it and encodes it again.
pub static SCHEMAS: &[rt::method::SchemaEntry] = &[
    rt::method::SchemaEntry {
        name: "Empty",
        reencode: rt::wire::reencode::<types::Empty>,
    },
    rt::method::SchemaEntry {
        name: "ListPartsResponse",
        reencode: rt::wire::reencode::<types::ListPartsResponse>,
    },
    rt::method::SchemaEntry {
        name: "Operation",
        reencode: rt::wire::reencode::<types::Operation>,
    },
    rt::method::SchemaEntry {
        name: "Part",
        reencode: rt::wire::reencode::<types::Part>,
    },
    rt::method::SchemaEntry {
        name: "Status",
        reencode: rt::wire::reencode::<types::Status>,
    },
    rt::method::SchemaEntry {
        name: "Thing",
        reencode: rt::wire::reencode::<types::Thing>,
    },
    rt::method::SchemaEntry {
        name: "ThingColors",
        reencode: rt::wire::reencode::<types::ThingColors>,
    },
    rt::method::SchemaEntry {
        name: "ThingState",
        reencode: rt::wire::reencode::<types::ThingState>,
    },
];
