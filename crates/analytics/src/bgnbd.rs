//! BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): how often a
//! customer buys while "alive", and the chance they have silently left.
//!
//! Time is in weeks. Per customer: `x` repeat purchase occasions (days with a purchase after the
//! first), `t_x` weeks from the first to the last occasion, `T` weeks from the first occasion to
//! the analysis date. The likelihood is the paper's equation (6) in the stable form
//! `A1 + A2 + ln(e^A3 + δ e^A4)` with the larger of A3, A4 factored out.
//!
//! Speed: every customer's terms depend on x only through gamma functions (computed once per
//! distinct x) and on t_x and T only through `ln(alpha + t)` (computed once per distinct time),
//! so one evaluation costs two cheap transcendental calls (`exp`, `ln`) per row. Customers
//! with the same (x, t_x, T) in days share one weighted row (one-time buyers: same T), and the
//! rows are summed in fixed chunks on every core (see `parallel`). In the projection, the
//! hypergeometric series of the conditional expectation depends on x and T only, so it is
//! summed once per distinct (x, T) (see [`crate::value::project`]).

use crate::optimize::{FitError, Objective, minimize};
use crate::parallel::chunked_sum;
use crate::special::{digamma, ln_gamma, log_add_exp, scaled_hyp2f1_many};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BgNbdParams {
    /// Shape of the purchase-rate heterogeneity.
    pub r: f64,
    /// Scale of the purchase-rate heterogeneity, in weeks.
    pub alpha: f64,
    /// Beta parameters of the drop-out probability after each purchase.
    pub a: f64,
    pub b: f64,
}

/// A fitted BG/NBD model.
#[derive(Debug, Clone, PartialEq)]
pub struct BgNbdFit {
    pub params: BgNbdParams,
    pub log_likelihood: f64,
    pub customers: usize,
    pub repeat_customers: usize,
    pub iterations: u64,
}

/// One row of [`RepeatData`]: `weight` customers sharing (x, t_x, T).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Row {
    x: u32,
    /// Indices into [`RepeatData::times`].
    tx: u32,
    t: u32,
    weight: f64,
}

/// The (x, t_x, T) of a customer base, compressed for fast likelihood evaluation.
#[derive(Debug, Clone, Default)]
pub struct RepeatData {
    /// Distinct times in weeks; rows refer to them by index.
    times: Vec<f64>,
    rows: Vec<Row>,
    max_x: u32,
    customers: usize,
    repeat_customers: usize,
}

/// Per-x constants of one evaluation: the gamma-function parts of A1 + A2, their derivatives
/// in (r, a, b), the x-dependent part of A4 and its derivative in b.
type PerX = [f64; 6];

impl RepeatData {
    /// From `(x, t_x, T)` in weeks, any values (the CDNOW summary file, for instance).
    pub fn from_weeks(rows: &[(u32, f64, f64)]) -> RepeatData {
        let mut times: Vec<f64> = rows.iter().flat_map(|&(_, tx, t)| [tx, t]).collect();
        times.sort_unstable_by(f64::total_cmp);
        times.dedup();
        let index = |v: f64| times.partition_point(|&u| u < v) as u32;
        let mut data = RepeatData { customers: rows.len(), ..RepeatData::default() };
        for &(x, tx, t) in rows {
            data.push(x, index(tx), index(t), 1.0);
        }
        data.times = times;
        data
    }

    /// From whole days (what the shop's ledger has): times are `d / 7` weeks, looked up by day,
    /// and customers with the same (x, t_x, T) collapse into one weighted row (one-time buyers
    /// by T alone, since their t_x is 0).
    pub fn from_days(x: &[u32], tx_days: &[u32], t_days: &[u32]) -> RepeatData {
        let max_day = tx_days.iter().chain(t_days).copied().max().unwrap_or(0) as usize;
        let mut once = vec![0u32; max_day + 1];
        let mut data = RepeatData { customers: x.len(), ..RepeatData::default() };
        // Repeat buyers as packed (x, t_x, T) keys, sorted so equal rows sit together. Days
        // fit 21 bits (5,700 years) and x the remaining 22; anything beyond is kept unpacked.
        let mut keys = Vec::with_capacity(x.len());
        for i in 0..x.len() {
            if x[i] == 0 {
                once[t_days[i] as usize] += 1;
            } else if x[i] < 1 << 22 && tx_days[i] < 1 << 21 && t_days[i] < 1 << 21 {
                keys.push(u64::from(x[i]) << 42 | u64::from(tx_days[i]) << 21 | u64::from(t_days[i]));
            } else {
                data.push(x[i], tx_days[i], t_days[i], 1.0);
            }
        }
        keys.sort_unstable();
        for group in keys.chunk_by(|a, b| a == b) {
            let k = group[0];
            let mask = (1 << 21) - 1;
            data.push((k >> 42) as u32, (k >> 21 & mask) as u32, (k & mask) as u32, group.len() as f64);
        }
        for (d, &n) in once.iter().enumerate() {
            if n > 0 {
                data.push(0, 0, d as u32, f64::from(n));
            }
        }
        data.times = (0..=max_day).map(|d| d as f64 / 7.0).collect();
        data
    }

