//! A hit checked against its dialect's requirements.

use super::entries::Hit;
use super::error::HitError;
use crate::measurement::spec::DialectSpec;
use crate::measurement::value::Value;

fn alternatives_text(any_of: &[&[&str]]) -> String {
    any_of
        .iter()
        .map(|alt| {
            alt.iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// What a requirement that is not met reports as missing: `None` when it is met.
fn unmet(hit: &Hit, any_of: &[&[&str]]) -> Option<String> {
    if any_of.iter().any(|alt| alt.iter().all(|k| hit.has(k))) {
        return None;
    }
    Some(if any_of.len() == 1 && any_of[0].len() > 1 {
        any_of[0]
            .iter()
            .find(|k| !hit.has(k))
            .map(|k| k.to_string())
            .unwrap_or_default()
    } else {
        let t = alternatives_text(any_of);
        t.trim_matches('`').to_string()
    })
}

/// Checks a hit against its dialect's requirements (dialect-wide, per hit type, conditional,
/// ecommerce).
pub fn validate(spec: &DialectSpec, hit: &Hit) -> Result<(), HitError> {
    // The messages are written only for a hit that fails.
    for r in spec.required {
        if let Some(param) = unmet(hit, r.any_of) {
            return Err(HitError::Missing {
                param,
                context: format!(" by every {} hit", spec.dialect.as_str()),
            });
        }
    }
    if let Some(rule) = spec.hit_rule(hit.hit_type) {
        for r in rule.required {
            if let Some(param) = unmet(hit, r.any_of) {
                return Err(HitError::Missing {
                    param,
                    context: format!(" for {} hits", hit.hit_type),
                });
            }
        }
    }
    for c in spec.conditionals {
        if let Some(trigger) = c.if_any.iter().find(|k| hit.has(k)) {
            if !hit.has(c.require) {
                return Err(HitError::Missing {
                    param: c.require.to_string(),
                    context: format!(" when `{trigger}` is sent"),
                });
            }
        }
    }
    if let Some(e) = &spec.ecommerce {
        if e.hit_type == hit.hit_type {
            if let Some(Value::Text(pa)) = hit.get("pa") {
                if !e.product_actions.contains(&pa.as_ref()) {
                    return Err(HitError::InvalidValue {
                        param: "pa".into(),
                        message: format!(
                            "`{pa}` is not one of {} in the {} dialect",
                            e.product_actions.join(", "),
                            spec.dialect.as_str()
                        ),
                    });
                }
                if e.requires_product && !hit.entries().any(|p| p.key().starts_with("pr1")) {
                    return Err(HitError::Missing {
                        param: "pr1id".into(),
                        context: format!(" (at least one product) with `pa={pa}`"),
                    });
                }
                for (action, needs) in e.action_requires {
                    if *action == pa.as_ref() {
                        for k in *needs {
                            if !hit.has(k) {
                                return Err(HitError::Missing {
                                    param: k.to_string(),
                                    context: format!(" with `pa={pa}`"),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}
