// @generated from schema/direct_v5/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

/// Types shared by the services (`schema/direct_v5/general.json`).
pub mod general;
/// The Reports service (`POST /json/v5/reports`, answered with TSV).
pub mod reports;
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[];
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static ::yandex_direct::runtime::MethodEntry> {
    let methods: &'static [::yandex_direct::runtime::MethodEntry] = match endpoint {
        _ => &[],
    };
    methods.iter().find(|entry| entry.info.method == method)
}
