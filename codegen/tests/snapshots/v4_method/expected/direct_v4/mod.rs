// @generated from schema/direct_v4/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use ::yandex_direct::runtime as rt;
/// The Live service (`live`).
pub mod live;
/// The services of `direct_v4` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV4Services {
    /// The Live service.
    fn live(&self) -> live::LiveService<'_>;
}
impl DirectV4Services for rt::Client {
    fn live(&self) -> live::LiveService<'_> {
        live::LiveService::new(self)
    }
}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &["live"];
/// The methods of the service at `endpoint` (`adgroups`); empty for an unknown endpoint or
/// a service whose feature is off.
pub fn methods(endpoint: &str) -> &'static [rt::MethodEntry] {
    #[allow(clippy::match_single_binding)]
    match endpoint {
        "live" => live::METHODS,
        _ => &[],
    }
}
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static rt::MethodEntry> {
    methods(endpoint).iter().find(|entry| entry.info.method == method)
}
/// The methods the schema lists as no longer served, with where their work went (every
/// service's, whatever features are on).
pub static RETIRED: &[rt::RetiredMethod] = &[
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetSubClients",
        reason: "moved to API v5",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
];
