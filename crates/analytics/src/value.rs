//! Per-customer outlook: P(alive), purchases expected over the next 52 weeks, value per
//! purchase and a discounted 12-month customer lifetime value (CLV).
//!
//! Discounting: the yearly rate `d` becomes a monthly one `(1 + d)^(1/12) − 1`; the purchases
//! the model expects in month k (the difference of its cumulative expectation at k and k − 1
//! months, a month being 52/12 weeks) are valued at the expected value per purchase and
//! discounted by `(1 + monthly)^k`, as if paid at the end of the month.
//!
//! When the models cannot be fitted (too few repeat customers, no convergence, parameters that
//! make a formula undefined) nothing is invented: the figures are the customer's own history,
//! marked [`Basis::Historic`], and the fit's error says why.

use fidele_domain::CustomerId;
use rayon::prelude::*;

use crate::bgnbd::{self, BgNbdFit, RepeatData};
use crate::gamma_gamma::{self, GammaGammaFit, SpendData};
use crate::input::AnalysisSettings;
use crate::ledger::Ledger;
use crate::optimize::FitError;

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// BG/NBD and Gamma-Gamma.
    Model,
    /// The customer's last 12 months, repeated: no model was available.
    Historic,
}

/// Why a customer's figures look the way they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueNote {
    /// Came back at least once: the model uses their own rhythm and spend.
    Repeat,
    /// Bought once: the model knows only how long ago, so the estimate leans on the shop's
    /// customers as a whole (their typical rhythm and spend).
    OneTimeBuyer,
    /// Never bought: nothing to project.
    NoPurchase,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CustomerValue {
    pub customer: CustomerId,
    /// Model only; `None` with historic figures or no purchase.
    pub p_alive: Option<f64>,
    /// Purchase occasions expected in the next 52 weeks (historic: those of the last 52).
    pub expected_purchases_52w: f64,
    /// Expected net amount of one purchase, minor units (a model quantity, hence f64).
    pub expected_value_per_purchase: f64,
    /// Discounted value of the next 12 months, minor units.
    pub clv_12m_minor: i64,
    pub basis: Basis,
    pub note: ValueNote,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LifetimeValues {
    pub bgnbd: Result<BgNbdFit, FitError>,
    pub gamma_gamma: Result<GammaGammaFit, FitError>,
    /// Yearly discount rate used for the CLV.
    pub annual_discount_rate: f64,
    /// One per customer, in input order.
    pub customers: Vec<CustomerValue>,
}

/// Customer `i`'s (x, t_x days, T days, zbar) as of the ledger's date; `None` without purchase.
pub(crate) fn rft_days(ledger: &Ledger, i: usize) -> Option<(u32, u32, u32, f64)> {
    let occ = ledger.occasions(i);
    let (&first, &last) = (occ.first()?, occ.last()?);
    let x = occ.len() as u32 - 1;
    let amounts = ledger.occasion_amounts(i);
    let zbar = if x > 0 { amounts[1..].iter().sum::<i64>() as f64 / f64::from(x) } else { 0.0 };
    Some((x, (last - first) as u32, (ledger.as_of - first) as u32, zbar))
}

/// Fits BG/NBD on every buyer.
pub fn fit_bgnbd(ledger: &Ledger, settings: &AnalysisSettings) -> Result<BgNbdFit, FitError> {
    let n = ledger.len();
    let (mut x, mut tx, mut t) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        if let Some((xi, txi, ti, _)) = rft_days(ledger, i) {
            x.push(xi);
            tx.push(txi);
            t.push(ti);
        }
    }
    bgnbd::fit(&RepeatData::from_days(&x, &tx, &t), settings.min_repeat_customers)
}

/// Fits Gamma-Gamma on the repeat buyers' mean repeat value, in minor units.
pub fn fit_gamma_gamma(ledger: &Ledger, settings: &AnalysisSettings) -> Result<GammaGammaFit, FitError> {
    let data = SpendData::new((0..ledger.len()).filter_map(|i| rft_days(ledger, i).map(|(x, _, _, z)| (x, z))));
    gamma_gamma::fit(&data, settings.min_repeat_customers)
}

const MONTHS: usize = 12;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Fits both models and projects every customer.
pub fn lifetime_values(ledger: &Ledger, settings: &AnalysisSettings) -> LifetimeValues {
    let bg = fit_bgnbd(ledger, settings);
    let gg = fit_gamma_gamma(ledger, settings);
    project(ledger, settings, bg, gg)
}

