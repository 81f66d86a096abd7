//! Purchases entered, corrected, deleted and put back by hand (the customer's page, `fidele
//! purchases`): the one path both front ends take, so that such a purchase earns by the same
//! rules as a counter sale or a till's import, each write one transaction with its points.

use fidele_domain::{CustomerId, PurchaseDraft};
use fidele_store::{PurchasePoints, Result, Store, UndoTicket, Undone};

/// A sale earns, a refund (`refund_of`) takes back, as at the counter.
pub fn add(store: &mut Store, draft: PurchaseDraft) -> Result<PurchasePoints> {
    let rules = super::rules::read(store)?;
    store.add_purchase_with_points(draft, &rules)
}

/// A new amount, day or customer brings the sale's points to what it earns now.
pub fn edit(store: &mut Store, id: i64, draft: PurchaseDraft) -> Result<PurchasePoints> {
    let rules = super::rules::read(store)?;
    store.update_purchase_with_points(id, draft, &rules)
}

/// Deleted with its points taken back; undoable for a while ([`undo`]).
pub fn delete(store: &mut Store, id: i64) -> Result<UndoTicket> {
    let rules = super::rules::read(store)?;
    store.delete_purchase_with_points(id, &rules)
}

/// Takes back a deleted purchase (its points with it) or a merge.
pub fn undo(store: &mut Store, act: i64) -> Result<Undone> {
    let rules = super::rules::read(store)?;
    store.undo_with_points(act, &rules)
}

/// The customer's balance and its unit (`points`, `stamps`) while the shop's points are on.
pub fn standing(store: &Store, customer: CustomerId) -> Result<Option<(i64, &'static str)>> {
    let rules = super::rules::read(store)?;
    if !rules.enabled {
        return Ok(None);
    }
    Ok(Some((store.points_balance(customer)?, rules.earning.code())))
}
