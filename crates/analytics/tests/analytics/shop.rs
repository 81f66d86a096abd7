//! The whole analysis on small hand-made shops (exact figures) and a simulated one (invariants).

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fidele_analytics::{
    AnalysisInput, AnalysisSettings, Basis, CustomerFacts, FitError, Ladder, Ledger, PurchaseFact, Segment, Stage, ValueNote,
    analyze, pareto, referrals, retention, rfm,
};
use fidele_domain::CustomerId;

use crate::sim;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(11, 0, 0).unwrap()
}

fn customer(id: i64, referred_by: Option<i64>) -> CustomerFacts {
    CustomerFacts {
        id: CustomerId(id),
        created: day(2024, 1, 1),
        manual_stage: None,
        referred_by: referred_by.map(CustomerId),
        open_complaints: 0,
        name: format!("C{id}"),
    }
}

fn buy(id: i64, when: NaiveDateTime, amount: i64, category: &str) -> PurchaseFact {
    PurchaseFact { customer: CustomerId(id), at: when, amount_minor: amount, margin_minor: None, category: category.into() }
}

/// 1: regular (5 visits in the last year, two categories); 2: bought once, referred by 1;
/// 3: prospect; 4: twice, a complaint, manual partner; 5: lost (last visit > 1 year ago).
fn little_shop() -> AnalysisInput {
    let mut customers = vec![customer(1, None), customer(2, Some(1)), customer(3, Some(2)), customer(4, None), customer(5, None)];
    customers[3].manual_stage = Some(Stage::Partner);
    customers[3].open_complaints = 1;
    let mut purchases = vec![
        // Given out of order on purpose; two lines on one day are one visit.
        buy(1, at(2025, 6, 1), 5_000, "Livres"),
        buy(1, at(2025, 3, 1), 3_000, "Livres"),
        buy(1, at(2025, 3, 1), 1_000, "Livres"),
        buy(2, at(2025, 5, 10), 2_000, "Jeux"),
        buy(1, at(2025, 4, 1), 4_000, "Livres"),
        buy(1, at(2025, 5, 1), 4_000, "Jeux"),
        buy(1, at(2025, 7, 1), 6_000, "Livres"),
        buy(4, at(2025, 2, 1), 1_000, "BD"),
        buy(4, at(2025, 6, 20), 1_000, "BD"),
        buy(5, at(2024, 2, 1), 9_000, "BD"),
        buy(1, at(2025, 7, 5), -1_000, "Livres"),
        // Unknown customer and after the analysis date: left out.
        buy(99, at(2025, 5, 1), 1_000, "BD"),
        buy(1, at(2025, 12, 1), 1_000, "BD"),
    ];
    purchases.swap(0, 6);
    AnalysisInput { as_of: day(2025, 7, 31), customers, purchases, settings: AnalysisSettings::default() }
}

#[test]
fn an_empty_shop_gives_an_empty_analysis() {
    let input = AnalysisInput { as_of: day(2025, 1, 1), customers: vec![], purchases: vec![], settings: AnalysisSettings::default() };
    let a = analyze(&input);
    assert_eq!((a.customers, a.buyers), (0, 0));
    assert!(a.rfm.is_empty() && a.pareto.gold.is_empty() && a.drifting.is_empty() && a.stages.is_empty());
    assert!(a.retention.months.is_empty() && a.referrals.tree.is_empty());
    assert!(matches!(a.values.bgnbd, Err(FitError::TooFewRepeatCustomers { found: 0, .. })));
}

#[test]
fn ledger_groups_lines_into_visits_and_skips_what_does_not_count() {
    let input = little_shop();
    let ledger = Ledger::build(&input);
    let i = ledger.position(CustomerId(1)).unwrap();
    assert_eq!(ledger.occasions(i).len(), 5);
    assert_eq!(ledger.occasion_amounts(i)[0], 4_000);
    assert_eq!(ledger.revenue[i], 22_000);
    assert_eq!(ledger.margin[i], 22_000 * 400 / 1000);
    assert_eq!(ledger.ignored_purchases, 2);
}

#[test]
fn thin_data_falls_back_to_history_and_says_why() {
    let a = analyze(&little_shop());
    assert_eq!(a.values.bgnbd, Err(FitError::TooFewRepeatCustomers { found: 2, needed: 30 }));
    let v = &a.values.customers[0];
    assert_eq!((v.basis, v.note, v.p_alive), (Basis::Historic, ValueNote::Repeat, None));
    assert_eq!(v.expected_purchases_52w, 5.0);
    // 22,000 over the last year (the refund included), spread and discounted at 10 %/year.
    assert!(v.clv_12m_minor > 21_000 && v.clv_12m_minor < 22_000, "{}", v.clv_12m_minor);
    assert_eq!(a.values.customers[2].note, ValueNote::NoPurchase);
}