    fn push(&mut self, x: u32, tx: u32, t: u32, weight: f64) {
        self.rows.push(Row { x, tx, t, weight });
        self.max_x = self.max_x.max(x);
        if x > 0 {
            self.repeat_customers += weight as usize;
        }
    }

    pub fn customers(&self) -> usize {
        self.customers
    }

    pub fn repeat_customers(&self) -> usize {
        self.repeat_customers
    }

    /// Distinct (x, t_x, T) rows the likelihood sums over.
    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    /// Log-likelihood and its gradient with respect to (r, alpha, a, b).
    fn evaluate(&self, p: &BgNbdParams, grad: &mut [f64; 4]) -> f64 {
        let BgNbdParams { r, alpha, a, b } = *p;
        // Per distinct time: ln(alpha + t) and 1 / (alpha + t).
        let lt: Vec<f64> = self.times.iter().map(|&t| (alpha + t).ln()).collect();
        let inv: Vec<f64> = self.times.iter().map(|&t| 1.0 / (alpha + t)).collect();
        let nx = self.max_x as usize + 1;
        let (lg_r, lg_b, lg_ab) = (ln_gamma(r), ln_gamma(b), ln_gamma(a + b));
        let (dg_r, dg_b, dg_ab) = (digamma(r), digamma(b), digamma(a + b));
        let ln_a = a.ln();
        let per_x: Vec<PerX> = (0..nx)
            .map(|x| {
                let xf = x as f64;
                let gam = ln_gamma(r + xf) - lg_r + lg_ab + ln_gamma(b + xf) - lg_b - ln_gamma(a + b + xf);
                let d_r = digamma(r + xf) - dg_r;
                let dg_abx = digamma(a + b + xf);
                let d_a = dg_ab - dg_abx;
                let d_b = dg_ab + digamma(b + xf) - dg_b - dg_abx;
                let (a4, d_b4) = if x > 0 { (ln_a - (b + xf - 1.0).ln(), -1.0 / (b + xf - 1.0)) } else { (0.0, 0.0) };
                [gam, d_r, d_a, d_b, a4, d_b4]
            })
            .collect();
        let ctx = EvalContext { r, alpha, a, ln_alpha: alpha.ln(), lt: &lt, inv: &inv, per_x: &per_x };
        let [ll, gr, gal, ga, gb] = chunked_sum(self.rows.len(), |range| ctx.sum(&self.rows[range]));
        *grad = [gr, gal, ga, gb];
        ll
    }
}

/// What every row's terms share in one evaluation.
struct EvalContext<'a> {
    r: f64,
    alpha: f64,
    a: f64,
    ln_alpha: f64,
    lt: &'a [f64],
    inv: &'a [f64],
    per_x: &'a [PerX],
}

impl EvalContext<'_> {
    /// Weighted log-likelihood and gradient terms of `rows`: [ll, ∂r, ∂alpha, ∂a, ∂b].
    fn sum(&self, rows: &[Row]) -> [f64; 5] {
        let EvalContext { r, alpha, a, ln_alpha, lt, inv, per_x } = *self;
        let (mut ll, mut gr, mut gal, mut ga, mut gb) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for row in rows {
            let x = row.x;
            let [gam, d_r, d_a, d_b, a4x, d_b4] = per_x[x as usize];
            let w = row.weight;
            let rx = r + f64::from(x);
            let (it, itx) = (row.t as usize, row.tx as usize);
            let a3 = -rx * lt[it];
            let (l, w3, w4) = if x > 0 {
                let a4 = a4x - rx * lt[itx];
                let e = (-(a3 - a4).abs()).exp();
                let big = 1.0 / (1.0 + e);
                let (w3, w4) = if a3 >= a4 { (big, e * big) } else { (e * big, big) };
                // ln(1 + e) with e in (0, 1]: `ln` is several times faster than `ln_1p` and
                // its absolute error (what a sum of log-likelihoods sees) is the same 1e-16.
                (a3.max(a4) + (1.0 + e).ln(), w3, w4)
            } else {
                (a3, 1.0, 0.0)
            };
            ll += w * (gam + r * ln_alpha + l);
            gr += w * (d_r + ln_alpha - w3 * lt[it] - w4 * lt[itx]);
            gal += w * (r / alpha - rx * (w3 * inv[it] + w4 * inv[itx]));
            ga += w * (d_a + w4 / a);
            gb += w * (d_b + w4 * d_b4);
        }
        [ll, gr, gal, ga, gb]
    }
}

