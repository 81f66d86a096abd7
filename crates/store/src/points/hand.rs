//! What a purchase entered, corrected or deleted by hand does to the ledger, written in the
//! transaction that writes the purchase: a sale earns as a counter sale does, a refund takes
//! back; a correction writes the difference as dated `adjusted` entries (never an entry
//! rewritten); a deletion takes back what the purchase held, and its undo gives it back.
//!
//! A sale's points are kept in two parts the refund arithmetic reads (`take_back_in`): what
//! the sale earns whole (its `earned` entry and the `adjusted` ones linked to it) and what its
//! refunds took back (the entries linked to the refunds).

use chrono::NaiveDateTime;
use fidele_domain::{CustomerId, LoyaltyRules};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{PointsKind, Scope, earn_in, earned_expr, insert_in, take_back_in};
use crate::Result;

/// Writes what a purchase just written by hand earns (a sale) or takes back (a refund).
/// Returns the points written.
pub(crate) fn written_in(conn: &Connection, rules: &LoyaltyRules, digits: u32, purchase: i64) -> Result<i64> {
    if !rules.enabled {
        return Ok(0);
    }
    let (refund_of, at): (Option<i64>, crate::codec::Dt) =
        conn.prepare_cached("SELECT refund_of, at FROM purchases WHERE id = ?1")?.query_row([purchase], |r| Ok((r.get(0)?, r.get(1)?)))?;
    match refund_of {
        Some(_) => take_back_in(conn, rules, purchase, at.0),
        None => earn_in(conn, rules, digits, Scope::One(purchase)),
    }
}

/// What sale `sale` earns whole under `rules` as it now stands (0 without a live customer).
fn due_in(conn: &Connection, rules: &LoyaltyRules, digits: u32, sale: i64) -> Result<i64> {
    let sql = format!(
        "SELECT max(0, {}) FROM purchases p JOIN customers c ON c.id = p.customer_id
          WHERE p.id = ?1 AND p.amount_minor > 0 AND p.refund_of IS NULL AND c.erased_at IS NULL",
        earned_expr(rules, digits)
    );
    Ok(conn.prepare_cached(&sql)?.query_row([sale], |r| r.get::<_, i64>(0)).optional()?.unwrap_or(0))
}

/// Per customer, what sale `sale` holds whole and what its refunds took back.
fn held_in(conn: &Connection, sale: i64) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, coalesce(sum(CASE WHEN purchase_id = ?1 THEN points END), 0), coalesce(sum(CASE WHEN purchase_id <> ?1 THEN points END), 0)
           FROM points_entries
          WHERE purchase_id = ?1 OR purchase_id IN (SELECT id FROM purchases WHERE refund_of = ?1)
          GROUP BY customer_id ORDER BY customer_id",
    )?;
    Ok(stmt.query_map([sale], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?)
}

/// After a sale (or one of its refunds) was corrected by hand: the sale's points brought to
/// what it earns as it now stands, net of its refunds, on its customer now; the difference
/// written as `adjusted` entries dated `at` (a sale moved to another customer takes its
/// points along: taken from the first, given to the second). A sale that never earned earns
/// now, once, as any sale would. Returns the points written on the sale's customer.
pub(crate) fn corrected_in(conn: &Connection, rules: &LoyaltyRules, digits: u32, sale: i64, at: NaiveDateTime) -> Result<i64> {
    settle_in(conn, rules, digits, sale, at, true)
}

/// After one of sale `sale`'s refunds was deleted or put back: its other refunds' share
/// brought to what the sale's refunds now take back (a share is not additive: three stamps'
/// worth of refunds may cross the minimum where two did not). A sale that never earned
/// stays so.
pub(crate) fn refunds_changed_in(conn: &Connection, rules: &LoyaltyRules, digits: u32, sale: i64, at: NaiveDateTime) -> Result<i64> {
    settle_in(conn, rules, digits, sale, at, false)
}

