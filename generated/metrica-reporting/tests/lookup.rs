//! Names looked up in the generated tables: plain names, filled templates, older Direct
//! spellings, unknown names with their did-you-mean, and the escape hatch.

use metrica_reporting::fields::{ALIASES, DIMENSIONS, METRICS, PLACEHOLDERS};
use metrica_reporting::{Field, FieldKind, MetricType, Operator};

#[test]
fn the_tables_hold_every_name_of_the_index_sorted() {
    assert_eq!(DIMENSIONS.len(), 667);
    assert_eq!(METRICS.len(), 501);
    for table in [DIMENSIONS, METRICS] {
        assert!(table.windows(2).all(|w| w[0].name < w[1].name), "sorted");
    }
    assert!(DIMENSIONS.iter().all(|d| d.kind == FieldKind::Dimension));
    assert!(METRICS.iter().all(|m| m.kind == FieldKind::Metric));
    assert_eq!(ALIASES.len(), 10);
    assert_eq!(PLACEHOLDERS.len(), 5);
}

#[test]
fn a_plain_name_carries_its_details() {
    let visits = Field::parse("ym:s:visits").expect("known");
    assert_eq!(visits.kind(), Some(FieldKind::Metric));
    let def = visits.template().expect("known");
    assert_eq!(def.metric_type, Some(MetricType::Int));
    assert_eq!(def.filterable, Some(true));
    assert_eq!(visits.min_date(), Some("2009-01-18"));
    assert_eq!(visits.values().count(), 0);

    let city = Field::parse("ym:s:regionCity").expect("known");
    assert_eq!(
        city.operators(),
        Some(&[Operator::NotIn, Operator::Ne, Operator::In, Operator::Eq][..])
    );
    assert_eq!(
        city.template().and_then(|d| d.name_dimension),
        Some("ym:s:regionCityName")
    );
}

/// Placeholder values a filled name gives, in order.
type Values<'a> = &'a [(&'a str, &'a str)];

#[test]
fn filled_templates_resolve_with_their_values() {
    let cases: &[(&str, &str, Values)] = &[
        (
            "ym:s:lastsignTrafficSource",
            "ym:s:<attribution>TrafficSource",
            &[("attribution", "lastsign")],
        ),
        (
            "ym:s:lastTrafficSource",
            "ym:s:<attribution>TrafficSource",
            &[("attribution", "last")],
        ),
        (
            "ym:s:cross_device_last_yandex_direct_clickTrafficSource",
            "ym:s:<attribution>TrafficSource",
            &[("attribution", "cross_device_last_yandex_direct_click")],
        ),
        (
            "ym:s:goal123visits",
            "ym:s:goal<goal_id>visits",
            &[("goal_id", "123")],
        ),
        (
            "ym:s:goal42convertedRUBRevenue",
            "ym:s:goal<goal_id>converted<currency>Revenue",
            &[("goal_id", "42"), ("currency", "RUB")],
        ),
        (
            "ym:s:datePeriodweek",
            "ym:s:datePeriod<group>",
            &[("group", "week")],
        ),
        (
            "ym:ad:automaticDirectOrder",
            "ym:ad:<attribution>DirectOrder",
            &[("attribution", "automatic")],
        ),
    ];
    for (name, template, values) in cases {
        let field = Field::parse(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(field.name(), *name);
        assert_eq!(field.template().map(|d| d.name), Some(*template), "{name}");
        let got: Vec<(&str, &str)> = field.values().collect();
        assert_eq!(got, *values, "{name}");
    }
    // The template's details come along.
    let source = Field::parse("ym:s:firstTrafficSource").expect("known");
    assert_eq!(source.min_date(), Some("2014-10-26"));
    assert_eq!(source.operators().map(<[_]>::len), Some(4));
}

#[test]
fn a_value_outside_the_placeholder_form_is_refused() {
    for name in [
        "ym:s:goalXvisits",
        "ym:s:sometimesTrafficSource",
        "ym:s:goal1convertedrubRevenue",
        "ym:s:datePeriodfortnight",
    ] {
        assert!(Field::parse(name).is_err(), "{name} was accepted");
    }
}

#[test]
fn the_older_direct_spelling_is_its_template_left_to_the_default() {
    let order = Field::parse("ym:ad:directOrder").expect("an accepted alias");
    assert_eq!(
        order.template().map(|d| d.name),
        Some("ym:ad:<attribution>DirectOrder")
    );
    let alias = order.alias().expect("an alias");
    assert_eq!(alias.left_to_default, ["attribution"]);
    assert_eq!(
        order.value("attribution"),
        None,
        "left to the query or the default"
    );
    assert_eq!(
        order.min_date(),
        Some("2015-06-17"),
        "the older page's date"
    );
    assert_eq!(
        Field::parse("ym:ad:lastsignDirectOrder")
            .expect("known")
            .min_date(),
        Some("2016-02-15")
    );
    let banner = Field::parse("ym:ad:directBanner").expect("known");
    assert!(banner
        .operators()
        .expect("given")
        .contains(&Operator::Matches));
    assert!(!order
        .operators()
        .expect("given")
        .contains(&Operator::Matches));
}

#[test]
fn an_unknown_name_gets_a_did_you_mean() {
    let error = Field::parse("ym:s:vists").expect_err("misspelt");
    assert_eq!(error.suggestions, ["ym:s:visits"]);
    assert_eq!(
        error.to_string(),
        "unknown Metrica dimension or metric `ym:s:vists`; did you mean `ym:s:visits`?"
    );
    let alias_typo = Field::parse("ym:ad:directOrdr").expect_err("misspelt");
    assert!(
        alias_typo.suggestions.contains(&"ym:ad:directOrder"),
        "{alias_typo}"
    );
    let far = Field::parse("completely:else").expect_err("unknown");
    assert!(far.suggestions.is_empty());
    assert_eq!(
        far.to_string(),
        "unknown Metrica dimension or metric `completely:else`"
    );
}

#[test]
fn the_escape_hatch_takes_a_name_as_it_is() {
    let new = Field::unchecked("ym:s:brandNewThing");
    assert!(!new.is_known());
    assert_eq!(new.name(), "ym:s:brandNewThing");
    assert_eq!(new.namespace(), Some("s"));
    assert_eq!(new.operators(), None);
    assert_eq!(new.min_date(), None);
    assert_eq!(new.kind(), None);
    assert!(Field::parse("ym:s:brandNewThing").is_err());
}

#[test]
fn a_name_companion_is_a_dimension_of_its_own() {
    let city = Field::parse("ym:s:regionCityName").expect("the companion of ym:s:regionCity");
    assert!(city.is_companion());
    assert_eq!(city.kind(), Some(FieldKind::Dimension));
    assert_eq!(city.template().map(|d| d.name), Some("ym:s:regionCity"));
    assert_eq!(
        city.operators(),
        None,
        "the schema does not give a companion's operators"
    );
    let filled = Field::parse("ym:s:lastTrafficSourceName").expect("a filled companion");
    assert!(filled.is_companion());
    assert_eq!(filled.value("attribution"), Some("last"));
    let order = Field::parse("ym:ad:directOrderName").expect("an alias's companion");
    assert!(order.is_companion() && order.alias().is_some());
    assert!(!Field::parse("ym:s:regionCity")
        .expect("known")
        .is_companion());
}
