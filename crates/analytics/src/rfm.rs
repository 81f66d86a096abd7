//! RFM: recency, frequency and monetary scores 1–5 (5 best) among the customers who have
//! bought by the given date, and the usual named segments.
//!
//! Scores are quintiles of the mid-rank: a customer's percentile is (customers strictly worse
//! plus half of those tied) / buyers, and the score is `1 + ⌊5 · percentile⌋`. Mid-ranks keep ties
//! together, which matters for frequency: when most customers bought once they share one score
//! instead of being split arbitrarily across quintiles.
//!
//! Segments read R against FM = ⌊(F + M + 1) / 2⌋ (the mean of F and M, halves rounded up):
//!
//! | R \ FM | 1 | 2 | 3 | 4 | 5 |
//! |---|---|---|---|---|---|
//! | 5 | New | Potential loyalists | Potential loyalists | Champions | Champions |
//! | 4 | Promising | Potential loyalists | Potential loyalists | Loyal | Loyal |
//! | 3 | About to sleep | About to sleep | Need attention | Loyal | Loyal |
//! | 2 | Hibernating | Hibernating | At risk | At risk | Can't lose them |
//! | 1 | Lost | Hibernating | At risk | At risk | Can't lose them |

use chrono::NaiveDate;
use fidele_domain::CustomerId;

use crate::ledger::{Ledger, day_of};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
}

impl Segment {
    pub const ALL: [Segment; 11] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::PotentialLoyalists,
        Segment::New,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLoseThem,
        Segment::Hibernating,
        Segment::Lost,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Segment::Champions => "champions",
            Segment::Loyal => "loyal",
            Segment::PotentialLoyalists => "potential_loyalists",
            Segment::New => "new",
            Segment::Promising => "promising",
            Segment::NeedAttention => "need_attention",
            Segment::AboutToSleep => "about_to_sleep",
            Segment::AtRisk => "at_risk",
            Segment::CantLoseThem => "cant_lose_them",
            Segment::Hibernating => "hibernating",
            Segment::Lost => "lost",
        }
    }
}

/// The segment of scores (r, f, m), each 1–5 (values outside are clamped).
pub fn segment(r: u8, f: u8, m: u8) -> Segment {
    let r = r.clamp(1, 5);
    let fm = (f.clamp(1, 5) + m.clamp(1, 5)).div_ceil(2);
    match (r, fm) {
        (5, 4..=5) => Segment::Champions,
        (3..=4, 4..=5) => Segment::Loyal,
        (4..=5, 2..=3) => Segment::PotentialLoyalists,
        (5, _) => Segment::New,
        (4, _) => Segment::Promising,
        (3, 3) => Segment::NeedAttention,
        (3, _) => Segment::AboutToSleep,
        (1..=2, 5) => Segment::CantLoseThem,
        (1..=2, 3..=4) => Segment::AtRisk,
        (1, 1) => Segment::Lost,
        _ => Segment::Hibernating,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RfmScore {
    pub customer: CustomerId,
    pub recency_days: u32,
    /// Purchase occasions by the date.
    pub frequency: u32,
    /// Net amount of those occasions, minor units.
    pub monetary_minor: i64,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
}

/// Quintile scores by mid-rank of `values` (higher is better).
fn scores(values: &[i64]) -> Vec<u8> {
    let n = values.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&i| values[i as usize]);
    let mut out = vec![0u8; n];
    let mut start = 0;
    while start < n {
        let v = values[order[start] as usize];
        let mut end = start;
        while end < n && values[order[end] as usize] == v {
            end += 1;
        }
        let pct = (start as f64 + (end - start) as f64 / 2.0) / n as f64;
        let score = (1 + (5.0 * pct) as u8).min(5);
        for &i in &order[start..end] {
            out[i as usize] = score;
        }
        start = end;
    }
    out
}

/// RFM of every customer who bought on or before `as_of` (later purchases ignored), in input
/// order. Customers without a purchase by then have no score.
pub fn rfm(ledger: &Ledger, as_of: NaiveDate) -> Vec<RfmScore> {
    let day = day_of(as_of);
    let mut who = Vec::new();
    let (mut rec, mut freq, mut mon) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..ledger.len() {
        let occ = ledger.occasions_until(i, day);
        let Some(&last) = occ.last() else { continue };
        who.push(i);
        rec.push(-i64::from(day - last));
        freq.push(occ.len() as i64);
        mon.push(ledger.occasion_amounts(i)[..occ.len()].iter().sum::<i64>());
    }
    let (r, f, m) = (scores(&rec), scores(&freq), scores(&mon));
    who.iter()
        .enumerate()
        .map(|(k, &i)| RfmScore {
            customer: ledger.ids[i],
            recency_days: (-rec[k]) as u32,
            frequency: freq[k] as u32,
            monetary_minor: mon[k],
            r: r[k],
            f: f[k],
            m: m[k],
            segment: segment(r[k], f[k], m[k]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_covers_the_documented_table() {
        let table = [
            [Segment::Lost, Segment::Hibernating, Segment::AtRisk, Segment::AtRisk, Segment::CantLoseThem],
            [Segment::Hibernating, Segment::Hibernating, Segment::AtRisk, Segment::AtRisk, Segment::CantLoseThem],
            [Segment::AboutToSleep, Segment::AboutToSleep, Segment::NeedAttention, Segment::Loyal, Segment::Loyal],
            [Segment::Promising, Segment::PotentialLoyalists, Segment::PotentialLoyalists, Segment::Loyal, Segment::Loyal],
            [Segment::New, Segment::PotentialLoyalists, Segment::PotentialLoyalists, Segment::Champions, Segment::Champions],
        ];
        for r in 1..=5u8 {
            for fm in 1..=5u8 {
                // f = m = fm gives FM = fm.
                assert_eq!(segment(r, fm, fm), table[r as usize - 1][fm as usize - 1], "R{r} FM{fm}");
            }
        }
        // FM rounds halves up: F 4, M 5 → 5.
        assert_eq!(segment(2, 4, 5), Segment::CantLoseThem);
        assert_eq!(segment(1, 1, 2), Segment::Hibernating);
    }

    #[test]
    fn quintiles_keep_ties_together() {
        let s = scores(&[1, 1, 1, 1, 1, 1, 1, 2, 3, 4]);
        assert!(s[..7].iter().all(|&v| v == s[0]));
        assert!(s[0] < s[7] && s[7] < s[9]);
        assert_eq!(s[9], 5);
        let spread = scores(&(0..100).collect::<Vec<_>>());
        assert_eq!(spread[0], 1);
        assert_eq!(spread[99], 5);
        assert_eq!(spread.iter().filter(|&&v| v == 3).count(), 20);
        assert!(scores(&[]).is_empty());
    }
}
