//! The v4 Live importer: `live.wsdl` (SOAP rpc/encoded) -> `schema/direct_v4/live.json`.
//!
//! Only the methods the API still serves are imported, with every type they reach; the others are
//! listed in the service's `retired` with the reason and, from [`SUCCESSORS`], the v5 methods
//! that replace them (documented methods the WSDL does not list are added there too). SOAP-encoded arrays (`soapenc:Array` with a
//! `wsdl:arrayType`) become plain JSON arrays. The WSDL has no `minOccurs`, and the server omits
//! fields freely, so every field is optional (nillable where the WSDL says so).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use roxmltree::{Document, Node};
use sha2::{Digest, Sha256};

use crate::frontend::direct::format::{
    Access, FieldDef, ItemsDef, Method, RetiredMethod, SchemaFile, Service, Source, StructDef,
    TypeDef,
};
use crate::Diagnostic;

const XSD_NS: &str = "http://www.w3.org/2001/XMLSchema";
const WSDL_NS: &str = "http://schemas.xmlsoap.org/wsdl/";
const SOAPENC_NS: &str = "http://schemas.xmlsoap.org/soap/encoding/";

/// The v4 Live methods still served (from the protocol notes), in the order the docs list them.
pub const SERVED: &[&str] = &[
    "GetClientsUnits",
    "GetCreditLimits",
    "TransferMoney",
    "PayCampaigns",
    "PayCampaignsByCard",
    "CheckPayment",
    "CreateInvoice",
    "AccountManagement",
    "EnableSharedAccount",
    "GetEventsLog",
    "GetStatGoals",
    "GetRetargetingGoals",
    "CreateNewWordstatReport",
    "GetWordstatReportList",
    "GetWordstatReport",
    "DeleteWordstatReport",
    "CreateNewForecast",
    "GetForecastList",
    "GetForecast",
    "DeleteForecastReport",
    "DeleteOfflineReport",
    "DeleteReport",
    "GetBannersTags",
    "GetCampaignsTags",
    "UpdateBannersTags",
    "UpdateCampaignsTags",
    "AdImageAssociation",
    "GetKeywordsSuggestion",
    "PingAPI",
    "PingAPI_X",
    "GetVersion",
    "GetAvailableVersions",
];

/// Methods that need `finance_token` and `operation_num`.
pub const FINANCE: &[&str] = &[
    "GetCreditLimits",
    "TransferMoney",
    "PayCampaigns",
    "PayCampaignsByCard",
    "CheckPayment",
    "CreateInvoice",
    "AccountManagement",
];

/// Finance methods whose request carries an `Action`, with the actions that are finance
/// operations (they move money); their other actions (`Get`, `Update`) need no finance token.
pub const FINANCE_ACTIONS: &[(&str, &[&str])] = &[(
    "AccountManagement",
    &["Deposit", "Invoice", "TransferMoney"],
)];

/// Where a retired v4 Live method's work went in Direct API v5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Successor {
    /// The v4 Live method.
    pub v4: &'static str,
    /// The v5 methods that do its work, `Service.method`, in the documentation's order.
    pub replaced_by: &'static [&'static str],
    /// Where its work went when the documentation names no method (text after "moved to").
    pub moved_to: Option<&'static str>,
}

