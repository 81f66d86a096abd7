//! The Campaigns view's fast path (packed draws, the covering date index, one pass a run,
//! integer pool keys) gives exactly what a straightforward computation gives: on small random
//! shops with several runs, hold-outs, households, refunds, margins and offer codes, each
//! figure is computed here again from the rows, member by member and window by window, and
//! the two views must be equal to the last bit.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, Months, NaiveDate};
use fidele_analytics::Stage;
use fidele_analytics::uplift::{self, Arm, Outcome};
use fidele_domain::{Address, Channel, Currency, CustomerDraft, CustomerId, Money, PurchaseDraft};
use fidele_store::{NewCard, NewCardRun, NewHoldout, RunKind, Store, bulk};
use fidele_usecases::campaigns::{self, Campaigns, CURVE_STEP, HORIZONS, LongView, Pool, RunResult, WINDOWS, Window};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::Connection;

const KEPT_WITHIN_MONTHS: u32 = 3;

/// A pool's outcomes: recipients in the draw, hold-out.
type Arms = (Vec<Outcome>, Vec<Outcome>);

#[derive(Clone, Copy, PartialEq)]
enum Group {
    Recipient,
    Outside,
    Held,
}

struct Member {
    run: i64,
    customer: i64,
    group: Group,
    stage: Option<Stage>,
    offer_percent: Option<u32>,
    code: Option<String>,
}

struct Sale {
    customer: i64,
    at: NaiveDate,
    amount: i64,
    margin: Option<i64>,
    code: String,
}

/// A shop of `customers` with `runs` monthly runs a month apart and two years of sales.
fn shop(seed: u64, dir: &std::path::Path) -> (Store, NaiveDate) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut store = Store::open(&dir.join("shop.db")).unwrap();
    let customers = rng.random_range(60..160);
    let runs = rng.random_range(2..6u32);
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    let ids: Vec<CustomerId> = (0..customers)
        .map(|i| {
            let draft = CustomerDraft {
                first_name: format!("Client{i}"),
                last_name: "Peeters".into(),
                address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
                ..CustomerDraft::default()
            };
            store.add_customer(draft, &[(Channel::Post, true)], "").unwrap()
        })
        .collect();
    let raw = Connection::open(dir.join("shop.db")).unwrap();
    let mut codes: Vec<String> = Vec::new();
    for r in 0..runs {
        let day = start.checked_add_months(Months::new(r)).unwrap();
        let period = day.format("%Y-%m").to_string();
        let occasion = format!("monthly:{period}");
        let (mut cards, mut held_out) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < ids.len() {
            let stage = [None, Some(Stage::Customer), Some(Stage::Client), Some(Stage::Supporter)][rng.random_range(0..4)];
            if rng.random_bool(0.15) {
                held_out.push(NewHoldout { customer: ids[i], occasion: occasion.clone(), stage });
                i += 1;
                continue;
            }
            // Now and then a household's card for two.
            let members: Vec<CustomerId> = if i + 1 < ids.len() && rng.random_bool(0.1) { vec![ids[i], ids[i + 1]] } else { vec![ids[i]] };
            i += members.len();
            let code = format!("M{}-{}", day.format("%y%m"), members[0].0);
            codes.push(code.clone());
            cards.push(NewCard {
                to: members[0],
                members,
                occasion: occasion.clone(),
                stage,
                offer_percent: [None, Some(5), Some(10), Some(15)][rng.random_range(0..4)],
                offer_code: Some(code),
                summary: "Carte".into(),
                details: String::new(),
                in_draw: rng.random_bool(0.85),
            });
        }
        let run = NewCardRun {
            kind: RunKind::Monthly,
            period,
            design: format!("month-{:02}", [1, 2, 1, 3, 2][r as usize]),
            layout: "4up",
            households: true,
            cards,
            holdout_percent: 15,
            holdout_seed: Some(seed as i64),
            held_out,
        };
        let id = store.record_card_run(&run).unwrap().run_id.unwrap();
        raw.execute("UPDATE card_runs SET created_at = ?1 WHERE id = ?2", rusqlite::params![format!("{day}T09:30:00"), id]).unwrap();
    }
    // A run without a hold-out is not measured.
    let plain = NewCardRun {
        kind: RunKind::Monthly,
        period: "2026-01".into(),
        design: "month-01".into(),
        layout: "4up",
        households: false,
        cards: vec![],
        holdout_percent: 0,
        holdout_seed: None,
        held_out: vec![],
    };
    store.record_card_run(&plain).unwrap();
    store
        .write(|tx| {
            for _ in 0..customers * 8 {
                let at = start.checked_sub_days(Days::new(60)).unwrap().checked_add_days(Days::new(rng.random_range(0..700))).unwrap();
                let refund = rng.random_bool(0.1);
                let code = match rng.random_range(0..10) {
                    // Their own code, as a till might type it.
                    0 | 1 => format!("  {} ", codes[rng.random_range(0..codes.len())].to_lowercase()),
                    2 => codes[rng.random_range(0..codes.len())].clone(),
                    3 => "AUTRE-CODE".into(),
                    _ => String::new(),
                };
                let draft = PurchaseDraft {
                    customer: Some(ids[rng.random_range(0..ids.len())]),
                    at: at.and_hms_opt(rng.random_range(9..19), 0, 0).unwrap(),
                    amount: Money::new(if refund { -rng.random_range(100..3_000) } else { rng.random_range(0..9_000) }, Currency::EUR),
                    margin: rng.random_bool(0.5).then(|| Money::new(rng.random_range(0..2_000), Currency::EUR)),
                    category: String::new(),
                    item_count: None,
                    ticket_ref: String::new(),
                    offer_code: code,
                    refund_of: None,
                    note: String::new(),
                };
                bulk::insert_purchase(tx, &draft, draft.at)?;
            }
            Ok(())
        })
        .unwrap();
    (store, start.checked_add_months(Months::new(runs + 13)).unwrap())
}

