//! The purchases regrouped once per customer, as flat arrays (one allocation per array, none
//! per customer), which every analysis then reads.
//!
//! A *purchase occasion* is a day on which the customer bought something (a line that is not a
//! refund, i.e. amount ≥ 0: a free item still is a visit): several till lines on one day are
//! one visit, as the models count it. Its value is the day's net amount. Refunds (negative
//! lines) count in revenue and margin but never make a visit.
//! Purchases after `as_of` and purchases of unknown customers are left out (and counted).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use fidele_domain::CustomerId;

use crate::input::AnalysisInput;

/// Day number (days since 0001-01-01, chrono's `num_days_from_ce`).
pub type Day = i32;

pub fn day_of(date: NaiveDate) -> Day {
    date.num_days_from_ce()
}

pub fn date_of(day: Day) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(NaiveDate::MIN)
}

#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub as_of: Day,
    pub ids: Vec<CustomerId>,
    pub created: Vec<Day>,
    /// Customer id → index: see [`CustomerIndex`].
    index: CustomerIndex,
    /// Customer `i`'s occasions are `occ_start[i]..occ_start[i + 1]`, by day.
    pub occ_start: Vec<u32>,
    pub occ_day: Vec<Day>,
    pub occ_amount: Vec<i64>,
    /// Net revenue and margin per customer (refunds included), minor units.
    pub revenue: Vec<i64>,
    pub margin: Vec<i64>,
    /// Bought lines (not refunds) per customer with their category (interned), by day.
    pub line_start: Vec<u32>,
    pub line_day: Vec<Day>,
    pub line_category: Vec<u32>,
    pub category_count: usize,
    /// Purchases left out: unknown customer or after `as_of`.
    pub ignored_purchases: usize,
}

/// How a customer id is found. The store gives customers by increasing id, mostly without
/// gaps (SQLite row ids): then a flat table (or, when the ids are sparse, a search of `ids`)
/// replaces a hash map of every customer, built for nothing and slower to probe.
#[derive(Debug, Clone, Default)]
enum CustomerIndex {
    /// Ids strictly increase and span at most [`DENSE_SPAN`] times their count:
    /// `slots[id − first]` is the index, `u32::MAX` for a gap.
    Dense { first: i64, slots: Vec<u32> },
    /// Ids strictly increase but are sparse: binary search of `ids`.
    #[default]
    Sorted,
    /// Any order: the first index of each id.
    Map(HashMap<CustomerId, u32>),
}

/// Widest span of ids, per customer, that still gets a flat table (4 bytes a slot).
const DENSE_SPAN: usize = 4;

impl CustomerIndex {
    fn new(ids: &[CustomerId]) -> CustomerIndex {
        if !ids.is_sorted_by(|a, b| a < b) {
            let mut index = HashMap::with_capacity(ids.len());
            for (i, &id) in ids.iter().enumerate() {
                index.entry(id).or_insert(i as u32);
            }
            return CustomerIndex::Map(index);
        }
        let (Some(first), Some(last)) = (ids.first(), ids.last()) else { return CustomerIndex::Sorted };
        match usize::try_from(last.0.abs_diff(first.0)) {
            Ok(span) if span < DENSE_SPAN * ids.len() => {
                let mut slots = vec![u32::MAX; span + 1];
                for (i, id) in ids.iter().enumerate() {
                    slots[(id.0 - first.0) as usize] = i as u32;
                }
                CustomerIndex::Dense { first: first.0, slots }
            }
            _ => CustomerIndex::Sorted,
        }
    }

    /// Where customer `id` is; a sorted search tries first the places just after `hint`.
    fn find(&self, ids: &[CustomerId], id: CustomerId, hint: usize) -> Option<u32> {
        match self {
            CustomerIndex::Dense { first, slots } => {
                let slot = usize::try_from(id.0.checked_sub(*first)?).ok()?;
                slots.get(slot).copied().filter(|&i| i != u32::MAX)
            }
            CustomerIndex::Sorted => {
                for (k, &other) in ids.iter().enumerate().skip(hint).take(NEAR) {
                    if other == id {
                        return Some(k as u32);
                    }
                    if other > id {
                        break;
                    }
                }
                ids.binary_search(&id).ok().map(|k| k as u32)
            }
            CustomerIndex::Map(map) => map.get(&id).copied(),
        }
    }
}

/// How many places past the previous customer's a sorted lookup tries before it bisects:
/// with purchases by customer and customers by id, the next buyer is nearly always within
/// reach (the customers in between never bought).
const NEAR: usize = 8;

