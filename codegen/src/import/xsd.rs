//! WSDL/XSD documents -> [`SchemaFile`]s.
//!
//! The mapping, in short (see `schema/README.md` for the target format):
//!
//! - One module per input file: `<service>.xml` -> module `<service>` (with a `service`),
//!   `imports/<name>.xsd` -> module `<name>` (types only). Which module a type reference points
//!   to is decided by the namespace URI its prefix is bound to, never by the prefix text.
//! - `xsd:complexType name="X"` -> struct `X` (`xsd:complexContent/xsd:extension` -> `extends`),
//!   or items `X` when its only content is one element named `Items` with `maxOccurs > 1`
//!   (`general:ArrayOfString` and friends; only for named complex types).
//! - `xsd:simpleType name="X"` restricting `xsd:string` by `xsd:enumeration`s -> enum `X`.
//! - A top-level `xsd:element name="E"` with an anonymous complex type -> struct `E`; with
//!   `type="T"` it declares no type, and a method whose message uses `E` uses `T` directly.
//! - An anonymous complex (or simple) type of a field `F` inside a type `P` -> struct (or enum)
//!   named `P` + `F`, placed right after its parent in the type list.
//! - Naming rule for clashes: every named `complexType`/`simpleType` keeps its name. Names made
//!   up for anonymous types (element names, `P` + `F`) are given out in document order; one
//!   that is already taken gets the smallest numeric suffix from 2 that is free (`Foo2`, `Foo3`).
//! - Fields: `minOccurs >= 1` -> required, `maxOccurs` unbounded or > 1 -> repeated,
//!   `nillable="true"` -> nillable. Missing `minOccurs`/`maxOccurs` take the XSD default of 1.
//! - Cycles of structs containing each other through non-repeated fields (and `extends`) get
//!   one field per cycle `boxed` (see [`mark_boxed`]).
//!
//! Anything else (choice, all, attributes, groups, restrictions of anything but `xsd:string`,
//! facets other than enumerations, unknown attributes on the elements we read, references that
//! do not resolve) is an error naming the file, the line and the named elements around it.

use std::collections::{HashMap, HashSet};

use roxmltree::{Document, Node};
use sha2::{Digest, Sha256};

use crate::frontend::direct::format::{
    Access, EnumDef, FieldDef, ItemsDef, Method, SchemaFile, Service, Source, StructDef, TypeDef,
    PRIMITIVES,
};
use crate::Diagnostic;

/// The XML Schema namespace.
pub const XSD_NS: &str = "http://www.w3.org/2001/XMLSchema";
/// The WSDL 1.1 namespace.
pub const WSDL_NS: &str = "http://schemas.xmlsoap.org/wsdl/";

/// The `api` of every file this importer writes.
pub const API: &str = "direct_v5";

const COMMENT: &str =
    "Imported from the official WSDL/XSD by `cargo run -p codegen -- import`; do not edit by hand.";

/// One input document: its path relative to the WSDL folder (`campaigns.xml`,
/// `imports/general.xsd`) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// `<service>.xml` for a service WSDL, `imports/<name>.xsd` for a shared schema.
    pub path: String,
    /// The file's bytes, exactly as read or downloaded (their SHA-256 goes into `source`).
    pub bytes: Vec<u8>,
}

/// A type reference before resolution, with where it was written.
#[derive(Debug, Clone)]
struct RawRef {
    kind: RefKind,
    line: u32,
    context: String,
}

#[derive(Debug, Clone)]
enum RefKind {
    /// A name this module made up for an anonymous type.
    Local(String),
    /// `type="prefix:Name"`, resolved to its namespace URI.
    Type { ns: String, local: String },
    /// `ref="prefix:Name"`: the type of a top-level element.
    Element { ns: String, local: String },
}

#[derive(Debug)]
struct RawField {
    name: String,
    ty: RawRef,
    required: bool,
    repeated: bool,
    nillable: bool,
}

#[derive(Debug)]
enum RawType {
    Struct {
        name: String,
        extends: Option<RawRef>,
        fields: Vec<RawField>,
    },
    Enum {
        name: String,
        values: Vec<String>,
    },
    Items {
        name: String,
        item: RawRef,
    },
}

impl RawType {
    fn name(&self) -> &str {
        match self {
            RawType::Struct { name, .. }
            | RawType::Enum { name, .. }
            | RawType::Items { name, .. } => name,
        }
    }
}

/// What a top-level `xsd:element` stands for.
#[derive(Debug)]
enum ElementDecl {
    /// An anonymous complex type, imported as a struct of this (module-local) name.
    Anonymous(String),
    /// `type="..."`.
    Typed(RawRef),
}

/// A resolved reference, independent of the module it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Xsd(String),
    Type(usize, String),
}

struct RawOperation {
    name: String,
    input: RawRef,
    output: RawRef,
}

struct Module<'a, 'input> {
    path: String,
    name: String,
    doc: &'a Document<'input>,
    namespace: String,
    sha256: String,
    /// `Some(service name)` for a WSDL.
    service: Option<String>,
    types: Vec<RawType>,
    elements: HashMap<String, ElementDecl>,
    operations: Vec<RawOperation>,
}

