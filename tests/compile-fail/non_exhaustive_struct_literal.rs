// Generated types are `#[non_exhaustive]`, so that a field the API adds is not a breaking
// change: outside the crate they are built with `new` and the setters, not a struct literal.
use yandex_direct::direct_v5::campaigns::CampaignsSelectionCriteria;

fn main() {
    let _ = CampaignsSelectionCriteria {
        ids: Some(vec![1]),
        ..CampaignsSelectionCriteria::new()
    };
}
