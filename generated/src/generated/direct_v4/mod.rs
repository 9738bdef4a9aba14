// @generated from schema/direct_v4/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use crate::runtime as rt;
/// The Live service (`live`).
#[cfg(feature = "live")]
pub mod live;
/// The services of `direct_v4` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV4Services {
    /// The Live service.
    #[cfg(feature = "live")]
    fn live(&self) -> live::LiveService<'_>;
}
impl DirectV4Services for rt::Client {
    #[cfg(feature = "live")]
    fn live(&self) -> live::LiveService<'_> {
        live::LiveService::new(self)
    }
}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[#[cfg(feature = "live")] "live"];
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static rt::MethodEntry> {
    #[allow(clippy::match_single_binding)]
    let methods: &'static [rt::MethodEntry] = match endpoint {
        #[cfg(feature = "live")]
        "live" => live::METHODS,
        _ => &[],
    };
    methods.iter().find(|entry| entry.info.method == method)
}
