//! Randomised checks of every decoder and encoder that meets outside data, shared by the
//! property tests (`tests/tests/properties.rs`, bounded, in `cargo test`) and the `fuzz`
//! harness (`cargo run --release -p tools --bin fuzz -- --seconds 600`, as long as
//! one likes).
//!
//! Each [`Target`] runs one execution from a seeded random generator: it builds an input
//! (arbitrary bytes, arbitrary JSON, a valid value from the schema, or a valid value mutated) and
//! checks a property. A broken property is an `Err` with what was wrong; a panic anywhere is a
//! failure too (the harness catches it). The same seed gives the same input, so every failure
//! can be replayed with `--seed`.

mod ga4;
mod metrica;

use std::collections::BTreeMap;

use codegen::frontend::direct::format::TypeDef;
use codegen::frontend::direct::validate::{Index, Target as SchemaTarget};
use codegen::frontend::direct::{load_direct, DirectSchema};
use serde_json::{json, Map, Value};
use yandex_direct::measurement::{
    decode_payload, params, DialectSpec, EncodeOptions, Ga4Request, Hit, HitError, LengthMode,
    SpaceStyle, ValueType,
};
use yandex_direct::runtime::{MethodEntry, ResponseMeta, Units};

/// The seeded random source of one execution.
pub type Rng = fastrand::Rng;

/// One fuzz target: a name and one execution.
pub struct Target {
    /// Name given to `--target`.
    pub name: &'static str,
    /// What the target checks.
    pub about: &'static str,
    /// One execution from the given random source.
    pub run: fn(&Context, &mut Rng) -> Result<(), String>,
}

/// Every target.
pub const TARGETS: &[Target] = &[
    Target {
        name: "direct-decode",
        about: "arbitrary bytes, arbitrary JSON and mutated valid bodies into every v5/v4 request and response decoder: an error or a value, never a panic",
        run: direct_decode,
    },
    Target {
        name: "direct-roundtrip",
        about: "random valid requests and responses of every method (from the schema, unknown enum values and fields included) decode and encode back equal",
        run: direct_roundtrip,
    },
    Target {
        name: "v4-envelope",
        about: "arbitrary and mutated v4 answers into the v4 envelope decoder",
        run: v4_envelope,
    },
    Target {
        name: "report-tsv",
        about: "arbitrary text into the TSV report reader; generated reports read back cell for cell",
        run: report_tsv,
    },
    Target {
        name: "report-cells",
        about: "arbitrary and number-like text into every typed report cell (both money forms): a cell or a refusal, never a panic; money, decimals and dates written out read back exactly",
        run: report_cells,
    },
    Target {
        name: "error-parsers",
        about: "arbitrary and mutated XML reportDownloadError and JSON error bodies",
        run: error_parsers,
    },
    Target {
        name: "headers",
        about: "arbitrary Units and retryIn header values; formatted ones parse back",
        run: headers,
    },
    Target {
        name: "mp-encoder",
        about: "Measurement Protocol hits with arbitrary Unicode values: byte limits never exceeded, never cut inside a character, the decoder of the payload gives back the values",
        run: mp_encoder,
    },
    Target {
        name: "ga4-validator",
        about: "arbitrary and mutated GA4 requests: validated and split without panics, every split request within the limits and the events kept in order",
        run: ga4_validator,
    },
    Target {
        name: "ga4-roundtrip",
        about: "random valid values of every GA4 Data API schema (unknown keys, explicit nulls, enum values from the future, int64 strings, doubles as written) decode and encode back equal; mutated ones never panic",
        run: ga4::ga4_roundtrip,
    },
    Target {
        name: "metrica-roundtrip",
        about: "random valid answers, error bodies and parameters of every Metrica endpoint (absent and null keys, unknown keys, integers and floats of any size, numbers as strings in the query echo, unknown error types) decode and encode back equal; mutated answers never panic",
        run: metrica::metrica_roundtrip,
    },
];

/// What the targets share: the Direct schema's type index and every generated method.
pub struct Context {
    index: Index<'static>,
    methods: Vec<MethodCase>,
    ga4: ga4::Ga4Schema,
    metrica: metrica::MetricaSchema,
}

