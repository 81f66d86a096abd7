//! Writers for bulk jobs (the demo shop, imports) that run many inserts inside one
//! [`Store::write`](crate::Store::write) transaction. Callers validate their drafts first;
//! these functions only check what the database itself enforces.

use chrono::NaiveDateTime;
use fidele_domain::{Channel, CustomerDraft, CustomerId, HouseholdId, InteractionDraft, PurchaseDraft};
use rusqlite::Transaction;

use crate::Result;

pub fn insert_customer(tx: &Transaction<'_>, draft: &CustomerDraft, created_at: NaiveDateTime) -> Result<CustomerId> {
    crate::customers::insert_customer_in(tx, draft, created_at)
}

pub fn insert_consent(tx: &Transaction<'_>, customer: CustomerId, channel: Channel, granted: bool, at: NaiveDateTime, source: &str) -> Result<()> {
    crate::customers::insert_consent_in(tx, customer, channel, granted, at, source)
}

pub fn insert_household(tx: &Transaction<'_>, name: &str, created_at: NaiveDateTime) -> Result<HouseholdId> {
    crate::customers::add_household_in(tx, name, created_at)
}

/// Inserts a purchase without its customer's totals: call [`refresh_purchase_totals`] before
/// the transaction ends.
pub fn insert_purchase(tx: &Transaction<'_>, draft: &PurchaseDraft, created_at: NaiveDateTime) -> Result<i64> {
    crate::purchases::insert_purchase_in(tx, draft, created_at)
}

pub fn insert_interaction(tx: &Transaction<'_>, draft: &InteractionDraft, created_at: NaiveDateTime) -> Result<i64> {
    crate::interactions::insert_interaction_in(tx, draft, created_at)
}

/// Recomputes every customer's purchase count, total and last date (see `totals.rs`), once,
/// after a bulk job's [`insert_purchase`]s and before its transaction ends.
pub fn refresh_purchase_totals(tx: &Transaction<'_>) -> Result<()> {
    crate::totals::refresh(tx, crate::totals::Touched::All)
}
