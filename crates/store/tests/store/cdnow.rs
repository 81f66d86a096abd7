//! The CDNOW sample (6,919 purchases of 2,357 customers) as a shopkeeper would save it from a
//! spreadsheet: every customer comes in, those whose only purchase was 0.00 too.

use std::sync::atomic::AtomicBool;

use fidele_interchange::{PurchaseOptions, read_purchases};
use fidele_store::{PurchaseImportOptions, Store};

const SAMPLE: &str = include_str!("../../../analytics/tests/data/CDNOW_sample.txt");

/// `N° client;Date;Qté;Montant`, one row per line of the sample, its date as written (`19970101`).
fn as_till_csv() -> String {
    let mut out = String::from("N° client;Date;Qté;Montant\n");
    for line in SAMPLE.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        out.push_str(&format!("{};{};{};{}\n", f[0], f[2], f[3], f[4]));
    }
    out
}

#[test]
fn every_cdnow_customer_comes_in_with_every_purchase() {
    let text = as_till_csv();
    let zero_only: std::collections::BTreeSet<&str> = {
        let mut totals = std::collections::BTreeMap::<&str, f64>::new();
        for line in SAMPLE.lines().filter(|l| !l.trim().is_empty()) {
            let f: Vec<&str> = line.split_whitespace().collect();
            *totals.entry(f[0]).or_default() += f[4].parse::<f64>().unwrap();
        }
        totals.into_iter().filter(|(_, t)| *t == 0.0).map(|(c, _)| c).collect()
    };
    assert_eq!(zero_only.len(), 8, "the sample has 8 customers whose purchases are all 0.00");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cdnow.db");
    let mut store = Store::open(&path).unwrap();
    let reader = read_purchases(text.as_bytes(), &PurchaseOptions { locale: "en-US".into(), ..PurchaseOptions::default() }).unwrap();
    let options = PurchaseImportOptions { create_customers: true, ..PurchaseImportOptions::default() };
    let r = store.import_purchases(reader, &options, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!((r.rows, r.rejected_total, r.anonymous), (6919, 0, 0));
    assert_eq!(r.new_customers, 2357);
    // Same customer, day and amount twice (no ticket tells them apart) is one purchase.
    assert_eq!(r.imported + r.duplicates, 6919);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count_customers("").unwrap(), 2357);
    let db = rusqlite::Connection::open(&path).unwrap();
    let (total, zero): (i64, i64) = db
        .query_row("SELECT sum(amount_minor), sum(amount_minor = 0) FROM purchases", [], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap();
    assert!(zero >= 8, "the 0.00 purchases are visits: {zero}");
    let sample_total: i64 = SAMPLE
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| (l.split_whitespace().nth(4).unwrap().parse::<f64>().unwrap() * 100.0).round() as i64)
        .sum();
    assert!(total <= sample_total && total > sample_total * 99 / 100, "{total} of {sample_total}");
    for id in zero_only {
        let n: i64 = db
            .query_row(
                "SELECT count(*) FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.external_ref = ?1",
                [id],
                |row| row.get(0),
            )
            .unwrap();
        assert!(n >= 1, "customer {id} has their purchases");
    }
}
