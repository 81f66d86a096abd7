//! `cargo bench -p fidele-analytics`: the whole analysis of a 200,000-customer shop, against
//! the targets (≤ 0.6 s for this crate's share of the 1 s budget, ≤ 150 MiB peak).

use std::time::{Duration, Instant};

use fidele_analytics::{Ledger, analyze, value};

#[allow(dead_code)]
#[path = "../tests/analytics/sim.rs"]
mod sim;

/// `VmHWM:` (peak resident) or `VmRSS:` (resident now) from /proc/self/status, in MiB.
fn rss_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        // Drop the previous result first, so the peak is that of one run.
        drop(last.take());
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed());
        last = Some(out);
    }
    (best, last.expect("at least one run"))
}

fn main() {
    let customers = std::env::var("FIDELE_BENCH_CUSTOMERS").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000);
    let t = Instant::now();
    let input = sim::shop(customers, 2025);
    let simulate = t.elapsed();
    let rss_input = rss_mib("VmRSS:").unwrap_or(f64::NAN);
    let runs = 3;

    let (ledger_time, ledger) = best_of(runs, || Ledger::build(&input));
    let (bg_time, bg) = best_of(runs, || value::fit_bgnbd(&ledger, &input.settings));
    let (gg_time, gg) = best_of(runs, || value::fit_gamma_gamma(&ledger, &input.settings));
    let (project_time, _) = best_of(runs, || value::project(&ledger, &input.settings, bg.clone(), gg.clone()));
    drop(ledger);
    let (total, analysis) = best_of(runs, || analyze(&input));
    let rss = rss_mib("VmHWM:").unwrap_or(f64::NAN);
    let own = rss - rss_input;

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("fidele-analytics benchmark: {} customers, {} purchases, {} buyers (simulated in {:.0} ms)",
        input.customers.len(), input.purchases.len(), analysis.buyers, ms(simulate));
    match &bg {
        Ok(f) => println!("  BG/NBD r={:.3} alpha={:.2} a={:.3} b={:.3}, {} iterations, {} repeat customers",
            f.params.r, f.params.alpha, f.params.a, f.params.b, f.iterations, f.repeat_customers),
        Err(e) => println!("  BG/NBD not fitted: {e}"),
    }
    match &gg {
        Ok(f) => println!("  Gamma-Gamma p={:.2} q={:.2} gamma={:.0}, {} iterations", f.params.p, f.params.q, f.params.gamma, f.iterations),
        Err(e) => println!("  Gamma-Gamma not fitted: {e}"),
    }
    println!("  gold {} ({:.1} % of buyers, {:.1} % of margin), {} drifting, {} referral advocates",
        analysis.pareto.gold.len(), 100.0 * analysis.pareto.gold_share_of_buyers,
        100.0 * analysis.pareto.gold_share_of_margin, analysis.drifting.len(), analysis.referrals.advocates.len());
    println!();
    println!("| {:<36} | measured   | target     |", format!("figure (best of {runs})"));
    println!("|--------------------------------------|------------|------------|");
    println!("| ledger (group purchases by customer) | {:>7.1} ms |          - |", ms(ledger_time));
    println!("| BG/NBD fit                           | {:>7.1} ms |          - |", ms(bg_time));
    println!("| Gamma-Gamma fit                      | {:>7.1} ms |          - |", ms(gg_time));
    println!("| per-customer P(alive), E[52w], CLV   | {:>7.1} ms |          - |", ms(project_time));
    println!("| analyze() total                      | {:>7.1} ms | <=  600 ms |", ms(total));
    println!("| resident input (the store's share)   | {:>6.1} MiB |          - |", rss_input);
    println!("| peak RSS (VmHWM), whole process      | {:>6.1} MiB |          - |", rss);
    println!("| analysis peak above the input        | {:>6.1} MiB | <= 150 MiB |", own);
    let ok = total <= Duration::from_millis(600) && own <= 150.0;
    println!();
    println!("{}", if ok { "within target" } else { "OVER TARGET" });
}
