//! The loyalty ladder: prospect → customer → client → supporter → advocate → partner.
//!
//! Stage of a customer on a given day (counting only purchases up to that day):
//! - not yet recorded (created after the day): no stage;
//! - a manual stage wins, whatever the purchases, and is flagged manual (the store keeps no
//!   date for it, so it applies to every day the customer exists);
//! - advocate: bought at least once and referred someone who had bought by that day;
//! - supporter: at least `supporter_min_purchases_12m` occasions in the 365 days ending that
//!   day and no open complaint (complaints are today's: the store has no history of them);
//! - client: two occasions or more; customer: one; prospect: none.
//!
//! Partner is never computed: it is the shop's decision.

use chrono::{Datelike, NaiveDate};
use fidele_domain::CustomerId;
use rayon::prelude::*;

use crate::input::{AnalysisInput, Stage};
use crate::ledger::{Day, Ledger, day_of};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageAt {
    pub customer: CustomerId,
    pub stage: Stage,
    pub manual: bool,
}

/// A change of stage between two dates. `from` is `None` for a customer recorded in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageMove {
    pub customer: CustomerId,
    pub from: Option<Stage>,
    pub to: Stage,
    pub manual: bool,
}

impl StageMove {
    pub fn is_up(&self) -> bool {
        self.from.is_some_and(|f| self.to > f)
    }
}

/// One month end of the ladder's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LadderMonth {
    /// The month's last day (the analysis date for the current month).
    pub month_end: NaiveDate,
    /// Customers per stage, indexed in [`Stage::ALL`] order.
    pub counts: [u32; 6],
    /// Moves since the previous month end (zero for the first point).
    pub up: u32,
    pub down: u32,
    pub entered: u32,
}

/// A move on the ladder at a month end: the customer's stage then differs from the one at the
/// month end before (or they had none before).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthMove {
    pub month_end: NaiveDate,
    pub change: StageMove,
}

/// The last day of each of the `months` months before the one `as_of` falls in, oldest first.
fn completed_month_ends(as_of: NaiveDate, months: usize) -> Vec<NaiveDate> {
    let mut ends = Vec::with_capacity(months);
    let mut end = as_of.with_day(1).and_then(|d| d.pred_opt());
    for _ in 0..months {
        let Some(e) = end else { break };
        ends.push(e);
        end = e.with_day(1).and_then(|d| d.pred_opt());
    }
    ends.reverse();
    ends
}

/// Precomputed facts for stage look-ups at any day.
pub struct Ladder<'a> {
    ledger: &'a Ledger,
    input: &'a AnalysisInput,
    /// Day on which each customer first had a referee with a purchase (`Day::MAX`: never).
    advocate_since: Vec<Day>,
}

