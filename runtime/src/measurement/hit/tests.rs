use std::borrow::Cow;

use super::{Group, GroupSpec, Hit, HitBuilder};
use crate::measurement::encode::EncodeOptions;
use crate::measurement::spec::{
    Dialect, DialectSpec, Endpoints, HitType, HitTypeSet, KeyPart, ParamSpec, Requirement,
    TransportLimits,
};
use crate::measurement::value::{Value, ValueType};

const TEXT: ParamSpec = ParamSpec {
    pattern: "",
    parts: &[],
    title: "",
    ty: ValueType::Text,
    max_bytes: Some(500),
    hit_types: HitTypeSet(u16::MAX),
    min: None,
    allowed: &[],
    format: None,
};
const PRODUCT: KeyPart = KeyPart::Index {
    name: "product",
    min: 1,
    max: 200,
};

static SPEC: DialectSpec = DialectSpec {
    dialect: Dialect::Ua,
    endpoints: Endpoints {
        base_url: "",
        collect: "",
        batch: "",
        debug: "",
    },
    limits: TransportLimits {
        get_url_max_bytes: 8000,
        post_body_max_bytes: 8192,
        batch_max_hits: 20,
        batch_max_bytes: 16384,
        batch_hit_max_bytes: 8192,
        queue_time_max_ms: 0,
        event_time_max_age_s: 0,
    },
    hit_types: HitTypeSet(u16::MAX),
    fixed: &[("v", "1")],
    required: &[Requirement {
        any_of: &[&["tid"]],
    }],
    hit_rules: &[],
    conditionals: &[],
    ecommerce: None,
    params: &[
        ParamSpec {
            pattern: "tid",
            parts: &[KeyPart::Lit("tid")],
            max_bytes: None,
            ..TEXT
        },
        ParamSpec {
            pattern: "t",
            parts: &[KeyPart::Lit("t")],
            max_bytes: None,
            ..TEXT
        },
        ParamSpec {
            pattern: "pa",
            parts: &[KeyPart::Lit("pa")],
            max_bytes: None,
            ..TEXT
        },
        ParamSpec {
            pattern: "pr<product>id",
            parts: &[KeyPart::Lit("pr"), PRODUCT, KeyPart::Lit("id")],
            ..TEXT
        },
        ParamSpec {
            pattern: "pr<product>nm",
            parts: &[KeyPart::Lit("pr"), PRODUCT, KeyPart::Lit("nm")],
            ..TEXT
        },
        ParamSpec {
            pattern: "pr<product>cd<dimension>",
            parts: &[
                KeyPart::Lit("pr"),
                PRODUCT,
                KeyPart::Lit("cd"),
                KeyPart::Index {
                    name: "dimension",
                    min: 1,
                    max: 200,
                },
            ],
            ..TEXT
        },
    ],
};

/// A collection of entries `<prefix><n>` without nested ones.
const fn entries(prefix: &'static str, index_name: &'static str, max: u16) -> GroupSpec {
    GroupSpec {
        prefix,
        index_name,
        max,
        child: None,
    }
}

static PR: GroupSpec = entries("pr", "product", 200);

fn text(t: &'static str) -> Value {
    Value::Text(Cow::Borrowed(t))
}

fn product(id: &'static str, name: &'static str) -> Group {
    let mut g = Group::with_capacity(3);
    g.set("id", text(id), Some(500));
    g.set("nm", text(name), Some(500));
    g
}

