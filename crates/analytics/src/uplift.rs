//! Do the cards pay? A run's recipients against its hold-out: the share who came back, the
//! revenue and margin per customer, offer codes redeemed, and each difference with a 95 %
//! interval; then a verdict as data (the front ends word it).
//!
//! Which interval: Welch's (the normal approximation with each group's own variance) where
//! that approximation holds, a seeded percentile bootstrap otherwise, and the result says
//! which and why:
//! - a share (came back, redeemed): Welch when each group has at least
//!   [`MIN_OUTCOMES`] customers who did and [`MIN_OUTCOMES`] who did not (the usual rule for
//!   the normal approximation of a binomial share);
//! - a mean (revenue, margin per customer): Welch when each group has at least
//!   [`MIN_GROUP_FOR_MEANS`] customers, [`MIN_OUTCOMES`] of them with a non-zero amount (a
//!   mean of mostly zeros is too skewed for the central limit theorem at smaller sizes).
//!
//! The bootstrap resamples each group [`BOOTSTRAP_RESAMPLES`] times from a seed (same input,
//! same interval), its resamples spread over the cores in fixed chunks.

use rayon::prelude::*;

/// Successes and failures each group needs for Welch's interval of a share.
pub const MIN_OUTCOMES: usize = 10;
/// Customers each group needs for Welch's interval of a mean.
pub const MIN_GROUP_FOR_MEANS: usize = 30;
/// Resamples of a bootstrap. Each end of the 95 % percentile interval is then the 50th value
/// from its side: enough that the ends move by well under a tenth of the interval's width
/// from one seed to another (Efron and Tibshirani ask for 1,000 or more for percentile
/// intervals), while a group of a few hundred customers still resamples in about a
/// millisecond per core. It is only used for small or lopsided groups; large ones take Welch.
pub const BOOTSTRAP_RESAMPLES: usize = 2000;
/// 97.5 % quantile of the standard normal.
const Z: f64 = 1.959_963_984_540_054;
/// An interval of the return rate wider than this (in points) says nothing yet.
pub const TOO_WIDE_POINTS: f64 = 20.0;

/// What one customer did in a window after the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    pub returned: bool,
    pub revenue_minor: i64,
    pub margin_minor: i64,
    /// Bought with the code printed on their card.
    pub redeemed: bool,
}

/// How an interval was computed, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Each group had enough outcomes for the normal approximation.
    Welch,
    /// Too few outcomes in a group (`smallest` is the fewest successes, failures or
    /// customers the rule counts), so the normal approximation was not trusted.
    Bootstrap { smallest: usize },
}

impl Method {
    pub fn code(self) -> &'static str {
        match self {
            Method::Welch => "welch",
            Method::Bootstrap { .. } => "bootstrap",
        }
    }
}

/// A difference (recipients minus hold-out) with its 95 % interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Difference {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
    pub method: Method,
}

impl Difference {
    pub fn covers(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// One group's figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Arm {
    pub customers: usize,
    pub returned: usize,
    pub redeemed: usize,
    /// Per customer, in minor units.
    pub revenue_per_customer: f64,
    pub margin_per_customer: f64,
}

impl Arm {
    pub fn of(outcomes: &[Outcome]) -> Arm {
        let n = outcomes.len();
        let per = |f: fn(&Outcome) -> i64| if n == 0 { 0.0 } else { outcomes.iter().map(f).sum::<i64>() as f64 / n as f64 };
        Arm {
            customers: n,
            returned: outcomes.iter().filter(|o| o.returned).count(),
            redeemed: outcomes.iter().filter(|o| o.redeemed).count(),
            revenue_per_customer: per(|o| o.revenue_minor),
            margin_per_customer: per(|o| o.margin_minor),
        }
    }

    /// The share who came back, 0 to 1.
    pub fn return_rate(&self) -> f64 {
        if self.customers == 0 { 0.0 } else { self.returned as f64 / self.customers as f64 }
    }
}

/// Recipients against hold-out in one window.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub recipients: Arm,
    pub held_out: Arm,
    /// In shares (0.05 is 5 points); `None` when a group is empty.
    pub return_rate: Option<Difference>,
    /// Per customer, in minor units.
    pub revenue: Option<Difference>,
    pub margin: Option<Difference>,
}