/// Each run with a hold-out, its members and every sale of theirs, read row by row.
fn read(conn: &Connection) -> (Vec<fidele_store::CampaignRun>, Vec<Member>, Vec<Sale>) {
    let mut stmt = conn
        .prepare(
            "SELECT k.id, k.period, k.design, substr(k.created_at, 1, 10), k.holdout_percent,
                    (SELECT count(DISTINCT r.card_to) FROM card_run_recipients r WHERE r.run_id = k.id)
             FROM card_runs k WHERE k.kind = 'monthly' AND EXISTS (SELECT 1 FROM card_run_holdouts h WHERE h.run_id = k.id)
             ORDER BY k.created_at, k.id",
        )
        .unwrap();
    let runs: Vec<fidele_store::CampaignRun> = stmt
        .query_map([], |r| {
            Ok(fidele_store::CampaignRun {
                id: r.get(0)?,
                period: r.get(1)?,
                design: r.get(2)?,
                day0: NaiveDate::parse_from_str(&r.get::<_, String>(3)?, "%Y-%m-%d").unwrap(),
                holdout_percent: r.get(4)?,
                cards: r.get(5)?,
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut members = Vec::new();
    for run in &runs {
        let mut sent = conn.prepare("SELECT customer_id, in_draw, stage, offer_percent, offer_code FROM card_run_recipients WHERE run_id = ?1 ORDER BY customer_id").unwrap();
        let rows = sent.query_map([run.id], |r| {
            Ok(Member {
                run: run.id,
                customer: r.get(0)?,
                group: if r.get::<_, bool>(1)? { Group::Recipient } else { Group::Outside },
                stage: r.get::<_, Option<String>>(2)?.as_deref().and_then(Stage::parse),
                offer_percent: r.get(3)?,
                code: r.get(4)?,
            })
        });
        members.extend(rows.unwrap().map(Result::unwrap));
        let mut held = conn.prepare("SELECT customer_id, stage FROM card_run_holdouts WHERE run_id = ?1 ORDER BY customer_id").unwrap();
        let rows = held.query_map([run.id], |r| {
            Ok(Member { run: run.id, customer: r.get(0)?, group: Group::Held, stage: r.get::<_, Option<String>>(1)?.as_deref().and_then(Stage::parse), offer_percent: None, code: None })
        });
        members.extend(rows.unwrap().map(Result::unwrap));
    }
    let mut stmt = conn.prepare("SELECT customer_id, substr(at, 1, 10), amount_minor, margin_minor, offer_code FROM purchases WHERE customer_id IS NOT NULL ORDER BY customer_id, at").unwrap();
    let sales = stmt
        .query_map([], |r| {
            Ok(Sale {
                customer: r.get(0)?,
                at: NaiveDate::parse_from_str(&r.get::<_, String>(1)?, "%Y-%m-%d").unwrap(),
                amount: r.get(2)?,
                margin: r.get(3)?,
                code: r.get::<_, String>(4)?.trim().to_uppercase(),
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (runs, members, sales)
}

/// What `m` did from `from` (included) to `until` (excluded), sale by sale.
fn outcome(m: &Member, sales: &[Sale], from: NaiveDate, until: NaiveDate, margin_permille: i64) -> Outcome {
    let mut o = Outcome::default();
    for p in sales.iter().filter(|p| p.customer == m.customer && p.at >= from && p.at < until) {
        o.returned |= p.amount > 0;
        o.revenue_minor += p.amount;
        o.margin_minor += p.margin.unwrap_or(p.amount * margin_permille / 1000);
        o.redeemed |= m.code.as_deref().is_some_and(|c| !p.code.is_empty() && c == p.code);
    }
    o
}

fn reference(conn: &Connection, as_of: NaiveDate, margin_permille: i64, cost: i64) -> Campaigns {
    let (runs, members, sales) = read(conn);
    let mut pools: [BTreeMap<String, Arms>; 3] = Default::default();
    let mut results: Vec<RunResult> = Vec::new();
    for run in &runs {
        let mine: Vec<&Member> = members.iter().filter(|m| m.run == run.id).collect();
        let end = |days: u32| run.day0.checked_add_days(Days::new(u64::from(days))).unwrap();
        let windows: Vec<Window> = WINDOWS
            .iter()
            .map(|&days| {
                let arm = |g: Group| mine.iter().filter(|m| m.group == g).map(|m| outcome(m, &sales, run.day0, end(days), margin_permille)).collect::<Vec<_>>();
                Window { days, complete: as_of >= end(days), comparison: uplift::compare(&arm(Group::Recipient), &arm(Group::Held), run.id as u64 ^ u64::from(days)) }
            })
            .collect();
        if windows[0].complete {
            // The offer each stage got: the most common among the run's cards (the larger on a tie).
            let offer_of = |stage: Option<Stage>| {
                let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
                for m in mine.iter().filter(|m| m.stage == stage) {
                    if let Some(p) = m.offer_percent {
                        *counts.entry(p).or_default() += 1;
                    }
                }
                counts.into_iter().max_by_key(|(p, n)| (*n, *p)).map(|(p, _)| p)
            };
            for m in mine.iter().filter(|m| m.group != Group::Outside) {
                let o = outcome(m, &sales, run.day0, end(30), margin_permille);
                let offer = m.offer_percent.or_else(|| offer_of(m.stage)).unwrap_or(0);
                for (pool, key) in pools.iter_mut().zip([run.design.clone(), m.stage.map_or("none", Stage::code).to_owned(), offer.to_string()]) {
                    let slot = pool.entry(key).or_default();
                    if m.group == Group::Held { slot.1.push(o) } else { slot.0.push(o) }
                }
            }
        }
        // The share back by each day: their first sale (refunds aside) on or after day 0.
        let upto = (as_of - run.day0).num_days().clamp(0, 90) as u32;
        let share = |g: Group, day: u32| {
            let group: Vec<&&Member> = mine.iter().filter(|m| m.group == g).collect();
            let back = group
                .iter()
                .filter(|m| sales.iter().find(|p| p.customer == m.customer && p.at >= run.day0 && p.amount > 0).is_some_and(|p| (p.at - run.day0).num_days() <= i64::from(day)))
                .count();
            if group.is_empty() { 0.0 } else { back as f64 / group.len() as f64 }
        };
        let curve = (0..=upto).step_by(CURVE_STEP as usize).map(|d| (d, share(Group::Recipient, d), share(Group::Held, d))).collect();
        let chosen = windows.iter().rev().find(|w| w.complete).unwrap_or(&windows[0]).clone();
        results.push(RunResult {
            verdict: uplift::verdict(&chosen.comparison, chosen.complete, run.cards, cost),
            verdict_days: chosen.days,
            windows,
            run: run.clone(),
            cost_minor: run.cards * cost,
            curve,
        });
    }
    results.reverse();
    let pooled = |p: BTreeMap<String, Arms>, design: bool| -> Vec<Pool> {
        p.into_iter()
            .enumerate()
            .map(|(i, (key, (a, b)))| {
                let comparison = uplift::compare(&a, &b, 7_919 + i as u64);
                Pool {
                    runs: if design { runs.iter().filter(|r| r.design == key).count() } else { runs.len() },
                    verdict: uplift::verdict(&comparison, true, a.len() as i64, cost),
                    key,
                    comparison,
                }
            })
            .collect()
    };
    let [design, stage, offer] = pools;
    let long_view = HORIZONS
        .iter()
        .map(|&months| {
            let day0: HashMap<i64, NaiveDate> = runs.iter().map(|r| (r.id, r.day0)).collect();
            let mut customers: Vec<i64> = members.iter().map(|m| m.customer).collect();
            customers.sort_unstable();
            customers.dedup();
            let (mut every, mut once) = (Vec::new(), Vec::new());
            for c in customers {
                let first = members.iter().filter(|m| m.customer == c).map(|m| day0[&m.run]).min().unwrap();
                let end = first.checked_add_months(Months::new(months)).unwrap();
                if end > as_of {
                    continue;
                }
                let held = members.iter().any(|m| m.customer == c && m.group == Group::Held && day0[&m.run] < end);
                let from = end.checked_sub_months(Months::new(KEPT_WITHIN_MONTHS)).unwrap();
                let kept = sales.iter().any(|p| p.customer == c && p.at >= from && p.at < end && p.amount > 0);
                let o = Outcome { returned: kept, ..Outcome::default() };
                if held { once.push(o) } else { every.push(o) }
            }
            let share = |o: &[Outcome]| o.iter().map(|o| if o.returned { 1.0 } else { 0.0 }).collect::<Vec<f64>>();
            let difference = (!every.is_empty() && !once.is_empty()).then(|| uplift::share_difference(&share(&every), &share(&once), u64::from(months)));
            LongView { months, every_card: Arm::of(&every), held_out_once: Arm::of(&once), difference }
        })
        .collect();
    Campaigns {
        as_of,
        currency: Currency::EUR,
        cost_per_card_minor: cost,
        runs: results,
        by_design: pooled(design, true),
        by_stage: pooled(stage, false),
        by_offer: pooled(offer, false),
        long_view,
    }
}

#[test]
fn the_fast_view_equals_a_computation_from_the_rows_on_random_shops() {
    for seed in 0..4u64 {
        let dir = tempfile::tempdir().unwrap();
        let (store, last_as_of) = shop(seed, dir.path());
        let conn = Connection::open(dir.path().join("shop.db")).unwrap();
        let packed: i64 = conn.query_row("SELECT count(*) FROM card_run_draws", [], |r| r.get(0)).unwrap();
        assert!(packed >= 2, "seed {seed}: the runs are packed as they are recorded");
        let margin = store.analysis_settings().unwrap().margin_rate_permille;
        let check = |store: &Store, why: &str| {
            let first = store.campaign_facts().unwrap().runs[0].day0;
            // Before the first window has passed, in the middle of the runs, and long after.
            for as_of in [first, first.checked_add_days(Days::new(45)).unwrap(), first.checked_add_months(Months::new(7)).unwrap(), last_as_of] {
                let fast = campaigns::campaigns(store, as_of).unwrap();
                let slow = reference(&conn, as_of, margin, fast.cost_per_card_minor);
                assert_eq!(fast, slow, "seed {seed}, as of {as_of}, {why}");
            }
        };
        check(&store, "every run packed");
        // A change to a run's rows (here a stage corrected, a recipient taken out) drops its
        // packed copy; the run is then read from its rows, with the same result.
        conn.execute("UPDATE card_run_holdouts SET stage = 'partner' WHERE rowid = (SELECT min(rowid) FROM card_run_holdouts)", []).unwrap();
        conn.execute("DELETE FROM card_run_recipients WHERE rowid = (SELECT max(rowid) FROM card_run_recipients WHERE run_id = (SELECT min(run_id) FROM card_run_recipients))", []).unwrap();
        let left: i64 = conn.query_row("SELECT count(*) FROM card_run_draws", [], |r| r.get(0)).unwrap();
        assert!(left < packed, "seed {seed}: the changed runs' copies are dropped");
        check(&store, "changed runs read from their rows");
    }
}
