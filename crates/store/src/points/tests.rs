use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::loyalty::{Earning, LoyaltyRules};
use fidele_domain::{CustomerDraft, CustomerId, PurchaseDraft};
use rand::{Rng, SeedableRng};

use super::*;
use crate::test_support::{sale, store};

fn rules() -> LoyaltyRules {
    LoyaltyRules { enabled: true, earning: Earning::Points { per_unit: 1 }, ..LoyaltyRules::default() }
}

fn day(n: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap().checked_add_days(chrono::Days::new(u64::from(n))).unwrap().and_hms_opt(10, 0, 0).unwrap()
}

fn customer(store: &mut Store, birth_month: Option<u32>) -> CustomerId {
    let birthday = birth_month.map(|m| fidele_domain::Birthday { year: None, month: m, day: 10 });
    store.add_customer(CustomerDraft { last_name: "Dubœuf".into(), birthday, ..CustomerDraft::default() }, &[], "").unwrap()
}

fn refund(c: CustomerId, of: i64, at: NaiveDateTime, minor: i64) -> PurchaseDraft {
    PurchaseDraft { refund_of: Some(of), ..sale(c, at, -minor) }
}

#[test]
fn a_sale_earns_and_a_refund_takes_back_even_below_zero_which_the_next_sales_pay_back() {
    let mut store = store();
    let c = customer(&mut store, None);
    let r = rules();
    let sold = store.record_counter_sale(&sale(c, day(1), 24_990), None, &r, day(1)).unwrap();
    assert_eq!((sold.earned, sold.balance), (249, 249));
    assert_eq!(store.spend_points(c, 200, "10 €", day(2)).unwrap(), 49);
    // The whole sale refunded after its points were spent: 249 taken back, 200 of them spent.
    let back = store.record_counter_refund(&refund(c, sold.purchase, day(3), 24_990), &r, day(3)).unwrap();
    assert_eq!((back.taken_back, back.balance), (-249, -200));
    // Nothing more to spend, however much is asked.
    assert!(store.spend_points(c, 1, "", day(3)).is_err());
    let next = store.record_counter_sale(&sale(c, day(4), 30_000), None, &r, day(4)).unwrap();
    assert_eq!(next.balance, 100);
    let kinds: Vec<_> = store.points_entries(c, 10).unwrap().iter().map(|e| (e.kind, e.points)).collect();
    assert_eq!(kinds, [(PointsKind::Earned, 300), (PointsKind::Refunded, -249), (PointsKind::Spent, -200), (PointsKind::Earned, 249)]);
}

#[test]
fn a_partial_refund_takes_back_its_share_and_a_second_the_rest() {
    let mut store = store();
    let c = customer(&mut store, None);
    let r = rules();
    let sold = store.record_counter_sale(&sale(c, day(1), 10_000), None, &r, day(1)).unwrap();
    assert_eq!(store.record_counter_refund(&refund(c, sold.purchase, day(2), 2_550), &r, day(2)).unwrap().taken_back, -26);
    assert_eq!(store.record_counter_refund(&refund(c, sold.purchase, day(3), 7_450), &r, day(3)).unwrap().taken_back, -74);
    assert_eq!(store.points_balance(c).unwrap(), 0);
}

#[test]
fn stamps_a_birthday_month_and_a_stage_bonus() {
    let mut store = store();
    let c = customer(&mut store, Some(1));
    let stamps = LoyaltyRules { enabled: true, earning: Earning::Stamps { min_minor: 500 }, ..LoyaltyRules::default() };
    assert_eq!(store.record_counter_sale(&sale(c, day(1), 499), None, &stamps, day(1)).unwrap().earned, 0);
    assert_eq!(store.record_counter_sale(&sale(c, day(2), 500), None, &stamps, day(2)).unwrap().earned, 1);
    let mut r = rules();
    r.birthday_double = true;
    r.stage_bonus_percent[2] = 50;
    // January is the birth month: 20 × 2.
    assert_eq!(store.record_counter_sale(&sale(c, day(3), 2_000), None, &r, day(3)).unwrap().earned, 40);
    store.set_manual_stage(c, Some(fidele_analytics::Stage::Client)).unwrap();
    assert_eq!(store.record_counter_sale(&sale(c, day(40), 2_000), None, &r, day(40)).unwrap().earned, 30);
}

#[test]
fn points_expire_oldest_first_once() {
    let mut store = store();
    let c = customer(&mut store, None);
    let mut r = rules();
    r.expiry_months = Some(12);
    store.record_counter_sale(&sale(c, day(1), 10_000), None, &r, day(1)).unwrap();
    store.spend_points(c, 30, "", day(2)).unwrap();
    store.record_counter_sale(&sale(c, day(300), 5_000), None, &r, day(300)).unwrap();
    let today = day(380).date();
    assert_eq!(store.expire_points(c, &r, today).unwrap(), 70);
    assert_eq!(store.expire_points(c, &r, today).unwrap(), 0);
    assert_eq!(store.points_balance(c).unwrap(), 50);
}