const fn replaced(v4: &'static str, replaced_by: &'static [&'static str]) -> Successor {
    Successor {
        v4,
        replaced_by,
        moved_to: None,
    }
}

const fn moved(v4: &'static str, moved_to: &'static str) -> Successor {
    Successor {
        v4,
        replaced_by: &[],
        moved_to: Some(moved_to),
    }
}

/// The documentation's method correspondence, v4 Live -> v5, and the areas it moves as a whole
/// (campaign methods, client lists, statistics). Every name here ends up in the `retired` list:
/// with the WSDL's reason when the WSDL has the operation, as documented-only otherwise.
pub const SUCCESSORS: &[Successor] = &[
    replaced("ArchiveBanners", &["Ads.archive"]),
    replaced(
        "CreateOrUpdateBanners",
        &[
            "AdGroups.add",
            "AdGroups.update",
            "Ads.add",
            "Ads.update",
            "Keywords.add",
            "Bids.set",
            "Bids.setAuto",
            "VCards.add",
            "Sitelinks.add",
        ],
    ),
    replaced("DeleteBanners", &["Ads.delete"]),
    replaced(
        "GetBanners",
        &[
            "AdGroups.get",
            "Ads.get",
            "Keywords.get",
            "Bids.get",
            "VCards.get",
            "Sitelinks.get",
        ],
    ),
    replaced("GetBannerPhrases", &["Keywords.get", "Bids.get"]),
    replaced("GetBannerPhrasesFilter", &["Keywords.get", "Bids.get"]),
    replaced("ModerateBanners", &["Ads.moderate"]),
    replaced("ResumeBanners", &["Ads.resume"]),
    replaced("StopBanners", &["Ads.suspend"]),
    replaced("UnArchiveBanners", &["Ads.unarchive"]),
    replaced(
        "Keyword",
        &["Keywords.suspend", "Keywords.resume", "Keywords.get"],
    ),
    replaced("SetAutoPrice", &["Bids.setAuto"]),
    replaced("UpdatePrices", &["Bids.set"]),
    moved("GetCampaignsList", "the Campaigns service"),
    moved("GetCampaignsListFilter", "the Campaigns service"),
    moved("GetCampaignParams", "the Campaigns service"),
    moved("GetCampaignsParams", "the Campaigns service"),
    moved("CreateOrUpdateCampaign", "the Campaigns service"),
    moved("ArchiveCampaign", "the Campaigns service"),
    moved("UnArchiveCampaign", "the Campaigns service"),
    moved("StopCampaign", "the Campaigns service"),
    moved("ResumeCampaign", "the Campaigns service"),
    moved("DeleteCampaign", "the Campaigns service"),
    moved("GetClientsList", "the AgencyClients and Clients services"),
    moved("GetSubClients", "the AgencyClients and Clients services"),
    moved("GetSummaryStat", "the Reports service"),
    moved("GetBannersStat", "the Reports service"),
    moved("CreateNewReport", "the Reports service"),
    moved("GetReportList", "the Reports service"),
];

/// The reason given for an operation of the WSDL that is not served.
const RETIRED_REASON: &str = "no longer served by v4 Live (moved to API v5 or removed)";

/// The reason given for a documented v4 method that the WSDL does not list.
const UNLISTED_REASON: &str = "no longer served by v4 Live (not in live.wsdl; moved to API v5)";

/// The finance actions of `method` (empty: every call of a finance method is signed).
fn finance_actions_of(method: &str) -> Vec<String> {
    FINANCE_ACTIONS
        .iter()
        .filter(|(name, _)| *name == method)
        .flat_map(|(_, actions)| actions.iter().map(|a| (*a).to_owned()))
        .collect()
}

/// The default location of `live.wsdl`, beside the v5 WSDL folder.
pub fn default_wsdl(workspace: &Path) -> PathBuf {
    workspace.join("../shared/reference/direct-v4/live.wsdl")
}

fn access_of(method: &str) -> Access {
    let read = ["Get", "Ping", "Check"]
        .iter()
        .any(|p| method.starts_with(p));
    if read {
        Access::Read
    } else {
        Access::Write
    }
}

/// Imports `live.wsdl` (its bytes; `name` is shown in diagnostics and `source`).
pub fn import_live(name: &str, bytes: &[u8]) -> Result<SchemaFile, Vec<Diagnostic>> {
    import_live_with(name, bytes, SERVED, SUCCESSORS)
}

/// Imports the `served` methods of a v4 WSDL; every other operation is listed as retired, and so
/// is every method of `successors` the WSDL does not list, each with where it went. A method of
/// `successors` that is also `served` is a fault.
pub fn import_live_with(
    name: &str,
    bytes: &[u8],
    served: &[&str],
    successors: &[Successor],
) -> Result<SchemaFile, Vec<Diagnostic>> {
    let fault = |line: u32, message: String| Diagnostic::new(name, format!("line {line}"), message);
    let text = std::str::from_utf8(bytes).map_err(|e| vec![fault(0, format!("not UTF-8: {e}"))])?;
    let doc = Document::parse(text).map_err(|e| vec![fault(0, format!("malformed XML: {e}"))])?;
    let line = |node: Node| doc.text_pos_at(node.range().start).row;
    let root = doc.root_element();
    let tns = root
        .attribute("targetNamespace")
        .unwrap_or_default()
        .to_owned();
    let mut faults = Vec::new();

    // Resolves `prefix:Name` in the scope of `node` into a schema type reference.
    let reference = |node: Node, qname: &str| -> Result<String, String> {
        let (prefix, local) = qname.split_once(':').unwrap_or(("", qname));
        let ns = node
            .lookup_namespace_uri(if prefix.is_empty() {
                None
            } else {
                Some(prefix)
            })
            .unwrap_or_default();
        match ns {
            XSD_NS => Ok(format!("xsd:{local}")),
            ns if ns == tns => Ok(local.to_owned()),
            other => Err(format!(
                "type `{qname}` is in namespace `{other}`, which this importer does not know"
            )),
        }
    };

    let mut types: BTreeMap<String, (u32, TypeDef)> = BTreeMap::new();
    let schemas = root.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().namespace() == Some(XSD_NS)
            && n.tag_name().name() == "schema"
    });
    for schema in schemas {
        for node in schema.children().filter(Node::is_element) {
            let at = line(node);
            match (node.tag_name().namespace(), node.tag_name().name()) {
                (Some(XSD_NS), "import") => {}
                (Some(XSD_NS), "complexType") => {
                    let Some(type_name) = node.attribute("name") else {
                        faults.push(fault(at, "a top-level complexType without a name".into()));
                        continue;
                    };
                    match complex_type(node, type_name, &reference) {
                        Ok(def) => {
                            types.insert(type_name.to_owned(), (at, def));
                        }
                        Err(message) => {
                            faults.push(fault(at, format!("complexType `{type_name}`: {message}")))
                        }
                    }
                }
                (_, other) => {
                    faults.push(fault(at, format!("unsupported schema construct <{other}>")))
                }
            }
        }
    }

    // Messages: name -> the type of their only part (none for methods without param/result).
    let mut messages: BTreeMap<String, Option<String>> = BTreeMap::new();
    let wsdl = |node: &Node, local: &str| {
        node.is_element()
            && node.tag_name().namespace() == Some(WSDL_NS)
            && node.tag_name().name() == local
    };
    for message in root.children().filter(|n| wsdl(n, "message")) {
        let name = message.attribute("name").unwrap_or_default().to_owned();
        let parts: Vec<Node> = message.children().filter(|n| wsdl(n, "part")).collect();
        match parts.as_slice() {
            [] => {
                messages.insert(name, None);
            }
            [part] => match part.attribute("type").map(|t| reference(*part, t)) {
                Some(Ok(ty)) => {
                    messages.insert(name, Some(ty));
                }
                Some(Err(e)) => faults.push(fault(line(*part), format!("message `{name}`: {e}"))),
                None => faults.push(fault(
                    line(*part),
                    format!("message `{name}`: a part without `type`"),
                )),
            },
            _ => faults.push(fault(
                line(message),
                format!("message `{name}` has several parts"),
            )),
        }
    }

    let mut operations: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    for port in root.children().filter(|n| wsdl(n, "portType")) {
        for op in port.children().filter(|n| wsdl(n, "operation")) {
            let name = op.attribute("name").unwrap_or_default().to_owned();
            let message_of = |local: &str| -> Result<Option<String>, String> {
                let node = op
                    .children()
                    .find(|n| wsdl(n, local))
                    .ok_or_else(|| format!("operation `{name}` has no {local}"))?;
                let qname = node.attribute("message").unwrap_or_default();
                let message = qname.split_once(':').map_or(qname, |(_, l)| l);
                messages
                    .get(message)
                    .cloned()
                    .ok_or_else(|| format!("operation `{name}`: unknown message `{qname}`"))
            };
            match (message_of("input"), message_of("output")) {
                (Ok(input), Ok(output)) => operations.push((name, input, output)),
                (Err(e), _) | (_, Err(e)) => faults.push(fault(line(op), e)),
            }
        }
    }

    let listed: BTreeSet<&str> = operations.iter().map(|(n, _, _)| n.as_str()).collect();
    for served in served {
        if !listed.contains(served) {
            faults.push(fault(
                0,
                format!("served method `{served}` is not in the WSDL"),
            ));
        }
    }

    let mut methods = Vec::new();
    let mut retired = Vec::new();
    let mut reachable: Vec<String> = Vec::new();
    for served in served {
        let Some((name, input, output)) = operations.iter().find(|(n, _, _)| n == served) else {
            continue;
        };
        let Some(response) = output.clone() else {
            faults.push(fault(0, format!("operation `{name}` returns nothing")));
            continue;
        };
        reachable.extend(input.iter().cloned());
        reachable.push(response.clone());
        methods.push(Method {
            name: name.clone(),
            request: input.clone(),
            response,
            access: access_of(name),
            finance: FINANCE.contains(&name.as_str()),
            finance_actions: finance_actions_of(name),
            limits: Vec::new(),
            doc: None,
        });
    }
    let successor_of = |name: &str| successors.iter().find(|s| s.v4 == name);
    let retire = |name: &str, reason: &str| {
        let successor = successor_of(name);
        RetiredMethod {
            name: name.to_owned(),
            reason: reason.to_owned(),
            replaced_by: successor
                .map(|s| s.replaced_by.iter().map(|r| (*r).to_owned()).collect())
                .unwrap_or_default(),
            moved_to: successor.and_then(|s| s.moved_to.map(str::to_owned)),
        }
    };
    for (name, _, _) in &operations {
        if !served.contains(&name.as_str()) {
            retired.push(retire(name, RETIRED_REASON));
        }
    }
    let mut seen = BTreeSet::new();
    for successor in successors {
        if !seen.insert(successor.v4) {
            faults.push(fault(
                0,
                format!("`{}` is listed twice among the successors", successor.v4),
            ));
        } else if served.contains(&successor.v4) {
            faults.push(fault(
                0,
                format!(
                    "served method `{}` is listed as retired among the successors",
                    successor.v4
                ),
            ));
        } else if !listed.contains(successor.v4) {
            retired.push(retire(successor.v4, UNLISTED_REASON));
        }
    }

    // Keep the types the served methods reach, in name order.
    let mut keep = BTreeSet::new();
    while let Some(reference) = reachable.pop() {
        if reference.starts_with("xsd:") || !keep.insert(reference.clone()) {
            continue;
        }
        match types.get(&reference) {
            Some((_, TypeDef::Struct(s))) => {
                reachable.extend(s.fields.iter().map(|f| f.ty.clone()))
            }
            Some((_, TypeDef::Items(i) | TypeDef::Array(i))) => reachable.push(i.item.clone()),
            Some((_, TypeDef::Enum(_))) => {}
            None => faults.push(fault(
                0,
                format!("type `{reference}` is used but not defined"),
            )),
        }
    }
    if !faults.is_empty() {
        return Err(faults);
    }
    let types = types
        .into_iter()
        .filter(|(name, _)| keep.contains(name))
        .map(|(_, (_, def))| def)
        .collect();
    Ok(SchemaFile {
        comment: Some("Imported from the official v4 Live WSDL by `cargo run -p codegen -- import`; do not edit by hand.".into()),
        api: "direct_v4".into(),
        module: "live".into(),
        namespace: Some(tns),
        source: Some(Source {
            file: "live.wsdl".into(),
            sha256: Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect(),
        }),
        doc: Some("Direct API v4 Live: the methods that exist only there (units of agency clients, finance, shared account, Wordstat, Forecast, tags).".into()),
        service: Some(Service {
            name: "Live".into(),
            endpoint: "live".into(),
            methods,
            doc: None,
            retired,
        }),
        types,
    })
}

