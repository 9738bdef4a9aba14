// @generated from schema/direct_v5/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use ::yandex_direct::runtime as rt;
/// Types shared by the services (`schema/direct_v5/common.json`).
pub mod common;
/// Types shared by the services (`schema/direct_v5/shapes.json`).
pub mod shapes;
/// The services of `direct_v5` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV5Services {}
impl DirectV5Services for rt::Client {}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[];
/// The methods of the service at `endpoint` (`adgroups`); empty for an unknown endpoint or
/// a service whose feature is off.
pub fn methods(endpoint: &str) -> &'static [rt::MethodEntry] {
    let _ = endpoint;
    &[]
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
pub static RETIRED: &[rt::RetiredMethod] = &[];
