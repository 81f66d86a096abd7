//! Merge and undo over a whole demo shop: both customers come back with every purchase,
//! interaction, consent, tag, e-mail and phone, and nothing else in the file moved.

use chrono::NaiveDate;
use fidele_domain::CustomerId;
use fidele_store::{KeepList, MergeChoices, MergeField, Store, Undone};

#[path = "../../src/test_dump.rs"]
mod test_dump;
use test_dump::dump;

/// A customer's whole record, as the access document shows it.
fn record(store: &Store, id: CustomerId) -> String {
    format!("{:?}", store.customer_record(id).unwrap())
}

#[test]
fn a_merge_over_a_demo_shop_is_undone_to_the_last_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.db");
    let mut store = Store::open(&path).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    fidele_demo::generate(&mut store, fidele_demo::DemoOptions { customers: 300, seed: 7, today }).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();

    // The demo's probable duplicates, and the two customers with the most history.
    let mut pairs: Vec<(CustomerId, CustomerId)> = store.probable_duplicates(3).unwrap().iter().map(|p| (p.first.id, p.second.id)).collect();
    assert!(!pairs.is_empty(), "the demo shop has probable duplicates");
    let busiest: Vec<i64> = raw
        .prepare(
            "SELECT c.id FROM customers c WHERE c.erased_at IS NULL
             ORDER BY (SELECT count(*) FROM purchases p WHERE p.customer_id = c.id)
                    + (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id)
                    + (SELECT count(*) FROM consent_events e WHERE e.customer_id = c.id) DESC, c.id LIMIT 2",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    pairs.push((CustomerId(busiest[0]), CustomerId(busiest[1])));

    for (i, (keep, other)) in pairs.into_iter().enumerate() {
        let before = dump(&raw);
        let (kept_before, other_before) = (record(&store, keep), record(&store, other));
        let choices = if i % 2 == 0 {
            MergeChoices { from_other: MergeField::ALL.to_vec(), emails: KeepList::Other, phones: KeepList::Other }
        } else {
            MergeChoices::default()
        };
        let report = store.merge_customers_with(keep, other, &choices).unwrap();
        assert!(store.customer(other).is_err());
        assert_ne!(dump(&raw), before);

        assert_eq!(store.undo(report.undo.id).unwrap(), Undone::Merge { kept: keep, other });
        assert_eq!(record(&store, keep), kept_before, "pair {i}: the kept customer's whole record");
        assert_eq!(record(&store, other), other_before, "pair {i}: the other customer's whole record");
        assert_eq!(dump(&raw), before, "pair {i}: every row of the file");
        assert!(store.check_integrity().unwrap().is_empty());
    }
}
