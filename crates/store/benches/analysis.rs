//! `cargo bench -p fidele-store --bench analysis`: the whole "who matters" analysis of a
//! 200,000-customer shop from its SQLite file, against the issue's targets (≤ 1.0 s and
//! ≤ 150 MiB peak, reading from the database included).
//!
//! The file is built by a child process (this same binary, run with `--build PATH`), so the
//! simulation and the million inserts leave no trace in the measuring process: its peak
//! resident memory (VmHWM) is that of opening the file, reading the input and analysing it,
//! plus the program itself. The shop is the analytics crate's seeded simulation (BG/NBD
//! buyers, skewed spend, 5 % referred, 2 % with an open complaint), recorded the way a till
//! would: customers in the order they came, purchases in time order, a few walk-in sales with
//! no customer. At the end the analysis read from the file is checked against the analysis of
//! the simulated input itself: they must be identical.
//!
//! Environment: `FIDELE_BENCH_CUSTOMERS` (default 200,000), `FIDELE_BENCH_RUNS` (default 3),
//! `FIDELE_BENCH_DB` (a file to build once and reuse), `FIDELE_BENCH_PYTHON` (default python3).
//! When `python3` with the `lifetimes` package is found, the two model fits are also run
//! there on the same customers, for a side-by-side; otherwise that part says it was skipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use fidele_analytics::{Analysis, AnalysisSettings, analyze};
use fidele_domain::{CustomerDraft, Currency, InteractionDraft, InteractionKind, InteractionStatus, Money, PurchaseDraft};
use fidele_store::{Store, bulk};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

// The simulation the analytics crate tests and benchmarks with: the same shop in both benches.
#[allow(dead_code)]
#[path = "../../analytics/tests/analytics/sim.rs"]
mod sim;

const SEED: u64 = 2025;
/// Walk-in sales (no customer) per customer: they are in the file but not in the analysis.
const WALK_IN_RATE: f64 = 0.047;

fn customers_wanted() -> usize {
    std::env::var("FIDELE_BENCH_CUSTOMERS").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000)
}

/// `VmHWM:` (peak resident) or `VmRSS:` (resident now) from /proc/self/status, in MiB.
fn status_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn morning(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(9, 0, 0).expect("valid time")
}

/// The child: writes the simulated shop to `path` in one transaction.
fn build(path: &Path, customers: usize) -> fidele_store::Result<()> {
    let input = sim::shop(customers, SEED);
    let mut store = Store::open(path)?;
    let mut rng = ChaCha8Rng::seed_from_u64(SEED ^ 0x5eed);
    // Purchases as a till records them: in time order, with walk-in sales mixed in.
    let mut purchases: Vec<_> = input.purchases.iter().map(Some).collect();
    let walk_ins = (customers as f64 * WALK_IN_RATE) as usize;
    purchases.extend(std::iter::repeat_n(None, walk_ins));
    let as_of = input.as_of;
    let walk_in_at: Vec<NaiveDateTime> = (0..walk_ins)
        .map(|_| (as_of - chrono::Duration::days(rng.random_range(0..3 * 365))).and_hms_opt(rng.random_range(9..19), 0, 0).expect("valid"))
        .collect();
    let mut k = 0;
    let mut keyed: Vec<(NaiveDateTime, Option<&fidele_analytics::PurchaseFact>)> = purchases
        .into_iter()
        .map(|p| match p {
            Some(p) => (p.at, Some(p)),
            None => {
                k += 1;
                (walk_in_at[k - 1], None)
            }
        })
        .collect();
    keyed.sort_by_key(|(at, p)| (*at, p.map(|p| p.customer)));
    store.write(|tx| {
        for c in &input.customers {
            let draft = CustomerDraft { last_name: c.name.clone(), referred_by: c.referred_by, ..CustomerDraft::default() };
            let id = bulk::insert_customer(tx, &draft, morning(c.created))?;
            assert_eq!(id, c.id, "customers get the simulated ids");
            if c.open_complaints > 0 {
                let complaint = InteractionDraft {
                    customer: id,
                    kind: InteractionKind::Complaint,
                    status: InteractionStatus::Open,
                    at: morning(as_of),
                    summary: "Livre abîmé".into(),
                    details: String::new(),
                    due: None,
                    resolution: String::new(),
                };
                bulk::insert_interaction(tx, &complaint, morning(as_of))?;
            }
            if let Some(stage) = c.manual_stage {
                tx.execute("UPDATE customers SET manual_stage = ?2 WHERE id = ?1", rusqlite::params![id.0, stage.code()])?;
            }
        }
        for (at, p) in &keyed {
            let draft = PurchaseDraft {
                customer: p.map(|p| p.customer),
                at: *at,
                amount: Money::new(p.map_or(1_200, |p| p.amount_minor), Currency::EUR),
                margin: p.and_then(|p| p.margin_minor).map(|m| Money::new(m, Currency::EUR)),
                category: p.map_or("Papeterie".into(), |p| p.category.to_string()),
                item_count: Some(1),
                ticket_ref: String::new(),
                offer_code: String::new(),
                refund_of: None,
                note: String::new(),
            };
            bulk::insert_purchase(tx, &draft, *at)?;
        }
        Ok(())
    })?;
    // What a shop that has been running a while has: statistics for the query planner.
    store.write(|tx| Ok(tx.execute_batch("ANALYZE")?))?;
    Ok(())
}

