// TEMPORARY: dump the full analysis for before/after comparison. Deleted before hand-off.
#[allow(dead_code)]
#[path = "../tests/analytics/sim.rs"]
mod sim;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|v| v.parse().ok()).unwrap_or(200_000);
    let input = sim::shop(n, 2025);
    let a = fidele_analytics::analyze(&input);
    println!("{:?}", a.values.bgnbd);
    println!("{:?}", a.values.gamma_gamma);
    for c in &a.values.customers { println!("{:?}", c); }
    for c in &a.rfm { println!("{:?}", c); }
    println!("{:?}", a.pareto);
    for s in &a.stages { println!("{:?}", s); }
    for m in &a.ladder { println!("{:?}", m); }
    for d in &a.drifting { println!("{:?}", d); }
    println!("{:?}", a.retention);
    println!("{:?}", a.referrals);
    println!("{} {} {}", a.customers, a.buyers, a.ignored_purchases);
}