/// Compares the two groups; `seed` drives the bootstrap when it is used.
///
/// Read straight from the outcomes: a group's values are copied out only for a bootstrap,
/// and Welch's sums run over the outcomes in the same order as over such a copy, so the
/// figures are the same to the bit.
pub fn compare(recipients: &[Outcome], held_out: &[Outcome], seed: u64) -> Comparison {
    let empty = recipients.is_empty() || held_out.is_empty();
    let (a, b) = (Sums::of(recipients), Sums::of(held_out));
    let returned = |o: &Outcome| if o.returned { 1.0 } else { 0.0 };
    let revenue = |o: &Outcome| o.revenue_minor as f64;
    let margin = |o: &Outcome| o.margin_minor as f64;
    // Welch's variances of all three figures in one pass over each group, only when one of
    // them takes Welch.
    let rate_smallest = [a.returned, a.n - a.returned, b.returned, b.n - b.returned].into_iter().min().unwrap_or(0);
    let means_smallest = |za: usize, zb: usize| [a.n.min(b.n) * MIN_OUTCOMES / MIN_GROUP_FOR_MEANS, za, zb].into_iter().min().unwrap_or(0);
    let means_welch = |za: usize, zb: usize| za + zb > 0 && a.n >= MIN_GROUP_FOR_MEANS && b.n >= MIN_GROUP_FOR_MEANS && means_smallest(za, zb) >= MIN_OUTCOMES;
    let any_welch = rate_smallest >= MIN_OUTCOMES || means_welch(a.nonzero_revenue, b.nonzero_revenue) || means_welch(a.nonzero_margin, b.nonzero_margin);
    let (va, vb) = if empty || !any_welch { ([0.0; 3], [0.0; 3]) } else { (a.variances(recipients), b.variances(held_out)) };
    let welch_of = |k: usize| welch_from(a.means()[k], va[k], a.n, b.means()[k], vb[k], b.n);
    let mean_difference = |za: usize, zb: usize, k: usize, f: fn(&Outcome) -> f64, seed: u64| {
        if za + zb == 0 {
            Difference { estimate: 0.0, low: 0.0, high: 0.0, method: Method::Bootstrap { smallest: 0 } }
        } else if means_welch(za, zb) {
            welch_of(k)
        } else {
            bootstrap(&values(recipients, f), &values(held_out, f), seed, means_smallest(za, zb))
        }
    };
    Comparison {
        recipients: a.arm(),
        held_out: b.arm(),
        return_rate: (!empty).then(|| {
            if rate_smallest >= MIN_OUTCOMES { welch_of(0) } else { bootstrap(&values(recipients, returned), &values(held_out, returned), seed, rate_smallest) }
        }),
        revenue: (!empty).then(|| mean_difference(a.nonzero_revenue, b.nonzero_revenue, 1, revenue, seed ^ 1)),
        margin: (!empty).then(|| mean_difference(a.nonzero_margin, b.nonzero_margin, 2, margin, seed ^ 2)),
    }
}

/// A group's counts and sums, in one pass. The sums of amounts are exact integers, so their
/// means are the very numbers a sum of the amounts as `f64` gives (every partial sum of
/// whole numbers below 2⁵³ is exact).
struct Sums {
    n: usize,
    returned: usize,
    redeemed: usize,
    revenue: i64,
    margin: i64,
    nonzero_revenue: usize,
    nonzero_margin: usize,
}

impl Sums {
    fn of(outcomes: &[Outcome]) -> Sums {
        let mut s = Sums { n: outcomes.len(), returned: 0, redeemed: 0, revenue: 0, margin: 0, nonzero_revenue: 0, nonzero_margin: 0 };
        for o in outcomes {
            s.returned += usize::from(o.returned);
            s.redeemed += usize::from(o.redeemed);
            s.revenue += o.revenue_minor;
            s.margin += o.margin_minor;
            s.nonzero_revenue += usize::from(o.revenue_minor != 0);
            s.nonzero_margin += usize::from(o.margin_minor != 0);
        }
        s
    }

    fn arm(&self) -> Arm {
        let per = |sum: i64| if self.n == 0 { 0.0 } else { sum as f64 / self.n as f64 };
        Arm { customers: self.n, returned: self.returned, redeemed: self.redeemed, revenue_per_customer: per(self.revenue), margin_per_customer: per(self.margin) }
    }

