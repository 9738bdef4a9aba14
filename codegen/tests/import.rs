//! Tests of the WSDL importer (`codegen import`) and of `codegen stats`, on a small fake API
//! under `tests/fixtures/import/fakeapi` (never on the real WSDL).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use codegen::frontend::direct::format::{Access, FieldDef, SchemaFile, StructDef, TypeDef};
use codegen::import::{self, InputFile};
use codegen::stats;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn fake_api() -> PathBuf {
    fixtures().join("fakeapi")
}

/// A fresh empty folder under the target's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("import-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn imported() -> Vec<(String, SchemaFile)> {
    match import::import_dir(&fake_api()) {
        Ok(files) => files,
        Err(diags) => panic!("the fixture does not import: {diags:#?}"),
    }
}

fn file<'a>(files: &'a [(String, SchemaFile)], name: &str) -> &'a SchemaFile {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

fn ty<'a>(f: &'a SchemaFile, name: &str) -> &'a TypeDef {
    f.types
        .iter()
        .find(|t| t.name() == name)
        .unwrap_or_else(|| panic!("no type {name}"))
}

fn strukt<'a>(f: &'a SchemaFile, name: &str) -> &'a StructDef {
    match ty(f, name) {
        TypeDef::Struct(s) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn field<'a>(s: &'a StructDef, name: &str) -> &'a FieldDef {
    s.fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name} in {}", s.name))
}

fn flags(f: &FieldDef) -> (bool, bool, bool, bool) {
    (f.required, f.repeated, f.nillable, f.boxed)
}

#[test]
fn imports_the_fake_api() {
    let files = imported();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["gadgets.json", "general.json", "widgets.json"]);

    let widgets = file(&files, "widgets.json");
    assert_eq!(widgets.api, "direct_v5");
    assert_eq!(widgets.module, "widgets");
    assert_eq!(
        widgets.namespace.as_deref(),
        Some("http://api.example.test/v5/widgets")
    );
    let source = widgets.source.as_ref().unwrap();
    assert_eq!(source.file, "widgets.xml");
    use sha2::Digest;
    let bytes = std::fs::read(fake_api().join("widgets.xml")).unwrap();
    let hex: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(source.sha256, hex);

    let service = widgets.service.as_ref().unwrap();
    assert_eq!(service.name, "Widgets");
    assert_eq!(service.endpoint, "widgets");
    let methods: Vec<(&str, &str, &str, Access)> = service
        .methods
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.request.as_deref().unwrap_or_default(),
                m.response.as_str(),
                m.access,
            )
        })
        .collect();
    assert_eq!(
        methods,
        [
            ("get", "GetRequest", "GetResponse", Access::Read),
            // The element AddRequest clashes with the named complexType AddRequest.
            ("add", "AddRequest2", "AddResponse", Access::Write),
            // DeleteResponse is declared with type="ns:DeleteResult": the method uses it directly.
            ("delete", "DeleteRequest", "DeleteResult", Access::Write),
        ]
    );

    // Types in document order, anonymous ones right after their parent.
    let order: Vec<&str> = widgets.types.iter().map(|t| t.name()).collect();
    assert_eq!(
        order,
        [
            "WidgetColorEnum",
            "WidgetBase",
            "WidgetGetItem",
            "WidgetGetItemSize",
            "WidgetGetItemShape",
            "WidgetTree",
            "WidgetFieldEnum",
            "GetRequest",
            "GetResponse",
            "AddRequest",
            "AddRequest2",
            "AddRequest2Options",
            "AddResponse",
            "DeleteRequest",
            "DeleteResult",
        ]
    );

    // The shared file has no service; the fault element declares no type of its own.
    let general = file(&files, "general.json");
    assert!(general.service.is_none());
    assert_eq!(general.source.as_ref().unwrap().file, "imports/general.xsd");
    assert!(general.types.iter().all(|t| t.name() != "FaultResponse"));
    assert!(matches!(
        ty(general, "ApiExceptionMessage"),
        TypeDef::Struct(_)
    ));

    let gadgets = file(&files, "gadgets.json");
    let methods: Vec<(&str, &str, Access)> = gadgets
        .service
        .as_ref()
        .unwrap()
        .methods
        .iter()
        .map(|m| (m.name.as_str(), m.response.as_str(), m.access))
        .collect();
    assert_eq!(
        methods,
        [
            ("get", "GetResponse", Access::Read),
            ("hasGadgets", "HasGadgetsResponse", Access::Read),
            ("setAuto", "general:ActionResult", Access::Write),
        ]
    );
    // Empty content and an empty sequence are structs without fields.
    assert!(strukt(gadgets, "SetAutoRequest").fields.is_empty());
    assert!(strukt(gadgets, "HasGadgetsRequest").fields.is_empty());
}

