//! Filter expressions rendered to the API's grammar (quotes and backslashes included), and
//! every refusal of a query before it is sent.

use metrica_reporting::filter::{quote, unquote};
use metrica_reporting::query::{MAX_FILTER_CHARS, MAX_LIMIT};
use metrica_reporting::{Field, Filter, Operator, Quantifier, Query, QueryError};

fn cmp(name: &str, operator: Operator, value: impl Into<metrica_reporting::FilterValue>) -> Filter {
    Filter::compare(name, operator, value).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn expressions_render_to_the_filter_grammar() {
    let city = |v: &str| cmp("ym:s:regionCityName", Operator::Eq, v);
    let cases: Vec<(Filter, &str)> = vec![
        (city("Moscow"), "ym:s:regionCityName=='Moscow'"),
        (city("it's"), r"ym:s:regionCityName=='it\'s'"),
        (city(r"C:\temp"), r"ym:s:regionCityName=='C:\\temp'"),
        (city(r"\'"), r"ym:s:regionCityName=='\\\''"),
        (city(""), "ym:s:regionCityName==''"),
        (cmp("ym:s:visits", Operator::Gt, 10), "ym:s:visits>10"),
        (cmp("ym:s:bounceRate", Operator::Le, 12.5), "ym:s:bounceRate<=12.5"),
        (
            cmp("ym:s:regionCity", Operator::In, vec!["Moscow", "O'Reilly"]),
            r"ym:s:regionCity=.('Moscow','O\'Reilly')",
        ),
        (
            cmp("ym:pv:URL", Operator::Contains, "shop"),
            "ym:pv:URL=@'shop'",
        ),
        (
            cmp("ym:pv:URL", Operator::Matches, r"^https?://a\.b/"),
            r"ym:pv:URL=~'^https?://a\\.b/'",
        ),
        (
            cmp("ym:pv:URL", Operator::NotMatches, "x"),
            "ym:pv:URL!~'x'",
        ),
        (city("Moscow").or(city("Kazan")), "ym:s:regionCityName=='Moscow' OR ym:s:regionCityName=='Kazan'"),
        (
            city("Moscow").or(city("Kazan")).and(cmp("ym:s:gender", Operator::Eq, "male")),
            "(ym:s:regionCityName=='Moscow' OR ym:s:regionCityName=='Kazan') AND ym:s:gender=='male'",
        ),
        (
            city("Moscow").and(city("Kazan").or(city("Omsk"))),
            "ym:s:regionCityName=='Moscow' AND (ym:s:regionCityName=='Kazan' OR ym:s:regionCityName=='Omsk')",
        ),
        (cmp("ym:s:ageInterval", Operator::Ne, "18").not(), "NOT(ym:s:ageInterval!='18')"),
        (Filter::exists(cmp("ym:pv:URL", Operator::Contains, "help")), "EXISTS(ym:pv:URL=@'help')"),
        (Filter::all(cmp("ym:pv:URL", Operator::Contains, "a")), "ALL(ym:pv:URL=@'a')"),
        (Filter::none(cmp("ym:pv:URL", Operator::Contains, "a")), "NONE(ym:pv:URL=@'a')"),
        (
            Filter::quantified(
                Quantifier::Exists,
                Some(Field::unchecked("ym:u:userID")),
                cmp("ym:s:gender", Operator::Eq, "female"),
            ),
            "EXISTS ym:u:userID WITH (ym:s:gender=='female')",
        ),
        (
            Filter::on(Field::unchecked("ym:s:brandNew"), Operator::Eq, "x"),
            "ym:s:brandNew=='x'",
        ),
    ];
    for (filter, expected) in cases {
        assert_eq!(filter.render(), expected);
        assert_eq!(filter.to_string(), expected);
    }
}

#[test]
fn quoted_values_round_trip() {
    for value in [
        "",
        "plain",
        "it's",
        r"back\slash",
        r"\'",
        "''",
        r"\\",
        "кириллица 'и' \\",
    ] {
        let quoted = quote(value);
        assert_eq!(unquote(&quoted).as_deref(), Ok(value), "{quoted}");
    }
    assert!(unquote("'a'b'").unwrap_err().contains("unescaped `'`"));
    assert!(unquote(r"'a\'").is_err());
    assert!(unquote("no quotes").is_err());
}

#[test]
fn a_misspelt_name_is_refused_with_a_did_you_mean() {
    let error = Query::new(1, &["ym:s:vists"], &[]).unwrap_err();
    assert!(matches!(&error, QueryError::UnknownField(u) if u.suggestions == ["ym:s:visits"]));
    assert_eq!(
        error.to_string(),
        "unknown Metrica dimension or metric `ym:s:vists`; did you mean `ym:s:visits`?"
    );
    assert!(Filter::compare("ym:s:regionCty", Operator::Eq, "x").is_err());
}

fn base() -> Query {
    Query::new(1, &["ym:s:visits"], &["ym:s:regionCity"]).expect("known names")
}

#[test]
fn a_good_query_gives_its_parameters() {
    let mut query = base();
    query.filters = Some(cmp("ym:s:regionCityName", Operator::Eq, "it's"));
    query.date1 = Some("2024-01-01".into());
    query.date2 = Some("today".into());
    query.offset = Some(1);
    query.limit = Some(MAX_LIMIT);
    let params = query.params().expect("accepted");
    assert_eq!(
        params,
        vec![
            ("ids", "1".to_string()),
            ("metrics", "ym:s:visits".into()),
            ("dimensions", "ym:s:regionCity".into()),
            ("filters", r"ym:s:regionCityName=='it\'s'".into()),
            ("date1", "2024-01-01".into()),
            ("date2", "today".into()),
            ("offset", "1".into()),
            ("limit", "100000".into()),
        ]
    );
    // Twenty metrics and ten dimensions are still fine.
    let metrics = vec!["ym:s:visits"; 20];
    let dimensions = vec!["ym:s:regionCity"; 10];
    assert!(Query::new(1, &metrics, &dimensions)
        .unwrap()
        .check()
        .is_ok());
}

#[test]
fn each_refusal_is_its_own_typed_error() {
    let too_many_metrics = Query::new(1, &["ym:s:visits"; 21], &[]).unwrap();
    assert_eq!(
        too_many_metrics.check(),
        Err(QueryError::TooManyMetrics { count: 21 })
    );

    let too_many_dimensions = Query::new(1, &["ym:s:visits"], &["ym:s:regionCity"; 11]).unwrap();
    assert_eq!(
        too_many_dimensions.check(),
        Err(QueryError::TooManyDimensions { count: 11 })
    );

    let mut many_filters = base();
    let one = || cmp("ym:s:regionCityName", Operator::Eq, "a");
    many_filters.filters = Some((0..20).fold(one(), |f, _| f.or(one())));
    assert_eq!(
        many_filters.check(),
        Err(QueryError::TooManyFilters { count: 21 })
    );

    let mut long = base();
    long.filters = Some(cmp(
        "ym:s:regionCityName",
        Operator::Eq,
        "x".repeat(MAX_FILTER_CHARS),
    ));
    assert!(
        matches!(long.check(), Err(QueryError::FiltersTooLong { chars }) if chars > MAX_FILTER_CHARS)
    );

    let mut regex_on_city = base();
    regex_on_city.filters = Some(cmp("ym:s:regionCity", Operator::Matches, "Mos.*"));
    match regex_on_city.check() {
        Err(QueryError::OperatorNotAllowed {
            field,
            operator,
            allowed,
        }) => {
            assert_eq!(field, "ym:s:regionCity");
            assert_eq!(operator, Operator::Matches);
            assert!(allowed.contains(&Operator::Eq) && !allowed.contains(&Operator::Matches));
        }
        other => panic!("expected OperatorNotAllowed, got {other:?}"),
    }
    let mut contains_on_metric = base();
    contains_on_metric.filters = Some(cmp("ym:s:visits", Operator::Contains, "1"));
    assert!(matches!(
        contains_on_metric.check(),
        Err(QueryError::OperatorNotAllowed { .. })
    ));
    // The older Direct spelling keeps the older page's operators.
    let mut regex_on_order = Query::new(1, &["ym:ad:visits"], &["ym:ad:directOrder"]).unwrap();
    regex_on_order.filters = Some(cmp("ym:ad:directOrder", Operator::Matches, "1.*"));
    assert!(matches!(
        regex_on_order.check(),
        Err(QueryError::OperatorNotAllowed { .. })
    ));

    let mut early = base();
    early.date1 = Some("2009-01-17".into());
    assert_eq!(
        early.check(),
        Err(QueryError::BeforeFirstDate {
            field: "ym:s:visits".into(),
            date1: "2009-01-17".into(),
            first: "2009-01-18",
        })
    );
    early.date1 = Some("2009-01-18".into());
    assert!(early.check().is_ok(), "the first date itself is fine");
    early.date1 = Some("365daysAgo".into());
    assert!(
        early.check().is_ok(),
        "relative dates are left to the server"
    );

    let mixed = Query::new(1, &["ym:ad:visits"], &["ym:s:regionCity"]).unwrap();
    assert_eq!(
        mixed.check(),
        Err(QueryError::MixedNamespaces {
            ad: "ym:ad:visits".into(),
            visits: "ym:s:regionCity".into()
        })
    );
    let mut mixed_by_filter = Query::new(1, &["ym:ad:visits"], &["ym:ad:directOrder"]).unwrap();
    mixed_by_filter.filters = Some(cmp("ym:s:regionCityName", Operator::Eq, "x"));
    assert!(matches!(
        mixed_by_filter.check(),
        Err(QueryError::MixedNamespaces { .. })
    ));

    let mut many_fields = base();
    let names = [
        "ym:s:regionCity",
        "ym:s:regionCityName",
        "ym:s:gender",
        "ym:s:ageInterval",
        "ym:s:regionCountry",
        "ym:s:regionArea",
        "ym:s:browser",
        "ym:s:operatingSystem",
        "ym:s:deviceCategory",
        "ym:s:lastTrafficSource",
        "ym:s:firstTrafficSource",
    ];
    let conditions: Vec<Filter> = names
        .iter()
        .map(|name| Filter::on(Field::parse(name).expect(name), Operator::Ne, "x"))
        .collect();
    many_fields.filters = Some(Filter::And(conditions));
    assert_eq!(
        many_fields.check(),
        Err(QueryError::TooManyFilterFields { count: 11 })
    );

    let mut many_values = base();
    let values: Vec<String> = (0..101).map(|i| i.to_string()).collect();
    many_values.filters = Some(cmp("ym:s:regionCity", Operator::In, values));
    assert_eq!(
        many_values.check(),
        Err(QueryError::TooManyValues {
            field: "ym:s:regionCity".into(),
            count: 101
        })
    );

    let mut list_with_eq = base();
    list_with_eq.filters = Some(cmp("ym:s:regionCity", Operator::Eq, vec!["a", "b"]));
    assert_eq!(
        list_with_eq.check(),
        Err(QueryError::ListMismatch {
            field: "ym:s:regionCity".into(),
            operator: Operator::Eq
        })
    );
    let mut in_without_list = base();
    in_without_list.filters = Some(cmp("ym:s:regionCity", Operator::In, "a"));
    assert!(matches!(
        in_without_list.check(),
        Err(QueryError::ListMismatch { .. })
    ));

    let mut offset = base();
    offset.offset = Some(0);
    assert_eq!(offset.check(), Err(QueryError::OffsetBelowOne));

    let mut limit = base();
    limit.limit = Some(MAX_LIMIT + 1);
    assert_eq!(
        limit.check(),
        Err(QueryError::LimitTooHigh { limit: 100_001 })
    );
    assert_eq!(
        limit.params(),
        Err(QueryError::LimitTooHigh { limit: 100_001 }),
        "nothing to send"
    );
    assert_eq!(
        limit.check().unwrap_err().to_string(),
        "limit 100001: at most 100000 rows a page"
    );
}