/// Collection entries are kept per entry: every view of the hit still sees the
/// parameters in the order they are sent, under their whole names.
#[test]
fn collection_entries_read_as_whole_parameters() {
    let mut b = HitBuilder::new(&SPEC, HitType::Event);
    b.set("tid", text("UA-1-1"), None);
    b.hit_type_param();
    b.push_group(&PR, product("a", "b c"));
    let mut second = product("d", "e");
    second.set_indexed("cd", "dimension", 200, 12, text("x"), Some(500));
    second.set("id", text("D"), Some(500));
    b.push_group(&PR, second);
    b.push_group(&PR, Group::default());
    b.set("pa", text("purchase"), None);
    b.set("pr1nm", text("B"), None);
    let hit = b.build().unwrap();

    let payload = "v=1&tid=UA-1-1&t=event&pr1id=a&pr1nm=B&pr2id=D&pr2nm=e&pr2cd12=x&pa=purchase";
    assert_eq!(
        hit.encode(&EncodeOptions::default()).unwrap().payload,
        payload
    );
    let keys: Vec<&str> = hit.params().iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        ["v", "tid", "t", "pr1id", "pr1nm", "pr2id", "pr2nm", "pr2cd12", "pa"]
    );
    assert_eq!(hit.params()[4].max_bytes, Some(500));
    assert_eq!(hit.get("pr2cd12"), Some(&text("x")));
    assert_eq!(hit.get("pr3id"), None);
    assert_eq!(hit.get("pa"), Some(&text("purchase")));

    let line = hit.to_json_line();
    assert!(
        line.starts_with(r#"{"v":"1","tid":"UA-1-1","t":"event","pr1id":"a""#),
        "{line}"
    );

    // The same hit made from its pairs (no entries: plain indexed names) is equal to it.
    let values: Vec<(String, serde_json::Value)> = hit
        .params()
        .iter()
        .map(|p| (p.key.to_string(), p.value.to_json()))
        .collect();
    let again = Hit::from_pairs(&SPEC, values.iter().map(|(k, v)| (k.as_str(), v))).unwrap();
    assert!(again.groups.is_empty());
    assert_eq!(again, hit);
    assert_eq!(
        again.encode(&EncodeOptions::default()).unwrap().payload,
        payload
    );
    assert_eq!(again.to_json_line(), line);
}

#[test]
fn entry_errors_name_the_whole_parameter() {
    let mut b = HitBuilder::new(&SPEC, HitType::Event);
    b.set("tid", text("UA-1-1"), None);
    let mut g = product("a", "b");
    g.set_indexed("cd", "dimension", 200, 201, text("x"), None);
    b.push_group(&PR, g);
    let e = b.build().unwrap_err();
    assert_eq!(e.param(), "cd201");

    let mut b = HitBuilder::new(&SPEC, HitType::Event);
    b.set("tid", text("UA-1-1"), None);
    let mut g = Group::default();
    g.set("nm", Value::Text(Cow::Owned("n".repeat(501))), Some(500));
    b.push_group(&PR, g);
    let hit = b.build().unwrap();
    let e = hit.encode(&EncodeOptions::default()).unwrap_err();
    assert_eq!(e.param(), "pr1nm");
}

/// The entries' parameters are encoded by a path of their own: whatever the values (short,
/// long, over the limit, escaped, multibyte) and the options, a hit with entries encodes
/// exactly as the same hit made of plain names, and reports the same cuts and errors.
#[test]
fn entries_encode_as_the_same_plain_parameters() {
    use crate::measurement::encode::{decode_payload, LengthMode, SpaceStyle};
    let long = "long value ".repeat(10); // 110 bytes: past the short-text path
    let over = "é".repeat(260); // 520 bytes: over the limit of 500, cut between characters
    let values: [&str; 10] = [
        "",
        "a",
        "SKU-0001",
        "Product name 1",
        "Apparel/Shoes",
        "日本語のテキスト",
        "~-._ +&=%",
        &long,
        &over,
        "size 42",
    ];
    for mode in [LengthMode::Strict, LengthMode::Lenient] {
        for space in [SpaceStyle::Percent20, SpaceStyle::Plus] {
            let opts = EncodeOptions {
                mode,
                space,
                now: None,
            };
            for (i, id) in values.iter().enumerate() {
                let name = values[(i + 3) % values.len()];
                let dim = values[(i + 7) % values.len()];
                let mut b = HitBuilder::new(&SPEC, HitType::Event);
                b.set("tid", text("UA-1-1"), None);
                b.hit_type_param();
                let mut g = Group::with_capacity(3);
                g.set("id", Value::Text(Cow::Owned(id.to_string())), Some(500));
                g.set("nm", Value::Text(Cow::Owned(name.to_string())), Some(500));
                g.set_indexed(
                    "cd",
                    "dimension",
                    200,
                    12,
                    Value::Text(Cow::Owned(dim.to_string())),
                    Some(500),
                );
                b.push_group(&PR, g);
                b.push_group(&PR, product("second", "entry"));
                let grouped = b.build().unwrap();
                let pairs: Vec<(String, serde_json::Value)> = grouped
                    .params()
                    .iter()
                    .map(|p| (p.key.to_string(), p.value.to_json()))
                    .collect();
                let plain =
                    Hit::from_pairs(&SPEC, pairs.iter().map(|(k, v)| (k.as_str(), v))).unwrap();
                assert!(plain.groups.is_empty());
                let (a, b) = (grouped.encode(&opts), plain.encode(&opts));
                assert_eq!(a, b, "{mode:?} {space:?} {id:?} {name:?} {dim:?}");
                let over_limit = [id, &name, &dim].iter().any(|v| v.len() > 500);
                match a {
                    Ok(encoded) => {
                        assert!(mode == LengthMode::Lenient || !over_limit);
                        assert_eq!(encoded.truncations.is_empty(), !over_limit);
                        let decoded = decode_payload(&encoded.payload).unwrap();
                        let got = |k: &str| {
                            decoded
                                .iter()
                                .find(|(key, _)| key == k)
                                .map(|(_, v)| v.clone())
                        };
                        for (key, sent) in [("pr1id", id), ("pr1nm", &name), ("pr1cd12", &dim)] {
                            let got = got(key).unwrap();
                            if sent.len() > 500 {
                                assert!(got.len() <= 500 && sent.starts_with(&got), "{key}");
                            } else {
                                assert_eq!(&got, sent, "{key}");
                            }
                        }
                        assert_eq!(got("pr2nm").as_deref(), Some("entry"));
                    }
                    Err(e) => {
                        assert!(mode == LengthMode::Strict && over_limit, "{e}");
                        assert!(e.param().starts_with("pr1"), "{e}");
                    }
                }
            }
        }
    }
}