fn line_of(node: Node) -> u32 {
    node.document().text_pos_at(node.range().start).row
}

fn is(node: Node, ns: &str, local: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(ns) && node.tag_name().name() == local
}

fn is_xsd(node: Node, local: &str) -> bool {
    is(node, XSD_NS, local)
}

/// `<xsd:choice>` / `<xsd:element name="Foo">`, with the prefix written in the file.
fn show(node: Node) -> String {
    let tag = node.tag_name();
    let prefix = tag
        .namespace()
        .and_then(|ns| node.lookup_prefix(ns))
        .map(|p| format!("{p}:"))
        .unwrap_or_default();
    match node.attribute("name") {
        Some(name) => format!("<{prefix}{} name=\"{name}\">", tag.name()),
        None => format!("<{prefix}{}>", tag.name()),
    }
}

/// The named elements around `node`, outermost first: "complexType `A` > element `B`".
fn context(node: Node) -> String {
    let mut parts: Vec<String> = node
        .ancestors()
        .filter(|n| n.is_element())
        .filter(|n| !is_xsd(*n, "schema") && !is(*n, WSDL_NS, "definitions"))
        .filter_map(|n| {
            n.attribute("name")
                .map(|name| format!("{} `{name}`", n.tag_name().name()))
        })
        .collect();
    parts.reverse();
    parts.join(" > ")
}

/// The element children of `node`, without `xsd:annotation`/`wsdl:documentation`.
fn children<'a, 'input>(node: Node<'a, 'input>) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children()
        .filter(|n| n.is_element())
        .filter(|n| !is_xsd(*n, "annotation") && !is(*n, WSDL_NS, "documentation"))
}

struct Ctx<'d> {
    file: String,
    diags: &'d mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn error(&mut self, node: Node, message: impl AsRef<str>) {
        let ctx = context(node);
        let message = if ctx.is_empty() {
            message.as_ref().to_string()
        } else {
            format!("in {ctx}: {}", message.as_ref())
        };
        self.diags.push(Diagnostic::new(
            &self.file,
            format!("line {}", line_of(node)),
            message,
        ));
    }

    fn unsupported(&mut self, node: Node) {
        let what = show(node);
        self.error(node, format!("{what} is not supported by the importer"));
    }

    /// Reports every attribute of `node` not in `allowed`; returns whether all were allowed.
    fn only_attributes(&mut self, node: Node, allowed: &[&str]) -> bool {
        let mut ok = true;
        for attr in node.attributes() {
            if attr.namespace().is_some() || !allowed.contains(&attr.name()) {
                let what = show(node);
                self.error(
                    node,
                    format!(
                        "attribute `{}` of {what} is not supported by the importer",
                        attr.name()
                    ),
                );
                ok = false;
            }
        }
        ok
    }

    /// Resolves the QName in attribute `attr` of `node` to (namespace URI, local name).
    fn qname(&mut self, node: Node, attr: &str) -> Option<(String, String)> {
        let value = node.attribute(attr)?;
        let (prefix, local) = match value.split_once(':') {
            Some((p, l)) => (Some(p), l),
            None => (None, value),
        };
        match node.lookup_namespace_uri(prefix) {
            Some(ns) => Some((ns.to_string(), local.to_string())),
            None => {
                let what = show(node);
                match prefix {
                    Some(p) => self.error(
                        node,
                        format!("{attr}=\"{value}\" of {what}: the prefix `{p}` is not declared"),
                    ),
                    None => self.error(
                        node,
                        format!(
                            "{attr}=\"{value}\" of {what}: no default namespace to resolve it in"
                        ),
                    ),
                }
                None
            }
        }
    }

    fn type_ref(&mut self, node: Node, attr: &str) -> Option<RawRef> {
        let (ns, local) = self.qname(node, attr)?;
        let kind = if attr == "ref" {
            RefKind::Element { ns, local }
        } else {
            RefKind::Type { ns, local }
        };
        Some(RawRef {
            kind,
            line: line_of(node),
            context: context_with(node),
        })
    }
}

/// [`context`] including `node` itself when it is named.
fn context_with(node: Node) -> String {
    let outer = context(node);
    match node.attribute("name") {
        Some(name) => {
            let me = format!("{} `{name}`", node.tag_name().name());
            if outer.is_empty() {
                me
            } else {
                format!("{outer} > {me}")
            }
        }
        None => outer,
    }
}

/// Builds the raw types of one module.
struct Builder<'c, 'd> {
    ctx: &'c mut Ctx<'d>,
    taken: HashSet<String>,
    elements: HashMap<String, ElementDecl>,
}