    /// Means of the share back, revenue and margin.
    fn means(&self) -> [f64; 3] {
        let n = self.n as f64;
        [self.returned as f64 / n, self.revenue as f64 / n, self.margin as f64 / n]
    }

    /// Sample variances of the three, each summed in the outcomes' order as [`mean_var`] does.
    fn variances(&self, outcomes: &[Outcome]) -> [f64; 3] {
        if self.n <= 1 {
            return [0.0; 3];
        }
        let [mr, mv, mm] = self.means();
        let (mut vr, mut vv, mut vm) = (0.0, 0.0, 0.0);
        for o in outcomes {
            vr += ((if o.returned { 1.0 } else { 0.0 }) - mr).powi(2);
            vv += (o.revenue_minor as f64 - mv).powi(2);
            vm += (o.margin_minor as f64 - mm).powi(2);
        }
        let d = self.n as f64 - 1.0;
        [vr / d, vv / d, vm / d]
    }
}

/// The difference of two shares of 0/1 values.
pub fn share_difference(a: &[f64], b: &[f64], seed: u64) -> Difference {
    share_difference_by(a, b, |x| *x, seed)
}

fn share_difference_by<T>(a: &[T], b: &[T], f: impl Fn(&T) -> f64 + Copy, seed: u64) -> Difference {
    let count = |v: &[T]| v.iter().filter(|x| f(x) > 0.5).count();
    let (sa, sb) = (count(a), count(b));
    let smallest = [sa, a.len() - sa, sb, b.len() - sb].into_iter().min().unwrap_or(0);
    if smallest >= MIN_OUTCOMES { welch(a, b, f) } else { bootstrap(&values(a, f), &values(b, f), seed, smallest) }
}

/// The difference of two means.
pub fn mean_difference(a: &[f64], b: &[f64], seed: u64) -> Difference {
    mean_difference_by(a, b, |x| *x, seed)
}

fn mean_difference_by<T>(a: &[T], b: &[T], f: impl Fn(&T) -> f64 + Copy, seed: u64) -> Difference {
    let nonzero = |v: &[T]| v.iter().filter(|x| f(x) != 0.0).count();
    let (za, zb) = (nonzero(a), nonzero(b));
    // Nothing but zeros on both sides: every resample is zero too.
    if za + zb == 0 {
        return Difference { estimate: 0.0, low: 0.0, high: 0.0, method: Method::Bootstrap { smallest: 0 } };
    }
    let smallest = [a.len().min(b.len()) * MIN_OUTCOMES / MIN_GROUP_FOR_MEANS, za, zb].into_iter().min().unwrap_or(0);
    if a.len() >= MIN_GROUP_FOR_MEANS && b.len() >= MIN_GROUP_FOR_MEANS && smallest >= MIN_OUTCOMES {
        welch(a, b, f)
    } else {
        bootstrap(&values(a, f), &values(b, f), seed, smallest)
    }
}

fn values<T>(v: &[T], f: impl Fn(&T) -> f64) -> Vec<f64> {
    v.iter().map(f).collect()
}

fn mean_var<T>(v: &[T], f: impl Fn(&T) -> f64 + Copy) -> (f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().map(f).sum::<f64>() / n;
    let var = if v.len() > 1 { v.iter().map(|x| (f(x) - mean).powi(2)).sum::<f64>() / (n - 1.0) } else { 0.0 };
    (mean, var)
}

/// Welch: the difference of means ± z × √(s²ₐ/nₐ + s²ᵦ/nᵦ). At the group sizes the rule
/// asks for, Student's t with Welch–Satterthwaite's degrees of freedom is within a few per
/// cent of z; z keeps the arithmetic plain.
fn welch<T>(a: &[T], b: &[T], f: impl Fn(&T) -> f64 + Copy) -> Difference {
    let ((ma, va), (mb, vb)) = (mean_var(a, f), mean_var(b, f));
    welch_from(ma, va, a.len(), mb, vb, b.len())
}

fn welch_from(ma: f64, va: f64, na: usize, mb: f64, vb: f64, nb: usize) -> Difference {
    let se = (va / na as f64 + vb / nb as f64).sqrt();
    let d = ma - mb;
    Difference { estimate: d, low: d - Z * se, high: d + Z * se, method: Method::Welch }
}

