//! Purchases and refunds.

use fidele_domain::{CustomerId, Invalid, LoyaltyRules, Purchase, PurchaseDraft};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::codec::{self, Dt, dt, money};
use crate::customers::ensure_customer;
use crate::points;
use crate::totals::{self, Touched};
use crate::undo::{self, UndoKind, UndoTicket};
use crate::{Error, Result, Store};

pub(crate) const COLUMNS: &str = "id, customer_id, at, amount_minor, currency, margin_minor, category, item_count, ticket_ref, offer_code, refund_of, note";

impl Store {
    pub fn add_purchase(&mut self, draft: PurchaseDraft) -> Result<i64> {
        draft.validate()?;
        self.write(|tx| add_purchase_in(tx, &draft))
    }

    /// A purchase entered by hand with what it does to the points under `rules` (a sale
    /// earns, a refund takes back, as at the counter), in one transaction.
    pub fn add_purchase_with_points(&mut self, draft: PurchaseDraft, rules: &LoyaltyRules) -> Result<PurchasePoints> {
        draft.validate()?;
        let digits = draft.amount.currency.minor_digits();
        self.write(|tx| {
            let id = add_purchase_in(tx, &draft)?;
            let points = points::written_in(tx, rules, digits, id)?;
            Ok(PurchasePoints { id, points, balance: balance_of(tx, draft.customer)? })
        })
    }

    pub fn purchase(&self, id: i64) -> Result<Purchase> {
        read_purchase(self.conn(), id)
    }

    /// Replaces a purchase's details (a typo in the amount, the wrong day). A refund stays a
    /// refund of the same purchase; an original cannot drop below what was refunded of it.
    pub fn update_purchase(&mut self, id: i64, draft: PurchaseDraft) -> Result<()> {
        draft.validate()?;
        self.write(|tx| update_purchase_in(tx, id, &draft).map(|_| ()))
    }

    /// A purchase corrected by hand, its points with it under `rules`: a new amount, day or
    /// customer brings the sale's points to what it earns now, net of its refunds, as dated
    /// `adjusted` entries (`points::corrected_in`); one transaction.
    pub fn update_purchase_with_points(&mut self, id: i64, draft: PurchaseDraft, rules: &LoyaltyRules) -> Result<PurchasePoints> {
        draft.validate()?;
        let digits = draft.amount.currency.minor_digits();
        self.write(|tx| {
            let before = update_purchase_in(tx, id, &draft)?;
            let moved = before.draft.amount != draft.amount || before.draft.at != draft.at || before.draft.customer != draft.customer;
            let points = if moved { points::corrected_in(tx, rules, digits, draft.refund_of.unwrap_or(id), codec::now())? } else { 0 };
            Ok(PurchasePoints { id, points, balance: balance_of(tx, draft.customer)? })
        })
    }

    /// Deletes a purchase entered by mistake, taking back the points it holds; it can be put
    /// back for a while (`undo.rs`), its points with it. A
    /// purchase that refunds point at is kept: its refunds would lose what they refund (delete
    /// them first).
    pub fn delete_purchase(&mut self, id: i64) -> Result<UndoTicket> {
        self.delete_purchase_in(id, None)
    }

    /// Deletes a purchase as [`Store::delete_purchase`] does; a refund deleted also brings its
    /// sale's other refunds to what they now take back under `rules`.
    pub fn delete_purchase_with_points(&mut self, id: i64, rules: &LoyaltyRules) -> Result<UndoTicket> {
        self.delete_purchase_in(id, Some(rules))
    }

    fn delete_purchase_in(&mut self, id: i64, rules: Option<&LoyaltyRules>) -> Result<UndoTicket> {
        let now = codec::now();
        self.write(|tx| {
            let purchase = read_purchase(tx, id)?;
            let mut stmt = tx.prepare_cached("SELECT id FROM purchases WHERE refund_of = ?1 ORDER BY id")?;
            let refunds: Vec<String> = stmt.query_map([id], |r| Ok(r.get::<_, i64>(0)?.to_string()))?.collect::<rusqlite::Result<_>>()?;
            if !refunds.is_empty() {
                return Err(Invalid::one(fidele_domain::FieldError::new("purchase", fidele_domain::ErrorCode::HasRefunds).with("id", id).with("refunds", refunds.join(", ")))
                .into());
            }
            let ticket = undo::begin(tx, UndoKind::DeletePurchase, purchase.draft.customer.map(|c| c.0), None, now)?;
            undo::save(tx, ticket.id, "purchases", "id = ?1", [id])?;
            points::deleted_in(tx, ticket.id, id, now)?;
            tx.execute("DELETE FROM purchases WHERE id = ?1", [id])?;
            if let (Some(rules), Some(sale)) = (rules, purchase.draft.refund_of) {
                points::refunds_changed_in(tx, rules, purchase.draft.amount.currency.minor_digits(), sale, now)?;
            }
            totals::refresh(tx, Touched::Customers(&purchase.draft.customer.map(|c| c.0).into_iter().collect::<Vec<_>>()))?;
            Ok(ticket)
        })
    }