/// One method of the schema with its generated entry.
struct MethodCase {
    file: usize,
    v4: bool,
    request: Option<String>,
    response: String,
    name: String,
    entry: &'static MethodEntry,
}

impl Context {
    /// Loads the workspace's schema and finds every generated method.
    pub fn new() -> Result<Context, String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
        let mut faults = Vec::new();
        let schema = load_direct(&dir, &mut faults);
        if !faults.is_empty() {
            return Err(format!("the schema has faults: {faults:?}"));
        }
        // Loaded once per process and kept for its whole life, so that the index can borrow it.
        let schema: &'static DirectSchema = Box::leak(Box::new(schema));
        let mut methods = Vec::new();
        for (file, loaded) in schema.files.iter().enumerate() {
            let Some(service) = &loaded.file.service else {
                continue;
            };
            let v4 = loaded.api == "direct_v4";
            for method in &service.methods {
                let api = if v4 { "v4" } else { "v5" };
                let endpoint = if v4 { "" } else { service.endpoint.as_str() };
                let entry = yandex_direct::find_method(api, endpoint, &method.name)?;
                methods.push(MethodCase {
                    file,
                    v4,
                    request: method.request.clone(),
                    response: method.response.clone(),
                    name: format!("{}.{}", service.endpoint, method.name),
                    entry,
                });
            }
        }
        Ok(Context {
            index: Index::new(schema),
            methods,
            ga4: ga4::Ga4Schema::load(&dir)?,
            metrica: metrica::MetricaSchema::load(&dir)?,
        })
    }

    /// How many methods the Direct targets pick from.
    pub fn method_count(&self) -> usize {
        self.methods.len()
    }

    /// How many GA4 schemas (types of `schema/ga4_data/`) the `ga4-roundtrip` target picks from.
    pub fn ga4_schema_count(&self) -> usize {
        self.ga4.count()
    }

    /// The GA4 schema at `index` (sorted by name): its name and a random valid value.
    pub fn ga4_value(&self, rng: &mut Rng, index: usize) -> (&str, Value) {
        self.ga4.value_of(rng, index)
    }

    /// The generated entry of every method, v5 then v4.
    pub fn entries(&self) -> Vec<&'static MethodEntry> {
        self.methods.iter().map(|m| m.entry).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Random inputs.

/// Arbitrary bytes, mostly short.
pub fn bytes(rng: &mut Rng) -> Vec<u8> {
    let len = if rng.u8(..) < 230 {
        rng.usize(..64)
    } else {
        rng.usize(..2048)
    };
    (0..len).map(|_| rng.u8(..)).collect()
}

/// An arbitrary string: ASCII, Cyrillic, emoji, control characters, quotes and escapes.
pub fn text(rng: &mut Rng, max_chars: usize) -> String {
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "0",
        " ",
        "\t",
        "\n",
        "\r",
        "\"",
        "\\",
        "/",
        "&",
        "=",
        "%",
        "+",
        "?",
        "#",
        "--",
        "\u{0}",
        "\u{7f}",
        "й",
        "Ж",
        "ё",
        "€",
        "😀",
        "👍🏽",
        "\u{200b}",
        "\u{fffd}",
        "\u{10ffff}",
        "Total rows: ",
        "<",
        ">",
    ];
    let n = rng.usize(..=max_chars);
    let mut out = String::new();
    for _ in 0..n {
        if rng.bool() {
            out.push_str(PIECES[rng.usize(..PIECES.len())]);
        } else {
            out.push(rng.char(..));
        }
    }
    out
}