/// A small, fast generator for the resamples (SplitMix64): the bootstrap needs speed and
/// reproducibility, not cryptographic quality.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
}

/// Percentile bootstrap: each resample is drawn from its own seed (`seed` and its number), so
/// the interval does not depend on how the resamples were shared out between threads.
fn bootstrap(a: &[f64], b: &[f64], seed: u64, smallest: usize) -> Difference {
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let resample = |v: &[f64], rng: &mut SplitMix| (0..v.len()).map(|_| v[rng.below(v.len())]).sum::<f64>() / v.len().max(1) as f64;
    let mut diffs: Vec<f64> = (0..BOOTSTRAP_RESAMPLES)
        .into_par_iter()
        .with_min_len(64)
        .map(|i| {
            let mut rng = SplitMix(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            resample(a, &mut rng) - resample(b, &mut rng)
        })
        .collect();
    diffs.sort_unstable_by(f64::total_cmp);
    let at = |q: f64| diffs[((q * (diffs.len() - 1) as f64).round() as usize).min(diffs.len() - 1)];
    Difference { estimate: mean(a) - mean(b), low: at(0.025), high: at(0.975), method: Method::Bootstrap { smallest } }
}

/// What can be said of a run (or a pool of runs), as data: the front ends word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The window has not passed yet, or the interval is wider than [`TOO_WIDE_POINTS`].
    TooEarly,
    /// The interval of the return rate covers zero.
    NoMeasurableEffect,
    /// The cards brought about `per_100` more (or, negative, fewer) customers back per 100,
    /// between `low_per_100` and `high_per_100`; the margin they brought over the
    /// recipients and what the cards cost, in minor units.
    Effect { per_100: i64, low_per_100: i64, high_per_100: i64, margin_minor: i64, cost_minor: i64 },
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::TooEarly => "too_early",
            Verdict::NoMeasurableEffect => "no_measurable_effect",
            Verdict::Effect { .. } => "effect",
        }
    }
}

/// The verdict on a comparison whose window is `complete` (or not yet), for `cards` cards at
/// `cost_per_card_minor` each.
pub fn verdict(c: &Comparison, complete: bool, cards: i64, cost_per_card_minor: i64) -> Verdict {
    let Some(rate) = c.return_rate.filter(|_| complete) else { return Verdict::TooEarly };
    if (rate.high - rate.low) * 100.0 > TOO_WIDE_POINTS {
        return Verdict::TooEarly;
    }
    if rate.covers(0.0) {
        return Verdict::NoMeasurableEffect;
    }
    Verdict::Effect {
        per_100: (rate.estimate * 100.0).round() as i64,
        low_per_100: (rate.low * 100.0).round() as i64,
        high_per_100: (rate.high * 100.0).round() as i64,
        margin_minor: brought_margin(c),
        cost_minor: cards * cost_per_card_minor,
    }
}