struct Run {
    open: Duration,
    read: Duration,
    analyze: Duration,
    total: Duration,
    /// VmHWM once the input is read (before the analysis), MiB.
    peak_after_read: f64,
}

fn measure(path: &Path, as_of: NaiveDate) -> (Run, Analysis, usize, usize) {
    let start = Instant::now();
    let store = Store::open(path).expect("open the shop");
    let open = start.elapsed();
    let settings = store.analysis_settings().expect("settings");
    let input = store.analysis_input(as_of, settings).expect("read the input");
    let read = start.elapsed() - open;
    let peak_after_read = status_mib("VmHWM:").unwrap_or(f64::NAN);
    let (customers, purchases) = (input.customers.len(), input.purchases.len());
    let t = Instant::now();
    let analysis = analyze(&input);
    let analyze = t.elapsed();
    drop(input);
    drop(store);
    (Run { open, read, analyze, total: start.elapsed(), peak_after_read }, analysis, customers, purchases)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(k) = args.iter().position(|a| a == "--build") {
        let path = PathBuf::from(&args[k + 1]);
        build(&path, customers_wanted()).expect("build the benchmark shop");
        return;
    }
    let customers = customers_wanted();
    let runs: usize = std::env::var("FIDELE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let dir = tempfile::tempdir().expect("temp dir");
    // FIDELE_BENCH_DB: a file to keep (built when missing, reused when there; it must have
    // been built with the same number of customers).
    let path = std::env::var_os("FIDELE_BENCH_DB").map_or_else(|| dir.path().join("shop.db"), PathBuf::from);
    let t = Instant::now();
    if !path.exists() {
        let status = Command::new(std::env::current_exe().expect("own path"))
            .arg("--build")
            .arg(&path)
            .status()
            .expect("run the builder");
        assert!(status.success(), "building the shop failed");
    }
    let built = t.elapsed();
    let file_mib = std::fs::metadata(&path).map(|m| m.len() as f64 / (1 << 20) as f64).unwrap_or(f64::NAN);
    let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).expect("valid date");

    let rss_start = status_mib("VmRSS:").unwrap_or(f64::NAN);
    // The first run alone sets the peak that counts: one analysis in a fresh process. Later
    // runs only refine the times; the peak after them is shown too, since memory freed by one
    // run and partly kept by the allocator adds up differently.
    let (run, mut last, c, p) = measure(&path, as_of);
    let peak_one = status_mib("VmHWM:").unwrap_or(f64::NAN);
    let counts = (c, p);
    let mut all = vec![run];
    for _ in 1..runs {
        // Drop the previous analysis first, so the peak is that of one run.
        drop(last);
        let (run, analysis, _, _) = measure(&path, as_of);
        all.push(run);
        last = analysis;
    }
    let peak_all = status_mib("VmHWM:").unwrap_or(f64::NAN);
    let from_db = last;

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let best = |f: fn(&Run) -> Duration| all.iter().map(f).min().expect("runs");
    let first = &all[0];
    println!(
        "fidele-store analysis benchmark: {} customers, {} purchases read ({:.0} MiB file, built in {:.1} s by a child process)",
        counts.0,
        counts.1,
        file_mib,
        built.as_secs_f64()
    );
    match &from_db.values.bgnbd {
        Ok(f) => println!(
            "  BG/NBD r={:.3} alpha={:.2} a={:.3} b={:.3} ({} iterations); {} buyers, {} gold, {} drifting",
            f.params.r, f.params.alpha, f.params.a, f.params.b, f.iterations, from_db.buyers, from_db.pareto.gold.len(), from_db.drifting.len()
        ),
        Err(e) => println!("  BG/NBD not fitted: {e}"),
    }
    println!();
    println!("| figure                                   | first run  | best of {runs}  | target     |");
    println!("|------------------------------------------|------------|------------|------------|");
    let row = |name: &str, f: fn(&Run) -> Duration, target: &str| {
        println!("| {name:<40} | {:>7.1} ms | {:>7.1} ms | {target:>10} |", ms(f(first)), ms(best(f)));
    };
    row("open the file (schema check)", |r| r.open, "-");
    row("read settings + input (Store)", |r| r.read, "-");
    row("analyze() (fidele-analytics)", |r| r.analyze, "<= 600 ms");
    row("total: open + read + analyze", |r| r.total, "<= 1000 ms");
    println!("| resident at start (program, no data)     | {rss_start:>6.1} MiB |          - |          - |");
    println!("| peak resident once the input is read     | {:>6.1} MiB |          - |          - |", first.peak_after_read);
    println!("| peak resident, read + analysis (VmHWM)   | {peak_one:>6.1} MiB |          - | <= 150 MiB |");
    println!("| {:<40} | {peak_all:>6.1} MiB |          - |          - |", format!("peak resident after all {runs} runs"));
    let ok = first.total <= Duration::from_millis(1000) && peak_one <= 150.0;
    println!();
    println!("{}", if ok { "within target (first run)" } else { "OVER TARGET" });

    // The same shop analysed straight from the simulation: the file must lose nothing.
    let input = sim::shop(customers, SEED);
    let direct = analyze(&input);
    let same = direct == from_db;
    println!("analysis from the file identical to the analysis of the simulated input: {}", if same { "yes" } else { "NO" });
    assert!(same, "reading from the store changed the analysis");

    compare_with_lifetimes(&input, dir.path());
}