/// The paper's log-likelihood of the whole customer base.
pub fn log_likelihood(params: &BgNbdParams, data: &RepeatData) -> f64 {
    data.evaluate(params, &mut [0.0; 4])
}

struct NegLl<'a> {
    data: &'a RepeatData,
    scale: f64,
}

impl Objective for NegLl<'_> {
    fn value_and_gradient(&self, theta: &[f64], grad: &mut [f64]) -> f64 {
        let p = BgNbdParams { r: theta[0].exp(), alpha: theta[1].exp(), a: theta[2].exp(), b: theta[3].exp() };
        let mut g = [0.0; 4];
        let ll = self.data.evaluate(&p, &mut g);
        for (k, v) in [p.r, p.alpha, p.a, p.b].into_iter().enumerate() {
            grad[k] = -g[k] * v * self.scale;
        }
        -ll * self.scale
    }
}

/// Maximum-likelihood fit. Needs at least `min_repeat_customers` customers with a repeat
/// purchase: with fewer, the drop-out process is not identified and the numbers would be noise.
pub fn fit(data: &RepeatData, min_repeat_customers: usize) -> Result<BgNbdFit, FitError> {
    if data.repeat_customers < min_repeat_customers.max(1) {
        return Err(FitError::TooFewRepeatCustomers { found: data.repeat_customers, needed: min_repeat_customers.max(1) });
    }
    // Start: r = 1, alpha = mean T-ish scale, a = b = 1. Log-space.
    let mean_t = data.rows.iter().map(|row| data.times[row.t as usize] * row.weight).sum::<f64>()
        / data.customers.max(1) as f64;
    let theta0 = vec![0.0, mean_t.max(1.0).ln(), 0.0, 0.0];
    let objective = NegLl { data, scale: 1.0 / data.customers as f64 };
    let opt = minimize(&objective, theta0)?;
    let params = BgNbdParams { r: opt.theta[0].exp(), alpha: opt.theta[1].exp(), a: opt.theta[2].exp(), b: opt.theta[3].exp() };
    Ok(BgNbdFit {
        params,
        log_likelihood: log_likelihood(&params, data),
        customers: data.customers,
        repeat_customers: data.repeat_customers,
        iterations: opt.iterations,
    })
}

impl BgNbdParams {
    /// `ln(a/(b+x−1)) + (r+x)·ln((alpha+T)/(alpha+t_x))`: the log odds of having left.
    fn log_odds_dead(&self, x: u32, t_x: f64, t: f64) -> Option<f64> {
        if x == 0 {
            return None;
        }
        let xf = f64::from(x);
        Some((self.a / (self.b + xf - 1.0)).ln() + (self.r + xf) * ((self.alpha + t).ln() - (self.alpha + t_x).ln()))
    }

    /// Probability the customer is still "alive" (has not silently left). A customer with no
    /// repeat purchase has not had the chance to leave in this model: 1.
    pub fn p_alive(&self, x: u32, t_x: f64, t: f64) -> f64 {
        match self.log_odds_dead(x, t_x, t) {
            Some(l) => 1.0 / (1.0 + l.exp()),
            None => 1.0,
        }
    }

    /// Expected purchase occasions in the next `horizon` weeks given the history, for several
    /// horizons at once (they share the hypergeometric series). Paper's equation (10).
    /// `None` when the parameters make the formula undefined (a = 1, or a + b + x ≤ 1).
    pub fn conditional_expected_many<const K: usize>(&self, x: u32, t_x: f64, t: f64, horizons: &[f64; K]) -> Option<[f64; K]> {
        let numerator = self.expected_numerator_many(x, t, horizons)?;
        Some(self.expected_given_numerator(&numerator, x, t_x, t)).filter(|out| out.iter().all(|v| v.is_finite()))
    }