/// Arbitrary JSON of bounded depth.
pub fn json_value(rng: &mut Rng, depth: u32) -> Value {
    let leaf_only = depth == 0;
    match rng.u8(..if leaf_only { 6 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.bool()),
        2 => json!(rng.i64(..)),
        3 => serde_json::Number::from_f64(f64::from_bits(rng.u64(..)))
            .map(Value::Number)
            .unwrap_or(Value::Null),
        4 => json!(rng.u64(..)),
        5 => Value::String(text(rng, 12)),
        6 => Value::Array(
            (0..rng.usize(..4))
                .map(|_| json_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let mut object = Map::new();
            for _ in 0..rng.usize(..5) {
                let key = match rng.u8(..4) {
                    0 => "Items".to_owned(),
                    1 => "Id".to_owned(),
                    _ => text(rng, 6),
                };
                object.insert(key, json_value(rng, depth - 1));
            }
            Value::Object(object)
        }
    }
}

/// `value` changed in one random place: a value replaced, a key dropped or added, a type
/// swapped, a number pushed out of range.
pub fn mutate(rng: &mut Rng, value: &mut Value) {
    match value {
        Value::Object(object) if !object.is_empty() && rng.u8(..4) != 0 => {
            let keys: Vec<String> = object.keys().cloned().collect();
            let key = &keys[rng.usize(..keys.len())];
            match rng.u8(..4) {
                0 => {
                    object.remove(key);
                }
                1 => {
                    object.insert(text(rng, 8), json_value(rng, 2));
                }
                _ => {
                    if let Some(inner) = object.get_mut(key) {
                        mutate(rng, inner);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() && rng.u8(..4) != 0 => {
            let i = rng.usize(..items.len());
            if rng.u8(..4) == 0 {
                items.remove(i);
            } else {
                mutate(rng, &mut items[i]);
            }
        }
        _ => {
            *value = match rng.u8(..6) {
                0 => json!(i64::MAX),
                1 => json!(u64::MAX),
                2 => json!(-1),
                3 => json!("9223372036854775808"),
                4 => json!(1.5e300),
                _ => json_value(rng, 3),
            };
        }
    }
}

/// Bytes of `value` with a random cut, splice or flipped byte.
pub fn damage(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        return;
    }
    match rng.u8(..3) {
        0 => bytes.truncate(rng.usize(..bytes.len())),
        1 => {
            let i = rng.usize(..bytes.len());
            bytes[i] = rng.u8(..);
        }
        _ => {
            let i = rng.usize(..bytes.len());
            let extra = self::bytes(rng);
            bytes.splice(i..i, extra);
        }
    }
}

/// Valid values of the schema's types, random within what the type allows.
struct SchemaValues<'a> {
    index: &'a Index<'a>,
    /// Responses may carry enum values and fields a newer API added.
    response: bool,
}

impl<'a> SchemaValues<'a> {
    fn value(&self, rng: &mut Rng, file: usize, reference: &'a str, depth: usize) -> Value {
        let Ok(target) = self.index.resolve(file, reference) else {
            return Value::Null;
        };
        match target {
            SchemaTarget::Primitive(p) => match p {
                "long" | "integer" => json!(rng.i64(..)),
                "int" => json!(rng.i32(..)),
                "decimal" | "double" | "float" => {
                    let x = if rng.bool() {
                        f64::from(rng.i32(..)) / 100.0
                    } else {
                        f64::from_bits(rng.u64(..))
                    };
                    serde_json::Number::from_f64(x)
                        .map(Value::Number)
                        .unwrap_or(json!(0.5))
                }
                "boolean" => json!(rng.bool()),
                _ => Value::String(text(rng, 10)),
            },
            SchemaTarget::Named(_, TypeDef::Enum(e)) => {
                if self.response && rng.u8(..10) == 0 {
                    json!(format!("VALUE_FROM_THE_FUTURE_{}", rng.u8(..)))
                } else {
                    json!(e.values[rng.usize(..e.values.len())])
                }
            }
            SchemaTarget::Named(f, TypeDef::Array(items)) => Value::Array(
                (0..self.count(rng, depth))
                    .map(|_| self.value(rng, f, &items.item, depth + 1))
                    .collect(),
            ),
            SchemaTarget::Named(f, TypeDef::Items(items)) => json!({
                "Items": (0..self.count(rng, depth))
                    .map(|_| self.value(rng, f, &items.item, depth + 1))
                    .collect::<Vec<_>>()
            }),
            SchemaTarget::Named(f, ty @ TypeDef::Struct(_)) => {
                let mut object = Map::new();
                for (field_file, field) in self.index.all_fields(f, ty).unwrap_or_default() {
                    let wanted = field.required || (depth < 5 && !field.boxed && rng.bool());
                    if !wanted {
                        continue;
                    }
                    if field.nillable && !field.required && rng.u8(..5) == 0 {
                        object.insert(field.name.clone(), Value::Null);
                        continue;
                    }
                    let value = if field.repeated {
                        Value::Array(
                            (0..self.count(rng, depth))
                                .map(|_| self.value(rng, field_file, &field.ty, depth + 1))
                                .collect(),
                        )
                    } else {
                        self.value(rng, field_file, &field.ty, depth + 1)
                    };
                    object.insert(field.name.clone(), value);
                }
                if self.response && rng.u8(..20) == 0 {
                    object.insert("FieldFromTheFuture".to_owned(), json_value(rng, 2));
                }
                Value::Object(object)
            }
        }
    }

    fn count(&self, rng: &mut Rng, depth: usize) -> usize {
        if depth > 4 {
            0
        } else {
            rng.usize(..3)
        }
    }
}

/// A valid request and response body of a random method, with the method.
fn valid_bodies<'c>(ctx: &'c Context, rng: &mut Rng) -> (&'c MethodCase, Value, Value) {
    let case = &ctx.methods[rng.usize(..ctx.methods.len())];
    let (param_key, result_key) = if case.v4 {
        ("param", "data")
    } else {
        ("params", "result")
    };
    let method = case.name.rsplit('.').next().unwrap_or_default();
    let mut request = json!({ "method": method });
    if let Some(param) = &case.request {
        let values = SchemaValues {
            index: &ctx.index,
            response: false,
        };
        request[param_key] = values.value(rng, case.file, param, 0);
    }
    let values = SchemaValues {
        index: &ctx.index,
        response: true,
    };
    let response = json!({ result_key: values.value(rng, case.file, &case.response, 0) });
    (case, request, response)
}

// ---------------------------------------------------------------------------------------------
// The targets.

fn direct_decode(ctx: &Context, rng: &mut Rng) -> Result<(), String> {
    let (case, mut request, mut response) = valid_bodies(ctx, rng);
    let inputs: [Vec<u8>; 2] = match rng.u8(..3) {
        0 => [bytes(rng), bytes(rng)],
        1 => {
            let mut a = serde_json::to_vec(&json_value(rng, 4)).unwrap_or_default();
            let mut b = a.clone();
            damage(rng, &mut a);
            damage(rng, &mut b);
            [a, b]
        }
        _ => {
            mutate(rng, &mut request);
            mutate(rng, &mut response);
            let mut a = serde_json::to_vec(&request).unwrap_or_default();
            let mut b = serde_json::to_vec(&response).unwrap_or_default();
            if rng.bool() {
                damage(rng, &mut a);
                damage(rng, &mut b);
            }
            [a, b]
        }
    };
    // Errors are fine; what is accepted must be JSON again that decodes the same.
    if let Ok(encoded) = (case.entry.request)(&inputs[0]) {
        let again = (case.entry.request)(&serde_json::to_vec(&encoded).unwrap_or_default())
            .map_err(|e| {
                format!(
                    "{}: an accepted request does not decode again: {e}",
                    case.name
                )
            })?;
        if again != encoded {
            return Err(format!(
                "{}: a request changed on its second trip",
                case.name
            ));
        }
    }
    if let Ok(encoded) = (case.entry.response)(&inputs[1]) {
        let again = (case.entry.response)(&serde_json::to_vec(&encoded).unwrap_or_default())
            .map_err(|e| {
                format!(
                    "{}: an accepted response does not decode again: {e}",
                    case.name
                )
            })?;
        if again != encoded {
            return Err(format!(
                "{}: a response changed on its second trip",
                case.name
            ));
        }
    }
    Ok(())
}

fn direct_roundtrip(ctx: &Context, rng: &mut Rng) -> Result<(), String> {
    let (case, request, response) = valid_bodies(ctx, rng);
    let encoded = (case.entry.request)(&serde_json::to_vec(&request).unwrap_or_default())
        .map_err(|e| format!("{}: a valid request is refused: {e}\n{request}", case.name))?;
    if encoded != request {
        return Err(format!(
            "{}: the request changed:\n  sent    {request}\n  encoded {encoded}",
            case.name
        ));
    }
    let encoded = (case.entry.response)(&serde_json::to_vec(&response).unwrap_or_default())
        .map_err(|e| {
            format!(
                "{}: a valid response is refused: {e}\n{response}",
                case.name
            )
        })?;
    if encoded != response {
        return Err(format!(
            "{}: the response changed:\n  received {response}\n  encoded  {encoded}",
            case.name
        ));
    }
    Ok(())
}

fn v4_envelope(_: &Context, rng: &mut Rng) -> Result<(), String> {
    let mut answer = match rng.u8(..4) {
        0 => json!({ "data": json_value(rng, 3) }),
        1 => {
            json!({ "error_code": json_value(rng, 0), "error_str": json_value(rng, 0), "error_detail": json_value(rng, 0) })
        }
        2 => json!({ "data": [{ "Login": text(rng, 8), "UnitsRest": json_value(rng, 0) }] }),
        _ => json_value(rng, 4),
    };
    if rng.bool() {
        mutate(rng, &mut answer);
    }
    let mut body = serde_json::to_vec(&answer).unwrap_or_default();
    if rng.u8(..4) == 0 {
        damage(rng, &mut body);
    }
    let status = [200, 200, 200, 400, 500, 502, 503][rng.usize(..7)];
    let _ = yandex_direct::runtime::v4::decode_v4::<Value>(status, &body, ResponseMeta::default());
    let _ = yandex_direct::runtime::v4::decode_v4::<Vec<BTreeMap<String, Value>>>(
        status,
        &body,
        ResponseMeta::default(),
    );
    Ok(())
}

fn report_tsv(_: &Context, rng: &mut Rng) -> Result<(), String> {
    use yandex_direct::runtime::reports::{Report, TsvLayout};
    let layout = TsvLayout {
        title: rng.bool(),
        column_header: rng.bool(),
        summary: rng.bool(),
    };
    let columns: Vec<String> = (0..rng.usize(1..6)).map(|i| format!("Column{i}")).collect();
    if rng.u8(..3) == 0 {
        let _ = Report::parse(&text(rng, 200), layout, &columns);
        return Ok(());
    }
    // A well-formed report reads back cell for cell.
    let rows: Vec<Vec<Option<String>>> = (0..rng.usize(..6))
        .map(|_| {
            columns
                .iter()
                .map(|_| {
                    if rng.u8(..5) == 0 {
                        None
                    } else {
                        let cell: String = text(rng, 6)
                            .chars()
                            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                            .collect();
                        Some(if cell == "--" { String::new() } else { cell })
                    }
                })
                .collect()
        })
        .collect();
    let mut body = String::new();
    if layout.title {
        body.push_str("\"Report (2026-11-01 - 2026-11-30)\"\n");
    }
    if layout.column_header {
        body.push_str(&columns.join("\t"));
        body.push('\n');
    }
    for row in &rows {
        let cells: Vec<&str> = row.iter().map(|c| c.as_deref().unwrap_or("--")).collect();
        body.push_str(&cells.join("\t"));
        body.push('\n');
    }
    if layout.summary {
        body.push_str(&format!("Total rows: {}\n", rows.len()));
    }
    // One-column rows of an empty cell are empty lines, which a reader cannot tell from none.
    if columns.len() == 1 && rows.iter().any(|r| r[0].as_deref() == Some("")) {
        return Ok(());
    }
    let mut damaged = body.clone();
    let report = Report::parse(&body, layout, &columns)
        .map_err(|e| format!("a well-formed report is refused: {e}\n{body:?}"))?;
    if report.rows != rows {
        return Err(format!(
            "rows differ:\n  written {rows:?}\n  read    {:?}",
            report.rows
        ));
    }
    if report.columns != columns {
        return Err(format!("columns differ: {:?}", report.columns));
    }
    // A damaged one is read or refused, never a panic.
    let cut = rng.usize(..=damaged.len());
    let cut = (0..=cut)
        .rev()
        .find(|i| damaged.is_char_boundary(*i))
        .unwrap_or(0);
    damaged.truncate(cut);
    let _ = Report::parse(&damaged, layout, &columns);
    Ok(())
}

/// Text made mostly of what numbers and dates are made of, of any length up to 24.
fn number_like(rng: &mut Rng) -> String {
    const PIECES: &[u8] = b"0123456789999999999.-";
    (0..rng.usize(..=24))
        .map(|_| char::from(PIECES[rng.usize(..PIECES.len())]))
        .collect()
}

fn report_cells(_: &Context, rng: &mut Rng) -> Result<(), String> {
    use yandex_direct::runtime::reports::{
        parse_cell, Cell, Decimal, Money, ReportDate, ReportFieldType,
    };
    const TYPES: [ReportFieldType; 7] = [
        ReportFieldType::Integer,
        ReportFieldType::Money,
        ReportFieldType::Decimal,
        ReportFieldType::Percent,
        ReportFieldType::Date,
        ReportFieldType::Enum,
        ReportFieldType::Text,
    ];
    let noise = if rng.bool() {
        number_like(rng)
    } else {
        text(rng, 24)
    };
    for field_type in TYPES {
        for micros in [false, true] {
            let _ = parse_cell(&noise, field_type, micros);
        }
    }

    // Money in either form is the same exact amount (up to 18 digits, what a cell can hold).
    let money = Money::from_micros(rng.i64(-(10i64.pow(17) - 1)..10i64.pow(17)));
    let as_micros = money.micros.to_string();
    let as_units = money.to_units_string();
    for (text, in_micros) in [(&as_micros, true), (&as_units, false)] {
        match parse_cell(text, ReportFieldType::Money, in_micros) {
            Some(Cell::Money(read)) if read == money => {}
            other => return Err(format!("money `{text}` read as {other:?}, not {money:?}")),
        }
    }

    // A decimal of 1 to 18 digits, some of them decimals, reads back digit for digit.
    let digits = rng.u32(1..=18);
    let low = if digits == 1 {
        1
    } else {
        10i64.pow(digits - 1)
    };
    let mut mantissa = rng.i64(low..10i64.pow(digits));
    if rng.bool() {
        mantissa = -mantissa;
    }
    let decimal = Decimal {
        mantissa,
        scale: rng.u8(..u8::try_from(digits).unwrap_or(18)),
    };
    let written = decimal.to_string();
    match parse_cell(&written, ReportFieldType::Decimal, false) {
        Some(Cell::Decimal(read)) if read == decimal => {}
        other => {
            return Err(format!(
                "decimal `{written}` read as {other:?}, not {decimal:?}"
            ))
        }
    }

    // Every day of the calendar reads back; the day after a month's last is refused.
    let year = rng.u16(1..=9999);
    let month = rng.u8(1..=12);
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let last = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let date = ReportDate {
        year,
        month,
        day: rng.u8(1..=last),
    };
    let written = date.to_string();
    if ReportDate::parse(&written) != Some(date) {
        return Err(format!("date `{written}` does not read back"));
    }
    let after_last = format!("{year:04}-{month:02}-{:02}", last + 1);
    if let Some(read) = ReportDate::parse(&after_last) {
        return Err(format!("`{after_last}` read as a date: {read:?}"));
    }
    Ok(())
}

fn error_parsers(_: &Context, rng: &mut Rng) -> Result<(), String> {
    let xml = format!(
        "<?xml version=\"1.0\"?><reports:reportDownloadError xmlns:reports=\"x\"><reports:ApiError><reports:requestId>{}</reports:requestId><reports:errorCode>{}</reports:errorCode><reports:errorMessage>{}</reports:errorMessage><reports:errorDetail>{}</reports:errorDetail></reports:ApiError></reports:reportDownloadError>",
        text(rng, 6),
        if rng.bool() { rng.i64(..).to_string() } else { text(rng, 4) },
        text(rng, 10),
        text(rng, 10),
    );
    let mut bytes = xml.into_bytes();
    if rng.bool() {
        damage(rng, &mut bytes);
    }
    let text_body = String::from_utf8_lossy(&bytes);
    let _ = yandex_direct::runtime::reports::parse_xml_error(&text_body, 400, Some("r"));
    let mut error = json!({ "error": { "error_code": json_value(rng, 0), "request_id": json_value(rng, 0), "error_string": json_value(rng, 0), "error_detail": json_value(rng, 0) } });
    if rng.bool() {
        mutate(rng, &mut error);
    }
    let mut body = serde_json::to_vec(&error).unwrap_or_default();
    if rng.u8(..4) == 0 {
        damage(rng, &mut body);
    }
    if let Ok(case) = yandex_direct::find_method("v5", "campaigns", "get") {
        let _ = (case.response)(&body);
    }
    Ok(())
}

fn headers(_: &Context, rng: &mut Rng) -> Result<(), String> {
    let _ = Units::parse(&text(rng, 20));
    let _ = yandex_direct::runtime::reports::parse_retry_in(&text(rng, 10));
    let units = Units {
        spent: rng.i64(..),
        rest: rng.i64(..),
        limit: rng.i64(..),
    };
    let header = format!("{}/{}/{}", units.spent, units.rest, units.limit);
    if Units::parse(&header) != Some(units) {
        return Err(format!("`{header}` does not parse back"));
    }
    let seconds = rng.u32(..100_000);
    let parsed = yandex_direct::runtime::reports::parse_retry_in(&seconds.to_string())
        .ok_or_else(|| format!("retryIn `{seconds}` is refused"))?;
    if parsed.as_secs() != u64::from(seconds.min(86_400)) {
        return Err(format!("retryIn `{seconds}` reads as {parsed:?}"));
    }
    Ok(())
}

fn mp_encoder(_: &Context, rng: &mut Rng) -> Result<(), String> {
    let spec = if rng.bool() {
        &params::UA
    } else {
        &params::METRICA
    };
    // A valid hit of the dialect, then text parameters with arbitrary values.
    let mut pairs = mp_base_hit(spec);
    let free_text = mp_free_text_params(spec);
    for _ in 0..rng.usize(1..5) {
        let key = free_text[rng.usize(..free_text.len())];
        if pairs.iter().any(|(k, _)| k == key) {
            continue;
        }
        let long = rng.u8(..4) == 0;
        let value = text(rng, if long { 3000 } else { 40 });
        pairs.push((key.to_owned(), Value::String(value)));
    }
    let space = if rng.bool() {
        SpaceStyle::Percent20
    } else {
        SpaceStyle::Plus
    };
    check_mp_hit(spec, &pairs, space)
}

/// The text parameters of `spec` that a pageview may carry with any value (no allowed list, no
/// form), beside those of [`mp_base_hit`].
pub fn mp_free_text_params(spec: &'static DialectSpec) -> Vec<&'static str> {
    let base = mp_base_hit(spec);
    spec.params
        .iter()
        .filter(|p| {
            !p.is_indexed()
                && p.ty == ValueType::Text
                && p.allowed.is_empty()
                && p.format.is_none()
                && p.hit_types
                    .contains(yandex_direct::measurement::HitType::Pageview)
                && !base.iter().any(|(k, _)| k == p.pattern)
                && !spec
                    .conditionals
                    .iter()
                    .any(|c| c.if_any.contains(&p.pattern))
                && !spec.fixed.iter().any(|(k, _)| *k == p.pattern)
        })
        .map(|p| p.pattern)
        .collect()
}

/// A valid pageview of the dialect as name/value pairs.
pub fn mp_base_hit(spec: &'static DialectSpec) -> Vec<(String, Value)> {
    let pairs: &[(&str, &str)] = if std::ptr::eq(spec, &params::UA) {
        &[
            ("t", "pageview"),
            ("tid", "UA-1-1"),
            ("cid", "555"),
            ("dl", "https://example.com/"),
        ]
    } else {
        &[
            ("t", "pageview"),
            ("tid", "57081571"),
            ("cid", "555"),
            ("ms", "token"),
            ("dr", ""),
            ("dl", "https://example.com/"),
            ("dt", "Home"),
        ]
    };
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::String((*v).to_owned())))
        .collect()
}

/// Builds the hit of `pairs` (text values) and encodes it leniently and strictly: no value over
/// its byte limit, cuts on the last character boundary that fits and reported, every other
/// value decoded back as given; strict mode refuses exactly the hits with a value over a limit.
pub fn check_mp_hit(
    spec: &'static DialectSpec,
    pairs: &[(String, Value)],
    space: SpaceStyle,
) -> Result<(), String> {
    let hit = Hit::from_pairs(spec, pairs.iter().map(|(k, v)| (k.as_str(), v)))
        .map_err(|e| format!("a valid hit is refused: {e}"))?;
    let lenient = hit
        .encode(&EncodeOptions {
            mode: LengthMode::Lenient,
            space,
            now: None,
        })
        .map_err(|e| format!("lenient encoding failed: {e}"))?;
    let decoded = decode_payload(&lenient.payload)
        .ok_or_else(|| format!("the payload does not decode: {}", lenient.payload))?;
    let mut over_limit = false;
    for (key, value) in pairs {
        let sent = value.as_str().unwrap_or_default();
        let got = decoded
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| format!("`{key}` is missing from the payload"))?;
        let limit = spec
            .lookup(key)
            .and_then(|(p, _)| p.max_bytes)
            .map(|m| m as usize);
        match limit {
            Some(max) if sent.len() > max => {
                over_limit = true;
                if got.len() > max {
                    return Err(format!("`{key}`: {} bytes sent, limit {max}", got.len()));
                }
                if !sent.starts_with(got) {
                    return Err(format!(
                        "`{key}`: the cut value is not a prefix of the value"
                    ));
                }
                // Cut at the last character boundary that fits: the next character must not.
                let next = sent[got.len()..].chars().next().map_or(0, char::len_utf8);
                if got.len() + next <= max {
                    return Err(format!("`{key}`: cut shorter than the limit allows"));
                }
                if !lenient.truncations.iter().any(|t| t.param == *key) {
                    return Err(format!("`{key}`: cut without a report"));
                }
            }
            _ => {
                if got != sent {
                    return Err(format!("`{key}`: sent {sent:?}, decoded {got:?}"));
                }
            }
        }
    }
    let strict = hit.encode(&EncodeOptions {
        mode: LengthMode::Strict,
        space,
        now: None,
    });
    match (over_limit, strict) {
        (true, Err(HitError::TooLong { .. })) | (false, Ok(_)) => Ok(()),
        (true, Ok(_)) => Err("strict mode sent a value over its limit".to_owned()),
        (_, Err(e)) => Err(format!("strict encoding: unexpected {e}")),
    }
}