#[test]
fn ladder_stages_moves_and_manual_flag() {
    let mut input = little_shop();
    input.settings.supporter_min_purchases_12m = 3;
    let ledger = Ledger::build(&input);
    let ladder = Ladder::new(&input, &ledger);
    let now = ladder.stages_at(input.as_of);
    let stage = |k: usize| now[k].unwrap();
    // 1 referred 2, who bought: advocate (above supporter).
    assert_eq!(stage(0).stage, Stage::Advocate);
    assert_eq!(stage(1).stage, Stage::Customer);
    assert_eq!(stage(2).stage, Stage::Prospect);
    assert_eq!((stage(3).stage, stage(3).manual), (Stage::Partner, true));
    assert_eq!(stage(4).stage, Stage::Customer);
    // Before 2 bought, 1 had 3 visits in 12 months: supporter (3 needed here), then moved up.
    let before = ladder.stages_at(day(2025, 5, 5));
    assert_eq!(before[0].unwrap().stage, Stage::Supporter);
    let moves = ladder.moves(day(2025, 4, 30), day(2025, 5, 31));
    let m1 = moves.iter().find(|m| m.customer == CustomerId(1)).unwrap();
    assert_eq!((m1.from, m1.to, m1.is_up()), (Some(Stage::Client), Stage::Advocate, true));
    let m2 = moves.iter().find(|m| m.customer == CustomerId(2)).unwrap();
    assert_eq!((m2.from, m2.to), (Some(Stage::Prospect), Stage::Customer));
    let history = ladder.history(12);
    assert_eq!(history.len(), 13);
    assert_eq!(history.last().unwrap().month_end, input.as_of);
    assert_eq!(history.last().unwrap().counts.iter().sum::<u32>(), 5);
    assert!(history.iter().map(|m| m.up).sum::<u32>() >= 3);
}

#[test]
fn pareto_picks_the_shortest_head_reaching_eighty_percent() {
    let ledger = Ledger::build(&little_shop());
    let p = pareto::pareto(&ledger, 0.8, 11);
    // Margins at 40 %: 1 → 8,800, 5 → 3,600, 2 → 800, 4 → 800. Total 14,000; 80 % = 11,200.
    assert_eq!(p.total_margin_minor, 14_000);
    assert_eq!(p.gold, vec![CustomerId(1), CustomerId(5)]);
    assert_eq!(p.buyers, 4);
    assert!((p.gold_share_of_buyers - 0.5).abs() < 1e-12);
    assert_eq!(p.curve.len(), 11);
    assert_eq!(p.curve[0].margin_share, 0.0);
    assert_eq!(p.curve[10].margin_share, 1.0);
}

#[test]
fn rfm_scores_and_segments() {
    let ledger = Ledger::build(&little_shop());
    let scores = rfm::rfm(&ledger, day(2025, 7, 31));
    assert_eq!(scores.len(), 4);
    let s1 = scores.iter().find(|s| s.customer == CustomerId(1)).unwrap();
    assert_eq!((s1.r, s1.f, s1.m, s1.segment), (5, 5, 5, Segment::Champions));
    let s5 = scores.iter().find(|s| s.customer == CustomerId(5)).unwrap();
    assert_eq!((s5.r, s5.recency_days), (1, 546));
    // As of an earlier date only earlier purchases count.
    assert_eq!(rfm::rfm(&ledger, day(2024, 6, 1)).len(), 1);
}

#[test]
fn retention_counts_new_lost_and_expansion() {
    let mut input = little_shop();
    input.settings.satisfied_silence_days = 60;
    let ledger = Ledger::build(&input);
    let r = retention::retention(&input, &ledger);
    assert_eq!(r.months.first().unwrap().month, day(2024, 2, 1));
    assert_eq!(r.months.last().unwrap().month, day(2025, 7, 1));
    let month = |y, m| r.months.iter().find(|x| x.month == day(y, m, 1)).unwrap();
    assert_eq!(month(2025, 1).lost, 1); // 5 bought 2024-02-01: 365 days later is 2025-01-31
    assert_eq!(month(2025, 3).new, 1);
    assert_eq!(month(2025, 5).expanding, 1); // 1 bought "Jeux" for the first time
    assert_eq!(month(2025, 5).returning_buyers, 1);
    assert_eq!(month(2025, 7).active, 3);
    assert_eq!(month(2025, 6).repurchase_rate, Some(1.0));
    // 2 has been silent 82 days; 4 has a complaint; 5 is already lost.
    assert_eq!(r.satisfied_not_returning, vec![CustomerId(2)]);
}