impl Builder<'_, '_> {
    /// Gives out `base`, or `base` + the smallest free number from 2 if it is taken.
    fn unique(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    fn schema(&mut self, schema: Node, out: &mut Vec<RawType>) {
        for child in children(schema) {
            if is_xsd(child, "import") {
                self.ctx
                    .only_attributes(child, &["namespace", "schemaLocation"]);
            } else if is_xsd(child, "complexType") {
                self.ctx.only_attributes(child, &["name"]);
                let name = child.attribute("name").unwrap_or_default().to_string();
                self.complex_type(child, name, true, out);
            } else if is_xsd(child, "simpleType") {
                self.ctx.only_attributes(child, &["name"]);
                let name = child.attribute("name").unwrap_or_default().to_string();
                if let Some(t) = self.simple_type(child, name) {
                    out.push(t);
                }
            } else if is_xsd(child, "element") {
                self.top_element(child, out);
            } else {
                self.ctx.unsupported(child);
            }
        }
    }

    fn top_element(&mut self, el: Node, out: &mut Vec<RawType>) {
        self.ctx.only_attributes(el, &["name", "type"]);
        let Some(name) = el.attribute("name") else {
            self.ctx
                .error(el, "a top-level <xsd:element> without a name");
            return;
        };
        if self.elements.contains_key(name) {
            self.ctx
                .error(el, format!("a second top-level element named `{name}`"));
            return;
        }
        let kids: Vec<Node> = children(el).collect();
        if el.has_attribute("type") {
            for k in &kids {
                self.ctx.unsupported(*k);
            }
            if let Some(r) = self.ctx.type_ref(el, "type") {
                self.elements
                    .insert(name.to_string(), ElementDecl::Typed(r));
            }
            return;
        }
        match kids.as_slice() {
            [ct] if is_xsd(*ct, "complexType") => {
                self.ctx.only_attributes(*ct, &[]);
                let type_name = self.unique(name);
                self.elements
                    .insert(name.to_string(), ElementDecl::Anonymous(type_name.clone()));
                self.complex_type(*ct, type_name, false, out);
            }
            [] => self.ctx.error(el, format!("element `{name}` has no type")),
            _ => {
                for k in kids {
                    if !is_xsd(k, "complexType") {
                        self.ctx.unsupported(k);
                    }
                }
            }
        }
    }

    /// Pushes the type `name` made of `ct`, followed by the anonymous types nested in it.
    fn complex_type(&mut self, ct: Node, name: String, allow_items: bool, out: &mut Vec<RawType>) {
        let at = out.len();
        let mut nested = Vec::new();
        let mut extends = None;
        let mut fields = Vec::new();
        let mut content_seen = false;
        for child in children(ct) {
            if content_seen {
                self.ctx.unsupported(child);
                continue;
            }
            content_seen = true;
            if is_xsd(child, "sequence") {
                fields = self.sequence(child, &name, &mut nested);
            } else if is_xsd(child, "complexContent") {
                self.ctx.only_attributes(child, &[]);
                let mut ext_seen = false;
                for ext in children(child) {
                    if ext_seen || !is_xsd(ext, "extension") {
                        self.ctx.unsupported(ext);
                        continue;
                    }
                    ext_seen = true;
                    self.ctx.only_attributes(ext, &["base"]);
                    if !ext.has_attribute("base") {
                        self.ctx.error(ext, "<xsd:extension> without a base");
                    }
                    extends = self.ctx.type_ref(ext, "base");
                    let mut seq_seen = false;
                    for inner in children(ext) {
                        if seq_seen || !is_xsd(inner, "sequence") {
                            self.ctx.unsupported(inner);
                            continue;
                        }
                        seq_seen = true;
                        fields = self.sequence(inner, &name, &mut nested);
                    }
                }
                if !ext_seen {
                    self.ctx
                        .error(child, "<xsd:complexContent> without an <xsd:extension>");
                }
            } else {
                self.ctx.unsupported(child);
            }
        }
        let is_items = allow_items
            && extends.is_none()
            && fields.len() == 1
            && fields[0].name == "Items"
            && fields[0].repeated
            && !fields[0].nillable;
        let t = if is_items {
            RawType::Items {
                name,
                item: fields.pop().map(|f| f.ty).expect("one field"),
            }
        } else {
            RawType::Struct {
                name,
                extends,
                fields,
            }
        };
        out.insert(at, t);
        out.extend(nested);
    }

    fn sequence(&mut self, seq: Node, parent: &str, nested: &mut Vec<RawType>) -> Vec<RawField> {
        if self.ctx.only_attributes(seq, &["minOccurs", "maxOccurs"]) {
            for attr in ["minOccurs", "maxOccurs"] {
                if seq.attribute(attr).is_some_and(|v| v != "1") {
                    self.ctx
                        .error(seq, format!("{attr} on <xsd:sequence> is not supported"));
                }
            }
        }
        let mut fields = Vec::new();
        for el in children(seq) {
            if !is_xsd(el, "element") {
                self.ctx.unsupported(el);
                continue;
            }
            if let Some(f) = self.field(el, parent, nested) {
                fields.push(f);
            }
        }
        fields
    }

    fn occurs(&mut self, el: Node) -> Option<(bool, bool)> {
        let min = match el.attribute("minOccurs") {
            None => 1,
            Some(v) => match v.parse::<u64>() {
                Ok(n) => n,
                Err(_) => {
                    self.ctx
                        .error(el, format!("minOccurs=\"{v}\" is not a number"));
                    return None;
                }
            },
        };
        let max = match el.attribute("maxOccurs") {
            None => Some(1),
            Some("unbounded") => None,
            Some(v) => match v.parse::<u64>() {
                Ok(n) => Some(n),
                Err(_) => {
                    self.ctx
                        .error(el, format!("maxOccurs=\"{v}\" is not a number"));
                    return None;
                }
            },
        };
        if let Some(max) = max {
            if max == 0 || max < min {
                self.ctx.error(
                    el,
                    format!("minOccurs={min}, maxOccurs={max} cannot be mapped"),
                );
                return None;
            }
        }
        Some((min >= 1, max != Some(1)))
    }

    fn field(&mut self, el: Node, parent: &str, nested: &mut Vec<RawType>) -> Option<RawField> {
        self.ctx.only_attributes(
            el,
            &["name", "type", "ref", "minOccurs", "maxOccurs", "nillable"],
        );
        let (required, repeated) = self.occurs(el)?;
        let nillable = match el.attribute("nillable") {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(v) => {
                self.ctx
                    .error(el, format!("nillable=\"{v}\" is not a boolean"));
                false
            }
        };
        let kids: Vec<Node> = children(el).collect();
        if el.has_attribute("ref") {
            if el.has_attribute("name") || el.has_attribute("type") || !kids.is_empty() {
                self.ctx.error(
                    el,
                    "an element with `ref` and also a name, a type or content",
                );
                return None;
            }
            let ty = self.ctx.type_ref(el, "ref")?;
            let RefKind::Element { local, .. } = &ty.kind else {
                unreachable!()
            };
            let name = local.clone();
            return Some(RawField {
                name,
                ty,
                required,
                repeated,
                nillable,
            });
        }
        let Some(name) = el.attribute("name").map(str::to_string) else {
            self.ctx
                .error(el, "an <xsd:element> with neither a name nor a ref");
            return None;
        };
        let ty = if el.has_attribute("type") {
            for k in &kids {
                self.ctx.unsupported(*k);
            }
            self.ctx.type_ref(el, "type")?
        } else {
            match kids.as_slice() {
                [ct] if is_xsd(*ct, "complexType") => {
                    self.ctx.only_attributes(*ct, &[]);
                    let type_name = self.unique(&format!("{parent}{name}"));
                    let mut own = Vec::new();
                    self.complex_type(*ct, type_name.clone(), false, &mut own);
                    nested.extend(own);
                    RawRef {
                        kind: RefKind::Local(type_name),
                        line: line_of(el),
                        context: context_with(el),
                    }
                }
                [st] if is_xsd(*st, "simpleType") => {
                    self.ctx.only_attributes(*st, &[]);
                    let type_name = self.unique(&format!("{parent}{name}"));
                    nested.extend(self.simple_type(*st, type_name.clone()));
                    RawRef {
                        kind: RefKind::Local(type_name),
                        line: line_of(el),
                        context: context_with(el),
                    }
                }
                [] => {
                    self.ctx.error(el, format!("element `{name}` has no type"));
                    return None;
                }
                more => {
                    for k in more {
                        self.ctx.unsupported(*k);
                    }
                    return None;
                }
            }
        };
        Some(RawField {
            name,
            ty,
            required,
            repeated,
            nillable,
        })
    }

    fn simple_type(&mut self, st: Node, name: String) -> Option<RawType> {
        let kids: Vec<Node> = children(st).collect();
        let [restriction] = kids.as_slice() else {
            for k in kids.iter().skip(usize::from(
                !kids.is_empty() && is_xsd(kids[0], "restriction"),
            )) {
                self.ctx.unsupported(*k);
            }
            if kids.is_empty() {
                self.ctx.error(st, "<xsd:simpleType> without content");
            }
            return None;
        };
        let restriction = *restriction;
        if !is_xsd(restriction, "restriction") {
            self.ctx.unsupported(restriction);
            return None;
        }
        self.ctx.only_attributes(restriction, &["base"]);
        match self.ctx.qname(restriction, "base") {
            Some((ns, local)) if ns == XSD_NS && local == "string" => {}
            Some(_) => {
                let base = restriction.attribute("base").unwrap_or_default();
                self.ctx.error(
                    restriction,
                    format!("a restriction of `{base}` is not supported (only of xsd:string)"),
                );
                return None;
            }
            None => {
                if !restriction.has_attribute("base") {
                    self.ctx
                        .error(restriction, "<xsd:restriction> without a base");
                }
                return None;
            }
        }
        let mut values: Vec<String> = Vec::new();
        let mut ok = true;
        for facet in children(restriction) {
            if !is_xsd(facet, "enumeration") {
                self.ctx.unsupported(facet);
                ok = false;
                continue;
            }
            self.ctx.only_attributes(facet, &["value"]);
            match facet.attribute("value") {
                Some(v) if values.iter().any(|x| x == v) => {
                    self.ctx
                        .error(facet, format!("the enumeration value `{v}` appears twice"));
                }
                Some(v) => values.push(v.to_string()),
                None => {
                    self.ctx.error(facet, "<xsd:enumeration> without a value");
                    ok = false;
                }
            }
        }
        if values.is_empty() {
            if ok {
                self.ctx.error(
                    st,
                    "a restriction of xsd:string without enumeration values is not supported",
                );
            }
            return None;
        }
        Some(RawType::Enum { name, values })
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `campaigns.xml` -> `campaigns`, `imports/general.xsd` -> `general`.
fn stem(path: &str) -> &str {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.rsplit_once('.').map_or(file, |(s, _)| s)
}

/// Whether a method only reads: `get*`, `check*`, `has*`, `deduplicate`.
pub fn access_of(method: &str) -> Access {
    let starts = |prefix: &str| {
        method.strip_prefix(prefix).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_uppercase())
        })
    };
    if starts("get") || starts("check") || starts("has") || method == "deduplicate" {
        Access::Read
    } else {
        Access::Write
    }
}

