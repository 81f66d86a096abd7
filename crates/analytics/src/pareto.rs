//! 80/20: the few customers who bring most of the margin.
//!
//! Each buyer's margin is the sum of their purchases' margins (the till's figure where known,
//! else amount × the margin rate; refunds subtract). Buyers are ranked by margin, highest first
//! (ties by id, so the result is stable); "gold" is the shortest head of that ranking whose
//! margin reaches the target share (80 %) of the total positive margin.

use fidele_domain::CustomerId;

use crate::ledger::Ledger;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParetoPoint {
    /// Share of buyers, best first, 0..=1.
    pub customer_share: f64,
    /// Share of the total margin they bring, 0..=1.
    pub margin_share: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pareto {
    /// Gold customers, best first.
    pub gold: Vec<CustomerId>,
    /// Customers with at least one purchase: the base of the shares.
    pub buyers: usize,
    pub gold_share_of_buyers: f64,
    pub gold_share_of_margin: f64,
    /// Sum of the buyers' positive margins, minor units.
    pub total_margin_minor: i64,
    pub gold_margin_minor: i64,
    /// The cumulative curve at evenly spaced customer shares (first point 0, last point 1).
    pub curve: Vec<ParetoPoint>,
}

/// The 80/20 split (`share` = 0.8) with a curve of `points` points (at least 2).
pub fn pareto(ledger: &Ledger, share: f64, points: usize) -> Pareto {
    let mut order: Vec<u32> = (0..ledger.len() as u32).filter(|&i| !ledger.occasions(i as usize).is_empty()).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(ledger.margin[i as usize]), ledger.ids[i as usize]));
    let buyers = order.len();
    let total: i64 = order.iter().map(|&i| ledger.margin[i as usize].max(0)).sum();
    if buyers == 0 || total <= 0 {
        return Pareto { buyers, ..Pareto::default() };
    }
    // Integer target so 80 % of 1,000 is exactly 800, never 799.9999.
    let target = (total as f64 * share.clamp(0.0, 1.0)).ceil() as i64;
    let mut cum = Vec::with_capacity(buyers + 1);
    cum.push(0i64);
    let mut sum = 0i64;
    for &i in &order {
        sum += ledger.margin[i as usize].max(0);
        cum.push(sum);
    }
    let gold_count = cum.partition_point(|&c| c < target).min(buyers);
    let points = points.max(2);
    let curve = (0..points)
        .map(|k| {
            let customer_share = k as f64 / (points - 1) as f64;
            let idx = ((customer_share * buyers as f64).round() as usize).min(buyers);
            ParetoPoint { customer_share, margin_share: cum[idx] as f64 / total as f64 }
        })
        .collect();
    Pareto {
        gold: order[..gold_count].iter().map(|&i| ledger.ids[i as usize]).collect(),
        buyers,
        gold_share_of_buyers: gold_count as f64 / buyers as f64,
        gold_share_of_margin: cum[gold_count] as f64 / total as f64,
        total_margin_minor: total,
        gold_margin_minor: cum[gold_count],
        curve,
    }
}
