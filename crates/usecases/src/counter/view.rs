//! The customer at the counter, on one screen: name and stage, the balance and what it buys,
//! a birthday this week, an open complaint, the last purchases, an offer still good, and one
//! line of what to say (the weekly follow-up's own reason for them, not a second logic).

use chrono::{Datelike, Days, NaiveDate};
use fidele_domain::loyalty::{LoyaltyRules, Reward};
use fidele_domain::{CustomerId, MemberNumber, Purchase};
use fidele_store::{PointsEntry, Result, Store};

use super::offers::{self, OfferCheck};
use crate::follow_up::{self, FollowUpItem};
use fidele_analytics::Drifter;

/// Purchases the counter view lists.
pub const LAST_PURCHASES: u32 = 5;
/// Ledger entries it lists.
pub const LAST_ENTRIES: u32 = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct CounterView {
    pub customer: CustomerId,
    pub name: String,
    /// The stage set by hand, else the last month-end ladder's, as a code.
    pub stage: Option<String>,
    pub member_number: Option<MemberNumber>,
    pub rules: LoyaltyRules,
    pub balance: i64,
    /// The dearest reward the balance buys now.
    pub reward_now: Option<Reward>,
    /// The next reward, and the points it still needs.
    pub next_reward: Option<(Reward, i64)>,
    pub birthday_this_week: Option<NaiveDate>,
    pub open_complaint: Option<String>,
    /// Newest first.
    pub last_purchases: Vec<Purchase>,
    pub entries: Vec<PointsEntry>,
    /// Offers still good today, newest first.
    pub offers: Vec<OfferCheck>,
    /// The week's follow-up line for them, first in the sheet's order; worded by `why`.
    pub say: Option<FollowUpItem>,
}

/// The Monday of `day`'s week.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The day of this week (Monday to Sunday) the birthday falls on, if it does; a 29 February
/// is kept on the 28th in other years.
pub fn birthday_in_week(month: u32, day: u32, today: NaiveDate) -> Option<NaiveDate> {
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    (0..7).map(|i| monday + Days::new(i)).find(|d| {
        d.month() == month && (d.day() == day || (month == 2 && day == 29 && d.day() == 28 && NaiveDate::from_ymd_opt(d.year(), 2, 29).is_none()))
    })
}

/// The counter view of `customer` on `today`. Their points due to expire are written off first
/// (the balance shown is the ledger's sum). The line to say is the week's follow-up line for
/// them, read for them alone ([`follow_up::line_for`]); `drifting` is the shop's drifting
/// customers from an analysis the caller has at hand, if any (computing one reads the whole
/// file).
pub fn open(store: &mut Store, customer: CustomerId, today: NaiveDate, drifting: Option<&[Drifter]>) -> Result<Option<CounterView>> {
    let rules = super::rules::read(store)?;
    let Some(facts) = store.counter_facts(customer)? else { return Ok(None) };
    if facts.erased {
        return Ok(None);
    }
    store.expire_points(customer, &rules, today)?;
    let balance = store.points_balance(customer)?;
    let (now, next) = rules.standing(balance);
    let (reward_now, next_reward) = (now.cloned(), next.map(|r| (r.clone(), r.cost - balance)));
    Ok(Some(CounterView {
        customer,
        name: facts.name,
        stage: facts.stage,
        member_number: store.member_number_of(customer)?,
        balance,
        reward_now,
        next_reward,
        birthday_this_week: facts.birthday.and_then(|b| birthday_in_week(b.month, b.day, today)),
        open_complaint: facts.open_complaint,
        last_purchases: store.purchases_of(customer, LAST_PURCHASES, 0)?,
        entries: store.points_entries(customer, LAST_ENTRIES)?,
        offers: offers::valid_for(store, customer, today)?,
        say: follow_up::line_for(store, customer, monday_of(today), today, drifting)?,
        rules,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_birthday_this_week_counts_from_monday_to_sunday() {
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(birthday_in_week(11, 30, thursday), NaiveDate::from_ymd_opt(2026, 11, 30));
        assert_eq!(birthday_in_week(12, 6, thursday), NaiveDate::from_ymd_opt(2026, 12, 6));
        assert_eq!(birthday_in_week(12, 7, thursday), None);
        let in_2027 = NaiveDate::from_ymd_opt(2027, 2, 26).unwrap();
        assert_eq!(birthday_in_week(2, 29, in_2027), NaiveDate::from_ymd_opt(2027, 2, 28));
    }
}