/// Projects every customer with given fits (so a caller may reuse or replace them).
pub fn project(
    ledger: &Ledger,
    settings: &AnalysisSettings,
    bg: Result<BgNbdFit, FitError>,
    gg: Result<GammaGammaFit, FitError>,
) -> LifetimeValues {
    let monthly = (1.0 + settings.annual_discount_rate).powf(1.0 / 12.0) - 1.0;
    let mut discount = [0.0; MONTHS];
    let mut horizons = [0.0; MONTHS];
    for k in 0..MONTHS {
        discount[k] = (1.0 + monthly).powi(k as i32 + 1).recip();
        horizons[k] = (k + 1) as f64 * WEEKS_PER_MONTH;
    }
    // The costly part of the expectation (a hypergeometric series per horizon) depends on
    // x and T only: computed once per distinct (x, T days), in parallel, then looked up.
    let numerators = match (&bg, &gg) {
        (Ok(bg), Ok(_)) => {
            let mut keys: Vec<u64> = (0..ledger.len())
                .filter_map(|i| rft_days(ledger, i).map(|(x, _, t, _)| u64::from(x) << 32 | u64::from(t)))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            let values: Vec<Option<[f64; MONTHS]>> = keys
                .par_iter()
                .with_min_len(64)
                .map(|&k| bg.params.expected_numerator_many((k >> 32) as u32, f64::from(k as u32) / 7.0, &horizons))
                .collect();
            Some((keys, values))
        }
        _ => None,
    };
    let year_ago = ledger.as_of - 365;
    let customers = (0..ledger.len())
        .into_par_iter()
        .with_min_len(1024)
        .map(|i| {
            let id = ledger.ids[i];
            let Some((x, tx, t, zbar)) = rft_days(ledger, i) else {
                return CustomerValue {
                    customer: id,
                    p_alive: None,
                    expected_purchases_52w: 0.0,
                    expected_value_per_purchase: 0.0,
                    clv_12m_minor: 0,
                    basis: Basis::Historic,
                    note: ValueNote::NoPurchase,
                };
            };
            let note = if x == 0 { ValueNote::OneTimeBuyer } else { ValueNote::Repeat };
            let (txw, tw) = (f64::from(tx) / 7.0, f64::from(t) / 7.0);
            let modelled = match (&bg, &gg, &numerators) {
                (Ok(bg), Ok(gg), Some((keys, values))) => {
                    let key = u64::from(x) << 32 | u64::from(t);
                    let cum = keys
                        .binary_search(&key)
                        .ok()
                        .and_then(|k| values[k].as_ref())
                        .map(|num| bg.params.expected_given_numerator(num, x, txw, tw))
                        .filter(|cum| cum.iter().all(|c| c.is_finite()));
                    let value = gg.params.conditional_expected_value(x, zbar);
                    match (cum, value) {
                        (Some(cum), Some(v)) => {
                            let mut clv = 0.0;
                            let mut before = 0.0;
                            for k in 0..MONTHS {
                                clv += (cum[k] - before) * v * discount[k];
                                before = cum[k];
                            }
                            Some(CustomerValue {
                                customer: id,
                                p_alive: Some(bg.params.p_alive(x, txw, tw)),
                                expected_purchases_52w: cum[MONTHS - 1],
                                expected_value_per_purchase: v,
                                clv_12m_minor: clv.round() as i64,
                                basis: Basis::Model,
                                note,
                            })
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            modelled.unwrap_or_else(|| {
                // Historic: last year's occasions and spend, spread evenly over the coming months.
                let occ = ledger.occasions(i);
                let amounts = ledger.occasion_amounts(i);
                let from = occ.partition_point(|&d| d <= year_ago);
                let recent: i64 = amounts[from..].iter().sum();
                let mean = amounts.iter().sum::<i64>() as f64 / amounts.len() as f64;
                let clv: f64 = discount.iter().map(|d| recent as f64 / MONTHS as f64 * d).sum();
                CustomerValue {
                    customer: id,
                    p_alive: None,
                    expected_purchases_52w: (occ.len() - from) as f64,
                    expected_value_per_purchase: mean,
                    clv_12m_minor: clv.round() as i64,
                    basis: Basis::Historic,
                    note,
                }
            })
        })
        .collect();
    LifetimeValues { bgnbd: bg, gamma_gamma: gg, annual_discount_rate: settings.annual_discount_rate, customers }
}