#[test]
fn references_are_resolved_by_namespace_uri() {
    let files = imported();
    // widgets.xml binds the shared namespace to the prefix `g`.
    let widgets = file(&files, "widgets.json");
    assert_eq!(
        strukt(widgets, "GetRequest").extends.as_deref(),
        Some("general:GetRequestGeneral")
    );
    assert_eq!(
        field(strukt(widgets, "WidgetBase"), "Tags").ty,
        "general:ArrayOfString"
    );
    assert_eq!(
        field(strukt(widgets, "WidgetBase"), "Color").ty,
        "WidgetColorEnum"
    );
    // An element ref takes the referenced element's name and type.
    let criteria = field(strukt(widgets, "DeleteRequest"), "SelectionCriteria");
    assert_eq!(criteria.ty, "general:IdsCriteria");
    assert!(criteria.required);
    // gadgets.xml refers to its own types through the default namespace (no prefix).
    let gadgets = file(&files, "gadgets.json");
    assert_eq!(
        strukt(gadgets, "GadgetNode").extends.as_deref(),
        Some("GadgetNodeBase")
    );
    assert_eq!(
        field(strukt(gadgets, "GadgetB"), "Ids").ty,
        "general:ArrayOfLong"
    );
    // Inside general.xsd its own types are bare names.
    let general = file(&files, "general.json");
    assert_eq!(
        strukt(general, "ActionResult").extends.as_deref(),
        Some("ActionResultBase")
    );
    assert_eq!(
        field(strukt(general, "GetRequestGeneral"), "Page").ty,
        "LimitOffset"
    );
}

#[test]
fn occurs_and_nillable_map_to_flags() {
    let files = imported();
    let widgets = file(&files, "widgets.json");
    let base = strukt(widgets, "WidgetBase");
    // (required, repeated, nillable, boxed)
    assert_eq!(flags(field(base, "Name")), (true, false, false, false));
    assert_eq!(
        flags(field(base, "Description")),
        (true, false, true, false)
    );
    assert_eq!(flags(field(base, "Color")), (false, false, false, false));
    assert_eq!(flags(field(base, "Tags")), (false, false, true, false));
    let item = strukt(widgets, "WidgetGetItem");
    assert_eq!(item.extends.as_deref(), Some("WidgetBase"));
    assert_eq!(flags(field(item, "Tree")), (false, false, true, false));
    // maxOccurs="3" is repeated too.
    assert_eq!(flags(field(item, "Prices")), (false, true, false, false));
    assert_eq!(field(item, "Prices").ty, "xsd:decimal");
    let get = strukt(widgets, "GetRequest");
    assert_eq!(flags(field(get, "FieldNames")), (true, true, false, false));
    let response = strukt(widgets, "GetResponse");
    assert_eq!(
        flags(field(response, "Widgets")),
        (false, true, false, false)
    );
}

#[test]
fn anonymous_types_are_named_after_parent_and_field() {
    let files = imported();
    let widgets = file(&files, "widgets.json");
    let item = strukt(widgets, "WidgetGetItem");
    assert_eq!(field(item, "Size").ty, "WidgetGetItemSize");
    assert_eq!(field(item, "Shape").ty, "WidgetGetItemShape");
    let size = strukt(widgets, "WidgetGetItemSize");
    assert_eq!(size.fields.len(), 2);
    match ty(widgets, "WidgetGetItemShape") {
        TypeDef::Enum(e) => assert_eq!(e.values, ["ROUND", "SQUARE"]),
        other => panic!("{other:?}"),
    }
    // The element's struct got the suffix; the named type kept its name.
    assert_eq!(
        field(strukt(widgets, "AddRequest"), "Note").ty,
        "xsd:string"
    );
    assert_eq!(
        field(strukt(widgets, "AddRequest2"), "Options").ty,
        "AddRequest2Options"
    );
}