/// Imports every file; returns `(<module>.json, contents)` sorted by file name.
pub fn import_files(files: &[InputFile]) -> Result<Vec<(String, SchemaFile)>, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut texts: Vec<(&InputFile, &str)> = Vec::new();
    for f in files {
        match std::str::from_utf8(&f.bytes) {
            Ok(t) => texts.push((f, t)),
            Err(e) => diags.push(Diagnostic::new(&f.path, "", format!("not UTF-8: {e}"))),
        }
    }
    let mut docs = Vec::new();
    for (f, text) in &texts {
        match Document::parse(text) {
            Ok(doc) => docs.push((*f, doc)),
            Err(e) => diags.push(Diagnostic::new(
                &f.path,
                "",
                format!("not well-formed XML: {e}"),
            )),
        }
    }
    let mut modules: Vec<Module> = Vec::new();
    let mut seen_modules: HashMap<String, String> = HashMap::new();
    for (f, doc) in &docs {
        let name = stem(&f.path).to_string();
        if let Some(other) = seen_modules.insert(name.clone(), f.path.clone()) {
            diags.push(Diagnostic::new(
                &f.path,
                "",
                format!("gives the module `{name}`, as does {other}"),
            ));
            continue;
        }
        let root = doc.root_element();
        let mut ctx = Ctx {
            file: f.path.clone(),
            diags: &mut diags,
        };
        let (namespace, service, schemas) = if is(root, WSDL_NS, "definitions") {
            let Some(tns) = root.attribute("targetNamespace") else {
                ctx.error(root, "<wsdl:definitions> without a targetNamespace");
                continue;
            };
            let Some(service) = root.attribute("name") else {
                ctx.error(root, "<wsdl:definitions> without a name");
                continue;
            };
            let mut schemas = Vec::new();
            for child in children(root) {
                if is(child, WSDL_NS, "types") {
                    for s in children(child) {
                        if is_xsd(s, "schema") {
                            schemas.push(s);
                        } else {
                            ctx.unsupported(s);
                        }
                    }
                } else if !["message", "portType", "binding", "service"]
                    .iter()
                    .any(|l| is(child, WSDL_NS, l))
                {
                    ctx.unsupported(child);
                }
            }
            (tns.to_string(), Some(service.to_string()), schemas)
        } else if is_xsd(root, "schema") {
            let Some(tns) = root.attribute("targetNamespace") else {
                ctx.error(root, "<xsd:schema> without a targetNamespace");
                continue;
            };
            (tns.to_string(), None, vec![root])
        } else {
            ctx.error(
                root,
                format!("{} is neither a WSDL nor an XML schema", show(root)),
            );
            continue;
        };
        for s in &schemas {
            ctx.only_attributes(
                *s,
                &[
                    "targetNamespace",
                    "elementFormDefault",
                    "attributeFormDefault",
                ],
            );
            if s.attribute("targetNamespace") != Some(namespace.as_str()) {
                ctx.error(
                    *s,
                    format!("the schema's targetNamespace is not `{namespace}`"),
                );
            }
        }
        // Every named type keeps its name; anonymous ones get theirs while building.
        let mut taken = HashSet::new();
        for s in &schemas {
            for child in children(*s) {
                if is_xsd(child, "complexType") || is_xsd(child, "simpleType") {
                    match child.attribute("name") {
                        Some(n) if !taken.insert(n.to_string()) => {
                            ctx.error(child, format!("a second type named `{n}`"))
                        }
                        Some(_) => {}
                        None => ctx.error(child, "a top-level type without a name"),
                    }
                }
            }
        }
        let mut builder = Builder {
            ctx: &mut ctx,
            taken,
            elements: HashMap::new(),
        };
        let mut types = Vec::new();
        for s in &schemas {
            builder.schema(*s, &mut types);
        }
        let elements = std::mem::take(&mut builder.elements);
        modules.push(Module {
            path: f.path.clone(),
            name,
            doc,
            namespace,
            sha256: sha256_hex(&f.bytes),
            service,
            types,
            elements,
            operations: Vec::new(),
        });
    }

    // Namespace URI -> module.
    let mut by_ns: HashMap<String, usize> = HashMap::new();
    for (i, m) in modules.iter().enumerate() {
        if let Some(&j) = by_ns.get(&m.namespace) {
            diags.push(Diagnostic::new(
                &m.path,
                "",
                format!(
                    "targetNamespace `{}` is also that of {}",
                    m.namespace, modules[j].path
                ),
            ));
        } else {
            by_ns.insert(m.namespace.clone(), i);
        }
    }

    // Imports must name a namespace we have a file for.
    for m in &modules {
        let mut ctx = Ctx {
            file: m.path.clone(),
            diags: &mut diags,
        };
        for node in m.doc.descendants().filter(|n| is_xsd(*n, "import")) {
            match node.attribute("namespace") {
                Some(ns) if by_ns.contains_key(ns) => {}
                Some(ns) => ctx.error(
                    node,
                    format!(
                        "imports the namespace `{ns}` (schemaLocation `{}`), which no input file defines",
                        node.attribute("schemaLocation").unwrap_or("")
                    ),
                ),
                None => ctx.error(node, "<xsd:import> without a namespace"),
            }
        }
    }

    // Operations of each service.
    for m in modules.iter_mut() {
        if m.service.is_none() {
            continue;
        }
        let mut ctx = Ctx {
            file: m.path.clone(),
            diags: &mut diags,
        };
        m.operations = operations(m.doc, &m.namespace, &mut ctx);
    }

    let names: Vec<HashSet<String>> = modules
        .iter()
        .map(|m| m.types.iter().map(|t| t.name().to_string()).collect())
        .collect();

    let resolver = Resolver {
        modules: &modules,
        by_ns: &by_ns,
        names: &names,
    };
    let mut out: Vec<(String, SchemaFile)> = Vec::new();
    for (mi, m) in modules.iter().enumerate() {
        let mut ctx = Ctx {
            file: m.path.clone(),
            diags: &mut diags,
        };
        let mut types = Vec::new();
        for t in &m.types {
            types.push(match t {
                RawType::Struct {
                    name,
                    extends,
                    fields,
                } => TypeDef::Struct(StructDef {
                    name: name.clone(),
                    extends: extends
                        .as_ref()
                        .and_then(|r| resolver.resolve(mi, r, &mut ctx)),
                    fields: fields
                        .iter()
                        .map(|f| FieldDef {
                            name: f.name.clone(),
                            ty: resolver.resolve(mi, &f.ty, &mut ctx).unwrap_or_default(),
                            required: f.required,
                            repeated: f.repeated,
                            nillable: f.nillable,
                            boxed: false,
                            doc: None,
                        })
                        .collect(),
                    doc: None,
                }),
                RawType::Enum { name, values } => TypeDef::Enum(EnumDef {
                    name: name.clone(),
                    values: values.clone(),
                    doc: None,
                }),
                RawType::Items { name, item } => TypeDef::Items(ItemsDef {
                    name: name.clone(),
                    item: resolver.resolve(mi, item, &mut ctx).unwrap_or_default(),
                    doc: None,
                }),
            });
        }
        let service = m.service.as_ref().map(|service_name| Service {
            name: service_name.clone(),
            endpoint: m.name.to_lowercase(),
            methods: m
                .operations
                .iter()
                .map(|op| Method {
                    name: op.name.clone(),
                    request: Some(
                        resolver
                            .resolve(mi, &op.input, &mut ctx)
                            .unwrap_or_default(),
                    ),
                    response: resolver
                        .resolve(mi, &op.output, &mut ctx)
                        .unwrap_or_default(),
                    access: access_of(&op.name),
                    finance: false,
                    finance_actions: Vec::new(),
                    limits: Vec::new(),
                    doc: None,
                })
                .collect(),
            doc: None,
            retired: Vec::new(),
        });
        out.push((
            format!("{}.json", m.name),
            SchemaFile {
                comment: Some(COMMENT.to_string()),
                api: API.to_string(),
                module: m.name.clone(),
                namespace: Some(m.namespace.clone()),
                source: Some(Source {
                    file: m.path.clone(),
                    sha256: m.sha256.clone(),
                }),
                doc: None,
                service,
                types,
            },
        ));
    }
    if diags.is_empty() {
        let paths: Vec<String> = modules.iter().map(|m| m.path.clone()).collect();
        mark_boxed(&mut out, &paths, &mut diags);
    }
    if !diags.is_empty() {
        diags.sort();
        diags.dedup();
        return Err(diags);
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// The portType operations of a WSDL, with the message elements of their input and output.
fn operations(doc: &Document, tns: &str, ctx: &mut Ctx) -> Vec<RawOperation> {
    let root = doc.root_element();
    // message name -> element reference of its single part
    let mut messages: HashMap<String, Option<RawRef>> = HashMap::new();
    for msg in children(root).filter(|n| is(*n, WSDL_NS, "message")) {
        ctx.only_attributes(msg, &["name"]);
        let Some(name) = msg.attribute("name") else {
            ctx.error(msg, "<wsdl:message> without a name");
            continue;
        };
        let parts: Vec<Node> = children(msg).collect();
        let part = match parts.as_slice() {
            [p] if is(*p, WSDL_NS, "part") => {
                ctx.only_attributes(*p, &["name", "element"]);
                if p.has_attribute("element") {
                    ctx.type_ref(*p, "element").map(|r| RawRef {
                        kind: match r.kind {
                            RefKind::Type { ns, local } => RefKind::Element { ns, local },
                            k => k,
                        },
                        ..r
                    })
                } else {
                    ctx.error(*p, "a message part without an `element`");
                    None
                }
            }
            _ => {
                ctx.error(msg, "a message that is not exactly one <wsdl:part>");
                None
            }
        };
        messages.insert(name.to_string(), part);
    }
    let port_types: Vec<Node> = children(root)
        .filter(|n| is(*n, WSDL_NS, "portType"))
        .collect();
    let [port_type] = port_types.as_slice() else {
        ctx.error(
            root,
            format!("{} <wsdl:portType>s, expected one", port_types.len()),
        );
        return Vec::new();
    };
    ctx.only_attributes(*port_type, &["name"]);
    let mut ops = Vec::new();
    let mut seen = HashSet::new();
    for op in children(*port_type) {
        if !is(op, WSDL_NS, "operation") {
            ctx.unsupported(op);
            continue;
        }
        ctx.only_attributes(op, &["name"]);
        let Some(name) = op.attribute("name") else {
            ctx.error(op, "<wsdl:operation> without a name");
            continue;
        };
        if !seen.insert(name) {
            ctx.error(op, format!("a second operation named `{name}`"));
            continue;
        }
        let mut input = None;
        let mut output = None;
        for io in children(op) {
            let slot = if is(io, WSDL_NS, "input") {
                &mut input
            } else if is(io, WSDL_NS, "output") {
                &mut output
            } else if is(io, WSDL_NS, "fault") {
                // The SOAP fault (general:FaultResponse); JSON errors come as {"error": ...}.
                continue;
            } else {
                ctx.unsupported(io);
                continue;
            };
            ctx.only_attributes(io, &["message", "name"]);
            let Some((ns, local)) = ctx.qname(io, "message") else {
                if !io.has_attribute("message") {
                    ctx.error(io, format!("{} without a message", show(io)));
                }
                continue;
            };
            if ns != tns {
                ctx.error(
                    io,
                    format!("message `{local}` is not in the namespace `{tns}`"),
                );
                continue;
            }
            match messages.get(&local) {
                Some(Some(r)) => *slot = Some(r.clone()),
                Some(None) => {}
                None => ctx.error(io, format!("no <wsdl:message name=\"{local}\">")),
            }
        }
        match (input, output) {
            (Some(input), Some(output)) => ops.push(RawOperation {
                name: name.to_string(),
                input,
                output,
            }),
            _ => ctx.error(op, "an operation needs both an input and an output message"),
        }
    }
    ops
}

struct Resolver<'r, 'a, 'input> {
    modules: &'r [Module<'a, 'input>],
    by_ns: &'r HashMap<String, usize>,
    names: &'r [HashSet<String>],
}

