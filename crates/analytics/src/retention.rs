//! Retention month by month, the CRM cycle (acquisition, retention, expansion) and the
//! customers who are satisfied but not coming back.
//!
//! Definitions (a customer is *active* on a day if they bought in the 365 days up to it):
//! - new: first purchase this month (acquisition);
//! - lost: 365 days without a purchase were reached this month;
//! - reactivated: bought this month after having been lost;
//! - active: active at the month's end (at the analysis date for the current month);
//! - buyers: bought this month; returning buyers: of those, had bought in an earlier month
//!   (retention in the CRM cycle);
//! - expanding: bought this month in a category they had never bought before, after their
//!   first visit (expansion);
//! - repurchase rate: returning buyers / buyers;
//! - retention rate: (active at end − new − reactivated) / active at the previous end.

use chrono::{Datelike, NaiveDate};
use fidele_domain::CustomerId;

use crate::input::AnalysisInput;
use crate::ledger::{Day, Ledger, date_of};

#[derive(Debug, Clone, PartialEq)]
pub struct RetentionMonth {
    /// First day of the month.
    pub month: NaiveDate,
    pub new: u32,
    pub reactivated: u32,
    pub lost: u32,
    pub active: u32,
    pub buyers: u32,
    pub returning_buyers: u32,
    pub expanding: u32,
    pub repurchase_rate: Option<f64>,
    pub retention_rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Retention {
    /// From the month of the first purchase to the analysis date's month.
    pub months: Vec<RetentionMonth>,
    /// No open complaint, last purchase more than `satisfied_silence_days` ago but not yet
    /// lost (under 365 days): worth a call before they are. Longest silence first.
    pub satisfied_not_returning: Vec<CustomerId>,
}

const LOST_AFTER: Day = 365;

fn month_index(day: Day) -> i32 {
    let d = date_of(day);
    d.year() * 12 + d.month0() as i32
}

pub fn retention(input: &AnalysisInput, ledger: &Ledger) -> Retention {
    let first = (0..ledger.len()).filter_map(|i| ledger.occasions(i).first().copied()).min();
    let Some(first) = first else { return Retention::default() };
    let (m0, m_end) = (month_index(first), month_index(ledger.as_of));
    let len = (m_end - m0 + 1) as usize;
    let (mut new, mut react, mut lost) = (vec![0u32; len], vec![0u32; len], vec![0u32; len]);
    let (mut buyers, mut returning, mut expanding) = (vec![0u32; len], vec![0u32; len], vec![0u32; len]);
    let slot = |day: Day| (month_index(day) - m0) as usize;
    let mut seen: Vec<u32> = Vec::new();
    let mut silent = Vec::new();
    for i in 0..ledger.len() {
        let occ = ledger.occasions(i);
        let Some(&last) = occ.last() else { continue };
        new[slot(occ[0])] += 1;
        let mut last_month = usize::MAX;
        for (k, &d) in occ.iter().enumerate() {
            let m = slot(d);
            if m != last_month {
                buyers[m] += 1;
                if m != slot(occ[0]) {
                    returning[m] += 1;
                }
                last_month = m;
            }
            if k > 0 && d - occ[k - 1] >= LOST_AFTER {
                lost[slot(occ[k - 1] + LOST_AFTER)] += 1;
                react[m] += 1;
            }
        }
        if ledger.as_of - last >= LOST_AFTER {
            lost[slot(last + LOST_AFTER)] += 1;
        }
        // Expansion: a category never bought before, on a later day than the first visit.
        seen.clear();
        let mut expanded_month = usize::MAX;
        for (d, cat) in ledger.lines(i) {
            if !seen.contains(&cat) {
                seen.push(cat);
                let m = slot(d);
                if d > occ[0] && m != expanded_month {
                    expanding[m] += 1;
                    expanded_month = m;
                }
            }
        }
        let since = ledger.as_of - last;
        let silence = input.settings.satisfied_silence_days as Day;
        if input.customers[i].open_complaints == 0 && since > silence && since < LOST_AFTER {
            silent.push((since, ledger.ids[i]));
        }
    }
    silent.sort_by_key(|&(since, id)| (std::cmp::Reverse(since), id));
    let mut months = Vec::with_capacity(len);
    let mut active: u32 = 0;
    for m in 0..len {
        let before = active;
        active = (active + new[m] + react[m]).saturating_sub(lost[m]);
        let idx = m0 + m as i32;
        let month = NaiveDate::from_ymd_opt(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1).unwrap_or(NaiveDate::MIN);
        months.push(RetentionMonth {
            month,
            new: new[m],
            reactivated: react[m],
            lost: lost[m],
            active,
            buyers: buyers[m],
            returning_buyers: returning[m],
            expanding: expanding[m],
            repurchase_rate: (buyers[m] > 0).then(|| f64::from(returning[m]) / f64::from(buyers[m])),
            retention_rate: (before > 0)
                .then(|| f64::from(active.saturating_sub(new[m] + react[m])) / f64::from(before)),
        });
    }
    Retention { months, satisfied_not_returning: silent.into_iter().map(|(_, id)| id).collect() }
}