#[test]
fn items_wrappers_become_items() {
    let files = imported();
    let general = file(&files, "general.json");
    for (name, item) in [("ArrayOfString", "xsd:string"), ("ArrayOfLong", "xsd:long")] {
        match ty(general, name) {
            TypeDef::Items(i) => assert_eq!(i.item, item),
            other => panic!("{name}: {other:?}"),
        }
    }
    // A local wrapper with minOccurs="0" around a struct.
    match ty(file(&files, "gadgets.json"), "GadgetList") {
        TypeDef::Items(i) => assert_eq!(i.item, "GadgetA"),
        other => panic!("{other:?}"),
    }
    // `IdsCriteria {Ids: [..]}` is not named Items: an ordinary struct.
    assert!(matches!(ty(general, "IdsCriteria"), TypeDef::Struct(_)));

    // Not wrappers: a single Items that is not repeated, or that is nillable, or a base.
    let files = import::import_files(&[shared(
        r#"<xsd:complexType name="One"><xsd:sequence>
             <xsd:element name="Items" type="xsd:string" minOccurs="0" maxOccurs="1"/>
           </xsd:sequence></xsd:complexType>
           <xsd:complexType name="Nillable"><xsd:sequence>
             <xsd:element name="Items" type="xsd:string" minOccurs="0" maxOccurs="unbounded" nillable="true"/>
           </xsd:sequence></xsd:complexType>
           <xsd:complexType name="Two"><xsd:sequence>
             <xsd:element name="Items" type="xsd:string" minOccurs="0" maxOccurs="unbounded"/>
             <xsd:element name="Count" type="xsd:int" minOccurs="0" maxOccurs="1"/>
           </xsd:sequence></xsd:complexType>"#,
    )])
    .unwrap();
    for t in &files[0].1.types {
        assert!(matches!(t, TypeDef::Struct(_)), "{t:?}");
    }
}

#[test]
fn cycles_get_one_boxed_field_each() {
    let files = imported();
    let widgets = file(&files, "widgets.json");
    let tree = strukt(widgets, "WidgetTree");
    // Repeated fields go through a Vec: no box.
    assert_eq!(flags(field(tree, "Children")), (false, true, false, false));
    assert!(field(tree, "Next").boxed);
    // WidgetGetItem.Tree reaches the cycle but is not part of it.
    assert!(!field(strukt(widgets, "WidgetGetItem"), "Tree").boxed);

    let gadgets = file(&files, "gadgets.json");
    // A -> B -> A: found from A first, broken at the closing field B.A.
    assert!(!field(strukt(gadgets, "GadgetA"), "B").boxed);
    assert!(field(strukt(gadgets, "GadgetB"), "A").boxed);
    // GadgetNode extends GadgetNodeBase, whose field Extra is a GadgetNode.
    assert!(field(strukt(gadgets, "GadgetNodeBase"), "Extra").boxed);
    assert!(!field(strukt(gadgets, "GetResponse"), "Root").boxed);

    let boxed: usize = files
        .iter()
        .flat_map(|(_, f)| &f.types)
        .filter_map(|t| match t {
            TypeDef::Struct(s) => Some(s.fields.iter().filter(|f| f.boxed).count()),
            _ => None,
        })
        .sum();
    assert_eq!(boxed, 3);
}

#[test]
fn output_is_deterministic_and_independent_of_input_order() {
    let render = |files: &[(String, SchemaFile)]| -> Vec<(String, String)> {
        files
            .iter()
            .map(|(n, f)| (n.clone(), import::to_json(f)))
            .collect()
    };
    let first = render(&imported());
    let second = render(&imported());
    assert_eq!(first, second);

    let mut inputs = import::read_dir_files(&fake_api()).unwrap();
    inputs.reverse();
    let reversed = render(&import::import_files(&inputs).unwrap());
    assert_eq!(first, reversed);

    let text = &first[0].1;
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    assert!(text.starts_with("{\n  \"$comment\": "), "{text}");
    // Reads back as the same schema file.
    let back: SchemaFile = serde_json::from_str(text).unwrap();
    assert_eq!(import::to_json(&back), *text);
}

#[test]
fn access_follows_the_method_name() {
    for (name, access) in [
        ("get", Access::Read),
        ("getGeoRegions", Access::Read),
        ("check", Access::Read),
        ("checkCampaigns", Access::Read),
        ("hasSearchVolume", Access::Read),
        ("deduplicate", Access::Read),
        ("add", Access::Write),
        ("setAuto", Access::Write),
        ("getter", Access::Write),
        ("hash", Access::Write),
        ("delete", Access::Write),
    ] {
        assert_eq!(import::access_of(name), access, "{name}");
    }
}

/// A shared XSD `imports/shared.xsd` in the namespace urn:shared with the given content.
fn shared(content: &str) -> InputFile {
    InputFile {
        path: "imports/shared.xsd".into(),
        bytes: format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:sh="urn:shared" targetNamespace="urn:shared">
{content}
</xsd:schema>"#
        )
        .into_bytes(),
    }
}

