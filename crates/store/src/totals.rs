//! Each customer's purchase count, total and last purchase date, kept on their row (schema 8)
//! so that the list shows them and sorts by them without reading the purchases.
//!
//! Every write of purchases (add, edit, delete, merge, undo, erase, the demo, the till import)
//! calls [`refresh`] for the customers it touched, in its own transaction, and nothing else
//! writes these three columns: they are never out of step with the purchases a transaction
//! commits. Refunds count as the list always counted them (one more row, its negative amount
//! off the total, its date possibly the last).

use rusqlite::Connection;

use crate::Result;

/// The columns [`refresh`] derives from the purchases: an undo restores a customer's saved row
/// without them, then recomputes them (a row saved before schema 8 has none).
pub(crate) const DERIVED_COLUMNS: [&str; 3] = ["purchase_count", "total_minor", "last_purchase_at"];

/// Whose totals a write changed.
pub(crate) enum Touched<'a> {
    /// These customers (an anonymous sale has none: pass what is `Some`).
    Customers(&'a [i64]),
    /// The customers of every purchase with an id above this one: what an import added
    /// (ids only grow inside its transaction). One statement, not one per row.
    PurchasesAfter(i64),
    /// Every customer: a bulk job that inserted purchases anywhere.
    All,
}

/// Recomputes the totals of `touched` from their purchases, in one statement.
pub(crate) fn refresh(conn: &Connection, touched: Touched<'_>) -> Result<()> {
    const SET: &str = "UPDATE customers SET (purchase_count, total_minor, last_purchase_at) =
        (SELECT count(*), coalesce(sum(p.amount_minor), 0), max(p.at) FROM purchases p WHERE p.customer_id = customers.id)";
    match touched {
        Touched::Customers(ids) => {
            let mut stmt = conn.prepare_cached(&format!("{SET} WHERE id = ?1"))?;
            for id in ids {
                stmt.execute([id])?;
            }
        }
        Touched::PurchasesAfter(last) => {
            conn.prepare_cached(&format!("{SET} WHERE id IN (SELECT customer_id FROM purchases WHERE id > ?1)"))?.execute([last])?;
        }
        Touched::All => {
            conn.execute(SET, [])?;
        }
    }
    Ok(())
}