#[test]
fn referrals_tree_and_revenue() {
    let input = little_shop();
    let r = referrals::referrals(&input, &Ledger::build(&input));
    let ids: Vec<_> = r.tree.iter().map(|n| (n.customer.0, n.depth)).collect();
    assert_eq!(ids, vec![(1, 0), (2, 1), (3, 2)]);
    assert_eq!(r.advocates[0].customer, CustomerId(1));
    assert_eq!((r.advocates[0].referred_buyers, r.advocates[0].direct_revenue_minor), (1, 2_000));
    assert_eq!(r.advocates[1].referred_buyers, 0);
    // A referral cycle does not loop.
    let mut looped = input.clone();
    looped.customers[0].referred_by = Some(CustomerId(3));
    let r = referrals::referrals(&looped, &Ledger::build(&looped));
    assert_eq!(r.tree.len(), 3);
}

#[test]
fn a_simulated_shop_gets_model_figures_and_consistent_reports() {
    let input = sim::shop(4_000, 11);
    let a = analyze(&input);
    let bg = a.values.bgnbd.as_ref().unwrap();
    assert!(bg.repeat_customers > 1_000);
    assert!(a.values.gamma_gamma.is_ok());
    let buyers: Vec<_> = a.values.customers.iter().filter(|v| v.note != ValueNote::NoPurchase).collect();
    assert_eq!(buyers.len(), a.buyers);
    assert!(buyers.iter().all(|v| v.basis == Basis::Model && v.p_alive.is_some_and(|p| (0.0..=1.0).contains(&p))));
    // A one-time buyer still gets an estimate, from the shop's customers as a whole.
    let once = buyers.iter().find(|v| v.note == ValueNote::OneTimeBuyer).unwrap();
    assert!(once.expected_purchases_52w > 0.0 && once.clv_12m_minor > 0);
    assert!((a.pareto.gold_share_of_margin - 0.8).abs() < 0.01);
    assert!(!a.drifting.is_empty());
    let d = &a.drifting[0];
    assert!(d.reason.p_alive.unwrap() < 0.5);
    assert!(d.reason.visits >= 2 && d.reason.typical_gap().n >= 1, "a reason needs two visits: {:?}", d.reason);
    assert_eq!(a.rfm.len(), a.buyers);
    assert_eq!(a.ladder.len(), 13);
    let last = a.retention.months.last().unwrap();
    let ladder_buyers = a.stages.iter().flatten().filter(|s| s.stage != Stage::Prospect || s.manual).count();
    assert!(last.active as usize <= ladder_buyers);
}

#[test]
fn ladder_history_matches_stages_counted_date_by_date() {
    let input = sim::shop(10_000, 5);
    let ledger = Ledger::build(&input);
    let ladder = Ladder::new(&input, &ledger);
    let history = ladder.history(12);
    assert_eq!(history.len(), 13);
    for (m, month) in history.iter().enumerate() {
        let stages = ladder.stages_at(month.month_end);
        let mut counts = [0u32; 6];
        for s in stages.iter().flatten() {
            counts[Stage::ALL.iter().position(|&x| x == s.stage).unwrap()] += 1;
        }
        assert_eq!(month.counts, counts, "{}", month.month_end);
        if m == 0 {
            assert_eq!((month.up, month.down, month.entered), (0, 0, 0));
            continue;
        }
        let moves = ladder.moves(history[m - 1].month_end, month.month_end);
        let up = moves.iter().filter(|mv| mv.is_up()).count() as u32;
        let entered = moves.iter().filter(|mv| mv.from.is_none()).count() as u32;
        assert_eq!((month.up, month.down, month.entered), (up, moves.len() as u32 - up - entered, entered), "{}", month.month_end);
    }
    assert!(history.iter().any(|m| m.up > 0 && m.down > 0 && m.entered > 0));
}