#[test]
fn unsupported_constructs_are_errors_naming_file_and_element() {
    let input = shared(
        r#"<xsd:complexType name="WithChoice">
  <xsd:sequence>
    <xsd:element name="Fine" type="xsd:string" minOccurs="0" maxOccurs="1"/>
    <xsd:choice>
      <xsd:element name="A" type="xsd:string"/>
    </xsd:choice>
  </xsd:sequence>
</xsd:complexType>
<xsd:complexType name="WithAttributes">
  <xsd:sequence/>
  <xsd:attributeGroup ref="sh:Group"/>
</xsd:complexType>
<xsd:simpleType name="IntRange">
  <xsd:restriction base="xsd:int">
    <xsd:minInclusive value="1"/>
  </xsd:restriction>
</xsd:simpleType>
<xsd:simpleType name="Pattern">
  <xsd:restriction base="xsd:string">
    <xsd:pattern value="[a-z]+"/>
  </xsd:restriction>
</xsd:simpleType>
<xsd:complexType name="BadRefs">
  <xsd:sequence>
    <xsd:element name="Missing" type="sh:NoSuchType" minOccurs="0" maxOccurs="1"/>
    <xsd:element name="Prefix" type="nope:Thing" minOccurs="0" maxOccurs="1"/>
    <xsd:element name="Foreign" type="other:Thing" xmlns:other="urn:nobody" minOccurs="0" maxOccurs="1"/>
    <xsd:element name="AnyType" type="xsd:anyType" minOccurs="0" maxOccurs="1"/>
    <xsd:element name="Defaulted" type="xsd:string" default="x" minOccurs="0" maxOccurs="1"/>
  </xsd:sequence>
</xsd:complexType>
<xsd:attributeGroup name="Group"/>"#,
    );
    let diags = import::import_files(&[input]).unwrap_err();
    let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let all = text.join("\n");
    for d in &diags {
        assert_eq!(d.file, Path::new("imports/shared.xsd"), "{d}");
        assert!(d.location.starts_with("line "), "{d}");
    }
    let expect = [
        ("WithChoice", "<xsd:choice>"),
        ("WithAttributes", "<xsd:attributeGroup>"),
        ("IntRange", "xsd:int"),
        ("Pattern", "<xsd:pattern>"),
        ("`Missing`", "NoSuchType"),
        ("`Prefix`", "prefix `nope`"),
        ("`Foreign`", "urn:nobody"),
        ("`AnyType`", "xsd:anyType"),
        ("`Defaulted`", "attribute `default`"),
        ("", "<xsd:attributeGroup name=\"Group\">"),
    ];
    for (element, what) in expect {
        assert!(
            text.iter()
                .any(|line| line.contains(element) && line.contains(what)),
            "no error about {element} / {what} in:\n{all}"
        );
    }
    assert!(all.contains("complexType `WithChoice`"), "{all}");
    // Everything is reported at once, not just the first fault.
    assert!(diags.len() >= expect.len(), "{all}");
}

#[test]
fn wsdl_faults_are_reported() {
    let wsdl = r#"<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions xmlns:ns="urn:svc" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="Svc" targetNamespace="urn:svc">
  <wsdl:types>
    <xsd:schema targetNamespace="urn:svc">
      <xsd:element name="Req"><xsd:complexType><xsd:sequence/></xsd:complexType></xsd:element>
    </xsd:schema>
  </wsdl:types>
  <wsdl:message name="In"><wsdl:part element="ns:Req" name="p"/></wsdl:message>
  <wsdl:message name="Out"><wsdl:part element="ns:Resp" name="p"/></wsdl:message>
  <wsdl:portType name="SvcPort">
    <wsdl:operation name="get">
      <wsdl:input message="ns:In"/>
      <wsdl:output message="ns:Out"/>
    </wsdl:operation>
    <wsdl:operation name="add">
      <wsdl:input message="ns:In"/>
      <wsdl:output message="ns:Nothing"/>
    </wsdl:operation>
  </wsdl:portType>
</wsdl:definitions>"#;
    let diags = import::import_files(&[InputFile {
        path: "svc.xml".into(),
        bytes: wsdl.into(),
    }])
    .unwrap_err();
    let all: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let all = all.join("\n");
    assert!(
        all.contains("svc.xml: line") && all.contains("`Resp`"),
        "{all}"
    );
    assert!(
        all.contains("operation `add`") && all.contains("Nothing"),
        "{all}"
    );

    let broken = InputFile {
        path: "broken.xml".into(),
        bytes: b"<a><b></a>".to_vec(),
    };
    let diags = import::import_files(&[broken]).unwrap_err();
    assert_eq!(diags[0].file, Path::new("broken.xml"));
    assert!(diags[0].message.contains("not well-formed"), "{}", diags[0]);
}