    /// The numerator of equation (10),
    /// `(a+b+x−1)/(a−1) · [1 − ((alpha+T)/(alpha+T+h))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; h/(alpha+T+h))]`
    /// for each horizon h. It depends on x and T only (not on t_x), so customers who share them
    /// share the costly series: the projection computes it once per distinct (x, T).
    pub(crate) fn expected_numerator_many<const K: usize>(&self, x: u32, t: f64, horizons: &[f64; K]) -> Option<[f64; K]> {
        let BgNbdParams { r, alpha, a, b } = *self;
        let xf = f64::from(x);
        if (a - 1.0).abs() < 1e-9 {
            return None;
        }
        let mut zs = [0.0; K];
        for k in 0..K {
            zs[k] = horizons[k] / (alpha + t + horizons[k]);
        }
        let h = scaled_hyp2f1_many(r + xf, b + xf, a + b + xf - 1.0, r + xf, &zs)?;
        let lead = (a + b + xf - 1.0) / (a - 1.0);
        let mut out = [0.0; K];
        for k in 0..K {
            out[k] = lead * (1.0 - h[k]);
        }
        Some(out)
    }

    /// Equation (10) from its numerator: divided by `1 + odds of having left` (1 when x = 0),
    /// floored at 0. Not checked for finiteness.
    pub(crate) fn expected_given_numerator<const K: usize>(&self, numerator: &[f64; K], x: u32, t_x: f64, t: f64) -> [f64; K] {
        let denom = 1.0 + self.log_odds_dead(x, t_x, t).map_or(0.0, f64::exp);
        let mut out = [0.0; K];
        for k in 0..K {
            out[k] = (numerator[k] / denom).max(0.0);
        }
        out
    }

    /// Expected purchase occasions in the next `horizon` weeks given the history.
    pub fn conditional_expected(&self, x: u32, t_x: f64, t: f64, horizon: f64) -> Option<f64> {
        self.conditional_expected_many(x, t_x, t, &[horizon]).map(|v| v[0])
    }

