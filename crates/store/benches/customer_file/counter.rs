//! The counter on the customer file: finding a customer by their card's member number, a
//! phone, or an offer code (p99 ≤ 2 ms each), and recording a sale with its points (≤ 20 ms).

use std::time::Instant;

use chrono::NaiveDate;
use fidele_domain::loyalty::{Earning, LoyaltyRules};
use fidele_domain::{Currency, CustomerId, MemberNumber, Money, PurchaseDraft};
use fidele_store::Store;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{CUSTOMERS, report};

/// Offer codes a month's run printed, as the cards write them.
const OFFERS: i64 = 20_000;

pub(super) fn measure(store: &mut Store, phones: &[String], rng: &mut ChaCha8Rng, missed: &mut Vec<&'static str>) {
    // A month's card run with its personal codes, once.
    store
        .write(|tx| {
            let done: i64 = tx.query_row("SELECT count(*) FROM card_runs WHERE period = '2026-11' AND kind = 'monthly'", [], |r| r.get(0))?;
            if done == 0 {
                tx.execute("INSERT INTO card_runs (kind, period, design, layout, households, created_at) VALUES ('monthly', '2026-11', 'month-11', 'single', 0, '2026-10-28T09:00:00')", [])?;
                let run = tx.last_insert_rowid();
                tx.execute(
                    "INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, offer_percent, offer_code)
                     SELECT ?1, id, id, 'monthly:2026-11', 'month-11', 10, printf('M2611-%06d', id) FROM customers WHERE id <= ?2",
                    [run, OFFERS],
                )?;
            }
            Ok(())
        })
        .unwrap();
    let numbers: Vec<MemberNumber> = (0..2_000)
        .map(|_| store.member_number_of(CustomerId(rng.random_range(1..=CUSTOMERS as i64))).unwrap().unwrap())
        .collect();
    let mut by_number = Vec::new();
    for n in &numbers {
        let t = Instant::now();
        let found = store.find_member_number(*n).unwrap();
        by_number.push(t.elapsed());
        assert!(found.is_some());
    }
    if !report("counter: find by member number", &mut by_number, 2.0, 0.99) {
        missed.push("counter: find by member number");
    }
    let mut by_phone = Vec::new();
    for p in phones.iter().take(2_000) {
        let t = Instant::now();
        let found = store.customers_by_phone(p).unwrap();
        by_phone.push(t.elapsed());
        assert!(!found.is_empty(), "{p}");
    }
    if !report("counter: find by phone", &mut by_phone, 2.0, 0.99) {
        missed.push("counter: find by phone");
    }
    let mut by_offer = Vec::new();
    for _ in 0..2_000 {
        let code = format!("m2611-{:06}", rng.random_range(1..=OFFERS));
        let t = Instant::now();
        let found = store.find_offer(&code).unwrap();
        store.redemptions_of(&code).unwrap();
        by_offer.push(t.elapsed());
        assert!(found.is_some());
    }
    if !report("counter: find by offer code", &mut by_offer, 2.0, 0.99) {
        missed.push("counter: find by offer code");
    }

    let rules = LoyaltyRules { enabled: true, earning: Earning::Points { per_unit: 1 }, birthday_double: true, stage_bonus_percent: [0, 0, 10, 20, 30, 50], ..LoyaltyRules::default() };
    let mut sales = Vec::new();
    let at = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_hms_opt(11, 0, 0).unwrap();
    for _ in 0..300 {
        let customer = CustomerId(rng.random_range(1..=CUSTOMERS as i64));
        let draft = PurchaseDraft {
            customer: Some(customer),
            at,
            amount: Money::new(rng.random_range(500..20_000), Currency::EUR),
            margin: None,
            category: "Romans".into(),
            item_count: None,
            ticket_ref: String::new(),
            offer_code: String::new(),
            refund_of: None,
            note: String::new(),
        };
        let t = Instant::now();
        store.record_counter_sale(&draft, None, &rules, at).unwrap();
        sales.push(t.elapsed());
    }
    if !report("counter: record a sale with its points", &mut sales, 20.0, 0.99) {
        missed.push("counter: record a sale with its points");
    }
}
