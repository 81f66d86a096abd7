//! Purchases and refunds.

use fidele_domain::{CustomerId, Invalid, Purchase, PurchaseDraft};
use rusqlite::{Connection, Row, params};

use crate::codec::{self, Dt, dt, money};
use crate::customers::ensure_customer;
use crate::{Result, Store};

const COLUMNS: &str = "id, customer_id, at, amount_minor, currency, margin_minor, category, item_count, ticket_ref, offer_code, refund_of, note";

impl Store {
    pub fn add_purchase(&mut self, draft: PurchaseDraft) -> Result<i64> {
        draft.validate()?;
        self.write(|tx| {
            if let Some(c) = draft.customer {
                ensure_customer(tx, c)?;
            }
            if let Some(original) = draft.refund_of {
                let found = tx.prepare_cached("SELECT 1 FROM purchases WHERE id = ?1")?.exists([original])?;
                if !found {
                    return Err(Invalid::one("refund_of", format!("purchase {original} does not exist")).into());
                }
            }
            insert_purchase_in(tx, &draft, codec::now())
        })
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

fn purchase_from_row(r: &Row<'_>) -> rusqlite::Result<Purchase> {
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
    use crate::Error;
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
        assert!(err.to_string().contains("refund_of: purchase 77 does not exist"), "{err}");
    }
}
