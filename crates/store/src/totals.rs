//! Each customer's purchase count, total and last purchase date, kept on their row (schema 8)
//! so that the list shows them and sorts by them without reading the purchases.
//!
//! Every write of purchases (add, edit, delete, merge, undo, erase, the demo) calls [`refresh`]
//! for the customers it touched, in its own transaction (a till import, which only appends,
//! adds what it appended: [`add_appended`]), and nothing else writes these three columns: they are never out of step with the purchases a transaction
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
        Touched::All => {
            conn.execute(SET, [])?;
        }
    }
    Ok(())
}

/// What a write appended for one customer, no purchase of theirs stored before it changed:
/// how many purchases, their sum and the latest date (as stored).
pub(crate) struct Appended<'a> {
    pub customer: i64,
    pub count: i64,
    pub total_minor: i64,
    pub last_at: &'a str,
}

/// Customers updated by one statement of [`add_appended`].
const APPENDED_PER_UPDATE: usize = 64;

/// Adds what was appended to each customer's kept totals, which were true before it: a till
/// import's 636,000 rows scattered over 200,000 customers, where recomputing each customer from
/// all their purchases read the rows back one by one through the index (11 s of the import).
/// The customers go [`APPENDED_PER_UPDATE`] to a statement (an UPDATE of one row cost ten times
/// the row's own update). Pass them in id order: each update then lands next to the one before.
pub(crate) fn add_appended<'a>(conn: &Connection, appended: impl IntoIterator<Item = Appended<'a>>) -> Result<()> {
    let sql = |rows: usize| {
        format!(
            "UPDATE OR FAIL customers SET purchase_count = purchase_count + d.column2, total_minor = total_minor + d.column3,
                    last_purchase_at = CASE WHEN last_purchase_at >= d.column4 THEN last_purchase_at ELSE d.column4 END
             FROM (VALUES {}) AS d WHERE customers.id = d.column1",
            vec!["(?, ?, ?, ?)"; rows].join(", ")
        )
    };
    let mut many = conn.prepare(&sql(APPENDED_PER_UPDATE))?;
    let mut waiting: Vec<Appended<'a>> = Vec::with_capacity(APPENDED_PER_UPDATE);
    let write = |stmt: &mut rusqlite::Statement<'_>, rows: &[Appended<'a>]| -> Result<()> {
        for (i, a) in rows.iter().enumerate() {
            stmt.raw_bind_parameter(4 * i + 1, a.customer)?;
            stmt.raw_bind_parameter(4 * i + 2, a.count)?;
            stmt.raw_bind_parameter(4 * i + 3, a.total_minor)?;
            stmt.raw_bind_parameter(4 * i + 4, a.last_at)?;
        }
        stmt.raw_execute()?;
        Ok(())
    };
    for a in appended {
        waiting.push(a);
        if waiting.len() == APPENDED_PER_UPDATE {
            write(&mut many, &waiting)?;
            waiting.clear();
        }
    }
    if !waiting.is_empty() {
        write(&mut conn.prepare(&sql(waiting.len()))?, &waiting)?;
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

    /// An import adds what it appended to the totals kept before it: later and earlier sales of
    /// a customer who had some, a refund, a new customer's, never a duplicate or a rejected
    /// row; large enough to drop the totals' indexes and rebuild them, and again small.
    #[test]
    fn an_import_adds_what_it_appended_to_the_kept_totals() {
        let mut s = store();
        let a = person(&mut s, "Aubry", "a@exemple.fr");
        let b = person(&mut s, "Bernard", "b@exemple.fr");
        person(&mut s, "Claes", "c@exemple.fr");
        s.add_purchase(sale(a, at(10), 5_000)).unwrap();
        s.add_purchase(sale(b, at(10), 700)).unwrap();
        let text = "customer_ref,date,amount,ticket\n\
                    a@exemple.fr,2026-03-20,12,T-1\n\
                    a@exemple.fr,2026-03-01,8,T-2\n\
                    b@exemple.fr,2026-03-02,-5,T-3\n\
                    new@exemple.fr,2026-04-04,8,T-4\n\
                    new@exemple.fr,2026-04-01,3,T-5\n\
                    new@exemple.fr,hier,3,T-6\n";
        let large = PurchaseImportOptions { create_customers: true, expected_rows: 100_000, ..Default::default() };
        let r = import_till_csv(&mut s, text, &large);
        assert_eq!((r.imported, r.new_customers, r.rejected_total), (5, 1, 1));
        assert_true(&s, "a large import");
        let indexes: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM sqlite_schema WHERE name IN ('customers_total', 'customers_last_purchase')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(indexes, 2, "the totals' indexes are back");
        let row = &s.list_page(&ListQuery { search: "aubry".into(), ..ListQuery::default() }, 5, 0).unwrap().rows[0];
        assert_eq!((row.purchase_count, row.total_minor, row.last_purchase_at), (3, 7_000, Some(at(20).date().and_hms_opt(0, 0, 0).unwrap())));

        let again = import_till_csv(&mut s, text, &large);
        assert_eq!((again.imported, again.duplicates), (0, 5));
        assert_true(&s, "the same file again");
        let more = "customer_ref,date,amount,ticket\nb@exemple.fr,2026-03-30,4,T-7\nb@exemple.fr,2026-03-30,4,T-7\nc@exemple.fr,2026-03-03,1,T-8\n";
        let r = import_till_csv(&mut s, more, &PurchaseImportOptions::default());
        assert_eq!(r.imported, 2, "two lines of one receipt are one purchase");
        assert_true(&s, "a small import");
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
