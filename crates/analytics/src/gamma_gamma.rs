//! Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-value Curves"):
//! how much a customer spends per occasion, shrinking each customer's own average towards the
//! shop's by how many occasions it rests on.
//!
//! Fitted on customers with at least one repeat occasion and a positive mean repeat value
//! (`zbar`), as in the paper. Assumes spend per occasion does not depend on how often a
//! customer comes (the paper checks this with a correlation; so can a caller).

use crate::optimize::{FitError, Objective, minimize};
use crate::parallel::chunked_sum;
use crate::special::{digamma, ln_gamma};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GammaGammaParams {
    pub p: f64,
    pub q: f64,
    /// Scale, in the unit of the values (dollars for CDNOW, minor units for the shop).
    pub gamma: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GammaGammaFit {
    pub params: GammaGammaParams,
    pub log_likelihood: f64,
    pub customers: usize,
    pub iterations: u64,
}

/// Customers' (x, zbar), kept only where the model applies (x > 0, zbar > 0).
#[derive(Debug, Clone, Default)]
pub struct SpendData {
    x: Vec<u32>,
    ln_x: Vec<f64>,
    m: Vec<f64>,
    ln_m: Vec<f64>,
    max_x: u32,
}

impl SpendData {
    pub fn new(rows: impl IntoIterator<Item = (u32, f64)>) -> SpendData {
        let mut d = SpendData::default();
        for (x, m) in rows {
            if x > 0 && m > 0.0 && m.is_finite() {
                d.x.push(x);
                d.ln_x.push(f64::from(x).ln());
                d.m.push(m);
                d.ln_m.push(m.ln());
                d.max_x = d.max_x.max(x);
            }
        }
        d
    }

    pub fn len(&self) -> usize {
        self.x.len()
    }

    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }

    fn mean_value(&self) -> f64 {
        self.m.iter().sum::<f64>() / self.m.len().max(1) as f64
    }

    /// Log-likelihood and its gradient in (p, q, gamma).
    fn evaluate(&self, par: &GammaGammaParams, grad: &mut [f64; 3]) -> f64 {
        let GammaGammaParams { p, q, gamma } = *par;
        // Gamma functions per distinct x: [lnΓ(px+q) − lnΓ(px), ψ(px+q) − ψ(px), ψ(px+q)].
        let per_x: Vec<[f64; 3]> = (0..=self.max_x)
            .map(|x| {
                let px = p * f64::from(x);
                if x == 0 {
                    return [0.0; 3];
                }
                let dg = digamma(px + q);
                [ln_gamma(px + q) - ln_gamma(px), dg - digamma(px), dg]
            })
            .collect();
        let (lg_q, dg_q, ln_gamma_scale) = (ln_gamma(q), digamma(q), gamma.ln());
        let [ll, gp, gq, gg] = chunked_sum(self.x.len(), |range| {
            let (mut ll, mut gp, mut gq, mut gg) = (0.0, 0.0, 0.0, 0.0);
            for i in range {
                let x = self.x[i];
                let xf = f64::from(x);
                let [lg, dpx, dg_pxq] = per_x[x as usize];
                let (px, m) = (p * xf, self.m[i]);
                let lgm = (gamma + m * xf).ln();
                ll += lg - lg_q + q * ln_gamma_scale + (px - 1.0) * self.ln_m[i] + px * self.ln_x[i] - (px + q) * lgm;
                gp += xf * (dpx + self.ln_m[i] + self.ln_x[i] - lgm);
                gq += dg_pxq - dg_q + ln_gamma_scale - lgm;
                gg += q / gamma - (px + q) / (gamma + m * xf);
            }
            [ll, gp, gq, gg]
        });
        *grad = [gp, gq, gg];
        ll
    }
}

pub fn log_likelihood(params: &GammaGammaParams, data: &SpendData) -> f64 {
    data.evaluate(params, &mut [0.0; 3])
}

struct NegLl<'a> {
    data: &'a SpendData,
    scale: f64,
}

