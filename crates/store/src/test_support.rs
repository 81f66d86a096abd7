//! Builders the store's unit tests share.

use chrono::NaiveDateTime;
use fidele_domain::{Currency, CustomerId, Money, PurchaseDraft};

/// A plain sale in euros to `customer`, nothing else filled in.
pub(crate) fn sale(customer: CustomerId, at: NaiveDateTime, minor: i64) -> PurchaseDraft {
    PurchaseDraft {
        customer: Some(customer),
        at,
        amount: Money::new(minor, Currency::EUR),
        margin: None,
        category: String::new(),
        item_count: None,
        ticket_ref: String::new(),
        offer_code: String::new(),
        refund_of: None,
        note: String::new(),
    }
}