/// Serves `root/<service>.xml` at `/<prefix>/<service>?wsdl` and `root/imports/<name>.xsd` at
/// `/<prefix>/<name>.xsd` on 127.0.0.1; returns the base URL.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                match reader.read_line(&mut header) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if header == "\r\n" || header == "\n" => break,
                    Ok(_) => {}
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("")
                .to_string();
            let file = path.strip_prefix("/v5/").and_then(|rest| {
                if let Some(service) = rest.strip_suffix("?wsdl") {
                    Some(root.join(format!("{service}.xml")))
                } else if rest.ends_with(".xsd") && !rest.contains('/') {
                    Some(root.join("imports").join(rest))
                } else {
                    None
                }
            });
            let response = match file.and_then(|f| std::fs::read(f).ok()) {
                Some(body) => {
                    let mut r = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    r.extend(body);
                    r
                }
                None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_vec(),
            };
            let _ = stream.write_all(&response);
            let _ = stream.flush();
        }
    });
    format!("http://127.0.0.1:{port}/v5")
}

#[test]
fn import_from_url_matches_the_folder_import() {
    let base = serve(fake_api());
    let from_url = import::import_from_url(&base, &["widgets", "gadgets"])
        .unwrap_or_else(|d| panic!("{d:#?}"));
    // Same file names and bytes, hence the same schema, hashes included.
    assert_eq!(from_url, imported());

    // With a trailing slash too.
    let again = import::import_from_url(&format!("{base}/"), &["gadgets"]).unwrap();
    let names: Vec<&str> = again.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["gadgets.json", "general.json"]);

    // A service the server does not have: the error names the URL.
    let diags = import::import_from_url(&base, &["widgets", "nosuch"]).unwrap_err();
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].file, PathBuf::from(format!("{base}/nosuch?wsdl")));
    assert!(diags[0].message.contains("404"), "{}", diags[0]);
}

#[test]
fn fetch_files_follows_schema_locations() {
    let mut asked = Vec::new();
    let mut fetch = |url: &str| -> Result<Vec<u8>, String> {
        asked.push(url.to_string());
        let root = fake_api();
        let path = match url.strip_prefix("https://example.test/v5/") {
            Some("widgets?wsdl") => root.join("widgets.xml"),
            Some("general.xsd") => root.join("imports/general.xsd"),
            _ => return Err("not found".into()),
        };
        std::fs::read(path).map_err(|e| e.to_string())
    };
    let files = import::fetch_files("https://example.test/v5", &["widgets"], &mut fetch).unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["imports/general.xsd", "widgets.xml"]);
    assert_eq!(
        asked,
        [
            "https://example.test/v5/widgets?wsdl",
            "https://example.test/v5/general.xsd"
        ]
    );
}

/// `codegen import ARGS` as the library runs it: `--check`, `--from DIR`, `--from-url BASE`,
/// `--schema DIR`; 0 when it succeeded, 1 otherwise (the binary's exit codes).
fn run_import(args: &[&str]) -> u8 {
    let mut options = import::ImportOptions::new("/nonexistent-workspace/schema");
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match *arg {
            "--check" => options.check = true,
            "--from" => options.from = iter.next().map(PathBuf::from),
            "--from-url" => options.from_url = iter.next().map(|s| s.to_string()),
            "--schema" => options.schema = iter.next().map(PathBuf::from).unwrap(),
            other => panic!("not an option of these tests: {other}"),
        }
    }
    if import::run(&options, Path::new("/nonexistent-workspace")) {
        0
    } else {
        1
    }
}

#[test]
fn cli_writes_only_changes_and_keeps_hand_written_files() {
    let schema = temp_dir("cli");
    let from = fake_api();
    let (from, schema_s) = (from.to_str().unwrap(), schema.to_str().unwrap());
    let out = schema.join("direct_v5");

    // --check before anything is written: everything is missing.
    assert_eq!(
        run_import(&["--check", "--from", from, "--schema", schema_s]),
        1
    );
    assert!(!out.exists());

    assert_eq!(run_import(&["--from", from, "--schema", schema_s]), 0);
    let widgets = out.join("widgets.json");
    let text = std::fs::read_to_string(&widgets).unwrap();
    assert_eq!(text, import::to_json(file(&imported(), "widgets.json")));
    assert_eq!(
        run_import(&["--check", "--from", from, "--schema", schema_s]),
        0
    );

    // An unchanged file is not rewritten.
    let modified = std::fs::metadata(&widgets).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(run_import(&["--from", from, "--schema", schema_s]), 0);
    assert_eq!(
        std::fs::metadata(&widgets).unwrap().modified().unwrap(),
        modified
    );

    // A hand edit is caught by --check, described, and undone by an import.
    std::fs::write(&widgets, text.replace("\"RED\"", "\"PURPLE\"")).unwrap();
    assert_eq!(
        run_import(&["--check", "--from", from, "--schema", schema_s]),
        1
    );
    let changes = import::plan(&out, &imported());
    let described = changes
        .iter()
        .find_map(|c| match c {
            import::Change::Differs(n, what) if n == "widgets.json" => Some(what.join("; ")),
            _ => None,
        })
        .expect("widgets.json differs");
    assert!(
        described.contains("enum WidgetColorEnum: +RED, -PURPLE"),
        "{described}"
    );

    // A file the import no longer produces is extra; reports.json is not ours.
    std::fs::write(out.join("stale.json"), "{}").unwrap();
    std::fs::write(out.join("reports.json"), "{\"hand\": \"written\"}").unwrap();
    std::fs::write(out.join("notes.txt"), "not json").unwrap();
    assert_eq!(
        run_import(&["--check", "--from", from, "--schema", schema_s]),
        1
    );
    assert_eq!(run_import(&["--from", from, "--schema", schema_s]), 0);
    assert!(!out.join("stale.json").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("reports.json")).unwrap(),
        "{\"hand\": \"written\"}"
    );
    assert!(out.join("notes.txt").exists());
    assert_eq!(std::fs::read_to_string(&widgets).unwrap(), text);
    assert_eq!(
        run_import(&["--check", "--from", from, "--schema", schema_s]),
        0
    );
}