impl Ledger {
    pub fn build(input: &AnalysisInput) -> Ledger {
        let n = input.customers.len();
        let as_of = day_of(input.as_of);
        let rate = input.settings.margin_rate_permille;
        let ids: Vec<CustomerId> = input.customers.iter().map(|c| c.id).collect();
        let index = CustomerIndex::new(&ids);
        // Counting sort of purchases by customer: O(n), whatever the input order.
        let mut owner = vec![u32::MAX; input.purchases.len()];
        let mut count = vec![0u32; n + 1];
        let mut ignored = 0;
        let mut last: Option<(CustomerId, Option<u32>)> = None;
        let mut hint = 0;
        for (j, p) in input.purchases.iter().enumerate() {
            let idx = match last {
                Some((id, idx)) if id == p.customer => idx,
                _ => {
                    let idx = index.find(&ids, p.customer, hint);
                    if let Some(i) = idx {
                        hint = i as usize;
                    }
                    last = Some((p.customer, idx));
                    idx
                }
            };
            match idx {
                Some(i) if day_of(p.at.date()) <= as_of => {
                    owner[j] = i;
                    count[i as usize + 1] += 1;
                }
                _ => ignored += 1,
            }
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let mut fill = count.clone();
        let mut order = vec![0u32; count[n] as usize];
        for (j, &o) in owner.iter().enumerate() {
            if o != u32::MAX {
                order[fill[o as usize] as usize] = j as u32;
                fill[o as usize] += 1;
            }
        }
        drop(owner);
        drop(fill);

        let mut ledger = Ledger {
            as_of,
            created: input.customers.iter().map(|c| day_of(c.created)).collect(),
            ids,
            index,
            occ_start: Vec::with_capacity(n + 1),
            occ_day: Vec::with_capacity(order.len()),
            occ_amount: Vec::with_capacity(order.len()),
            revenue: vec![0; n],
            margin: vec![0; n],
            line_start: Vec::with_capacity(n + 1),
            line_day: Vec::with_capacity(order.len()),
            line_category: Vec::with_capacity(order.len()),
            category_count: 0,
            ignored_purchases: ignored,
        };
        let mut categories: HashMap<&str, u32> = HashMap::new();
        // The category of the previous line: the store shares one allocation per category, so
        // the pointer comparison nearly always settles it without reading the text.
        let mut last_category: Option<(&Arc<str>, u32)> = None;
        for i in 0..n {
            ledger.occ_start.push(ledger.occ_day.len() as u32);
            ledger.line_start.push(ledger.line_day.len() as u32);
            let slice = &mut order[count[i] as usize..count[i + 1] as usize];
            let at = |j: &u32| input.purchases[*j as usize].at;
            if !slice.is_sorted_by_key(at) {
                slice.sort_by_key(at);
            }
            let mut current: Option<(Day, i64, bool)> = None;
            let (mut revenue, mut margin) = (0, 0);
            for &j in slice.iter() {
                let p = &input.purchases[j as usize];
                let day = day_of(p.at.date());
                revenue += p.amount_minor;
                margin += p.margin_minor.unwrap_or(p.amount_minor * rate / 1000);
                if p.amount_minor >= 0 {
                    let cat = match last_category {
                        Some((name, id)) if Arc::ptr_eq(name, &p.category) || **name == *p.category => id,
                        _ => {
                            let next = categories.len() as u32;
                            let id = *categories.entry(&p.category).or_insert(next);
                            last_category = Some((&p.category, id));
                            id
                        }
                    };
                    ledger.line_day.push(day);
                    ledger.line_category.push(cat);
                }
                current = match current {
                    Some((d, sum, pos)) if d == day => Some((d, sum + p.amount_minor, pos || p.amount_minor >= 0)),
                    other => {
                        if let Some((d, sum, true)) = other {
                            ledger.occ_day.push(d);
                            ledger.occ_amount.push(sum);
                        }
                        Some((day, p.amount_minor, p.amount_minor >= 0))
                    }
                };
            }
            if let Some((d, sum, true)) = current {
                ledger.occ_day.push(d);
                ledger.occ_amount.push(sum);
            }
            ledger.revenue[i] = revenue;
            ledger.margin[i] = margin;
        }
        ledger.occ_start.push(ledger.occ_day.len() as u32);
        ledger.line_start.push(ledger.line_day.len() as u32);
        ledger.category_count = categories.len();
        ledger
    }

    /// Index of the customer with this id (the first, should it repeat).
    pub fn position(&self, id: CustomerId) -> Option<usize> {
        self.index.find(&self.ids, id, 0).map(|i| i as usize)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Days of customer `i`'s purchase occasions, oldest first.
    pub fn occasions(&self, i: usize) -> &[Day] {
        &self.occ_day[self.occ_start[i] as usize..self.occ_start[i + 1] as usize]
    }

    /// Net amounts of customer `i`'s occasions, in the order of [`Ledger::occasions`].
    pub fn occasion_amounts(&self, i: usize) -> &[i64] {
        &self.occ_amount[self.occ_start[i] as usize..self.occ_start[i + 1] as usize]
    }

    /// Customer `i`'s bought lines (not refunds): (day, category id), by day.
    pub fn lines(&self, i: usize) -> impl Iterator<Item = (Day, u32)> + '_ {
        let r = self.line_start[i] as usize..self.line_start[i + 1] as usize;
        self.line_day[r.clone()].iter().copied().zip(self.line_category[r].iter().copied())
    }

    /// Occasions of customer `i` on or before `day`.
    pub fn occasions_until(&self, i: usize, day: Day) -> &[Day] {
        let occ = self.occasions(i);
        &occ[..occ.partition_point(|&d| d <= day)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{AnalysisSettings, CustomerFacts, PurchaseFact};

    fn input(ids: &[i64], buys: &[(i64, u32)]) -> AnalysisInput {
        let day = |d: u32| NaiveDate::from_ymd_opt(2025, 1, d).unwrap();
        AnalysisInput {
            as_of: day(31),
            customers: ids
                .iter()
                .map(|&id| CustomerFacts {
                    id: CustomerId(id),
                    created: day(1),
                    manual_stage: None,
                    referred_by: None,
                    open_complaints: 0,
                    name: String::new(),
                })
                .collect(),
            purchases: buys
                .iter()
                .map(|&(id, d)| PurchaseFact {
                    customer: CustomerId(id),
                    at: day(d).and_hms_opt(9, 0, 0).unwrap(),
                    amount_minor: 100,
                    margin_minor: None,
                    category: "BD".into(),
                })
                .collect(),
            settings: AnalysisSettings::default(),
        }
    }

    #[test]
    fn customers_are_found_whether_ids_are_dense_sparse_or_unsorted() {
        let buys = [(120, 2), (3, 1), (3, 5), (60, 4), (61, 4), (30, 3), (3, 2), (120, 1), (-5, 1), (i64::MAX, 1)];
        // Sorted with gaps (a flat table), sorted and sparse (gaps wider than the look-ahead
        // and the flat table's span), and unsorted with a repeated id (the first one wins).
        let dense: Vec<i64> = (1..=40).map(|i| i * 3).collect();
        let sparse: Vec<i64> = [3, 30, 60, 120].into_iter().chain((1..=20).map(|i| 1000 * i)).collect();
        let mut shuffled = dense.clone();
        shuffled.reverse();
        shuffled.push(3);
        for ids in [&dense, &sparse, &shuffled] {
            let ledger = Ledger::build(&input(ids, &buys));
            let kind = match ledger.index {
                CustomerIndex::Dense { .. } => "dense",
                CustomerIndex::Sorted => "sorted",
                CustomerIndex::Map(_) => "map",
            };
            assert_eq!(kind, if ids == &dense { "dense" } else if ids == &sparse { "sorted" } else { "map" });
            assert_eq!(ledger.ignored_purchases, 3, "customers 61, -5 and i64::MAX do not exist ({kind})");
            for (i, &id) in ids.iter().enumerate() {
                let first = ids.iter().position(|&x| x == id).unwrap();
                assert_eq!(ledger.position(CustomerId(id)), Some(first));
                let visits = buys.iter().filter(|b| b.0 == id).count();
                assert_eq!(ledger.occasions(first).len(), visits, "customer {id} ({kind})");
                if i != first {
                    assert!(ledger.occasions(i).is_empty());
                }
            }
            let c3 = ledger.position(CustomerId(3)).unwrap();
            let jan1 = day_of(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
            assert_eq!(ledger.occasions(c3), [jan1, jan1 + 1, jan1 + 4]);
            for missing in [4, 0, -5, 121, 5001, i64::MIN, i64::MAX] {
                assert_eq!(ledger.position(CustomerId(missing)), None, "{missing} ({kind})");
            }
        }
    }
}
