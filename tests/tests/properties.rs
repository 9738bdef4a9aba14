//! Property tests of every decoder and encoder that meets outside data (bounded, for
//! `cargo test`; the `fuzz` binary runs the same checks for as long as one likes: see the
//! README's "Robustness" section). A failing case prints its seed or its input.

use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::Value;
use tools::fuzz::{check_mp_hit, mp_base_hit, mp_free_text_params, Context, Rng, TARGETS};
use yandex_direct::measurement::{params, SpaceStyle};
use yandex_direct::runtime::reports::parse_retry_in;
use yandex_direct::Units;

fn context() -> &'static Context {
    static CONTEXT: OnceLock<Context> = OnceLock::new();
    CONTEXT.get_or_init(|| Context::new().expect("the schema loads"))
}

/// Runs the fuzz target `name` once from `seed`.
fn run(name: &str, seed: u64) -> Result<(), TestCaseError> {
    let target = TARGETS
        .iter()
        .find(|t| t.name == name)
        .expect("a target of that name");
    (target.run)(context(), &mut Rng::with_seed(seed))
        .map_err(|e| TestCaseError::fail(format!("{name}, seed {seed}: {e}")))
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

#[test]
fn every_fuzz_target_is_tested_here() {
    let here = include_str!("properties.rs");
    for target in TARGETS {
        assert!(
            here.contains(&format!("run(\"{}\"", target.name)),
            "{} has no property test",
            target.name
        );
    }
    assert!(context().method_count() >= 144, "every v5 and v4 method");
    assert_eq!(
        context().ga4_schema_count(),
        68 + 15,
        "every GA4 schema and inline enum"
    );
}

#[test]
fn every_ga4_schema_round_trips_random_values() {
    // Each schema by name, many times over: a schema the random pick might miss is covered too.
    let mut rng = Rng::with_seed(19);
    for index in 0..context().ga4_schema_count() {
        for _ in 0..40 {
            let (name, value) = context().ga4_value(&mut rng, index);
            let entry = ga4_data::find_schema(name).expect("every schema is generated");
            let encoded = (entry.reencode)(&serde_json::to_vec(&value).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {e}\n{value}"));
            assert_eq!(encoded, value, "{name} changed in the round trip");
        }
    }
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn direct_decoders_never_panic_on_arbitrary_or_damaged_bodies(seed in any::<u64>()) {
        run("direct-decode", seed)?;
    }

    #[test]
    fn random_valid_requests_and_responses_round_trip(seed in any::<u64>()) {
        run("direct-roundtrip", seed)?;
    }

    #[test]
    fn random_valid_ga4_values_round_trip(seed in any::<u64>()) {
        run("ga4-roundtrip", seed)?;
    }

    #[test]
    fn random_valid_metrica_answers_and_parameters_round_trip(seed in any::<u64>()) {
        run("metrica-roundtrip", seed)?;
    }

    #[test]
    fn the_v4_envelope_decoder_never_panics(seed in any::<u64>()) {
        run("v4-envelope", seed)?;
    }

    #[test]
    fn reports_read_back_and_damaged_ones_never_panic(seed in any::<u64>()) {
        run("report-tsv", seed)?;
    }

    #[test]
    fn typed_report_cells_read_back_and_never_panic(seed in any::<u64>()) {
        run("report-cells", seed)?;
    }

    #[test]
    fn error_parsers_never_panic(seed in any::<u64>()) {
        run("error-parsers", seed)?;
    }

    #[test]
    fn headers_parse_back(seed in any::<u64>()) {
        run("headers", seed)?;
    }

    #[test]
    fn measurement_hits_keep_their_limits(seed in any::<u64>()) {
        run("mp-encoder", seed)?;
    }

    #[test]
    fn ga4_requests_validate_and_split_within_the_limits(seed in any::<u64>()) {
        run("ga4-validator", seed)?;
    }

    /// Any decoder given any bytes: a value or an error.
    #[test]
    fn any_bytes_into_any_method(
        method in any::<prop::sample::Index>(),
        body in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        let entries = context().entries();
        let entry = entries[method.index(entries.len())];
        let _ = (entry.request)(&body);
        let _ = (entry.response)(&body);
    }

    /// Values of any Unicode text, as proptest generates it, in every free text parameter.
    #[test]
    fn any_unicode_value_is_encoded_within_its_limit(
        values in prop::collection::vec(".{0,2100}", 1..4),
        metrica in any::<bool>(),
        plus in any::<bool>(),
    ) {
        let spec = if metrica { &params::METRICA } else { &params::UA };
        let keys = mp_free_text_params(spec);
        let mut pairs = mp_base_hit(spec);
        for (key, value) in keys.iter().zip(values) {
            pairs.push(((*key).to_owned(), Value::String(value)));
        }
        let space = if plus { SpaceStyle::Plus } else { SpaceStyle::Percent20 };
        check_mp_hit(spec, &pairs, space).map_err(TestCaseError::fail)?;
    }

    /// Any text as a Units or retryIn header: a value or nothing.
    #[test]
    fn any_header_text_is_read_or_refused(text in ".{0,40}") {
        let _ = Units::parse(&text);
        if let Some(pause) = parse_retry_in(&text) {
            prop_assert!(pause.as_secs() <= 86_400);
        }
    }
}