fn complex_type(
    node: Node,
    name: &str,
    reference: &dyn Fn(Node, &str) -> Result<String, String>,
) -> Result<TypeDef, String> {
    let children: Vec<Node> = node.children().filter(Node::is_element).collect();
    match children.as_slice() {
        [sequence] if sequence.tag_name().name() == "sequence" => {
            let mut fields = Vec::new();
            for element in sequence.children().filter(Node::is_element) {
                if element.tag_name().name() != "element" {
                    return Err(format!(
                        "unsupported <{}> in a sequence",
                        element.tag_name().name()
                    ));
                }
                let field = element
                    .attribute("name")
                    .ok_or("an element without a name")?;
                let ty = element
                    .attribute("type")
                    .ok_or_else(|| format!("element `{field}` has no type"))?;
                fields.push(FieldDef {
                    name: field.to_owned(),
                    ty: reference(element, ty)?,
                    required: false,
                    repeated: element
                        .attribute("maxOccurs")
                        .is_some_and(|m| m != "1" && m != "0"),
                    nillable: element.attribute("nillable") == Some("true"),
                    boxed: false,
                    doc: None,
                });
            }
            Ok(TypeDef::Struct(StructDef {
                name: name.to_owned(),
                extends: None,
                fields,
                doc: None,
            }))
        }
        [] => Ok(TypeDef::Struct(StructDef {
            name: name.to_owned(),
            extends: None,
            fields: Vec::new(),
            doc: None,
        })),
        [content] if content.tag_name().name() == "complexContent" => {
            let restriction = content
                .children()
                .find(|n| n.is_element() && n.tag_name().name() == "restriction")
                .ok_or("complexContent without a restriction")?;
            let base = restriction.attribute("base").unwrap_or_default();
            let base_ns = base
                .split_once(':')
                .and_then(|(p, _)| restriction.lookup_namespace_uri(Some(p)));
            if base_ns != Some(SOAPENC_NS) || !base.ends_with(":Array") {
                return Err(format!(
                    "restriction of `{base}` (only soapenc:Array is supported)"
                ));
            }
            let attribute = restriction
                .descendants()
                .find(|n| n.is_element() && n.tag_name().name() == "attribute")
                .ok_or("a soapenc:Array without its arrayType attribute")?;
            let array_type = attribute
                .attributes()
                .find(|a| a.name() == "arrayType" && a.namespace() == Some(WSDL_NS))
                .map(|a| a.value())
                .ok_or("a soapenc:Array without wsdl:arrayType")?;
            let item = array_type
                .strip_suffix("[]")
                .ok_or_else(|| format!("arrayType `{array_type}` is not `T[]`"))?;
            Ok(TypeDef::Array(ItemsDef {
                name: name.to_owned(),
                item: reference(attribute, item)?,
                doc: None,
            }))
        }
        _ => Err("unsupported content (expected a sequence or a soapenc:Array restriction)".into()),
    }
}

