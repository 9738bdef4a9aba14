//! Enum variant names over the whole real schema: every variant the pipeline gives a wire value
//! is heck's `to_upper_camel_case` of that value as it is, so that word boundaries survive
//! (`BlockedIps` stays `BlockedIps`, `TEXT_CAMPAIGN` becomes `TextCampaign`).

use std::path::PathBuf;

use heck::ToUpperCamelCase;

use codegen::frontend::direct::{load_direct, validate};
use codegen::frontend::reports;
use codegen::model::{self, direct::TypeModel};
use codegen::naming;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

/// Variants that are deliberately not `to_upper_camel_case(wire)`: `(API, enum, wire, variant,
/// reason)`. The kinds that belong here: a keyword (`Self` -> `Self_`), a leading digit (`1_DAY`
/// -> `V1Day`: an identifier cannot start with a digit; none in the schema today) and a clash
/// with another value or with `Unrecognized` (numbered, `Id2`; none today).
const EXCEPTIONS: &[(&str, &str, &str, &str, &str)] = &[(
    "direct_v5",
    "CampaignChangesInEnum",
    "SELF",
    "Self_",
    "`Self` is a keyword: it gets the `_` suffix",
)];

/// `(API, enum, wire, variant)` for every variant whose name is not heck's of the wire value.
fn mismatches<'a>(
    api: &str,
    enum_name: &str,
    variants: impl IntoIterator<Item = (&'a str, &'a str)>,
    out: &mut Vec<(String, String, String, String)>,
    count: &mut usize,
) {
    for (wire, rust) in variants {
        *count += 1;
        if rust != wire.to_upper_camel_case() {
            out.push((api.into(), enum_name.into(), wire.into(), rust.into()));
        }
    }
}

#[test]
fn every_direct_enum_variant_is_the_upper_camel_case_of_its_wire_name() {
    let mut diagnostics = Vec::new();
    let direct = load_direct(&schema_dir(), &mut diagnostics);
    validate::validate(&direct, &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let model = codegen::frontend::direct::resolve(&direct);

    let mut found = Vec::new();
    let mut count = 0;
    let mut apis = Vec::new();
    for api in &model.apis {
        apis.push(api.name.clone());
        for module in &api.modules {
            for ty in &module.types {
                if let TypeModel::Enum(e) = ty {
                    mismatches(
                        &api.name,
                        &e.rust,
                        e.variants.iter().map(|(w, r)| (w.as_str(), r.as_str())),
                        &mut found,
                        &mut count,
                    );
                }
            }
        }
    }
    assert_eq!(apis, ["direct_v5", "direct_v4"], "every API is walked");
    assert!(
        count > 1_000,
        "only {count} variants: the schema did not load"
    );
    let expected: Vec<(String, String, String, String)> = EXCEPTIONS
        .iter()
        .map(|(a, e, w, r, _reason)| ((*a).into(), (*e).into(), (*w).into(), (*r).into()))
        .collect();
    assert_eq!(
        found, expected,
        "variants that are not heck's of their wire name"
    );
}

#[test]
fn every_reports_enum_variant_is_the_upper_camel_case_of_its_wire_name() {
    let mut diagnostics = Vec::new();
    let schema = reports::load(&schema_dir(), &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let file = schema.as_ref().expect("schema/direct_v5/reports.json");
    let fields: Vec<String> = file.fields.iter().map(|f| f.name.clone()).collect();
    let lists: [(&str, &Vec<String>); 8] = [
        ("ReportType", &file.report_types),
        ("DateRangeType", &file.date_range_types),
        ("Format", &file.formats),
        ("ProcessingMode", &file.processing_modes),
        ("FilterOperator", &file.filter_operators),
        ("SortOrder", &file.sort_orders),
        ("AttributionModel", &file.attribution_models),
        ("Field", &fields),
    ];
    let mut found = Vec::new();
    let mut count = 0;
    for (name, values) in lists {
        let named: Vec<(String, String)> = values
            .iter()
            .map(|v| (v.clone(), naming::variant_name(v).unwrap_or_default()))
            .collect();
        mismatches(
            "reports",
            name,
            named.iter().map(|(w, r)| (w.as_str(), r.as_str())),
            &mut found,
            &mut count,
        );
    }
    assert!(
        count > 100,
        "only {count} variants: the schema did not load"
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_generated_reports_module_uses_the_shared_names() {
    let rendered =
        codegen::render(&schema_dir(), &codegen::emit::Options::default()).expect("renders");
    let reports = rendered
        .files
        .iter()
        .find(|f| f.path.ends_with("reports.rs"))
        .expect("reports.rs");
    // Wire names with inner capitals keep them; upper-snake ones become camel case.
    for variant in [
        "AdGroupId",
        "CampaignPerformanceReport",
        "CustomDate",
        "Tsv",
    ] {
        assert!(
            reports.contents.contains(&format!("    {variant},")),
            "`{variant}` is missing from reports.rs"
        );
    }
}

#[test]
fn exceptions_keep_their_rules() {
    // The kinds of exception the shared naming module makes, each with its reason.
    assert_eq!(naming::variant_name("1_DAY").as_deref(), Some("V1Day")); // leading digit
    assert_eq!(naming::variant_name("Self").as_deref(), Some("Self_")); // keyword
    assert_eq!(naming::variant_name("--"), None); // nothing to name it by
    let mut taken = std::collections::BTreeSet::from([model::direct::UNRECOGNIZED.to_owned()]);
    assert_eq!(
        naming::unique(
            naming::variant_name("UNRECOGNIZED").unwrap_or_default(),
            &mut taken
        ),
        "Unrecognized2"
    ); // clash with the variant that keeps unknown values
}
