//! The Metrica Reporting API target: random valid answers, error bodies and parameters of every
//! endpoint of `schema/metrica/endpoints.json`, made from the generator's own model of it,
//! through the generated re-encoders of `metrica-reporting`.

use codegen::model::metrica::{EndpointsModel, ParamKind, TypeModel, ValueType};
use serde_json::{json, Map, Value};

use super::{damage, json_value, mutate, text, Rng};

/// The endpoints and answer types of `schema/metrica/`.
pub struct MetricaSchema {
    model: EndpointsModel,
    error_types: Vec<String>,
}

impl MetricaSchema {
    /// Loads `schema/metrica/` through the generator's frontend.
    pub fn load(schema_dir: &std::path::Path) -> Result<MetricaSchema, String> {
        let model = codegen::frontend::metrica::load(schema_dir)
            .map_err(|e| e.to_string())?
            .ok_or("schema/metrica is missing")?;
        let endpoints = model
            .endpoints
            .ok_or("schema/metrica/endpoints.json is missing")?;
        Ok(MetricaSchema {
            model: endpoints,
            error_types: model.error_types,
        })
    }

    fn type_named(&self, name: &str) -> Option<&TypeModel> {
        self.model.types.iter().find(|t| t.name == name)
    }

    /// A random valid object of `ty`: any key absent or `null`, unknown keys beside the known.
    fn object(&self, rng: &mut Rng, ty: &TypeModel) -> Value {
        let mut object = Map::new();
        for field in &ty.fields {
            match rng.u8(..8) {
                0 | 1 => continue,
                2 => {
                    object.insert(field.name.clone(), Value::Null);
                }
                _ => {
                    let value = self.nested(rng, &field.ty, field.array);
                    object.insert(field.name.clone(), value);
                }
            }
        }
        for _ in 0..rng.usize(..3) {
            let key = format!("unknown_{}", text(rng, 5));
            object.insert(key, json_value(rng, 2));
        }
        Value::Object(object)
    }

    fn nested(&self, rng: &mut Rng, ty: &ValueType, arrays: u8) -> Value {
        if arrays == 0 {
            return self.value(rng, ty);
        }
        Value::Array(
            (0..rng.usize(..4))
                .map(|_| self.nested(rng, ty, arrays - 1))
                .collect(),
        )
    }

    fn value(&self, rng: &mut Rng, ty: &ValueType) -> Value {
        match ty {
            ValueType::String => Value::String(text(rng, 12)),
            ValueType::Integer => json!(rng.i64(..)),
            ValueType::Boolean => Value::Bool(rng.bool()),
            ValueType::Number => number(rng),
            ValueType::Metric if rng.u8(..8) == 0 => Value::Null,
            ValueType::Metric => number(rng),
            ValueType::FlexInteger if rng.bool() => json!(rng.i64(..)),
            ValueType::FlexInteger => Value::String(rng.i64(..).to_string()),
            ValueType::Any => json_value(rng, 2),
            ValueType::ErrorType if rng.u8(..4) == 0 || self.error_types.is_empty() => {
                Value::String(text(rng, 10))
            }
            ValueType::ErrorType => {
                Value::String(self.error_types[rng.usize(..self.error_types.len())].clone())
            }
            ValueType::Named(name) => match self.type_named(name) {
                Some(t) => self.object(rng, t),
                None => Value::Null,
            },
        }
    }
}

/// An integer or a finite float of any magnitude (17 significant digits and more).
fn number(rng: &mut Rng) -> Value {
    match rng.u8(..4) {
        0 => json!(rng.i64(..)),
        1 => json!(rng.u64(..)),
        2 => json!(rng.i64(-1000..1000) as f64 / 7.0),
        _ => serde_json::Number::from_f64(f64::from_bits(rng.u64(..)))
            .map(Value::Number)
            .unwrap_or(json!(0)),
    }
}

/// A random valid value of a parameter, as it is written on the query line.
fn parameter(rng: &mut Rng, kind: ParamKind) -> String {
    let integer = |rng: &mut Rng| rng.u64(..).to_string();
    match kind {
        ParamKind::String => text(rng, 20),
        ParamKind::StringList => (0..rng.usize(1..4))
            .map(|_| text(rng, 8).replace(',', ""))
            .collect::<Vec<_>>()
            .join(","),
        ParamKind::Integer => integer(rng),
        ParamKind::IntegerList => (0..rng.usize(1..4))
            .map(|_| integer(rng))
            .collect::<Vec<_>>()
            .join(","),
        ParamKind::Boolean => rng.bool().to_string(),
    }
}

/// One execution of `metrica-roundtrip`: a random valid answer, error body and parameters of a
/// random endpoint encode back equal; the answer mutated or damaged gives a value or an error,
/// never a panic.
pub fn metrica_roundtrip(ctx: &super::Context, rng: &mut Rng) -> Result<(), String> {
    let schema = &ctx.metrica;
    let endpoints = &schema.model.endpoints;
    if endpoints.is_empty() {
        return Err("schema/metrica/endpoints.json has no endpoints".into());
    }
    let endpoint = &endpoints[rng.usize(..endpoints.len())];
    let response = schema
        .type_named(&endpoint.response)
        .ok_or_else(|| format!("{}: no type {}", endpoint.name, endpoint.response))?;
    let answer = schema.object(rng, response);
    let error_body = match schema.type_named("ErrorResponse") {
        Some(t) => schema.object(rng, t),
        None => json!({}),
    };
    let mut params = Map::new();
    for p in &endpoint.parameters {
        if p.required || rng.bool() {
            params.insert(p.name.clone(), Value::String(parameter(rng, p.kind)));
        }
    }
    params.insert(
        format!("unknown_{}", text(rng, 4)),
        Value::String(text(rng, 6)),
    );
    let params = Value::Object(params);
    for (part, body) in [
        ("response", &answer),
        ("error", &error_body),
        ("request", &params),
    ] {
        let encoded = metrica_reporting::roundtrip::reencode_part(&endpoint.name, part, body)
            .map_err(|e| {
                format!(
                    "{} {part}: a valid value is refused: {e}\n{body}",
                    endpoint.name
                )
            })?;
        if &encoded != body {
            return Err(format!(
                "{} {part}: the value changed:\n  decoded {body}\n  encoded {encoded}",
                endpoint.name
            ));
        }
    }
    let mut mutated = answer;
    mutate(rng, &mut mutated);
    let mut bytes = serde_json::to_vec(&mutated).unwrap_or_default();
    if rng.u8(..4) == 0 {
        damage(rng, &mut bytes);
    }
    if let Ok(line) = std::str::from_utf8(&bytes) {
        let line = format!(
            r#"{{"api": "metrica", "method": "{}", "part": "response", "body": {line}}}"#,
            endpoint.name
        );
        let _ = metrica_reporting::roundtrip::answer_line(&line);
    }
    let _ = metrica_reporting::decode::<metrica_reporting::DataResponse>(&bytes);
    let _ = metrica_reporting::decode::<metrica_reporting::ErrorResponse>(&bytes);
    Ok(())
}