#[test]
fn cli_fails_clearly_without_a_wsdl_folder() {
    let schema = temp_dir("missing");
    // The default folder is relative to the workspace, which does not exist here.
    assert_eq!(run_import(&["--schema", schema.to_str().unwrap()]), 1);
    assert_eq!(
        run_import(&[
            "--from",
            "/nonexistent/wsdl",
            "--schema",
            schema.to_str().unwrap()
        ]),
        1
    );
    // Both sources at once is refused (the binary rejects it as a usage error already).
    assert_eq!(run_import(&["--from", "a", "--from-url", "b"]), 1);
    assert!(!schema.join("direct_v5").exists());
}

#[test]
fn describe_differences_names_types_and_fields() {
    let files = imported();
    let widgets = file(&files, "widgets.json");
    let mut old = widgets.clone();
    if let Some(TypeDef::Struct(s)) = old.types.iter_mut().find(|t| t.name() == "WidgetBase") {
        s.fields.retain(|f| f.name != "Tags");
        s.fields[0].required = false;
    }
    old.types.retain(|t| t.name() != "WidgetFieldEnum");
    old.service.as_mut().unwrap().methods.pop();
    let what = import::describe_differences(&import::to_json(&old), widgets);
    let what = what.join("\n");
    assert!(what.contains("method delete added"), "{what}");
    assert!(what.contains("type WidgetFieldEnum added"), "{what}");
    assert!(
        what.contains("struct WidgetBase: Name xsd:string -> xsd:string required, +Tags"),
        "{what}"
    );
}

#[test]
fn stats_from_schema_match_counts_from_wsdl() {
    let schema = temp_dir("stats");
    let schema_s = schema.to_str().unwrap();
    assert_eq!(
        run_import(&["--from", fake_api().to_str().unwrap(), "--schema", schema_s]),
        0
    );
    let from_schema = stats::count_schema(&schema).unwrap();
    let from_wsdl = stats::count_wsdl(&fake_api()).unwrap();
    assert_eq!(from_schema["direct_v5"], from_wsdl);
    assert_eq!(from_wsdl["services"], 2);
    assert_eq!(from_wsdl["methods"], 6);
    assert_eq!(from_wsdl["enums"], 4);
    assert_eq!(from_wsdl["enum_values"], 10);
    assert_eq!(from_wsdl["types"], 36);
    stats::check_against_wsdl(&schema, &fake_api()).unwrap();

    let options = |compare_wsdl: Option<PathBuf>| stats::StatsOptions {
        schema: schema.clone(),
        compare_wsdl,
    };
    assert!(stats::run(&options(None)));
    assert!(stats::run(&options(Some(fake_api()))));

    // A hand-written reports.json does not count against the WSDL.
    let reports = SchemaFile {
        module: "reports".into(),
        ..file(&imported(), "gadgets.json").clone()
    };
    std::fs::write(
        schema.join("direct_v5/reports.json"),
        import::to_json(&reports),
    )
    .unwrap();
    stats::check_against_wsdl(&schema, &fake_api()).unwrap();
    // reports.json has a format of its own and is not counted as a namespace file either.
    assert_eq!(
        stats::count_schema(&schema).unwrap()["direct_v5"]["services"],
        2
    );

    // A lost field is noticed.
    let path = schema.join("direct_v5/widgets.json");
    let mut widgets: SchemaFile =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    if let Some(TypeDef::Struct(s)) = widgets.types.iter_mut().find(|t| t.name() == "WidgetTree") {
        s.fields.pop();
    }
    std::fs::write(&path, import::to_json(&widgets)).unwrap();
    let err = stats::check_against_wsdl(&schema, &fake_api()).unwrap_err();
    assert!(err.contains("fields: schema"), "{err}");
    assert!(!stats::run(&options(Some(fake_api()))));
}