impl<'a> Ladder<'a> {
    pub fn new(input: &'a AnalysisInput, ledger: &'a Ledger) -> Ladder<'a> {
        let mut advocate_since = vec![Day::MAX; ledger.len()];
        for (i, c) in input.customers.iter().enumerate() {
            let (Some(by), Some(&first)) = (c.referred_by, ledger.occasions(i).first()) else { continue };
            if let Some(r) = ledger.position(by)
                && r != i
            {
                let slot = &mut advocate_since[r];
                *slot = (*slot).min(first);
            }
        }
        Ladder { ledger, input, advocate_since }
    }

    /// Stage of customer `i` on `day`; `None` before the customer was recorded.
    pub fn stage_of(&self, i: usize, day: Day) -> Option<StageAt> {
        let occ = self.ledger.occasions(i);
        let until = occ.partition_point(|&d| d <= day);
        self.stage_from_counts(i, day, until, || occ[..until].partition_point(|&d| d <= day - 365))
    }

    /// Stage of customer `i` on `day` knowing they had `until` occasions by then; `before_year`
    /// counts those up to a year before `day` (asked only when it matters).
    fn stage_from_counts(&self, i: usize, day: Day, until: usize, before_year: impl FnOnce() -> usize) -> Option<StageAt> {
        let facts = &self.input.customers[i];
        if self.ledger.created[i] > day && until == 0 {
            return None;
        }
        let customer = facts.id;
        if let Some(stage) = facts.manual_stage {
            return Some(StageAt { customer, stage, manual: true });
        }
        let min = self.input.settings.supporter_min_purchases_12m.max(1) as usize;
        let stage = match until {
            0 => Stage::Prospect,
            _ if self.advocate_since[i] <= day => Stage::Advocate,
            n if n >= min && facts.open_complaints == 0 && n - before_year() >= min => Stage::Supporter,
            1 => Stage::Customer,
            _ => Stage::Client,
        };
        Some(StageAt { customer, stage, manual: false })
    }

    /// Customer `i`'s stage on each of `days` (ascending), handed to `each` with the day's
    /// index: one walk over their occasions, whose two cursors only move forward.
    fn walk(&self, i: usize, days: &[Day], mut each: impl FnMut(usize, Option<StageAt>)) {
        let occ = self.ledger.occasions(i);
        let (mut until, mut before_year) = (0, 0);
        for (m, &day) in days.iter().enumerate() {
            while until < occ.len() && occ[until] <= day {
                until += 1;
            }
            while before_year < until && occ[before_year] <= day - 365 {
                before_year += 1;
            }
            each(m, self.stage_from_counts(i, day, until, || before_year));
        }
    }

    /// Every customer's stage on `date`, in input order.
    pub fn stages_at(&self, date: NaiveDate) -> Vec<Option<StageAt>> {
        let day = day_of(date);
        (0..self.ledger.len()).into_par_iter().with_min_len(4096).map(|i| self.stage_of(i, day)).collect()
    }

    /// Customers whose stage differs between `from` and `to`.
    pub fn moves(&self, from: NaiveDate, to: NaiveDate) -> Vec<StageMove> {
        let (d0, d1) = (day_of(from), day_of(to));
        (0..self.ledger.len())
            .filter_map(|i| {
                let after = self.stage_of(i, d1)?;
                let before = self.stage_of(i, d0).map(|s| s.stage);
                (before != Some(after.stage)).then_some(StageMove {
                    customer: after.customer,
                    from: before,
                    to: after.stage,
                    manual: after.manual,
                })
            })
            .collect()
    }

    /// Counts and moves at the last `months` month ends before the analysis date, then at the
    /// analysis date itself, oldest first.
    pub fn history(&self, months: usize) -> Vec<LadderMonth> {
        let as_of = crate::ledger::date_of(self.ledger.as_of);
        let mut ends = completed_month_ends(as_of, months);
        ends.push(as_of);
        // One walk over each customer's occasions for all the dates, customers split across
        // threads; integer counts add up in any order.
        let days: Vec<Day> = ends.iter().map(|&e| day_of(e)).collect();
        let k = days.len();
        let zero = || (vec![[0u32; 6]; k], vec![[0u32; 3]; k]);
        let (counts, moves) = (0..self.ledger.len())
            .into_par_iter()
            .with_min_len(4096)
            .fold(zero, |(mut counts, mut moves), i| {
                let mut previous: Option<Stage> = None;
                self.walk(i, &days, |m, at| {
                    let stage = at.map(|s| s.stage);
                    if let Some(s) = stage {
                        counts[m][s.index()] += 1;
                        if m > 0 {
                            match previous {
                                None => moves[m][2] += 1,
                                Some(p) if p < s => moves[m][0] += 1,
                                Some(p) if p > s => moves[m][1] += 1,
                                _ => {}
                            }
                        }
                    }
                    previous = stage;
                });
                (counts, moves)
            })
            .reduce(zero, |(mut c1, mut m1), (c2, m2)| {
                for (a, b) in c1.iter_mut().flatten().zip(c2.iter().flatten()) {
                    *a += b;
                }
                for (a, b) in m1.iter_mut().flatten().zip(m2.iter().flatten()) {
                    *a += b;
                }
                (c1, m1)
            });
        ends.into_iter()
            .enumerate()
            .map(|(m, month_end)| LadderMonth {
                month_end,
                counts: counts[m],
                up: moves[m][0],
                down: moves[m][1],
                entered: moves[m][2],
            })
            .collect()
    }

    /// Each customer's moves at the last `months` completed month ends (the current month is
    /// not over), oldest month first. A customer whose stage is the same as a month before has
    /// none; one recorded during a month enters the ladder at its end.
    pub fn month_moves(&self, months: usize) -> Vec<MonthMove> {
        let as_of = crate::ledger::date_of(self.ledger.as_of);
        // One month end more than asked: the first month's moves are from the month before.
        let ends = completed_month_ends(as_of, months + 1);
        let days: Vec<Day> = ends.iter().map(|&e| day_of(e)).collect();
        let mut moves: Vec<MonthMove> = (0..self.ledger.len())
            .into_par_iter()
            .with_min_len(4096)
            .fold(Vec::new, |mut out, i| {
                let mut previous: Option<Stage> = None;
                self.walk(i, &days, |m, now| {
                    if let Some(at) = now
                        && m > 0
                        && previous != Some(at.stage)
                    {
                        out.push(MonthMove {
                            month_end: ends[m],
                            change: StageMove { customer: at.customer, from: previous, to: at.stage, manual: at.manual },
                        });
                    }
                    previous = now.map(|s| s.stage);
                });
                out
            })
            .flatten_iter()
            .collect();
        moves.sort_by_key(|m| (m.month_end, m.change.customer.0));
        moves
    }
}