/// The margin the cards brought: the difference in margin per customer over every recipient.
pub fn brought_margin(c: &Comparison) -> i64 {
    c.margin.map_or(0, |m| (m.estimate * c.recipients.customers as f64).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// A shop whose customers come back with probability `base` unless mailed, `base + uplift`
    /// if mailed; a returning customer spends 20 to 80 €, 40 % of it margin.
    fn simulated(seed: u64, recipients: usize, held_out: usize, base: f64, uplift: f64) -> (Vec<Outcome>, Vec<Outcome>) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let draw = |p: f64, rng: &mut ChaCha8Rng| {
            let returned = rng.random_bool(p);
            let revenue = if returned { rng.random_range(2_000..8_000) } else { 0 };
            Outcome { returned, revenue_minor: revenue, margin_minor: revenue * 2 / 5, redeemed: returned && rng.random_bool(0.5) }
        };
        let a = (0..recipients).map(|_| draw(base + uplift, &mut rng)).collect();
        let b = (0..held_out).map(|_| draw(base, &mut rng)).collect();
        (a, b)
    }

    fn coverage(uplift: f64, truth: f64, check_verdict: bool) -> usize {
        (0..200u64)
            .filter(|&seed| {
                let (a, b) = simulated(seed, 1800, 1800, 0.30, uplift);
                let c = compare(&a, &b, seed);
                let rate = c.return_rate.unwrap();
                assert_eq!(rate.method, Method::Welch);
                if check_verdict && !rate.covers(0.0) {
                    assert!(matches!(verdict(&c, true, 1800, 120), Verdict::Effect { .. }));
                }
                rate.covers(truth)
            })
            .count()
    }

    #[test]
    fn a_known_uplift_of_five_points_is_covered_by_the_interval_in_93_to_97_per_cent_of_shops() {
        let covered = coverage(0.05, 0.05, true);
        assert!((186..=194).contains(&covered), "{covered} of 200");
    }

    #[test]
    fn no_effect_is_covered_in_93_to_97_per_cent_and_then_said_so() {
        let covered = coverage(0.0, 0.0, false);
        assert!((186..=194).contains(&covered), "{covered} of 200");
        for seed in 0..200u64 {
            let (a, b) = simulated(seed, 1800, 1800, 0.30, 0.0);
            let c = compare(&a, &b, seed);
            if c.return_rate.unwrap().covers(0.0) {
                assert_eq!(verdict(&c, true, 1800, 120), Verdict::NoMeasurableEffect);
            }
        }
        let (a, b) = simulated(1, 1800, 1800, 0.30, 0.0);
        assert_eq!(verdict(&compare(&a, &b, 1), false, 1800, 120), Verdict::TooEarly, "before the window has passed");
    }

    #[test]
    fn few_returns_take_the_bootstrap_which_also_covers_the_truth() {
        let mut covered = 0;
        for seed in 0..200u64 {
            let (a, b) = simulated(seed, 60, 60, 0.05, 0.05);
            let c = compare(&a, &b, seed);
            let rate = c.return_rate.unwrap();
            assert!(matches!(rate.method, Method::Bootstrap { smallest } if smallest < MIN_OUTCOMES));
            covered += usize::from(rate.covers(0.05));
            if rate.covers(0.0) {
                assert!(matches!(verdict(&c, true, 60, 120), Verdict::TooEarly | Verdict::NoMeasurableEffect));
            }
        }
        // The percentile bootstrap of a rare share is a little short of 95 % at this size.
        assert!((176..=197).contains(&covered), "{covered} of 200");
        let (a, b) = simulated(5, 60, 60, 0.05, 0.05);
        assert_eq!(compare(&a, &b, 5), compare(&a, &b, 5), "seeded: the same interval every time");
    }

    #[test]
    fn the_verdict_counts_the_margin_over_every_recipient_and_the_cards_cost() {
        let (a, b) = simulated(3, 4000, 4000, 0.30, 0.10);
        let c = compare(&a, &b, 3);
        match verdict(&c, true, 4000, 120) {
            Verdict::Effect { per_100, low_per_100, high_per_100, margin_minor, cost_minor } => {
                assert!((7..=13).contains(&per_100) && low_per_100 < per_100 && per_100 < high_per_100);
                assert_eq!(cost_minor, 480_000);
                let expected = (c.recipients.margin_per_customer - c.held_out.margin_per_customer) * 4000.0;
                assert!((margin_minor as f64 - expected).abs() < 1.0);
            }
            v => panic!("{v:?}"),
        }
        assert_eq!(compare(&[], &b, 1).return_rate, None);
    }

    #[test]
    fn comparing_from_the_outcomes_gives_the_intervals_of_their_values_to_the_bit() {
        for (seed, n, base) in [(1, 1800, 0.3), (2, 40, 0.05), (3, 25, 0.5), (4, 3000, 0.02), (5, 1, 0.5)] {
            let (a, b) = simulated(seed, n, n + 7, base, 0.05);
            let values = |o: &[Outcome], f: fn(&Outcome) -> f64| o.iter().map(f).collect::<Vec<f64>>();
            let c = compare(&a, &b, seed);
            let returned = |o: &Outcome| if o.returned { 1.0 } else { 0.0 };
            assert_eq!(c.return_rate, Some(share_difference(&values(&a, returned), &values(&b, returned), seed)));
            assert_eq!(c.revenue, Some(mean_difference(&values(&a, |o| o.revenue_minor as f64), &values(&b, |o| o.revenue_minor as f64), seed ^ 1)));
            assert_eq!(c.margin, Some(mean_difference(&values(&a, |o| o.margin_minor as f64), &values(&b, |o| o.margin_minor as f64), seed ^ 2)));
            assert_eq!((c.recipients, c.held_out), (Arm::of(&a), Arm::of(&b)));
        }
    }
}