#[test]
fn projection_matches_the_formulas_customer_by_customer() {
    let input = sim::shop(10_000, 6);
    let a = analyze(&input);
    let ledger = Ledger::build(&input);
    let bg = a.values.bgnbd.as_ref().unwrap().params;
    let gg = a.values.gamma_gamma.as_ref().unwrap().params;
    let mut checked = 0;
    for (i, v) in a.values.customers.iter().enumerate() {
        let occ = ledger.occasions(i);
        let (Some(&first), Some(&last)) = (occ.first(), occ.last()) else { continue };
        let x = occ.len() as u32 - 1;
        let (tx, t) = (f64::from(last - first) / 7.0, f64::from(ledger.as_of - first) / 7.0);
        let e = bg.conditional_expected(x, tx, t, 52.0).unwrap();
        assert!((v.expected_purchases_52w - e).abs() <= 1e-12 * e.max(1.0), "customer {i}: {} vs {e}", v.expected_purchases_52w);
        assert_eq!(v.p_alive, Some(bg.p_alive(x, tx, t)));
        let zbar = if x > 0 { ledger.occasion_amounts(i)[1..].iter().sum::<i64>() as f64 / f64::from(x) } else { 0.0 };
        assert_eq!(v.expected_value_per_purchase, gg.conditional_expected_value(x, zbar).unwrap());
        checked += 1;
    }
    assert_eq!(checked, a.buyers);
}

#[test]
fn the_order_customers_and_purchases_come_in_changes_no_figure() {
    let sorted = sim::shop(6_000, 8);
    let mut shuffled = sorted.clone();
    shuffled.customers.reverse();
    shuffled.purchases.reverse();
    let (a, b) = (analyze(&sorted), analyze(&shuffled));
    let (fa, fb) = (a.values.bgnbd.as_ref().unwrap(), b.values.bgnbd.as_ref().unwrap());
    assert_eq!(fa.params, fb.params, "the BG/NBD rows are grouped and sorted whatever the input order");
    let n = a.customers;
    for i in 0..n {
        let (va, vb) = (&a.values.customers[i], &b.values.customers[n - 1 - i]);
        assert_eq!(va.customer, vb.customer);
        assert_eq!((va.basis, va.note, va.p_alive, va.expected_purchases_52w), (vb.basis, vb.note, vb.p_alive, vb.expected_purchases_52w));
        // Gamma-Gamma sums its rows in input order: the optimiser stops a hair apart.
        let (ea, eb) = (va.expected_value_per_purchase, vb.expected_value_per_purchase);
        assert!((ea - eb).abs() <= 1e-9 * ea.abs(), "customer {:?}: {ea} vs {eb}", va.customer);
        assert_eq!(a.stages[i], b.stages[n - 1 - i]);
    }
    assert_eq!(a.pareto.gold, b.pareto.gold);
    assert_eq!(a.ladder, b.ladder);
    assert_eq!(a.retention.months, b.retention.months);
    let mut drift_a: Vec<_> = a.drifting.iter().map(|d| d.customer).collect();
    let mut drift_b: Vec<_> = b.drifting.iter().map(|d| d.customer).collect();
    drift_a.sort();
    drift_b.sort();
    assert_eq!(drift_a, drift_b);
}

#[test]
fn month_moves_are_the_moves_between_consecutive_month_ends() {
    let input = sim::shop(5_000, 8);
    let ledger = Ledger::build(&input);
    let ladder = Ladder::new(&input, &ledger);
    let history = ladder.history(12);
    let recorded = ladder.month_moves(12);
    // The twelve completed month ends, each against the one before; the current month is left out.
    let ends: Vec<NaiveDate> = history[..12].iter().map(|m| m.month_end).collect();
    assert!(recorded.iter().all(|m| ends.contains(&m.month_end)));
    for (k, &end) in ends.iter().enumerate() {
        let before = if k == 0 { end.with_day(1).unwrap().pred_opt().unwrap() } else { ends[k - 1] };
        let mut expected = ladder.moves(before, end);
        expected.sort_by_key(|m| m.customer.0);
        let got: Vec<_> = recorded.iter().filter(|m| m.month_end == end).map(|m| m.change).collect();
        assert_eq!(got, expected, "{end}");
        if k > 0 {
            let h = &history[k];
            assert_eq!(got.iter().filter(|m| m.is_up()).count() as u32, h.up, "{end}");
        }
    }
    assert!(recorded.windows(2).all(|w| (w[0].month_end, w[0].change.customer.0) < (w[1].month_end, w[1].change.customer.0)));
    assert!(recorded.iter().any(|m| m.change.from.is_none()) && recorded.iter().any(|m| m.change.is_up()));
}