fn settle_in(conn: &Connection, rules: &LoyaltyRules, digits: u32, sale: i64, at: NaiveDateTime, earn_if_never: bool) -> Result<i64> {
    if !rules.enabled {
        return Ok(0);
    }
    let found: Option<(Option<i64>, i64)> = conn
        .prepare_cached("SELECT customer_id, amount_minor FROM purchases WHERE id = ?1")?
        .query_row([sale], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((customer, amount)) = found else { return Ok(0) };
    let refunds: Vec<(i64, i64)> = conn
        .prepare_cached("SELECT id, amount_minor FROM purchases WHERE refund_of = ?1 ORDER BY id")?
        .query_map([sale], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let held = held_in(conn, sale)?;
    if held.is_empty() && !earn_if_never {
        return Ok(0);
    }
    if held.is_empty() {
        // Never earned (recorded before the points began, or earning nothing then): it earns
        // now, and its refunds take back, as a till's import does.
        let mut total = earn_in(conn, rules, digits, Scope::One(sale))?;
        for (refund, _) in &refunds {
            total += take_back_in(conn, rules, *refund, at)?;
        }
        return Ok(total);
    }
    let whole = due_in(conn, rules, digits, sale)?;
    let net = amount + refunds.iter().map(|r| r.1).sum::<i64>();
    let taken = if refunds.is_empty() { 0 } else { rules.kept_after_refund(whole, amount, net) - whole };
    let last_refund = refunds.last().map(|r| r.0);
    // A sale moved to another customer: the first gives back all it held, the customer now
    // is brought to what is due.
    let (mut whole_there, mut taken_there) = (0, 0);
    for (who, whole_held, taken_held) in held {
        if Some(who) == customer {
            (whole_there, taken_there) = (whole_held, taken_held);
        } else {
            write_adjusted(conn, who, at, -whole_held, Some(sale))?;
            write_adjusted(conn, who, at, -taken_held, last_refund)?;
        }
    }
    let Some(c) = customer else { return Ok(0) };
    write_adjusted(conn, c, at, whole - whole_there, Some(sale))?;
    write_adjusted(conn, c, at, taken - taken_there, last_refund)?;
    Ok(whole - whole_there + taken - taken_there)
}

fn write_adjusted(conn: &Connection, customer: i64, at: NaiveDateTime, points: i64, purchase: Option<i64>) -> Result<()> {
    if points != 0 {
        insert_in(conn, CustomerId(customer), at, PointsKind::Adjusted, points, purchase, "")?;
    }
    Ok(())
}

/// Before purchase `purchase` is deleted (undo act `act`): its entries are saved for the
/// undo, and what it held is taken back, dated `at` (a sale's points as a `refunded` entry, a
/// refund's as an `adjusted` one giving them back). The entries stay: the deletion unlinks
/// them (the schema's `ON DELETE SET NULL`). Returns the points written.
pub(crate) fn deleted_in(tx: &Transaction<'_>, act: i64, purchase: i64, at: NaiveDateTime) -> Result<i64> {
    crate::undo::save(tx, act, "points_entries", "purchase_id = ?1", [purchase])?;
    let held: Vec<(i64, i64)> = tx
        .prepare_cached("SELECT customer_id, sum(points) FROM points_entries WHERE purchase_id = ?1 GROUP BY customer_id ORDER BY customer_id")?
        .query_map([purchase], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut total = 0;
    for (customer, points) in held {
        let kind = if points > 0 { PointsKind::Refunded } else { PointsKind::Adjusted };
        if points != 0 {
            insert_in(tx, CustomerId(customer), at, kind, -points, None, "")?;
            total -= points;
        }
    }
    Ok(total)
}

/// A deleted purchase put back (undo act `act`): its entries linked to it again and what its
/// deletion took back given back, dated `at`. Returns the points written.
pub(crate) fn undeleted_in(tx: &Transaction<'_>, act: i64, purchase: i64, at: NaiveDateTime) -> Result<i64> {
    tx.execute(
        "UPDATE points_entries SET purchase_id = ?2 WHERE purchase_id IS NULL
            AND id IN (SELECT data ->> 'id' FROM undo_rows WHERE act_id = ?1 AND tbl = 'points_entries')",
        params![act, purchase],
    )?;
    let held: Vec<(i64, i64)> = tx
        .prepare_cached("SELECT customer_id, sum(points) FROM points_entries WHERE purchase_id = ?1 GROUP BY customer_id ORDER BY customer_id")?
        .query_map([purchase], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut total = 0;
    for (customer, points) in held {
        write_adjusted(tx, customer, at, points, None)?;
        total += points;
    }
    Ok(total)
}
