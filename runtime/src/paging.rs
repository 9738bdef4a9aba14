//! Paging of `get` methods: requests take `Page {Limit, Offset}`, responses say `LimitedBy` when
//! they were cut off. The generator implements these traits for every `get` that pages.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A `get` request that accepts `Page`.
pub trait PagedRequest: Serialize + Clone {
    /// Sets `Page.Offset` (keeping `Page.Limit` if one was set).
    fn set_page_offset(&mut self, offset: i64);
}

/// A `get` response that may be cut off with `LimitedBy`.
pub trait PagedResponse: DeserializeOwned + Send {
    /// The type of the items it returns.
    type Item;
    /// `LimitedBy`: the offset to ask for next, when the result was cut off.
    fn limited_by(&self) -> Option<i64>;
    /// The items of this page (none when the collection key is absent).
    fn into_items(self) -> Vec<Self::Item>;
}
