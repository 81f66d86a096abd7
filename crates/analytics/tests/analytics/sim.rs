//! Seeded simulation of customer bases from the BG/NBD story, shared by the tests and the
//! benchmark (included by path in both).
//!
//! Each customer gets a purchase rate λ ~ Gamma(r, rate alpha) and a drop-out probability
//! p ~ Beta(a, b); while alive they buy after exponential waits, and after each purchase they
//! leave for good with probability p.

use chrono::{Duration, NaiveDate};
use fidele_analytics::{AnalysisInput, AnalysisSettings, CustomerFacts, PurchaseFact, Stage};
use fidele_domain::CustomerId;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub struct Truth {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
}

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = rng.random::<f64>().max(1e-300);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Marsaglia & Tsang; shapes below 1 boosted by U^(1/shape).
fn gamma(rng: &mut ChaCha8Rng, shape: f64) -> f64 {
    if shape < 1.0 {
        let u: f64 = rng.random::<f64>().max(1e-300);
        return gamma(rng, shape + 1.0) * u.powf(1.0 / shape);
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    loop {
        let x = normal(rng);
        let v = (1.0 + c * x).powi(3);
        if v <= 0.0 {
            continue;
        }
        let u: f64 = rng.random();
        if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
            return d * v;
        }
    }
}

fn beta(rng: &mut ChaCha8Rng, a: f64, b: f64) -> f64 {
    let x = gamma(rng, a);
    let y = gamma(rng, b);
    x / (x + y)
}

/// Repeat purchase times (weeks after the first purchase) within `horizon` weeks.
fn repeat_times(rng: &mut ChaCha8Rng, truth: &Truth, horizon: f64, out: &mut Vec<f64>) {
    out.clear();
    let lambda = gamma(rng, truth.r) / truth.alpha;
    let p = beta(rng, truth.a, truth.b);
    let mut t = 0.0;
    loop {
        let u: f64 = rng.random::<f64>().max(1e-300);
        t += -u.ln() / lambda.max(1e-12);
        if t > horizon {
            return;
        }
        out.push(t);
        // After each repeat purchase (not the first one: the model's x = 0 customer is alive
        // throughout), the customer may leave for good.
        if rng.random::<f64>() < p {
            return;
        }
    }
}

/// `(x, t_x, T)` in continuous weeks for `n` customers observed 20 to 52 weeks.
#[allow(dead_code)]
pub fn bgnbd_rows(truth: &Truth, n: usize, seed: u64) -> Vec<(u32, f64, f64)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut times = Vec::new();
    (0..n)
        .map(|_| {
            let horizon = rng.random_range(20.0..52.0);
            repeat_times(&mut rng, truth, horizon, &mut times);
            (times.len() as u32, times.last().copied().unwrap_or(0.0), horizon)
        })
        .collect()
}

const CATEGORIES: [&str; 8] = ["Livres", "Papeterie", "Jeux", "Cadeaux", "BD", "Musique", "Cartes", "Loisirs"];

/// A shop: `n` customers recorded over three years up to 2025-12-31; ~10 % never bought, most
/// of the others once, a few often; spend per visit lognormal across customers. About 3.2
/// till lines per customer.
#[allow(dead_code)]
pub fn shop(n: usize, seed: u64) -> AnalysisInput {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let truth = Truth { r: 0.3, alpha: 10.0, a: 0.8, b: 2.5 };
    let as_of = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let span_days = 3 * 365;
    let mut customers = Vec::with_capacity(n);
    let mut purchases = Vec::with_capacity(n * 4);
    let mut times = Vec::new();
    let categories: Vec<std::sync::Arc<str>> = CATEGORIES.iter().map(|&c| c.into()).collect();
    for i in 0..n {
        let id = CustomerId(i as i64 + 1);
        let born = rng.random_range(0..span_days);
        let created = as_of - Duration::days(span_days - born);
        let referred_by = (i > 10 && rng.random::<f64>() < 0.05).then(|| CustomerId(rng.random_range(1..i as i64)));
        customers.push(CustomerFacts {
            id,
            created,
            manual_stage: (rng.random::<f64>() < 0.001).then_some(Stage::Partner),
            referred_by,
            open_complaints: u32::from(rng.random::<f64>() < 0.02),
            name: format!("Client {}", i + 1),
        });
        if rng.random::<f64>() < 0.10 {
            continue;
        }
        let horizon_weeks = (span_days - born) as f64 / 7.0;
        repeat_times(&mut rng, &truth, horizon_weeks, &mut times);
        let spend = 1500.0 * normal(&mut rng).exp();
        let favourite = rng.random_range(0..CATEGORIES.len());
        for t in std::iter::once(0.0).chain(times.iter().copied()) {
            let day = created + Duration::days((t * 7.0) as i64);
            let lines = if rng.random::<f64>() < 0.55 { 2 } else { 1 };
            for l in 0..lines {
                let amount = ((spend * (0.3 * normal(&mut rng)).exp()) as i64).max(100);
                let category = if rng.random::<f64>() < 0.7 { favourite } else { rng.random_range(0..CATEGORIES.len()) };
                purchases.push(PurchaseFact {
                    customer: id,
                    at: day.and_hms_opt(10 + l, 0, 0).unwrap(),
                    amount_minor: amount,
                    margin_minor: (rng.random::<f64>() < 0.5).then_some(amount * 35 / 100),
                    category: categories[category].clone(),
                });
            }
        }
    }
    AnalysisInput { as_of, customers, purchases, settings: AnalysisSettings::default() }
}
