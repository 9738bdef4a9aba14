//! [`ItemResult`] for the result types shared by every service (`general`), so that
//! [`split_results`](crate::runtime::split_results) splits them.

use crate::direct_v5::general::{
    ActionResult, ActionResultBase, ClientsActionResult, ExceptionNotification,
    MultiIdsActionResult, SetBidsActionResult,
};
use crate::runtime::ItemResult;

macro_rules! item_result {
    ($($ty:ty),*) => {$(
        impl ItemResult for $ty {
            type Notification = ExceptionNotification;
            fn errors(&self) -> &[ExceptionNotification] {
                self.errors.as_deref().unwrap_or(&[])
            }
            fn warnings(&self) -> &[ExceptionNotification] {
                self.warnings.as_deref().unwrap_or(&[])
            }
        }
    )*};
}

item_result!(
    ActionResultBase,
    ActionResult,
    SetBidsActionResult,
    MultiIdsActionResult,
    ClientsActionResult
);