fn ga4_validator(_: &Context, rng: &mut Rng) -> Result<(), String> {
    let rules = &params::GA4;
    let event = |rng: &mut Rng| {
        let mut params = Map::new();
        for _ in 0..rng.usize(..4) {
            let name = [
                "value",
                "currency",
                "items",
                "transaction_id",
                "search_term",
                "page_title",
            ][rng.usize(..6)];
            params.insert(name.to_owned(), json_value(rng, 2));
        }
        let name = [
            "purchase",
            "refund",
            "search",
            "tutorial_begin",
            "view_item",
            "x",
        ][rng.usize(..6)];
        json!({ "name": name, "params": params })
    };
    let mut request = json!({
        "measurement_id": if rng.bool() { "G-ABC".to_owned() } else { text(rng, 4) },
        "api_secret": "s",
        "client_id": text(rng, 6),
        "events": (0..rng.usize(..40)).map(|_| event(rng)).collect::<Vec<_>>(),
    });
    if rng.bool() {
        mutate(rng, &mut request);
    }
    let Ok(request) = serde_json::from_value::<Ga4Request>(request) else {
        return Ok(());
    };
    let _ = request.recommendations(rules);
    let valid = request.validate(rules).is_ok();
    if let Ok(parts) = request.split(rules) {
        {
            if !valid {
                return Err("split accepted what validate refused".to_owned());
            }
            let mut events = Vec::new();
            for (_, body) in &parts {
                if body.len() > rules.max_body_bytes {
                    return Err(format!("a split body is {} bytes", body.len()));
                }
                let part: Value = serde_json::from_str(body)
                    .map_err(|e| format!("a split body is not JSON: {e}"))?;
                let part_events = part["events"].as_array().cloned().unwrap_or_default();
                if part_events.is_empty() || part_events.len() > rules.max_events {
                    return Err(format!("a split request has {} events", part_events.len()));
                }
                events.extend(part_events);
            }
            let sent: Vec<Value> = request
                .events
                .iter()
                .map(|e| serde_json::to_value(e).unwrap_or_default())
                .collect();
            if events != sent {
                return Err("the split requests do not carry the events in order".to_owned());
            }
        }
    }
    Ok(())
}
