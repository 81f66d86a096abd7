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

/// Imports a till's CSV text, as a test writes it.
pub(crate) fn import_till_csv(store: &mut crate::Store, text: &str, options: &crate::PurchaseImportOptions) -> crate::PurchaseImportReport {
    let reader = fidele_interchange::read_purchases(text.as_bytes(), &Default::default()).unwrap();
    store.import_purchases(reader, options, &mut |_| {}, &std::sync::atomic::AtomicBool::new(false)).unwrap()
}

/// A customer file in memory.
pub(crate) fn store() -> crate::Store {
    crate::Store::open_in_memory().unwrap()
}
