// @generated from schema/metrica/fields.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Every dimension and metric of the Reporting API, as the schema gives them.
use ::metrica_reporting::schema as rt;
/// What may fill each placeholder of a template, sorted by name.
pub static PLACEHOLDERS: &[rt::Placeholder] = &[
    rt::Placeholder {
        name: "attribution",
        form: rt::PlaceholderForm::OneOf(
            &[
                "first",
                "last",
                "lastsign",
                "last_yandex_direct_click",
                "cross_device_first",
                "cross_device_last",
                "cross_device_last_significant",
                "cross_device_last_yandex_direct_click",
                "automatic",
            ],
        ),
        default: Some("lastsign"),
        query_parameter: Some("attribution"),
    },
    rt::Placeholder {
        name: "currency",
        form: rt::PlaceholderForm::CurrencyCode,
        default: None,
        query_parameter: Some("currency"),
    },
    rt::Placeholder {
        name: "experiment_ab",
        form: rt::PlaceholderForm::Digits,
        default: None,
        query_parameter: Some("experiment_ab"),
    },
    rt::Placeholder {
        name: "goal_id",
        form: rt::PlaceholderForm::Digits,
        default: None,
        query_parameter: Some("goal_id"),
    },
    rt::Placeholder {
        name: "group",
        form: rt::PlaceholderForm::OneOf(&["day", "week", "month", "quarter", "year"]),
        default: None,
        query_parameter: Some("group"),
    },
];
/// The 4 dimensions, sorted by name (templates with their placeholders).
pub static DIMENSIONS: &[rt::FieldDef] = &[
    rt::FieldDef {
        name: "ym:ad:<attribution>DirectOrder",
        kind: rt::FieldKind::Dimension,
        namespace: "ad",
        parameters: &["attribution"],
        operators: &[
            rt::Operator::NotIn,
            rt::Operator::Ne,
            rt::Operator::In,
            rt::Operator::Eq,
        ],
        metric_type: None,
        filterable: None,
        min_date: Some("2016-02-15"),
        name_dimension: None,
    },
    rt::FieldDef {
        name: "ym:s:<attribution>TrafficSource",
        kind: rt::FieldKind::Dimension,
        namespace: "s",
        parameters: &["attribution"],
        operators: &[
            rt::Operator::NotIn,
            rt::Operator::Ne,
            rt::Operator::In,
            rt::Operator::Eq,
        ],
        metric_type: None,
        filterable: None,
        min_date: Some("2014-01-01"),
        name_dimension: Some("ym:s:<attribution>TrafficSourceName"),
    },
    rt::FieldDef {
        name: "ym:s:datePeriod<group>",
        kind: rt::FieldKind::Dimension,
        namespace: "s",
        parameters: &["group"],
        operators: &[],
        metric_type: None,
        filterable: None,
        min_date: None,
        name_dimension: None,
    },
    rt::FieldDef {
        name: "ym:s:startURL",
        kind: rt::FieldKind::Dimension,
        namespace: "s",
        parameters: &[],
        operators: &[
            rt::Operator::NotLike,
            rt::Operator::Ne,
            rt::Operator::NotContains,
            rt::Operator::NotMatches,
            rt::Operator::Like,
            rt::Operator::Eq,
            rt::Operator::Contains,
            rt::Operator::Matches,
        ],
        metric_type: None,
        filterable: None,
        min_date: Some("2012-05-01"),
        name_dimension: None,
    },
];
/// The 2 metrics, sorted by name (templates with their placeholders).
pub static METRICS: &[rt::FieldDef] = &[
    rt::FieldDef {
        name: "ym:s:goal<goal_id>converted<currency>Revenue",
        kind: rt::FieldKind::Metric,
        namespace: "s",
        parameters: &["goal_id", "currency"],
        operators: &[],
        metric_type: Some(rt::MetricType::Currency),
        filterable: Some(false),
        min_date: None,
        name_dimension: None,
    },
    rt::FieldDef {
        name: "ym:s:visits",
        kind: rt::FieldKind::Metric,
        namespace: "s",
        parameters: &[],
        operators: &[],
        metric_type: Some(rt::MetricType::Int),
        filterable: Some(true),
        min_date: Some("2009-01-01"),
        name_dimension: None,
    },
];
/// Older spellings of templates, still accepted, sorted by name.
pub static ALIASES: &[rt::AliasDef] = &[
    rt::AliasDef {
        name: "ym:ad:directOrder",
        template: "ym:ad:<attribution>DirectOrder",
        left_to_default: &["attribution"],
        operators: &[
            rt::Operator::NotIn,
            rt::Operator::Ne,
            rt::Operator::In,
            rt::Operator::Eq,
        ],
        min_date: Some("2015-06-17"),
        name_dimension: Some("ym:ad:directOrderName"),
    },
];