/// Fits BG/NBD and Gamma-Gamma with Python's `lifetimes` on the same (x, t_x, T, zbar) and
/// prints both sides; skipped, saying why, when Python or the package is missing.
fn compare_with_lifetimes(input: &fidele_analytics::AnalysisInput, dir: &Path) {
    println!();
    let python = std::env::var("FIDELE_BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = Command::new(&python).args(["-c", "import lifetimes"]).output();
    match probe {
        Ok(out) if out.status.success() => {}
        Ok(_) => return println!("comparison with Python lifetimes skipped: `{python} -c 'import lifetimes'` failed (pip install lifetimes)"),
        Err(e) => return println!("comparison with Python lifetimes skipped: no {python} ({e})"),
    }
    let ledger = fidele_analytics::Ledger::build(input);
    let settings = AnalysisSettings::default();
    let csv = dir.join("rfm.csv");
    let mut text = String::from("frequency,recency,T,monetary_value\n");
    for i in 0..ledger.len() {
        let occ = ledger.occasions(i);
        let (Some(&first), Some(&last)) = (occ.first(), occ.last()) else { continue };
        let x = occ.len() - 1;
        let zbar = if x > 0 { ledger.occasion_amounts(i)[1..].iter().sum::<i64>() as f64 / x as f64 } else { 0.0 };
        text.push_str(&format!(
            "{x},{},{},{zbar}\n",
            f64::from(last - first) / 7.0,
            f64::from(ledger.as_of - first) / 7.0
        ));
    }
    std::fs::write(&csv, text).expect("write the summary");
    let t = Instant::now();
    let bg = fidele_analytics::value::fit_bgnbd(&ledger, &settings);
    let gg = fidele_analytics::value::fit_gamma_gamma(&ledger, &settings);
    let ours = t.elapsed();
    let script = r#"
import sys, time, warnings
warnings.filterwarnings("ignore")
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
d = pd.read_csv(sys.argv[1])
t = time.perf_counter()
bg = BetaGeoFitter(penalizer_coef=0.0).fit(d["frequency"], d["recency"], d["T"])
r = d[d["frequency"] > 0]
r = r[r["monetary_value"] > 0]
gg = GammaGammaFitter(penalizer_coef=0.0).fit(r["frequency"], r["monetary_value"])
el = time.perf_counter() - t
p = bg.params_
q = gg.params_
print(p["r"], p["alpha"], p["a"], p["b"], q["p"], q["q"], q["v"], el)
"#;
    let out = Command::new(&python).arg("-c").arg(script).arg(&csv).output();
    let out = match out {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).to_string(),
        Ok(out) => return println!("comparison with Python lifetimes skipped: the fit failed: {}", String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")),
        Err(e) => return println!("comparison with Python lifetimes skipped: {e}"),
    };
    let v: Vec<f64> = out.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    if v.len() != 8 {
        return println!("comparison with Python lifetimes skipped: unexpected output {out:?}");
    }
    let (Ok(bg), Ok(gg)) = (bg, gg) else { return println!("comparison skipped: our fits failed") };
    println!("side by side with Python lifetimes (same customers, fits only):");
    println!("| parameter | fidele        | lifetimes     | rel. diff |");
    println!("|-----------|---------------|---------------|-----------|");
    let ours_v = [bg.params.r, bg.params.alpha, bg.params.a, bg.params.b, gg.params.p, gg.params.q, gg.params.gamma];
    for (k, name) in ["r", "alpha", "a", "b", "p", "q", "gamma (v)"].iter().enumerate() {
        println!("| {name:<9} | {:>13.6} | {:>13.6} | {:>9.1e} |", ours_v[k], v[k], (ours_v[k] / v[k] - 1.0).abs());
    }
    println!("| fit time  | {:>10.1} ms | {:>10.1} ms |           |", ours.as_secs_f64() * 1000.0, v[7] * 1000.0);
}