/// A small v4 Live WSDL in the real one's style: SOAP-encoded arrays, rpc messages with one part
/// or none, served and retired operations.
const LIVE_WSDL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions targetNamespace="API" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
    xmlns:namesp1="API" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <wsdl:types>
    <schema targetNamespace="API" xmlns="http://www.w3.org/2001/XMLSchema">
      <import namespace="http://schemas.xmlsoap.org/soap/encoding/"/>
      <complexType name="ArrayOfString">
        <complexContent><restriction base="soapenc:Array">
          <attribute ref="soapenc:arrayType" wsdl:arrayType="xsd:string[]"/>
        </restriction></complexContent>
      </complexType>
      <complexType name="ClientsUnitInfo">
        <sequence>
          <element name="Login" type="xsd:string"/>
          <element name="UnitsRest" type="xsd:int" nillable="true"/>
        </sequence>
      </complexType>
      <complexType name="ArrayOfClientsUnitInfo">
        <complexContent><restriction base="soapenc:Array">
          <attribute ref="soapenc:arrayType" wsdl:arrayType="namesp1:ClientsUnitInfo[]"/>
        </restriction></complexContent>
      </complexType>
      <complexType name="Unused"><sequence><element name="X" type="xsd:float"/></sequence></complexType>
    </schema>
  </wsdl:types>
  <wsdl:message name="GetClientsUnitsRequest"><wsdl:part name="params" type="namesp1:ArrayOfString"/></wsdl:message>
  <wsdl:message name="GetClientsUnitsResponse"><wsdl:part name="return" type="namesp1:ArrayOfClientsUnitInfo"/></wsdl:message>
  <wsdl:message name="GetVersionRequest"></wsdl:message>
  <wsdl:message name="GetVersionResponse"><wsdl:part name="return" type="xsd:int"/></wsdl:message>
  <wsdl:message name="CreateInvoiceRequest"><wsdl:part name="params" type="namesp1:ArrayOfString"/></wsdl:message>
  <wsdl:message name="CreateInvoiceResponse"><wsdl:part name="return" type="xsd:string"/></wsdl:message>
  <wsdl:message name="GetBalanceRequest"><wsdl:part name="params" type="namesp1:Unused"/></wsdl:message>
  <wsdl:message name="GetBalanceResponse"><wsdl:part name="return" type="xsd:int"/></wsdl:message>
  <wsdl:portType name="APIPort">
    <wsdl:operation name="GetVersion"><wsdl:input message="namesp1:GetVersionRequest"/><wsdl:output message="namesp1:GetVersionResponse"/></wsdl:operation>
    <wsdl:operation name="GetClientsUnits"><wsdl:input message="namesp1:GetClientsUnitsRequest"/><wsdl:output message="namesp1:GetClientsUnitsResponse"/></wsdl:operation>
    <wsdl:operation name="CreateInvoice"><wsdl:input message="namesp1:CreateInvoiceRequest"/><wsdl:output message="namesp1:CreateInvoiceResponse"/></wsdl:operation>
    <wsdl:operation name="GetBalance"><wsdl:input message="namesp1:GetBalanceRequest"/><wsdl:output message="namesp1:GetBalanceResponse"/></wsdl:operation>
  </wsdl:portType>
</wsdl:definitions>"#;

#[test]
fn v4_live_import_keeps_served_methods_and_what_they_reach() {
    use codegen::import::v4::import_live_with;
    let served = ["GetClientsUnits", "CreateInvoice", "GetVersion"];
    let file = import_live_with("live.wsdl", LIVE_WSDL.as_bytes(), &served, &[]).unwrap();
    assert_eq!(file.api, "direct_v4");
    let service = file.service.as_ref().unwrap();
    let methods: Vec<(&str, Option<&str>, &str, Access, bool)> = service
        .methods
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.request.as_deref(),
                m.response.as_str(),
                m.access,
                m.finance,
            )
        })
        .collect();
    assert_eq!(
        methods,
        vec![
            (
                "GetClientsUnits",
                Some("ArrayOfString"),
                "ArrayOfClientsUnitInfo",
                Access::Read,
                false
            ),
            (
                "CreateInvoice",
                Some("ArrayOfString"),
                "xsd:string",
                Access::Write,
                true
            ),
            ("GetVersion", None, "xsd:int", Access::Read, false),
        ]
    );
    assert_eq!(service.retired.len(), 1);
    assert_eq!(service.retired[0].name, "GetBalance");
    let names: Vec<&str> = file.types.iter().map(|t| t.name()).collect();
    assert_eq!(
        names,
        ["ArrayOfClientsUnitInfo", "ArrayOfString", "ClientsUnitInfo"],
        "`Unused` is only reached by a retired method"
    );
    match &file.types[0] {
        TypeDef::Array(array) => assert_eq!(array.item, "ClientsUnitInfo"),
        other => panic!("expected an array, got {other:?}"),
    }
    match &file.types[2] {
        TypeDef::Struct(s) => {
            assert!(s.fields.iter().all(|f| !f.required));
            assert!(s.fields[1].nillable && !s.fields[0].nillable);
        }
        other => panic!("expected a struct, got {other:?}"),
    }
    // Deterministic.
    let again = import_live_with("live.wsdl", LIVE_WSDL.as_bytes(), &served, &[]).unwrap();
    assert_eq!(
        codegen::import::to_json(&file),
        codegen::import::to_json(&again)
    );
}