/// `codegen import` for v4: reads `--from-v4 FILE` (default beside the v5 WSDL folder) and writes
/// or checks `<schema>/direct_v4/live.json`. Returns the exit code.
pub fn cli(args: &super::ImportOptions, workspace: &Path) -> u8 {
    let (schema, check) = (args.schema.clone(), args.check);
    // The v4 WSDL sits beside the v5 folder in the reference layout.
    let wsdl = args.from_v4.clone().unwrap_or_else(|| match &args.from {
        Some(from) => from.join("../../direct-v4/live.wsdl"),
        None => default_wsdl(workspace),
    });
    // Without an explicit --from-v4, a missing live.wsdl only skips the v4 part.
    if args.from_v4.is_none() && !wsdl.is_file() {
        println!(
            "import: v4 Live skipped: no {} (pass --from-v4 FILE)",
            wsdl.display()
        );
        return 0;
    }
    let bytes = match std::fs::read(&wsdl) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!(
                "import: the v4 WSDL {} cannot be read ({e}); pass --from-v4 FILE",
                wsdl.display()
            );
            return 1;
        }
    };
    let file = match import_live("live.wsdl", &bytes) {
        Ok(file) => file,
        Err(faults) => {
            for f in faults {
                eprintln!("{f}");
            }
            return 1;
        }
    };
    let json = super::to_json(&file);
    let target = schema.join("direct_v4/live.json");
    let current = std::fs::read_to_string(&target).ok();
    if current.as_deref() == Some(json.as_str()) {
        println!("import: {} is up to date", target.display());
        return 0;
    }
    if check {
        eprintln!(
            "import --check: {} differs from what {} gives",
            target.display(),
            wsdl.display()
        );
        if let Some(old) = current {
            for difference in super::describe_differences(&old, &file).iter().take(10) {
                eprintln!("  {difference}");
            }
        }
        return 1;
    }
    if let Err(e) = std::fs::create_dir_all(schema.join("direct_v4"))
        .and_then(|()| std::fs::write(&target, json))
    {
        eprintln!("import: cannot write {}: {e}", target.display());
        return 1;
    }
    println!(
        "import: wrote {} ({} methods, {} retired)",
        target.display(),
        file.service.as_ref().map_or(0, |s| s.methods.len()),
        file.service.as_ref().map_or(0, |s| s.retired.len())
    );
    0
}