/// The id of the newest purchase (0 when there is none), to name what is added after it.
pub(crate) fn last_purchase_id(conn: &Connection) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT coalesce(max(id), 0) FROM purchases")?.query_row([], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{import_till_csv, sale, store};
    use crate::{ListQuery, PurchaseImportOptions, SortBy, Store};
    use chrono::{NaiveDate, NaiveDateTime};
    use fidele_domain::{CustomerDraft, CustomerId, PurchaseDraft};

    /// Every customer's kept totals beside the same computed afresh from the purchases; equal
    /// when the writes kept them true.
    /// A customer's id, purchase count, total and last purchase date.
    type Totals = (i64, i64, i64, Option<String>);

    fn kept_and_fresh(store: &Store) -> (Vec<Totals>, Vec<Totals>) {
        let read = |sql: &str| {
            let mut stmt = store.conn().prepare(sql).unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(|r| r.unwrap()).collect::<Vec<_>>()
        };
        (
            read("SELECT id, purchase_count, total_minor, last_purchase_at FROM customers ORDER BY id"),
            read(
                "SELECT c.id, count(p.id), coalesce(sum(p.amount_minor), 0), max(p.at)
                 FROM customers c LEFT JOIN purchases p ON p.customer_id = c.id GROUP BY c.id ORDER BY c.id",
            ),
        )
    }

    #[track_caller]
    fn assert_true(store: &Store, after: &str) {
        let (kept, fresh) = kept_and_fresh(store);
        assert_eq!(kept, fresh, "after {after}");
    }

    fn at(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn person(store: &mut Store, last: &str, email: &str) -> CustomerId {
        let draft = CustomerDraft { last_name: last.into(), emails: vec![email.into()], ..CustomerDraft::default() };
        store.add_customer(draft, &[], "").unwrap()
    }

    #[test]
    fn every_write_of_purchases_keeps_the_totals_equal_to_their_sum() {
        let mut s = store();
        let (a, b, c) = (person(&mut s, "Aubry", "a@exemple.fr"), person(&mut s, "Bernard", "b@exemple.fr"), person(&mut s, "Claes", "c@exemple.fr"));
        assert_true(&s, "adding customers");

        let sold = s.add_purchase(sale(a, at(2), 5_000)).unwrap();
        s.add_purchase(sale(a, at(9), 1_200)).unwrap();
        s.add_purchase(sale(b, at(4), 700)).unwrap();
        s.add_purchase(PurchaseDraft { customer: None, ..sale(a, at(5), 900) }).unwrap();
        assert_true(&s, "adding sales, one anonymous");
        s.add_purchase(PurchaseDraft { refund_of: Some(sold), ..sale(a, at(12), -2_000) }).unwrap();
        assert_true(&s, "a refund");
        let row = &s.list_page(&ListQuery { search: "aubry".into(), ..ListQuery::default() }, 5, 0).unwrap().rows[0];
        assert_eq!((row.purchase_count, row.total_minor, row.last_purchase_at), (3, 4_200, Some(at(12))), "a refund counts as the list counted it");

        // A typo in the amount, then the sale put on the right customer, its refund with it.
        s.update_purchase(sold, sale(a, at(2), 6_000)).unwrap();
        assert_true(&s, "editing an amount");
        s.update_purchase(sold, sale(c, at(2), 6_000)).unwrap();
        assert_true(&s, "moving a sale and its refund to another customer");

        let gone = s.add_purchase(sale(b, at(20), 300)).unwrap();
        let ticket = s.delete_purchase(gone).unwrap();
        assert_true(&s, "deleting a purchase");
        s.undo(ticket.id).unwrap();
        assert_true(&s, "undoing the delete");

        let merged = s.merge_customers(b, c).unwrap();
        assert_true(&s, "a merge");
        s.undo(merged.undo.id).unwrap();
        assert_true(&s, "undoing the merge");

        s.erase_customer(c).unwrap();
        assert_true(&s, "erasing a customer whose sales stay");

        let text = "customer_ref,date,amount,ticket\n\
                    a@exemple.fr,2026-04-01,12,T-1\n\
                    b@exemple.fr,2026-04-02,30,T-2\n\
                    b@exemple.fr,2026-04-03,-5,T-3\n\
                    new@exemple.fr,2026-04-04,8,T-4\n";
        let dry = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, dry_run: true, ..Default::default() });
        assert_eq!(dry.imported, 4);
        assert_true(&s, "a dry run");
        let r = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((r.imported, r.new_customers), (4, 1));
        assert_true(&s, "an import adding sales and a customer");

        s.write(|tx| {
            crate::bulk::insert_purchase(tx, &sale(a, at(28), 100), at(28))?;
            crate::bulk::refresh_purchase_totals(tx)
        })
        .unwrap();
        assert_true(&s, "a bulk job");
    }

    #[test]
    fn the_list_sorts_by_total_and_last_purchase_from_the_kept_totals_leaving_the_archived_out() {
        let mut s = store();
        let (a, b, c) = (person(&mut s, "Aubry", "a@exemple.fr"), person(&mut s, "Bernard", "b@exemple.fr"), person(&mut s, "Claes", "c@exemple.fr"));
        let d = person(&mut s, "Dupont", "d@exemple.fr");
        for (who, day, minor) in [(a, 3, 900), (b, 1, 5_000), (c, 7, 100), (b, 2, 200)] {
            s.add_purchase(sale(who, at(day), minor)).unwrap();
        }
        s.archive_customer(c).unwrap();
        let ids = |sort, descending| -> Vec<CustomerId> {
            s.list_page(&ListQuery { sort, descending, ..ListQuery::default() }, 10, 0).unwrap().rows.iter().map(|r| r.id).collect()
        };
        assert_eq!(ids(SortBy::Total, true), [b, a, d]);
        assert_eq!(ids(SortBy::Total, false), [d, a, b]);
        assert_eq!(ids(SortBy::LastPurchase, true), [a, b, d], "never bought sorts before any date");
        assert_eq!(ids(SortBy::Purchases, true), [b, a, d]);
        // The two sorts walk their index rather than sorting the customers.
        for (column, index) in [("total_minor", "customers_total"), ("last_purchase_at", "customers_last_purchase")] {
            let plan: Vec<String> = s
                .conn()
                .prepare(&format!("EXPLAIN QUERY PLAN SELECT c.id FROM customers c WHERE c.archived_at IS NULL ORDER BY c.{column} DESC, c.sort_key DESC, c.id DESC LIMIT 100"))
                .unwrap()
                .query_map([], |r| r.get(3))
                .unwrap()
                .map(|r| r.unwrap())
                .collect();
            assert!(plan.iter().any(|p| p.contains(index)) && !plan.iter().any(|p| p.contains("TEMP B-TREE")), "{column}: {plan:?}");
        }
    }
}
