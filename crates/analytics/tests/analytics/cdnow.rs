//! The published CDNOW results (Fader, Hardie & Lee 2005) reproduced from the data shipped
//! with the `lifetimes` library.

use chrono::NaiveDate;
use fidele_analytics::bgnbd::{self, RepeatData};
use fidele_analytics::gamma_gamma::{self, SpendData};
use fidele_analytics::ledger::Ledger;
use fidele_analytics::{AnalysisInput, AnalysisSettings, CustomerFacts, PurchaseFact};
use fidele_domain::CustomerId;

const SUMMARY: &str = include_str!("../data/cdnow_customers_summary_with_transactions.csv");
const SAMPLE: &str = include_str!("../data/CDNOW_sample.txt");

struct Row {
    id: i64,
    x: u32,
    t_x: f64,
    t: f64,
    zbar: f64,
}

fn summary() -> Vec<Row> {
    SUMMARY
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Row {
                id: f[0].parse().unwrap(),
                x: f[1].parse().unwrap(),
                t_x: f[2].parse().unwrap(),
                t: f[3].parse().unwrap(),
                zbar: f[4].parse().unwrap(),
            }
        })
        .collect()
}

/// Three significant digits: |got − want| within half a unit of the third digit.
fn assert_3sf(name: &str, got: f64, want: f64) {
    let unit = 10f64.powf(want.abs().log10().floor() - 2.0);
    assert!((got - want).abs() <= 0.5 * unit + 1e-12, "{name}: got {got}, published {want}");
}

#[test]
fn bgnbd_reproduces_the_published_cdnow_fit() {
    let rows: Vec<_> = summary().iter().map(|r| (r.x, r.t_x, r.t)).collect();
    assert_eq!(rows.len(), 2357);
    let fit = bgnbd::fit(&RepeatData::from_weeks(&rows), 30).unwrap();
    let p = fit.params;
    assert_3sf("r", p.r, 0.243);
    assert_3sf("alpha", p.alpha, 4.414);
    assert_3sf("a", p.a, 0.793);
    assert_3sf("b", p.b, 2.426);
    assert!((fit.log_likelihood - -9582.4).abs() < 0.5, "LL {}", fit.log_likelihood);
    assert_eq!(fit.repeat_customers, 946);
}

#[test]
fn gamma_gamma_reproduces_the_published_cdnow_fit() {
    let data = SpendData::new(summary().iter().map(|r| (r.x, r.zbar)));
    assert_eq!(data.len(), 946);
    let fit = gamma_gamma::fit(&data, 30).unwrap();
    assert_3sf("p", fit.params.p, 6.25);
    assert_3sf("q", fit.params.q, 3.74);
    assert_3sf("gamma", fit.params.gamma, 15.44);
}

/// The raw transactions in the shop's own input types, as of the end of calibration.
pub fn cdnow_input() -> AnalysisInput {
    let mut customers = Vec::new();
    let mut purchases = Vec::new();
    for line in SAMPLE.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let id: i64 = f[1].parse().unwrap();
        let at = NaiveDate::parse_from_str(f[2], "%Y%m%d").unwrap().and_hms_opt(12, 0, 0).unwrap();
        let cents = (f[4].parse::<f64>().unwrap() * 100.0).round() as i64;
        if customers.last().is_none_or(|c: &CustomerFacts| c.id.0 != id) {
            customers.push(CustomerFacts {
                id: CustomerId(id),
                created: NaiveDate::from_ymd_opt(1997, 1, 1).unwrap(),
                manual_stage: None,
                referred_by: None,
                open_complaints: 0,
                name: format!("CDNOW {id}"),
            });
        }
        purchases.push(PurchaseFact { customer: CustomerId(id), at, amount_minor: cents, margin_minor: None, category: "CD".into() });
    }
    AnalysisInput {
        as_of: NaiveDate::from_ymd_opt(1997, 9, 30).unwrap(),
        customers,
        purchases,
        settings: AnalysisSettings::default(),
    }
}

#[test]
fn aggregating_the_raw_transactions_reproduces_the_summary() {
    let input = cdnow_input();
    let ledger = Ledger::build(&input);
    let rows = summary();
    assert_eq!(ledger.len(), rows.len());
    for row in &rows {
        let i = ledger.position(CustomerId(row.id)).unwrap();
        let occ = ledger.occasions(i);
        assert!(!occ.is_empty(), "customer {} (index {i}) has no occasion", row.id);
        let first = occ[0];
        assert_eq!(occ.len() as u32 - 1, row.x, "customer {}", row.id);
        let t_x = f64::from(occ[occ.len() - 1] - first) / 7.0;
        let t = f64::from(ledger.as_of - first) / 7.0;
        assert!((t_x - row.t_x).abs() < 0.006, "customer {}: t_x {t_x} vs {}", row.id, row.t_x);
        assert!((t - row.t).abs() < 0.006, "customer {}: T {t} vs {}", row.id, row.t);
        if row.x > 0 {
            let amounts = ledger.occasion_amounts(i);
            let zbar = amounts[1..].iter().sum::<i64>() as f64 / 100.0 / f64::from(row.x);
            assert!((zbar - row.zbar).abs() < 0.006, "customer {}: zbar {zbar} vs {}", row.id, row.zbar);
        }
    }
    // Later records (October 1997 onwards) are outside the calibration and left out.
    assert!(ledger.ignored_purchases > 0);
}