impl Resolver<'_, '_, '_> {
    fn target(&self, mi: usize, r: &RawRef, ctx: &mut Ctx, depth: u32) -> Option<Target> {
        let err = |ctx: &mut Ctx, msg: String| {
            let msg = if r.context.is_empty() {
                msg
            } else {
                format!("in {}: {msg}", r.context)
            };
            ctx.diags
                .push(Diagnostic::new(&ctx.file, format!("line {}", r.line), msg));
        };
        match &r.kind {
            RefKind::Local(name) => Some(Target::Type(mi, name.clone())),
            RefKind::Type { ns, local } if ns == XSD_NS => {
                if PRIMITIVES.contains(&local.as_str()) {
                    Some(Target::Xsd(local.clone()))
                } else {
                    err(
                        ctx,
                        format!("xsd:{local} is not a supported primitive type"),
                    );
                    None
                }
            }
            RefKind::Type { ns, local } => match self.by_ns.get(ns) {
                Some(&m) if self.names[m].contains(local) => Some(Target::Type(m, local.clone())),
                Some(&m) => {
                    err(
                        ctx,
                        format!(
                            "no type `{local}` in {} (namespace `{ns}`)",
                            self.modules[m].path
                        ),
                    );
                    None
                }
                None => {
                    err(
                        ctx,
                        format!("type `{local}`: no input file has the namespace `{ns}`"),
                    );
                    None
                }
            },
            RefKind::Element { ns, local } => {
                let Some(&m) = self.by_ns.get(ns) else {
                    err(
                        ctx,
                        format!("element `{local}`: no input file has the namespace `{ns}`"),
                    );
                    return None;
                };
                match self.modules[m].elements.get(local) {
                    Some(ElementDecl::Anonymous(name)) => Some(Target::Type(m, name.clone())),
                    Some(ElementDecl::Typed(inner)) if depth < 8 => {
                        let mut inner_ctx = Ctx {
                            file: self.modules[m].path.clone(),
                            diags: ctx.diags,
                        };
                        self.target(m, inner, &mut inner_ctx, depth + 1)
                    }
                    Some(ElementDecl::Typed(_)) => {
                        err(ctx, format!("element `{local}`: references loop"));
                        None
                    }
                    None => {
                        err(
                            ctx,
                            format!("no top-level element `{local}` in {}", self.modules[m].path),
                        );
                        None
                    }
                }
            }
        }
    }

    /// The reference as written in module `mi`'s file.
    fn resolve(&self, mi: usize, r: &RawRef, ctx: &mut Ctx) -> Option<String> {
        Some(match self.target(mi, r, ctx, 0)? {
            Target::Xsd(p) => format!("xsd:{p}"),
            Target::Type(m, name) if m == mi => name,
            Target::Type(m, name) => format!("{}:{name}", self.modules[m].name),
        })
    }
}