    /// Log-likelihood of one customer (for checks against the paper's per-customer terms).
    pub fn customer_log_likelihood(&self, x: u32, t_x: f64, t: f64) -> f64 {
        let BgNbdParams { r, alpha, a, b } = *self;
        let xf = f64::from(x);
        let a1 = ln_gamma(r + xf) - ln_gamma(r) + r * alpha.ln();
        let a2 = ln_gamma(a + b) + ln_gamma(b + xf) - ln_gamma(b) - ln_gamma(a + b + xf);
        let a3 = -(r + xf) * (alpha + t).ln();
        let l = if x > 0 { log_add_exp(a3, a.ln() - (b + xf - 1.0).ln() - (r + xf) * (alpha + t_x).ln()) } else { a3 };
        a1 + a2 + l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CDNOW: BgNbdParams = BgNbdParams { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

    #[test]
    fn grouped_likelihood_equals_the_sum_of_customer_terms() {
        let rows = [(0, 0.0, 38.86), (2, 30.43, 38.86), (1, 1.71, 38.86), (0, 0.0, 38.86), (7, 29.43, 35.0)];
        let data = RepeatData::from_weeks(&rows);
        let direct: f64 = rows.iter().map(|&(x, tx, t)| CDNOW.customer_log_likelihood(x, tx, t)).sum();
        assert!((log_likelihood(&CDNOW, &data) - direct).abs() < 1e-9);
    }

    #[test]
    fn day_and_week_inputs_give_the_same_likelihood() {
        let x = [0, 3, 1, 0];
        let tx = [0, 140, 7, 0];
        let t = [200, 210, 70, 200];
        let by_days = RepeatData::from_days(&x, &tx, &t);
        let rows: Vec<_> = (0..4).map(|i| (x[i], tx[i] as f64 / 7.0, t[i] as f64 / 7.0)).collect();
        let by_weeks = RepeatData::from_weeks(&rows);
        assert_eq!(by_days.repeat_customers(), 2);
        assert!((log_likelihood(&CDNOW, &by_days) - log_likelihood(&CDNOW, &by_weeks)).abs() < 1e-9);
    }

    #[test]
    fn customers_with_the_same_history_share_one_row() {
        let x = [2, 0, 2, 2, 0, 1];
        let tx = [30, 0, 30, 31, 0, 5];
        let t = [90, 90, 90, 90, 90, 40];
        let data = RepeatData::from_days(&x, &tx, &t);
        // (2, 30, 90) twice, (2, 31, 90), (1, 5, 40), and the two one-time buyers of T = 90.
        assert_eq!((data.rows(), data.customers(), data.repeat_customers()), (4, 6, 4));
        let rows: Vec<_> = (0..6).map(|i| (x[i], tx[i] as f64 / 7.0, t[i] as f64 / 7.0)).collect();
        let direct: f64 = rows.iter().map(|&(x, tx, t)| CDNOW.customer_log_likelihood(x, tx, t)).sum();
        assert!((log_likelihood(&CDNOW, &data) - direct).abs() < 1e-9);
    }

    #[test]
    fn chunked_parallel_likelihood_equals_the_sum_of_customer_terms() {
        // Enough distinct rows for several chunks, so the parallel path is the one tested.
        let n = 3 * crate::parallel::CHUNK + 100;
        let rows: Vec<_> = (0..n as u32).map(|i| (i % 7, f64::from(i % 29), 30.0 + f64::from(i % 101) / 3.0)).collect();
        let rows: Vec<_> = rows.into_iter().map(|(x, tx, t)| (x, if x == 0 { 0.0 } else { tx }, t)).collect();
        let data = RepeatData::from_weeks(&rows);
        assert_eq!(data.rows(), n);
        let direct: f64 = rows.iter().map(|&(x, tx, t)| CDNOW.customer_log_likelihood(x, tx, t)).sum();
        assert!((log_likelihood(&CDNOW, &data) - direct).abs() < 1e-9 * direct.abs(), "{} vs {direct}", log_likelihood(&CDNOW, &data));
    }

    #[test]
    fn analytic_gradient_matches_finite_differences() {
        let data = RepeatData::from_weeks(&[(0, 0.0, 30.0), (4, 20.0, 31.0), (1, 3.0, 12.0), (12, 35.0, 36.0)]);
        let mut g = [0.0; 4];
        data.evaluate(&CDNOW, &mut g);
        let v = [CDNOW.r, CDNOW.alpha, CDNOW.a, CDNOW.b];
        for k in 0..4 {
            let h = 1e-6 * v[k];
            let mut up = v;
            up[k] += h;
            let mut down = v;
            down[k] -= h;
            let p = |v: [f64; 4]| BgNbdParams { r: v[0], alpha: v[1], a: v[2], b: v[3] };
            let fd = (log_likelihood(&p(up), &data) - log_likelihood(&p(down), &data)) / (2.0 * h);
            assert!((fd - g[k]).abs() < 1e-5 * fd.abs().max(1.0), "param {k}: {fd} vs {}", g[k]);
        }
    }

    #[test]
    fn p_alive_falls_with_silence_and_one_time_buyers_are_alive() {
        assert_eq!(CDNOW.p_alive(0, 0.0, 38.0), 1.0);
        let recent = CDNOW.p_alive(5, 37.0, 38.0);
        let silent = CDNOW.p_alive(5, 5.0, 38.0);
        assert!(recent > 0.8 && silent < 0.1 && silent > 0.0, "{recent} {silent}");
    }

    #[test]
    fn conditional_expectation_grows_with_horizon_and_matches_lifetimes() {
        // lifetimes' BetaGeoFitter on CDNOW, customer with x=2, t_x=30.43, T=38.86:
        // conditional_expected_number_of_purchases_up_to_time(39) ≈ 1.226.
        let e = CDNOW.conditional_expected_many(2, 30.43, 38.86, &[13.0, 39.0, 52.0]).unwrap();
        assert!(e[0] < e[1] && e[1] < e[2]);
        assert!((e[1] - 1.226).abs() < 0.01, "{e:?}");
        assert!(CDNOW.conditional_expected(0, 0.0, 38.86, 52.0).unwrap() > 0.0);
        let bad = BgNbdParams { a: 1.0, ..CDNOW };
        assert_eq!(bad.conditional_expected(1, 1.0, 2.0, 52.0), None);
    }

    #[test]
    fn too_few_repeat_customers_is_a_reason_not_a_number() {
        let data = RepeatData::from_weeks(&[(0, 0.0, 10.0), (1, 2.0, 10.0)]);
        assert_eq!(fit(&data, 30), Err(FitError::TooFewRepeatCustomers { found: 1, needed: 30 }));
    }
}