#[test]
fn v4_live_import_lists_where_retired_methods_went() {
    use codegen::import::v4::{import_live_with, Successor};
    let served = ["GetClientsUnits", "CreateInvoice", "GetVersion"];
    let successors = [
        Successor {
            v4: "GetBalance",
            replaced_by: &[],
            moved_to: Some("the Clients service"),
        },
        // Documented, but not an operation of this WSDL: listed as retired all the same.
        Successor {
            v4: "GetBanners",
            replaced_by: &["AdGroups.get", "Ads.get"],
            moved_to: None,
        },
    ];
    let file = import_live_with("live.wsdl", LIVE_WSDL.as_bytes(), &served, &successors).unwrap();
    let retired = &file.service.as_ref().unwrap().retired;
    let summary: Vec<(&str, Vec<&str>, Option<&str>)> = retired
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.replaced_by.iter().map(String::as_str).collect(),
                r.moved_to.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("GetBalance", vec![], Some("the Clients service")),
            ("GetBanners", vec!["AdGroups.get", "Ads.get"], None),
        ]
    );
    assert!(
        retired[1].reason.contains("not in live.wsdl"),
        "{retired:?}"
    );

    // A successor that is served, or listed twice, is a fault of the tables.
    let faults = import_live_with(
        "live.wsdl",
        LIVE_WSDL.as_bytes(),
        &served,
        &[
            successors[0],
            successors[0],
            Successor {
                v4: "GetVersion",
                ..successors[1]
            },
        ],
    )
    .unwrap_err();
    let text: Vec<String> = faults.iter().map(|f| f.to_string()).collect();
    assert!(
        text.iter()
            .any(|f| f.contains("`GetBalance` is listed twice")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|f| f.contains("served method `GetVersion` is listed as retired")),
        "{text:#?}"
    );
}

#[test]
fn v4_live_successors_cover_the_documented_correspondence() {
    use codegen::import::v4::{SERVED, SUCCESSORS};
    for successor in SUCCESSORS {
        assert!(
            !SERVED.contains(&successor.v4),
            "{} is served",
            successor.v4
        );
        assert!(
            successor.replaced_by.is_empty() != successor.moved_to.is_none(),
            "{}: either v5 methods or where it moved",
            successor.v4
        );
        for name in successor.replaced_by {
            assert!(name.split_once('.').is_some(), "{name}");
        }
    }
    let get_banners = SUCCESSORS.iter().find(|s| s.v4 == "GetBanners").unwrap();
    assert_eq!(
        get_banners.replaced_by,
        [
            "AdGroups.get",
            "Ads.get",
            "Keywords.get",
            "Bids.get",
            "VCards.get",
            "Sitelinks.get"
        ]
    );
}

#[test]
fn v4_live_import_reports_what_it_cannot_map() {
    use codegen::import::v4::import_live_with;
    let broken = LIVE_WSDL
        .replace("<complexType name=\"Unused\">", "<complexType name=\"Unused\"><choice/></complexType><complexType name=\"Other\">")
        .replace("soapenc:Array\">\n          <attribute ref=\"soapenc:arrayType\" wsdl:arrayType=\"xsd:string[]\"/>", "xsd:string\">");
    let faults = import_live_with(
        "live.wsdl",
        broken.as_bytes(),
        &["GetClientsUnits", "NotThere"],
        &[],
    )
    .unwrap_err();
    let text: Vec<String> = faults.iter().map(|f| f.to_string()).collect();
    assert!(
        text.iter()
            .any(|f| f.contains("complexType `Unused`") && f.contains("unsupported")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|f| f.contains("ArrayOfString") && f.contains("only soapenc:Array")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|f| f.contains("`NotThere` is not in the WSDL")),
        "{text:#?}"
    );
    assert!(
        text.iter().all(|f| f.starts_with("live.wsdl: line ")),
        "{text:#?}"
    );
}