impl Objective for NegLl<'_> {
    fn value_and_gradient(&self, theta: &[f64], grad: &mut [f64]) -> f64 {
        let p = GammaGammaParams { p: theta[0].exp(), q: theta[1].exp(), gamma: theta[2].exp() };
        let mut g = [0.0; 3];
        let ll = self.data.evaluate(&p, &mut g);
        for (k, v) in [p.p, p.q, p.gamma].into_iter().enumerate() {
            grad[k] = -g[k] * v * self.scale;
        }
        -ll * self.scale
    }
}

/// Maximum-likelihood fit on at least `min_customers` customers.
pub fn fit(data: &SpendData, min_customers: usize) -> Result<GammaGammaFit, FitError> {
    if data.len() < min_customers.max(1) {
        return Err(FitError::TooFewRepeatCustomers { found: data.len(), needed: min_customers.max(1) });
    }
    // Start where the mean spend is about right: p = 1, q = 2, gamma = mean.
    let theta0 = vec![0.0, 2f64.ln(), data.mean_value().ln()];
    let opt = minimize(&NegLl { data, scale: 1.0 / data.len() as f64 }, theta0)?;
    let params = GammaGammaParams { p: opt.theta[0].exp(), q: opt.theta[1].exp(), gamma: opt.theta[2].exp() };
    Ok(GammaGammaFit { params, log_likelihood: log_likelihood(&params, data), customers: data.len(), iterations: opt.iterations })
}

impl GammaGammaParams {
    /// Expected value of one future occasion given `x` repeat occasions averaging `zbar`.
    /// With x = 0 it is the shop-wide mean `p·gamma/(q−1)`. `None` when q ≤ 1 (the model then
    /// has no finite mean and there is nothing honest to say).
    pub fn conditional_expected_value(&self, x: u32, zbar: f64) -> Option<f64> {
        if self.q <= 1.0 {
            return None;
        }
        let xf = f64::from(x);
        let zbar = if x == 0 { 0.0 } else { zbar };
        Some(self.p * (self.gamma + xf * zbar) / (self.p * xf + self.q - 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CDNOW: GammaGammaParams = GammaGammaParams { p: 6.25, q: 3.74, gamma: 15.44 };

    #[test]
    fn analytic_gradient_matches_finite_differences() {
        let data = SpendData::new([(1, 20.0), (3, 35.5), (2, 12.0), (7, 80.0)]);
        let mut g = [0.0; 3];
        data.evaluate(&CDNOW, &mut g);
        let v = [CDNOW.p, CDNOW.q, CDNOW.gamma];
        for k in 0..3 {
            let h = 1e-6 * v[k];
            let at = |d: f64| {
                let mut w = v;
                w[k] += d;
                log_likelihood(&GammaGammaParams { p: w[0], q: w[1], gamma: w[2] }, &data)
            };
            let fd = (at(h) - at(-h)) / (2.0 * h);
            assert!((fd - g[k]).abs() < 1e-5 * fd.abs().max(1.0), "param {k}: {fd} vs {}", g[k]);
        }
    }

    #[test]
    fn expected_value_shrinks_towards_the_mean() {
        let mean = CDNOW.conditional_expected_value(0, 0.0).unwrap();
        assert!((mean - 6.25 * 15.44 / 2.74).abs() < 1e-9);
        let one = CDNOW.conditional_expected_value(1, 100.0).unwrap();
        let many = CDNOW.conditional_expected_value(20, 100.0).unwrap();
        assert!(mean < one && one < many && many < 100.0);
        assert_eq!(GammaGammaParams { q: 0.9, ..CDNOW }.conditional_expected_value(1, 10.0), None);
    }

    #[test]
    fn rows_outside_the_model_are_left_out() {
        let data = SpendData::new([(0, 10.0), (2, 0.0), (2, -5.0), (1, 12.0)]);
        assert_eq!(data.len(), 1);
        assert!(matches!(fit(&data, 30), Err(FitError::TooFewRepeatCustomers { found: 1, .. })));
    }
}