/// Over random sales, refunds, spending, adjustments, expiry and merges, every balance the
/// store gives is the sum of the customer's entries, recomputed here from the entries
/// themselves, and refunds never take back more than their sale earned.
#[test]
fn a_balance_is_always_the_sum_of_its_entries() {
    for seed in 0..60u64 {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut store = store();
        let mut r = rules();
        r.birthday_double = rng.random_bool(0.5);
        r.expiry_months = if rng.random_bool(0.5) { Some(rng.random_range(1..6)) } else { None };
        if rng.random_bool(0.3) {
            r.earning = Earning::Stamps { min_minor: 1_000 };
        }
        let mut customers: Vec<CustomerId> = (0..3).map(|i| customer(&mut store, Some(i + 1))).collect();
        let mut sales: Vec<(CustomerId, i64, i64)> = Vec::new();
        for step in 0..40u32 {
            let at = day(step * 7);
            let c = customers[rng.random_range(0..customers.len())];
            match rng.random_range(0..10) {
                0..=4 => {
                    let amount = rng.random_range(1..20_000);
                    let s = store.record_counter_sale(&sale(c, at, amount), None, &r, at).unwrap();
                    sales.push((c, s.purchase, amount));
                }
                5 | 6 => {
                    if let Some(&(owner, id, amount)) = sales.get(rng.random_range(0..sales.len().max(1))) {
                        let refunded: i64 = store.conn().query_row("SELECT coalesce(-sum(amount_minor), 0) FROM purchases WHERE refund_of = ?1", [id], |r| r.get(0)).unwrap();
                        if refunded < amount {
                            let minor = rng.random_range(1..=amount - refunded);
                            store.record_counter_refund(&refund(owner, id, at, minor), &r, at).unwrap();
                        }
                    }
                }
                7 => {
                    let balance = store.points_balance(c).unwrap();
                    if balance > 0 {
                        store.spend_points(c, rng.random_range(1..=balance), "", at).unwrap();
                    } else {
                        assert!(store.spend_points(c, 1, "", at).is_err());
                    }
                }
                8 => {
                    store.adjust_points(c, rng.random_range(-20..20), "", at).unwrap();
                }
                _ => {
                    if customers.len() > 2 && rng.random_bool(0.2) {
                        let other = customers.pop().unwrap();
                        store.merge_customers(customers[0], other).unwrap();
                        for s in sales.iter_mut().filter(|s| s.0 == other) {
                            s.0 = customers[0];
                        }
                    } else {
                        store.expire_points(c, &r, at.date()).unwrap();
                    }
                }
            }
            for &c in &customers {
                let sum: i64 = store.points_entries(c, u32::MAX).unwrap().iter().map(|e| e.points).sum();
                assert_eq!(store.points_balance(c).unwrap(), sum, "seed {seed} step {step}");
            }
        }
        // A sale's refunds never take back more than it earned.
        let over: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM points_entries e WHERE e.kind = 'earned' AND e.points + coalesce((SELECT sum(x.points) FROM points_entries x
                    JOIN purchases p ON p.id = x.purchase_id WHERE p.refund_of = e.purchase_id AND x.kind = 'refunded'), 0) < 0",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(over, 0, "seed {seed}");
    }
}

#[test]
fn a_till_s_sales_earn_once_and_its_refunds_take_back() {
    let mut store = store();
    let c = store
        .add_customer(CustomerDraft { last_name: "Dubœuf".into(), emails: vec!["helene@exemple.fr".into()], ..CustomerDraft::default() }, &[], "")
        .unwrap();
    let text = "Client;Date;Montant;Ticket;Type\n\
                helene@exemple.fr;14/07/2024 10:32;24,90;T-1;Vente\n\
                helene@exemple.fr;15/07/2024 11:00;100,00;T-2;Vente\n\
                helene@exemple.fr;16/07/2024 09:00;-50,00;T-3;Remboursement\n";
    let options = crate::PurchaseImportOptions { loyalty: Some(rules()), ..Default::default() };
    let first = crate::test_support::import_till_csv(&mut store, text, &options);
    assert_eq!(first.imported, 3);
    // 24 + 100, and the refund unlinked (it names no sale): nothing taken back.
    assert_eq!((first.points_earned, store.points_balance(c).unwrap()), (124, 124));
    let again = crate::test_support::import_till_csv(&mut store, text, &options);
    assert_eq!((again.imported, again.points_earned), (0, 0));
    assert_eq!(store.points_balance(c).unwrap(), 124, "a file imported again earns nothing");
    let linked = "Client;Date;Montant;Ticket;Type;Ticket d'origine\n\
                  helene@exemple.fr;20/07/2024 10:00;40,00;T-9;Vente;\n\
                  helene@exemple.fr;21/07/2024 10:00;-40,00;T-10;Remboursement;T-9\n";
    let r = crate::test_support::import_till_csv(&mut store, linked, &options);
    assert_eq!(r.refunds_linked, 1);
    assert_eq!((r.points_earned, store.points_balance(c).unwrap()), (0, 124));
}

#[test]
fn the_ledger_s_entries_are_in_the_customer_s_timeline() {
    let mut store = store();
    let c = customer(&mut store, None);
    let sold = store.record_counter_sale(&sale(c, day(1), 5_000), None, &rules(), day(1)).unwrap();
    store.spend_points(c, 20, "Un café", day(2)).unwrap();
    let page = store.timeline(c, 10, 0).unwrap();
    let points: Vec<(PointsKind, i64, Option<i64>)> = page
        .entries
        .iter()
        .filter_map(|e| match e {
            crate::TimelineEntry::Points(p) => Some((p.kind, p.points, p.purchase)),
            _ => None,
        })
        .collect();
    assert_eq!(points, [(PointsKind::Spent, -20, None), (PointsKind::Earned, 50, Some(sold.purchase))]);
}