/// Marks fields `boxed` until no struct contains itself.
///
/// A struct contains the structs of its non-repeated fields and its base (`extends`). The graph
/// is searched depth first, files in name order, types in file order, the base before the
/// fields in order; the first cycle found is broken at its closing edge if that is a field,
/// else at the last field on the cycle; then the search starts again. A cycle made only of
/// `extends` is an error.
pub fn mark_boxed(
    files: &mut [(String, SchemaFile)],
    paths: &[String],
    diags: &mut Vec<Diagnostic>,
) {
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|a, b| files[*a].0.cmp(&files[*b].0));
    let module_of: HashMap<String, usize> = files
        .iter()
        .enumerate()
        .map(|(i, (_, f))| (f.module.clone(), i))
        .collect();
    // (file, type) -> struct node
    let mut index: HashMap<(usize, String), usize> = HashMap::new();
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    for &fi in &order {
        for (ti, t) in files[fi].1.types.iter().enumerate() {
            if let TypeDef::Struct(s) = t {
                index.insert((fi, s.name.clone()), nodes.len());
                nodes.push((fi, ti));
            }
        }
    }
    let lookup = |fi: usize, ty: &str| -> Option<usize> {
        let (m, name) = match ty.split_once(':') {
            Some(("xsd", _)) => return None,
            Some((module, name)) => (*module_of.get(module)?, name),
            None => (fi, ty),
        };
        index.get(&(m, name.to_string())).copied()
    };
    // Edge: (to, Some(field index)) or (to, None) for extends.
    loop {
        let edges: Vec<Vec<(usize, Option<usize>)>> = nodes
            .iter()
            .map(|&(fi, ti)| {
                let TypeDef::Struct(s) = &files[fi].1.types[ti] else {
                    unreachable!()
                };
                let mut e = Vec::new();
                if let Some(to) = s.extends.as_deref().and_then(|b| lookup(fi, b)) {
                    e.push((to, None));
                }
                for (k, f) in s.fields.iter().enumerate() {
                    if f.repeated || f.boxed {
                        continue;
                    }
                    if let Some(to) = lookup(fi, &f.ty) {
                        e.push((to, Some(k)));
                    }
                }
                e
            })
            .collect();
        let Some(cycle) = find_cycle(&edges) else {
            break;
        };
        // cycle: list of (from node, edge) in path order; the last one closes it.
        match cycle
            .iter()
            .rev()
            .find_map(|&(from, f)| f.map(|k| (from, k)))
        {
            Some((from, k)) => {
                let (fi, ti) = nodes[from];
                if let TypeDef::Struct(s) = &mut files[fi].1.types[ti] {
                    s.fields[k].boxed = true;
                }
            }
            None => {
                let (fi, ti) = nodes[cycle[0].0];
                diags.push(Diagnostic::new(
                    &paths[fi],
                    "",
                    format!(
                        "the extension chain of `{}` loops",
                        files[fi].1.types[ti].name()
                    ),
                ));
                return;
            }
        }
    }
}