    /// How many purchases (and refunds) a customer has.
    pub fn count_purchases_of(&self, customer: CustomerId) -> Result<u64> {
        let n: i64 = self.conn().prepare_cached("SELECT count(*) FROM purchases WHERE customer_id = ?1")?.query_row([customer.0], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// A customer's purchases, newest first.
    pub fn purchases_of(&self, customer: CustomerId, limit: u32, offset: u32) -> Result<Vec<Purchase>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM purchases WHERE customer_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2 OFFSET ?3"
        ))?;
        let rows = stmt.query_map(params![customer.0, limit, offset], purchase_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// What a purchase written by hand did to the points: the points written (signed) and the
/// customer's balance after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PurchasePoints {
    pub id: i64,
    pub points: i64,
    pub balance: Option<i64>,
}

fn balance_of(conn: &Connection, customer: Option<CustomerId>) -> Result<Option<i64>> {
    customer.map(|c| points::balance_in(conn, c)).transpose()
}

fn add_purchase_in(tx: &Connection, draft: &PurchaseDraft) -> Result<i64> {
    if let Some(c) = draft.customer {
        ensure_customer(tx, c)?;
    }
    check_refund(tx, draft, None)?;
    let id = insert_purchase_in(tx, draft, codec::now())?;
    totals::refresh(tx, Touched::Customers(&draft.customer.map(|c| c.0).into_iter().collect::<Vec<_>>()))?;
    Ok(id)
}

/// Replaces purchase `id`'s details; returns it as it was.
fn update_purchase_in(tx: &Connection, id: i64, draft: &PurchaseDraft) -> Result<Purchase> {
    let current = read_purchase(tx, id)?;
    if let Some(c) = draft.customer {
        ensure_customer(tx, c)?;
    }
    if draft.refund_of != current.draft.refund_of {
        return Err(Invalid::one(fidele_domain::FieldError::new("refund_of", fidele_domain::ErrorCode::RefundStaysLinked)).into());
    }
    check_refund(tx, draft, Some(id))?;
    let refunded: i64 = tx.query_row("SELECT coalesce(-sum(amount_minor), 0) FROM purchases WHERE refund_of = ?1", [id], |r| r.get(0))?;
    if refunded > 0 && draft.amount.minor < refunded {
        let refunded = fidele_domain::Money::new(refunded, draft.amount.currency);
        return Err(Invalid::one(fidele_domain::FieldError::new("amount", fidele_domain::ErrorCode::LessThanRefunded).with("refunded", refunded.to_decimal_string())).into());
    }
    tx.execute(
        "UPDATE purchases SET customer_id = ?2, at = ?3, amount_minor = ?4, currency = ?5, margin_minor = ?6, category = ?7,
            item_count = ?8, ticket_ref = ?9, offer_code = ?10, note = ?11 WHERE id = ?1",
        params![
            id,
            draft.customer.map(|c| c.0),
            dt(draft.at),
            draft.amount.minor,
            draft.amount.currency.code(),
            draft.margin.map(|m| m.minor),
            draft.category,
            draft.item_count,
            draft.ticket_ref,
            draft.offer_code,
            draft.note,
        ],
    )?;
    // A sale put on the right customer takes its refunds along: a refund belongs to the
    // customer of what it refunds, or both customers' totals would be wrong.
    if draft.customer != current.draft.customer {
        tx.execute("UPDATE purchases SET customer_id = ?2 WHERE refund_of = ?1", params![id, draft.customer.map(|c| c.0)])?;
    }
    let touched: Vec<i64> = [current.draft.customer, draft.customer].into_iter().flatten().map(|c| c.0).collect();
    totals::refresh(tx, Touched::Customers(&touched))?;
    Ok(current)
}

/// A refund points at an existing purchase of the same customer and currency, and all the
/// refunds of a purchase never add up to more than it cost. `this` is the refund being edited.
pub(crate) fn check_refund(conn: &Connection, draft: &PurchaseDraft, this: Option<i64>) -> Result<()> {
    let Some(original) = draft.refund_of else { return Ok(()) };
    let found = conn
        .prepare_cached("SELECT customer_id, amount_minor, currency, refund_of FROM purchases WHERE id = ?1")?
        .query_row([original], |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<i64>>(3)?)))
        .optional()?;
    let Some((customer, amount, currency, is_refund)) = found else {
        return Err(Invalid::one(fidele_domain::FieldError::new("refund_of", fidele_domain::ErrorCode::NoSuchPurchase).with("id", original)).into());
    };
    if is_refund.is_some() || amount < 0 {
        return Err(Invalid::one(fidele_domain::FieldError::new("refund_of", fidele_domain::ErrorCode::RefundOfRefund).with("id", original)).into());
    }
    if customer != draft.customer.map(|c| c.0) {
        return Err(Invalid::one(fidele_domain::FieldError::new("refund_of", fidele_domain::ErrorCode::RefundOtherCustomer).with("id", original)).into());
    }
    if currency != draft.amount.currency.code() {
        return Err(Invalid::one(fidele_domain::FieldError::new("amount", fidele_domain::ErrorCode::RefundCurrency).with("currency", currency).with("id", original)).into());
    }
    let earlier: i64 = conn.query_row(
        "SELECT coalesce(-sum(amount_minor), 0) FROM purchases WHERE refund_of = ?1 AND id IS NOT ?2",
        params![original, this],
        |r| r.get(0),
    )?;
    if earlier - draft.amount.minor > amount {
        let left = fidele_domain::Money::new(amount - earlier, draft.amount.currency);
        return Err(Invalid::one(fidele_domain::FieldError::new("amount", fidele_domain::ErrorCode::RefundTooMuch).with("id", original).with("left", left.to_decimal_string())).into());
    }
    Ok(())
}