/// Entries whose names do not fit the encoder's words (a prefix of more than 15 bytes, a
/// suffix of more than 16) and a hit whose first parameter is an entry's are encoded too.
#[test]
fn entry_prefixes_at_the_edge_of_one_word() {
    // `&` and a prefix of 15 bytes fill the encoder's sixteen-byte lead word; one of 16
    // does not fit and takes the general path. Both write the same as plain names.
    static FIFTEEN: GroupSpec = entries("abcdefghijklmn", "n", 9);
    static SIXTEEN: GroupSpec = entries("abcdefghijklmno", "n", 9);
    let mut b = HitBuilder::new(&SPEC, HitType::Event);
    b.set("tid", text("UA-1-1"), None);
    for spec in [&FIFTEEN, &SIXTEEN] {
        let mut g = Group::default();
        g.set("id", text("a b"), None);
        g.set("nm", Value::Int(3), None);
        b.push_group(spec, g);
    }
    let hit = b.build().unwrap();
    assert_eq!(
        hit.encode(&EncodeOptions::default()).unwrap().payload,
        "v=1&tid=UA-1-1&abcdefghijklmn1id=a%20b&abcdefghijklmn1nm=3\
         &abcdefghijklmno1id=a%20b&abcdefghijklmno1nm=3"
    );
}

#[test]
fn entries_with_long_names_and_a_hit_starting_with_an_entry() {
    static NO_FIXED: DialectSpec = DialectSpec {
        fixed: &[],
        required: &[],
        ..SPEC
    };
    static LONG: GroupSpec = entries("averyveryverylongprefix", "n", 5);
    let mut b = HitBuilder::new(&NO_FIXED, HitType::Event);
    let mut g = Group::default();
    g.set("id", text("a b"), None);
    g.set("a_suffix_of_twenty_b", text("x/y"), None);
    b.push_group(&PR, g);
    let mut g = Group::default();
    g.set("nm", text("z"), None);
    g.set("another_long_suffix", Value::Int(-7), None);
    b.push_group(&LONG, g);
    b.set("tid", text("UA-1-1"), None);
    let hit = b.build().unwrap();
    assert_eq!(
        hit.encode(&EncodeOptions::default()).unwrap().payload,
        "pr1id=a%20b&pr1a_suffix_of_twenty_b=x%2Fy&averyveryverylongprefix1nm=z\
         &averyveryverylongprefix1another_long_suffix=-7&tid=UA-1-1"
    );
    // A name looked up in a hit with entries: found in the entry its prefix names, and
    // names that start like no entry's are not looked for there.
    assert_eq!(hit.get("pr1id"), Some(&text("a b")));
    assert_eq!(hit.get("averyveryverylongprefix1nm"), Some(&text("z")));
    assert_eq!(hit.get("tid"), Some(&text("UA-1-1")));
    assert_eq!(hit.get("nm"), None);
    // A name set after the entries replaces an entry's value in place.
    let mut b = HitBuilder::new(&SPEC, HitType::Event);
    b.push_group(&PR, product("a", "b"));
    b.set("pr1nm", text("B"), None);
    b.set("tid", text("UA-1-1"), None);
    let hit = b.build().unwrap();
    assert_eq!(
        hit.encode(&EncodeOptions::default()).unwrap().payload,
        "v=1&pr1id=a&pr1nm=B&tid=UA-1-1"
    );
}