/// The first cycle found by a depth-first search, as (node, edge label) pairs along the path.
fn find_cycle(edges: &[Vec<(usize, Option<usize>)>]) -> Option<Vec<(usize, Option<usize>)>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        OnStack,
        Done,
    }
    let mut state = vec![State::New; edges.len()];
    for start in 0..edges.len() {
        if state[start] != State::New {
            continue;
        }
        // stack of (node, next edge index); path labels kept alongside
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        let mut path: Vec<(usize, Option<usize>)> = Vec::new();
        state[start] = State::OnStack;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            if next < edges[node].len() {
                top.1 += 1;
                let (to, label) = edges[node][next];
                match state[to] {
                    State::New => {
                        path.push((node, label));
                        state[to] = State::OnStack;
                        stack.push((to, 0));
                    }
                    State::OnStack => {
                        path.push((node, label));
                        let begin = path.iter().position(|&(n, _)| n == to).unwrap_or(0);
                        return Some(path[begin..].to_vec());
                    }
                    State::Done => {}
                }
            } else {
                state[node] = State::Done;
                stack.pop();
                path.pop();
            }
        }
    }
    None
}

/// The `xsd:import` schemaLocations of a document (for downloading), in document order.
pub fn schema_locations(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Vec::new();
    };
    let Ok(doc) = Document::parse(text) else {
        return Vec::new();
    };
    doc.descendants()
        .filter(|n| is_xsd(*n, "import"))
        .filter_map(|n| n.attribute("schemaLocation").map(str::to_string))
        .collect()
}
