// @generated from schema/direct_v4/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

/// The Live service (`live`).
pub mod live;
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &["live"];
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static ::yandex_direct::runtime::MethodEntry> {
    let methods: &'static [::yandex_direct::runtime::MethodEntry] = match endpoint {
        "live" => live::METHODS,
        _ => &[],
    };
    methods.iter().find(|entry| entry.info.method == method)
}
