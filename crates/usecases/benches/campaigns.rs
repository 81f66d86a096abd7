//! The Campaigns view on the customer file of a long-lived shop: 100,000 customers, 2,000,000
//! purchases over eight years, and 24 monthly card runs each holding out 10 % of the ~60,000
//! customers it reached. Run with `cargo bench -p fidele-usecases --bench campaigns`.
//!
//! Measures `fidele_usecases::campaigns::campaigns` (read, windows, intervals, pools, long
//! view) and prints it beside its target, ≤ 300 ms; exits non-zero on a miss.

use std::time::{Duration, Instant};

use chrono::{Days, Months, NaiveDate};
use fidele_domain::{Address, Currency, CustomerDraft, CustomerId, Money, PurchaseDraft};
use fidele_store::{Store, bulk};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CUSTOMERS: i64 = 100_000;
const PURCHASES: usize = 2_000_000;
const RUNS: u32 = 24;
const TARGET_MS: f64 = 300.0;
/// Runs of the view timed (the median is judged: the machine may be shared).
const RUNS_MEASURED: usize = 9;

fn build(path: &std::path::Path) -> (Store, NaiveDate) {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut store = Store::open(path).unwrap();
    let start = Instant::now();
    let created = NaiveDate::from_ymd_opt(2018, 1, 1).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let first_run = first_run();
    store
        .write(|tx| {
            for i in 0..CUSTOMERS {
                let draft = CustomerDraft {
                    first_name: format!("Client{i}"),
                    last_name: "Martin".into(),
                    address: Address { line1: format!("{} rue des Lilas", i % 120 + 1), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
                    ..CustomerDraft::default()
                };
                bulk::insert_customer(tx, &draft, created)?;
            }
            let day0 = NaiveDate::from_ymd_opt(2018, 1, 1).unwrap();
            for _ in 0..PURCHASES {
                let at = day0.checked_add_days(Days::new(rng.random_range(0..2900))).unwrap().and_hms_opt(rng.random_range(9..19), 0, 0).unwrap();
                let draft = PurchaseDraft {
                    customer: Some(CustomerId(rng.random_range(1..=CUSTOMERS))),
                    at,
                    amount: Money::new(rng.random_range(300..15_000), Currency::EUR),
                    margin: None,
                    category: "Romans".into(),
                    item_count: Some(1),
                    ticket_ref: String::new(),
                    offer_code: String::new(),
                    refund_of: None,
                    note: String::new(),
                };
                bulk::insert_purchase(tx, &draft, at)?;
            }
            bulk::refresh_purchase_totals(tx)?;
            // 24 monthly runs, recorded at each month's start: 60 % of the customers reached,
            // a tenth of them held out (never twice in a row: a customer held out of one run
            // is sent the next).
            let stages = ["prospect", "customer", "client", "supporter", "advocate", "partner"];
            let mut held_last = vec![false; CUSTOMERS as usize + 1];
            for r in 0..RUNS {
                let day = first_run.checked_add_months(Months::new(r)).unwrap();
                let period = day.format("%Y-%m").to_string();
                let design = format!("month-{}", day.format("%m"));
                tx.execute(
                    "INSERT INTO card_runs (id, kind, period, design, layout, households, created_at, holdout_percent, holdout_seed)
                     VALUES (?1, 'monthly', ?2, ?3, '4up', 0, ?4, 10, ?1)",
                    rusqlite::params![r + 1, period, design, format!("{}T09:00:00", day)],
                )?;
                let mut sent = tx.prepare_cached(
                    "INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, stage, offer_percent, offer_code, in_draw)
                     VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?;
                let mut held = tx.prepare_cached("INSERT INTO card_run_holdouts (run_id, customer_id, occasion, stage) VALUES (?1, ?2, ?3, ?4)")?;
                let occasion = format!("monthly:{period}");
                for c in 1..=CUSTOMERS {
                    if c % 10 >= 6 {
                        continue;
                    }
                    let stage = stages[(c % 6) as usize];
                    let hold = !held_last[c as usize] && rng.random_bool(0.1);
                    if hold {
                        held.execute(rusqlite::params![r + 1, c, occasion, stage])?;
                    } else {
                        let code = format!("M{}-{c}", day.format("%y%m"));
                        sent.execute(rusqlite::params![r + 1, c, occasion, design, stage, 5 + (c % 6) * 2, code, !held_last[c as usize]])?;
                    }
                    held_last[c as usize] = hold;
                }
            }
            Ok(())
        })
        .unwrap();
    store.write(|tx| Ok(tx.execute_batch("ANALYZE")?)).unwrap();
    println!("built {CUSTOMERS} customers, {PURCHASES} purchases and {RUNS} runs in {:.1} s", start.elapsed().as_secs_f64());
    (store, as_of())
}

/// CPU seconds this process has used so far (user and system, every thread).
fn cpu_time() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime, the 14th and 15th fields (the 12th and 13th after the name); 100 a second.
    (ticks(11) + ticks(12)) / 100.0
}

/// The day measured: two months after the last run (its 60 days have passed, not its 90).
fn as_of() -> NaiveDate {
    first_run().checked_add_months(Months::new(RUNS + 1)).unwrap()
}

fn first_run() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 2).unwrap()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    // `CAMPAIGNS_BENCH_DB=FILE` keeps the built file there and reuses it on the next run (the
    // build takes minutes; the measurement does not write).
    let kept = std::env::var_os("CAMPAIGNS_BENCH_DB").map(std::path::PathBuf::from);
    let (store, as_of) = match kept {
        Some(path) if path.exists() => (Store::open(&path).unwrap(), as_of()),
        Some(path) => build(&path),
        None => build(&dir.path().join("campaigns.db")),
    };
    // Warm the page cache as a running app would have it.
    let view = fidele_usecases::campaigns::campaigns(&store, as_of).unwrap();
    assert_eq!(view.runs.len(), RUNS as usize);
    let (mut reads, mut measures): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
    let margin = store.analysis_settings().unwrap().margin_rate_permille;
    let mut cpu = 0.0;
    let mut times: Vec<Duration> = (0..RUNS_MEASURED)
        .map(|_| {
            let (t, c) = (Instant::now(), cpu_time());
            let v = fidele_usecases::campaigns::campaigns(&store, as_of).unwrap();
            assert_eq!(v.runs.len(), RUNS as usize);
            let d = t.elapsed();
            cpu += cpu_time() - c;
            let t = Instant::now();
            let facts = store.campaign_facts().unwrap();
            reads.push(t.elapsed());
            let t = Instant::now();
            let again = fidele_usecases::campaigns::measure(&facts, as_of, margin, v.cost_per_card_minor, Currency::EUR);
            measures.push(t.elapsed());
            assert_eq!(again.runs.len(), v.runs.len());
            d
        })
        .collect();
    let cpu = cpu / RUNS_MEASURED as f64;
    times.sort();
    reads.sort();
    measures.sort();
    let ms = |v: &[Duration]| v[v.len() / 2].as_secs_f64() * 1000.0;
    println!("  stages: reading the runs, their draws and the members' sales   median {:>7.1} ms", ms(&reads));
    println!("          measuring (windows, intervals, pools, long view)      median {:>7.1} ms", ms(&measures));
    println!("  CPU time of the view (both cores, mean of the runs)                  {:>7.1} ms", cpu * 1000.0);
    println!("  every run of the view: {:?} ms", times.iter().map(|d| d.as_millis()).collect::<Vec<_>>());
    let median = times[times.len() / 2].as_secs_f64() * 1000.0;
    let ok = median <= TARGET_MS;
    println!(
        "campaigns view, {RUNS} runs (intervals included)   median {median:>7.1} ms   target ≤ {TARGET_MS} ms   {}",
        if ok { "ok" } else { "OVER TARGET" }
    );
    if !ok {
        std::process::exit(1);
    }
}
