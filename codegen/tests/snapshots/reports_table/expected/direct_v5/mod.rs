// @generated from schema/direct_v5/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use ::yandex_direct::runtime as rt;
/// Types shared by the services (`schema/direct_v5/general.json`).
pub mod general;
pub mod reports;
/// The services of `direct_v5` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV5Services {}
impl DirectV5Services for rt::Client {}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[];
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static rt::MethodEntry> {
    #[allow(clippy::match_single_binding)]
    let methods: &'static [rt::MethodEntry] = match endpoint {
        _ => &[],
    };
    methods.iter().find(|entry| entry.info.method == method)
}
