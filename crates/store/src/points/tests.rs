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

/// What every customer's sales, as they now stand, earn net of their refunds, computed here
/// from the purchases alone (the rules' own arithmetic).
fn due_from_purchases(store: &Store, c: CustomerId, r: &LoyaltyRules) -> i64 {
    let sales: Vec<(i64, i64, Option<u32>)> = store
        .conn()
        .prepare("SELECT p.id, p.amount_minor, c.birth_month FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE p.customer_id = ?1 AND p.refund_of IS NULL")
        .unwrap()
        .query_map([c.0], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    sales
        .into_iter()
        .map(|(id, amount, _)| {
            let refunded: i64 = store.conn().query_row("SELECT coalesce(sum(amount_minor), 0) FROM purchases WHERE refund_of = ?1", [id], |row| row.get(0)).unwrap();
            let whole = r.earned(amount, 2, false, None);
            r.kept_after_refund(whole, amount, amount + refunded)
        })
        .sum()
}

#[test]
fn a_purchase_entered_by_hand_earns_and_its_correction_and_deletion_move_the_points() {
    let mut store = store();
    let c = customer(&mut store, None);
    let d = customer(&mut store, None);
    let r = rules();
    let sold = store.add_purchase_with_points(sale(c, day(1), 12_490), &r).unwrap();
    assert_eq!((sold.points, sold.balance), (124, Some(124)));
    // A refund entered by hand takes back its share, as at the counter.
    let back = store.add_purchase_with_points(refund(c, sold.id, day(2), 2_490), &r).unwrap();
    assert_eq!((back.points, back.balance), (-25, Some(99)));
    // The amount was mistyped: 224,90 €. The sale now earns 224, its refund takes back 25·224/224.
    let fixed = store.update_purchase_with_points(sold.id, sale(c, day(1), 22_490), &r).unwrap();
    assert_eq!(store.points_balance(c).unwrap(), due_from_purchases(&store, c, &r));
    assert_eq!(fixed.balance, Some(store.points_balance(c).unwrap()));
    assert_eq!(store.points_balance(c).unwrap(), 224 * 20_000 / 22_490);
    // A note corrected moves nothing.
    let noted = store.update_purchase_with_points(sold.id, PurchaseDraft { note: "cadeau".into(), ..sale(c, day(1), 22_490) }, &r).unwrap();
    assert_eq!(noted.points, 0);
    // Put on the right customer: the points go with it, the refund's share too.
    store.update_purchase_with_points(sold.id, sale(d, day(1), 22_490), &r).unwrap();
    assert_eq!((store.points_balance(c).unwrap(), store.points_balance(d).unwrap()), (0, 224 * 20_000 / 22_490));
    // The refund deleted: the sale is whole again; then the sale deleted: nothing left.
    let refund_id = back.id;
    store.delete_purchase_with_points(refund_id, &r).unwrap();
    assert_eq!(store.points_balance(d).unwrap(), 224);
    let ticket = store.delete_purchase_with_points(sold.id, &r).unwrap();
    assert_eq!(store.points_balance(d).unwrap(), 0);
    let kinds: Vec<_> = store.points_entries(d, 2).unwrap().iter().map(|e| (e.kind, e.points)).collect();
    assert_eq!(kinds[0], (PointsKind::Refunded, -224));
    // Undone: the sale and its points are back, linked to it again; a refund then takes back.
    store.undo_with_points(ticket.id, &r).unwrap();
    assert_eq!(store.points_balance(d).unwrap(), 224);
    let again = store.add_purchase_with_points(refund(d, sold.id, day(5), 22_490), &r).unwrap();
    assert_eq!(again.balance, Some(0));
    for who in [c, d] {
        let sum: i64 = store.points_entries(who, u32::MAX).unwrap().iter().map(|e| e.points).sum();
        assert_eq!(store.points_balance(who).unwrap(), sum);
    }
}

#[test]
fn a_sale_recorded_before_the_points_began_earns_once_when_corrected() {
    let mut store = store();
    let c = customer(&mut store, None);
    let old = store.add_purchase(sale(c, day(1), 5_000)).unwrap();
    assert_eq!(store.points_balance(c).unwrap(), 0);
    store.update_purchase_with_points(old, sale(c, day(1), 6_000), &rules()).unwrap();
    assert_eq!(store.points_balance(c).unwrap(), 60);
    store.update_purchase_with_points(old, sale(c, day(2), 6_000), &rules()).unwrap();
    assert_eq!(store.points_balance(c).unwrap(), 60);
    // The points switched off: a correction leaves the ledger alone.
    let off = LoyaltyRules { enabled: false, ..rules() };
    assert_eq!(store.update_purchase_with_points(old, sale(c, day(2), 9_000), &off).unwrap().points, 0);
    assert_eq!(store.points_balance(c).unwrap(), 60);
}

/// Over random purchases entered, corrected, moved, deleted and put back by hand, each
/// customer's balance is what their sales as they now stand earn net of their refunds.
#[test]
fn purchases_by_hand_leave_each_balance_at_what_the_sales_earn() {
    for seed in 0..40u64 {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let mut store = store();
        let mut r = rules();
        if rng.random_bool(0.3) {
            r.earning = Earning::Stamps { min_minor: 1_000 };
        }
        let customers: Vec<CustomerId> = (0..3).map(|_| customer(&mut store, None)).collect();
        let mut tickets = Vec::new();
        for step in 0..40u32 {
            let at = day(step);
            let c = customers[rng.random_range(0..customers.len())];
            let live: Vec<(i64, Option<CustomerId>, i64, Option<i64>)> = store
                .conn()
                .prepare("SELECT id, customer_id, amount_minor, refund_of FROM purchases ORDER BY id")
                .unwrap()
                .query_map([], |row| Ok((row.get(0)?, row.get::<_, Option<i64>>(1)?.map(CustomerId), row.get(2)?, row.get(3)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let pick = live.get(rng.random_range(0..live.len().max(1))).copied();
            match (rng.random_range(0..6), pick) {
                (0 | 1, _) | (_, None) => {
                    store.add_purchase_with_points(sale(c, at, rng.random_range(1..20_000)), &r).unwrap();
                }
                (2, Some((id, Some(owner), amount, None))) => {
                    let refunded: i64 = store.conn().query_row("SELECT coalesce(-sum(amount_minor), 0) FROM purchases WHERE refund_of = ?1", [id], |row| row.get(0)).unwrap();
                    if refunded < amount {
                        store.add_purchase_with_points(refund(owner, id, at, rng.random_range(1..=amount - refunded)), &r).unwrap();
                    }
                }
                (3, Some((id, Some(owner), amount, refund_of))) => {
                    let to = if refund_of.is_none() && rng.random_bool(0.3) { c } else { owner };
                    let minor = if refund_of.is_some() { amount } else { amount + rng.random_range(-amount / 2..5_000) };
                    let draft = PurchaseDraft { refund_of, ..sale(to, at, minor) };
                    // Refused when it would go below what was refunded: nothing written then.
                    let _ = store.update_purchase_with_points(id, draft, &r);
                }
                (4, Some((id, ..))) => {
                    if let Ok(t) = store.delete_purchase_with_points(id, &r) {
                        tickets.push(t.id);
                    }
                }
                _ => {
                    if let Some(t) = tickets.pop() {
                        let _ = store.undo_with_points(t, &r);
                    }
                }
            }
            for &who in &customers {
                assert_eq!(store.points_balance(who).unwrap(), due_from_purchases(&store, who, &r), "seed {seed} step {step}");
            }
        }
    }
}
