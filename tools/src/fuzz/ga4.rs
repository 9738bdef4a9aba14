//! The GA4 Data API target: random valid values of every schema of `schema/ga4_data/`, made from
//! the generator's own model of the schema, through the generated re-encoders of `ga4-data`.

use std::collections::BTreeMap;

use codegen::model::rest::{FieldModel, Primitive, TypeModel, TypeRef};
use serde_json::{json, Map, Value};

use super::{damage, json_value, mutate, text, Context, Rng};

/// The GA4 types of the schema, by Rust name, and the wire names of all of them.
pub struct Ga4Schema {
    types: BTreeMap<String, TypeModel>,
    names: Vec<(String, String)>,
}

impl Ga4Schema {
    /// Loads `schema/ga4_data/` (every version) through the generator's frontend.
    pub fn load(schema_dir: &std::path::Path) -> Result<Ga4Schema, String> {
        let model = codegen::frontend::rest::load(schema_dir)
            .map_err(|e| e.to_string())?
            .ok_or("schema/ga4_data is missing")?;
        let mut types = BTreeMap::new();
        let mut names = Vec::new();
        for api in model.apis {
            for ty in api.types {
                let (wire, rust) = match &ty {
                    TypeModel::Struct(s) => (s.wire.clone(), s.rust.clone()),
                    TypeModel::Enum(e) => (e.wire.clone(), e.rust.clone()),
                };
                names.push((wire, rust.clone()));
                types.insert(rust, ty);
            }
        }
        Ok(Ga4Schema { types, names })
    }

    /// How many types there are.
    pub fn count(&self) -> usize {
        self.names.len()
    }

    /// The wire name of the type at `index` (sorted by name) and a random valid value of it.
    pub fn value_of(&self, rng: &mut Rng, index: usize) -> (&str, Value) {
        let (wire, rust) = &self.names[index];
        (wire, self.named(rng, rust, 0))
    }

    fn named(&self, rng: &mut Rng, rust: &str, depth: usize) -> Value {
        match self.types.get(rust) {
            Some(TypeModel::Enum(e)) => {
                if rng.u8(..10) == 0 {
                    json!(format!("VALUE_FROM_THE_FUTURE_{}", rng.u8(..)))
                } else {
                    json!(e.variants[rng.usize(..e.variants.len())].wire)
                }
            }
            Some(TypeModel::Struct(s)) => {
                let mut object = Map::new();
                for field in &s.fields {
                    // Deep values only now and then: the recursive types would grow without end.
                    let wanted = if depth < 4 {
                        rng.bool()
                    } else {
                        rng.u8(..8) == 0 && depth < 7
                    };
                    if !wanted {
                        continue;
                    }
                    let value = if rng.u8(..12) == 0 {
                        Value::Null
                    } else {
                        self.field(rng, field, depth + 1)
                    };
                    object.insert(field.wire.clone(), value);
                }
                if rng.u8(..12) == 0 {
                    object.insert(
                        format!("fieldFromTheFuture{}", rng.u8(..4)),
                        json_value(rng, 2),
                    );
                }
                Value::Object(object)
            }
            None => Value::Null,
        }
    }

    fn field(&self, rng: &mut Rng, field: &FieldModel, depth: usize) -> Value {
        let count = if depth > 4 {
            rng.usize(..2)
        } else {
            rng.usize(..4)
        };
        let one = |rng: &mut Rng| {
            if field.map {
                let mut object = Map::new();
                for _ in 0..rng.usize(..3) {
                    object.insert(text(rng, 6), self.element(rng, &field.ty, depth));
                }
                Value::Object(object)
            } else {
                self.element(rng, &field.ty, depth)
            }
        };
        if field.repeated {
            Value::Array((0..count).map(|_| one(rng)).collect())
        } else {
            one(rng)
        }
    }

    fn element(&self, rng: &mut Rng, ty: &TypeRef, depth: usize) -> Value {
        match ty {
            TypeRef::Named(name) => self.named(rng, name, depth),
            TypeRef::Primitive(p) => match p {
                Primitive::String => json!(text(rng, 10)),
                Primitive::Bool => json!(rng.bool()),
                Primitive::I32 => json!(rng.i32(..)),
                Primitive::U32 => json!(rng.u32(..)),
                Primitive::I64 => json!(rng.i64(..).to_string()),
                Primitive::U64 => json!(rng.u64(..).to_string()),
                Primitive::Double | Primitive::Float => match rng.u8(..6) {
                    0 => json!(rng.i64(..)),
                    1 => json!(["NaN", "Infinity", "-Infinity"][rng.usize(..3)]),
                    2 => json!(f64::from(rng.i32(..)) / 100.0),
                    _ => serde_json::Number::from_f64(f64::from_bits(rng.u64(..)))
                        .map(Value::Number)
                        .unwrap_or(json!(0.5)),
                },
                Primitive::Any => json_value(rng, 2),
            },
        }
    }
}

/// One execution of `ga4-roundtrip`: a random valid value of a random schema encodes back
/// equal; the same value mutated or damaged, into its decoder and the error body's, gives a
/// value or an error, never a panic.
pub fn ga4_roundtrip(ctx: &Context, rng: &mut Rng) -> Result<(), String> {
    let schema = &ctx.ga4;
    if schema.count() == 0 {
        return Err("schema/ga4_data has no types".into());
    }
    let index = rng.usize(..schema.count());
    let (name, value) = schema.value_of(rng, index);
    let entry = ga4_data::find_schema(name)?;
    let encoded = (entry.reencode)(&serde_json::to_vec(&value).unwrap_or_default())
        .map_err(|e| format!("{name}: a valid value is refused: {e}\n{value}"))?;
    if encoded != value {
        return Err(format!(
            "{name}: the value changed:\n  decoded {value}\n  encoded {encoded}"
        ));
    }
    let mut mutated = value;
    mutate(rng, &mut mutated);
    let mut bytes = serde_json::to_vec(&mutated).unwrap_or_default();
    if rng.u8(..4) == 0 {
        damage(rng, &mut bytes);
    }
    let _ = (entry.reencode)(&bytes);
    // The error body decoder meets whatever a server or proxy answers.
    let _ = ga4_data::roundtrip::reencode_part("runReport", "error", &bytes);
    Ok(())
}