pub(crate) fn read_purchase(conn: &Connection, id: i64) -> Result<Purchase> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM purchases WHERE id = ?1"))?
        .query_row([id], purchase_from_row)
        .optional()?
        .ok_or(Error::NotFound { what: "purchase", id })
}

pub(crate) fn insert_purchase_in(conn: &Connection, p: &PurchaseDraft, created: chrono::NaiveDateTime) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO purchases (customer_id, at, amount_minor, currency, margin_minor, category, item_count, ticket_ref,
            offer_code, refund_of, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        p.customer.map(|c| c.0),
        dt(p.at),
        p.amount.minor,
        p.amount.currency.code(),
        p.margin.map(|m| m.minor),
        p.category,
        p.item_count,
        p.ticket_ref,
        p.offer_code,
        p.refund_of,
        p.note,
        dt(created),
    ])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn purchase_from_row(r: &Row<'_>) -> rusqlite::Result<Purchase> {
    let currency: String = r.get(4)?;
    let amount = money(r.get(3)?, &currency).map_err(codec::sql_err)?;
    let margin = match r.get::<_, Option<i64>>(5)? {
        Some(m) => Some(money(m, &currency).map_err(codec::sql_err)?),
        None => None,
    };
    Ok(Purchase {
        id: r.get(0)?,
        draft: PurchaseDraft {
            customer: r.get::<_, Option<i64>>(1)?.map(CustomerId),
            at: r.get::<_, Dt>(2)?.0,
            amount,
            margin,
            category: r.get(6)?,
            item_count: r.get(7)?,
            ticket_ref: r.get(8)?,
            offer_code: r.get(9)?,
            refund_of: r.get(10)?,
            note: r.get(11)?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use fidele_domain::{CustomerDraft, Currency, Money};

    fn purchase(customer: CustomerId, day: u32, minor: i64) -> PurchaseDraft {
        PurchaseDraft {
            customer: Some(customer),
            at: NaiveDate::from_ymd_opt(2025, 4, day).unwrap().and_hms_opt(11, 30, 0).unwrap(),
            amount: Money::new(minor, Currency::EUR),
            margin: None,
            category: "Romans".into(),
            item_count: Some(2),
            ticket_ref: format!("T-{day}"),
            offer_code: String::new(),
            refund_of: None,
            note: String::new(),
        }
    }

    #[test]
    fn purchases_round_trip_newest_first() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        let first = store.add_purchase(purchase(c, 1, 2490)).unwrap();
        store.add_purchase(purchase(c, 9, 1200)).unwrap();
        let refund = PurchaseDraft { refund_of: Some(first), ..purchase(c, 10, -2490) };
        store.add_purchase(refund.clone()).unwrap();
        let list = store.purchases_of(c, 10, 0).unwrap();
        assert_eq!(list.iter().map(|p| p.draft.amount.minor).collect::<Vec<_>>(), [-2490, 1200, 2490]);
        assert_eq!(list[0].draft, refund);
        let page = store.customer_page(c, 10).unwrap();
        assert_eq!((page.purchase_count, page.total_minor), (3, 1200));
    }

    #[test]
    fn unknown_customer_or_original_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(matches!(store.add_purchase(purchase(CustomerId(4), 1, 100)), Err(Error::NotFound { .. })));
        let c = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        let err = store.add_purchase(PurchaseDraft { refund_of: Some(77), ..purchase(c, 2, -100) }).unwrap_err();
        assert!(err.to_string().contains("refund_of: no_such_purchase (id=77)"), "{err}");
    }

    #[test]
    fn refunds_stay_within_the_original_and_its_customer() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        let d = store.add_customer(CustomerDraft { last_name: "Janssens".into(), ..Default::default() }, &[], "").unwrap();
        let original = store.add_purchase(purchase(c, 1, 5000)).unwrap();
        store.add_purchase(PurchaseDraft { refund_of: Some(original), ..purchase(c, 2, -3000) }).unwrap();
        let err = store.add_purchase(PurchaseDraft { refund_of: Some(original), ..purchase(c, 3, -2500) }).unwrap_err();
        assert!(err.to_string().contains("amount: refund_too_much"), "{err}");
        let err = store.add_purchase(PurchaseDraft { refund_of: Some(original), ..purchase(d, 3, -100) }).unwrap_err();
        assert!(err.to_string().contains("refund_other_customer"), "{err}");
        store.add_purchase(PurchaseDraft { refund_of: Some(original), ..purchase(c, 3, -2000) }).unwrap();
        assert_eq!(store.customer_page(c, 10).unwrap().total_minor, 0);
    }

    #[test]
    fn a_sale_moved_to_another_customer_takes_its_refunds_along() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        let d = store.add_customer(CustomerDraft { last_name: "Janssens".into(), ..Default::default() }, &[], "").unwrap();
        let id = store.add_purchase(purchase(c, 1, 5000)).unwrap();
        let refund = store.add_purchase(PurchaseDraft { refund_of: Some(id), ..purchase(c, 2, -1000) }).unwrap();
        store.update_purchase(id, purchase(d, 1, 5000)).unwrap();
        assert_eq!(store.purchase(refund).unwrap().draft.customer, Some(d));
        assert_eq!(store.customer_page(c, 10).unwrap().total_minor, 0);
        assert_eq!(store.customer_page(d, 10).unwrap().total_minor, 4000);
    }

    #[test]
    fn edit_and_delete_a_purchase() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        let id = store.add_purchase(purchase(c, 1, 5000)).unwrap();
        let refund = store.add_purchase(PurchaseDraft { refund_of: Some(id), ..purchase(c, 2, -1000) }).unwrap();
        store.update_purchase(id, PurchaseDraft { category: "BD".into(), ..purchase(c, 1, 4500) }).unwrap();
        let p = store.purchase(id).unwrap();
        assert_eq!((p.draft.amount.minor, p.draft.category.as_str()), (4500, "BD"));
        let err = store.update_purchase(id, purchase(c, 1, 500)).unwrap_err();
        assert!(err.to_string().starts_with("amount: "), "{err}");
        let err = store.delete_purchase(id).unwrap_err();
        assert_eq!(err.to_string(), format!("purchase: has_refunds (id={id}, refunds={refund})"));
        assert!(store.purchase(id).is_ok());
        store.delete_purchase(refund).unwrap();
        store.delete_purchase(id).unwrap();
        assert!(matches!(store.purchase(id), Err(Error::NotFound { .. })));
        assert!(matches!(store.delete_purchase(id), Err(Error::NotFound { .. })));
    }
}
