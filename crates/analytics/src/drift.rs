//! Drifting away: valuable (gold) customers who seem to be leaving, with the reason as data
//! (how often they came, when they last came) that the front ends word from
//! `locales/*/drift.ftl`. Absent here: words of any language.
//!
//! With the model: a gold customer whose P(alive) is below the threshold. Without it (too
//! little data): a gold repeat customer whose silence is over three times their typical gap
//! between visits. The typical gap is the median of the gaps between their visits.

use fidele_domain::CustomerId;

use crate::input::CustomerFacts;
use crate::ledger::Ledger;
use crate::value::{Basis, CustomerValue};

#[derive(Debug, Clone, PartialEq)]
pub struct DriftReason {
    /// Median days between two visits.
    pub typical_gap_days: u32,
    pub days_since_last_visit: u32,
    pub visits: u32,
    /// `None` when the model was not available.
    pub p_alive: Option<f64>,
    pub margin_minor: i64,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drifter {
    pub customer: CustomerId,
    pub name: String,
    pub reason: DriftReason,
}

/// Gold customers drifting away, highest margin first. `gold` is indexed like the ledger.
pub fn drifting(ledger: &Ledger, customers: &[CustomerFacts], values: &[CustomerValue], gold: &[bool], threshold: f64) -> Vec<Drifter> {
    let mut gaps = Vec::new();
    let mut out = Vec::new();
    for i in 0..ledger.len() {
        let occ = ledger.occasions(i);
        if !gold[i] || occ.len() < 2 {
            continue;
        }
        gaps.clear();
        gaps.extend(occ.windows(2).map(|w| (w[1] - w[0]) as u32));
        gaps.sort_unstable();
        let typical = gaps[gaps.len() / 2];
        let since = (ledger.as_of - occ[occ.len() - 1]) as u32;
        let value = &values[i];
        let leaving = match (value.basis, value.p_alive) {
            (Basis::Model, Some(p)) => p < threshold,
            _ => since > 3 * typical.max(1),
        };
        if leaving {
            out.push(Drifter {
                customer: ledger.ids[i],
                name: customers[i].name.clone(),
                reason: DriftReason {
                    typical_gap_days: typical,
                    days_since_last_visit: since,
                    visits: occ.len() as u32,
                    p_alive: value.p_alive.filter(|_| value.basis == Basis::Model),
                    margin_minor: ledger.margin[i],
                    basis: value.basis,
                },
            });
        }
    }
    out.sort_by_key(|d| (std::cmp::Reverse(d.reason.margin_minor), d.customer));
    out
}

/// A unit a person counts time in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanUnit {
    Day,
    Week,
    Month,
    Year,
}

impl SpanUnit {
    /// The unit as the words files select on it (`locales/*/drift.ftl`).
    pub fn code(self) -> &'static str {
        match self {
            SpanUnit::Day => "day",
            SpanUnit::Week => "week",
            SpanUnit::Month => "month",
            SpanUnit::Year => "year",
        }
    }
}

/// A span of days as a person would say it: `n` of `unit`, rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub n: u32,
    pub unit: SpanUnit,
}

impl Span {
    /// Days under two weeks (but 7 is a week), weeks under two months, months under two
    /// years, then years; never zero of a unit.
    pub fn of_days(days: u32) -> Span {
        let round = |d: f64| (d.round() as u32).max(1);
        let (n, unit) = match days {
            7 => (1, SpanUnit::Week),
            0..=13 => (days.max(1), SpanUnit::Day),
            14..=59 => (round(f64::from(days) / 7.0), SpanUnit::Week),
            60..=729 => (round(f64::from(days) / 30.44), SpanUnit::Month),
            _ => (round(f64::from(days) / 365.25), SpanUnit::Year),
        };
        Span { n, unit }
    }
}

impl DriftReason {
    /// How often they came, as a person would say it ("every 3 weeks").
    pub fn typical_gap(&self) -> Span {
        Span::of_days(self.typical_gap_days)
    }

    /// How long ago they last came ("4 months ago"); `None` for today.
    pub fn since_last_visit(&self) -> Option<Span> {
        (self.days_since_last_visit > 0).then(|| Span::of_days(self.days_since_last_visit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(gap: u32, since: u32) -> DriftReason {
        DriftReason { typical_gap_days: gap, days_since_last_visit: since, visits: 5, p_alive: Some(0.2), margin_minor: 0, basis: Basis::Model }
    }

    fn span(n: u32, unit: SpanUnit) -> Span {
        Span { n, unit }
    }

    #[test]
    fn spans_are_rounded_to_the_unit_a_person_would_use() {
        let r = reason(21, 122);
        assert_eq!(r.typical_gap(), span(3, SpanUnit::Week));
        assert_eq!(r.since_last_visit(), Some(span(4, SpanUnit::Month)));
        assert_eq!(reason(7, 800).typical_gap(), span(1, SpanUnit::Week));
        assert_eq!(reason(7, 800).since_last_visit(), Some(span(2, SpanUnit::Year)));
        assert_eq!(reason(1, 10).typical_gap(), span(1, SpanUnit::Day));
        assert_eq!(reason(1, 10).since_last_visit(), Some(span(10, SpanUnit::Day)));
        assert_eq!(reason(10, 400).since_last_visit(), Some(span(13, SpanUnit::Month)));
        assert_eq!(reason(30, 0).typical_gap(), span(4, SpanUnit::Week));
        assert_eq!(reason(30, 0).since_last_visit(), None, "today");
        assert_eq!(reason(91, 365).typical_gap(), span(3, SpanUnit::Month));
        assert_eq!(reason(0, 13).typical_gap(), span(1, SpanUnit::Day), "never zero days");
        assert_eq!(reason(0, 13).since_last_visit(), Some(span(13, SpanUnit::Day)));
    }
}
