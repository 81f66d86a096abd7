//! The weekly follow-up: who to call or see this week and why (birthdays coming, calls after
//! a purchase, complaints waiting, valuable customers drifting away, reminders), and the
//! printable sheet, worded in the shop's language and calendar.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate, NaiveDateTime};
use fidele_analytics::{DriftReason, Drifter};
use fidele_domain::loyalty::{Earning, LoyaltyRules, Reward};
use fidele_domain::{CustomerId, InteractionKind, Money, Repeat, ShopProfile};
use fidele_printing::{FollowUpEntry, FollowUpGroup, FollowUpReason, FollowUpSheet};
use fidele_store::{Result, Store};
use fidele_words::args;

use crate::dates::Dates;
use crate::settings::Settings;

/// The week's follow-up: who to contact and why, in the sheet's group order.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    pub monday: NaiveDate,
    pub items: Vec<FollowUpItem>,
    /// Whether the drifting customers could be computed (`Err` says why not).
    pub drifting: std::result::Result<(), String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpItem {
    pub reason: FollowUpReason,
    pub customer: Option<CustomerId>,
    /// Empty for a reminder about no one in particular.
    pub name: String,
    /// Their first phone number as written, empty when none.
    pub phone: String,
    /// That number as a `tel:` link, when it can be read as a number to dial.
    pub tel: Option<String>,
    /// The day it is about: the birthday, the follow-up day, the complaint's due day, the
    /// reminder's (snoozed) day.
    pub date: Option<NaiveDate>,
    pub detail: FollowUpDetail,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FollowUpDetail {
    Birthday { turns: Option<i32> },
    Purchase { amount: Money, at: NaiveDateTime },
    Complaint { interaction: i64, summary: String, age_days: i64 },
    Drifting(DriftReason),
    /// `balance` points or stamps, `missing` short of `reward` (its value, else its label).
    NearReward { balance: i64, missing: i64, unit: &'static str, value: Option<Money>, label: String },
    Reminder { id: i64, title: String, repeat: Option<Repeat>, overdue: bool },
}

impl FollowUpItem {
    /// Why, in a few words of `dates`' language.
    pub fn why(&self, dates: &Dates) -> String {
        let w = dates.words();
        match &self.detail {
            FollowUpDetail::Birthday { turns } => {
                let date = self.date.map(|d| dates.weekday_date(d)).unwrap_or_default();
                match turns {
                    Some(n) => w.format("plan-why-birthday-turns", &args!["date" => date, "turns" => *n]),
                    None => w.format("plan-why-birthday", &args!["date" => date]),
                }
            }
            FollowUpDetail::Purchase { amount, at } => {
                w.format("plan-why-purchase", &args!["amount" => amount.format(dates.language()), "date" => dates.day_month(at.date())])
            }
            FollowUpDetail::Complaint { summary, age_days, .. } => {
                w.format("plan-why-complaint", &args!["days" => *age_days, "summary" => summary.as_str()])
            }
            FollowUpDetail::Drifting(reason) => fidele_analytics::drift_reason_words(dates.language(), reason),
            FollowUpDetail::NearReward { balance, missing, unit, value, label } => {
                let (kind, reward) = match value {
                    Some(v) if label.is_empty() => ("voucher", v.format(dates.language())),
                    _ => ("gift", label.clone()),
                };
                w.format(
                    "plan-why-near-reward",
                    &args!["unit" => *unit, "balance" => *balance, "missing" => *missing, "kind" => kind, "reward" => reward],
                )
            }
            FollowUpDetail::Reminder { title, overdue, .. } => {
                let date = self.date.map(|d| dates.day_month(d)).unwrap_or_default();
                let id = if *overdue { "plan-why-reminder-overdue" } else { "plan-why-reminder" };
                w.format(id, &args!["title" => title.as_str(), "date" => date])
            }
        }
    }

    /// The reminder behind the line, if it is one.
    pub fn reminder_id(&self) -> Option<i64> {
        match self.detail {
            FollowUpDetail::Reminder { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl FollowUp {
    /// The printable sheet, in `dates`' language, grouped by reason in the sheet's order.
    pub fn sheet(&self, shop: &ShopProfile, dates: &Dates) -> FollowUpSheet {
        let mut groups: BTreeMap<FollowUpReason, Vec<FollowUpEntry>> = BTreeMap::new();
        for item in &self.items {
            let name = if item.name.is_empty() { dates.words().text("plan-nobody") } else { item.name.clone() };
            groups.entry(item.reason).or_default().push(FollowUpEntry { name, phone: item.phone.clone(), why: item.why(dates) });
        }
        FollowUpSheet {
            language: dates.language(),
            shop_name: shop.name.clone(),
            week_of: self.monday,
            calendar: dates.calendar(),
            groups: groups.into_iter().map(|(reason, entries)| FollowUpGroup { reason, entries }).collect(),
            created: None,
        }
    }
}

/// Whose lines to make: the week's sheet is everyone's; the counter asks for one customer's,
/// by the same rules, without reading the whole file.
#[derive(Debug, Clone, Copy)]
enum Whose<'a> {
    Everyone,
    /// One customer, and the shop's drifting customers from an analysis at hand, if any: who
    /// is drifting is only known from the whole shop's analysis (its gold customers, its
    /// model), which reads the whole file (12 s at 100,000 customers), so this never computes
    /// it.
    One { customer: CustomerId, drifting: Option<&'a [Drifter]> },
}

impl Whose<'_> {
    fn includes(&self, customer: Option<CustomerId>) -> bool {
        match self {
            Whose::Everyone => true,
            Whose::One { customer: one, .. } => customer == Some(*one),
        }
    }
}

/// Who to call or see in the week starting on `monday`, and why, counted from `today` when
/// it falls in that week: a birthday or a follow-up day already past is not "coming"
/// (overdue reminders and open complaints stay, they still wait).
pub fn week(store: &Store, monday: NaiveDate, today: NaiveDate) -> Result<FollowUp> {
    lines(store, monday, today, Whose::Everyone)
}

/// The week's first line for `customer`, in the sheet's order: what the counter says. The
/// same rules as [`week`]'s, read for them alone; `drifting` is the shop's drifting customers
/// from an analysis at hand (`None`: no line for drifting away).
pub fn line_for(store: &Store, customer: CustomerId, monday: NaiveDate, today: NaiveDate, drifting: Option<&[Drifter]>) -> Result<Option<FollowUpItem>> {
    Ok(lines(store, monday, today, Whose::One { customer, drifting })?.items.into_iter().next())
}

fn lines(store: &Store, monday: NaiveDate, today: NaiveDate, whose: Whose<'_>) -> Result<FollowUp> {
    let s = Settings::of(store).follow_up()?;
    let sunday = monday + Days::new(6);
    let start = today.clamp(monday, sunday + Days::new(1));
    let currency = store.shop_profile()?.currency;
    let mut items = Vec::new();

    let days_left = (sunday - start).num_days();
    let birthdays = match (days_left >= 0, whose) {
        (false, _) => Vec::new(),
        (true, Whose::Everyone) => store.upcoming_birthdays(start, days_left as u32)?,
        (true, Whose::One { customer, .. }) => store.upcoming_birthday_of(customer, start, days_left as u32)?.into_iter().collect(),
    };
    for b in birthdays {
        let (phone, tel) = store.phone_to_call(b.customer)?;
        items.push(FollowUpItem {
            reason: FollowUpReason::BirthdayComing,
            customer: Some(b.customer),
            phone,
            tel,
            name: b.name,
            date: Some(b.date),
            detail: FollowUpDetail::Birthday { turns: b.turns },
        });
    }

    let back = Days::new(u64::from(s.purchase_days));
    let (from, until) = (start - back, sunday + Days::new(1) - back);
    let purchases = match whose {
        Whose::Everyone => store.purchases_to_follow_up(from, until, s.purchase_min_minor, currency)?,
        Whose::One { customer, .. } => store.purchases_to_follow_up_of(customer, from, until, s.purchase_min_minor, currency)?,
    };
    for (customer, at, amount, name) in purchases {
        let (phone, tel) = store.phone_to_call(customer)?;
        items.push(FollowUpItem {
            reason: FollowUpReason::AfterPurchase,
            customer: Some(customer),
            phone,
            tel,
            name,
            date: Some(at.date() + back),
            detail: FollowUpDetail::Purchase { amount: Money::new(amount, currency), at },
        });
    }

    // Archived (or erased) customers are left off: the whole list for the sheet, one question
    // a customer for the counter.
    let archived = match whose {
        Whose::Everyone => Some(store.archived_ids()?),
        Whose::One { .. } => None,
    };
    let is_off = |c: CustomerId| -> Result<bool> {
        Ok(match &archived {
            Some(set) => set.contains(&c.0),
            None => store.counter_facts(c)?.is_none_or(|f| f.archived || f.erased),
        })
    };
    let oldest = monday - Days::new(u64::from(s.complaint_days));
    for i in store.open_interactions(Some(InteractionKind::Complaint))? {
        if i.draft.at.date() > oldest || !whose.includes(Some(i.draft.customer)) || is_off(i.draft.customer)? {
            continue;
        }
        let (phone, tel) = store.phone_to_call(i.draft.customer)?;
        items.push(FollowUpItem {
            reason: FollowUpReason::OpenComplaint,
            customer: Some(i.draft.customer),
            name: store.customer_name(i.draft.customer)?,
            phone,
            tel,
            date: i.draft.due,
            detail: FollowUpDetail::Complaint { interaction: i.id, summary: i.draft.summary.clone(), age_days: i.age_days(monday) },
        });
    }

    // One line per reminder: the same one added twice (two clicks on "call them") shows once.
    let mut reminders = Vec::new();
    let mut seen: HashSet<(Option<CustomerId>, String)> = HashSet::new();
    for r in store.due_reminders(sunday)? {
        if seen.insert((r.draft.customer, r.draft.title.trim().to_lowercase())) {
            reminders.push(r);
        }
    }
    // Someone with a reminder this week is on the sheet for it: not a second time as drifting.
    let reminded: HashSet<CustomerId> = reminders.iter().filter_map(|r| r.draft.customer).collect();

    let computed;
    let (drifters, drifting): (&[Drifter], _) = match whose {
        Whose::Everyone => match store.analysis_settings().and_then(|settings| store.analysis_input(monday, settings)) {
            Ok(input) => {
                computed = fidele_analytics::analyze(&input).drifting;
                (&computed, Ok(()))
            }
            Err(e) => (&[], Err(e.to_string())),
        },
        Whose::One { drifting, .. } => (drifting.unwrap_or(&[]), Ok(())),
    };
    // The first `drifting_max` of the shop's drifting customers not archived nor reminded
    // (the sheet's list), of whom the counter keeps its customer.
    let mut listed = 0;
    for d in drifters {
        if listed == s.drifting_max as usize {
            break;
        }
        if reminded.contains(&d.customer) || is_off(d.customer)? {
            continue;
        }
        listed += 1;
        if !whose.includes(Some(d.customer)) {
            continue;
        }
        let (phone, tel) = store.phone_to_call(d.customer)?;
        items.push(FollowUpItem {
            reason: FollowUpReason::DriftingAway,
            customer: Some(d.customer),
            phone,
            tel,
            name: d.name.clone(),
            date: None,
            detail: FollowUpDetail::Drifting(d.reason.clone()),
        });
    }

    let rules = crate::counter::rules::read(store)?;
    if rules.enabled && let Some(lowest) = rules.rewards.iter().map(|r| r.cost - near_allowance(&rules, r.cost)).min() {
        let balances = match whose {
            Whose::Everyone => store.balances_at_least(lowest)?,
            Whose::One { customer, .. } if !is_off(customer)? => vec![(customer, store.points_balance(customer)?)],
            Whose::One { .. } => Vec::new(),
        };
        let mut near: Vec<(i64, CustomerId, i64, Reward)> = balances
            .into_iter()
            .filter_map(|(c, balance)| near_reward(&rules, balance).map(|(reward, missing)| (missing, c, balance, reward.clone())))
            .collect();
        near.sort_by_key(|n| (n.0, n.1));
        for (missing, customer, balance, reward) in near {
            let (phone, tel) = store.phone_to_call(customer)?;
            items.push(FollowUpItem {
                reason: FollowUpReason::NearReward,
                customer: Some(customer),
                name: store.customer_name(customer)?,
                phone,
                tel,
                date: None,
                detail: FollowUpDetail::NearReward {
                    balance,
                    missing,
                    unit: rules.earning.code(),
                    value: reward.value_minor.map(|v| Money::new(v, currency)),
                    label: reward.label.clone(),
                },
            });
        }
    }

    for r in reminders {
        if !whose.includes(r.draft.customer) {
            continue;
        }
        let (name, (phone, tel)) = match r.draft.customer {
            Some(c) => (store.customer_name(c)?, store.phone_to_call(c)?),
            None => (String::new(), (String::new(), None)),
        };
        let when = r.snoozed_until.unwrap_or(r.draft.due);
        items.push(FollowUpItem {
            reason: FollowUpReason::Reminder,
            customer: r.draft.customer,
            name,
            phone,
            tel,
            date: Some(when),
            detail: FollowUpDetail::Reminder { id: r.id, title: r.draft.title.clone(), repeat: r.draft.repeat, overdue: when < start },
        });
    }
    Ok(FollowUp { monday, items, drifting })
}

/// How far from a reward costing `cost` a balance is "close": a fifth of its points (180 of
/// 200), near enough that a word brings them back for it, far enough not to list everyone who
/// has just begun; with stamps, the last one (a card of ten stamps has no fifth to speak of).
fn near_allowance(rules: &LoyaltyRules, cost: i64) -> i64 {
    match rules.earning {
        Earning::Points { .. } => cost / 5,
        Earning::Stamps { .. } => 1,
    }
}

/// The next reward `balance` does not yet buy and what it still needs, when that is within
/// [`near_allowance`].
pub fn near_reward(rules: &LoyaltyRules, balance: i64) -> Option<(&Reward, i64)> {
    let next = rules.standing(balance).1?;
    let missing = next.cost - balance;
    (missing > 0 && missing <= near_allowance(rules, next.cost)).then_some((next, missing))
}

/// Writes a sheet as a PDF into `path`, whole or not at all.
pub fn write_sheet(sheet: &FollowUpSheet, path: &std::path::Path) -> std::result::Result<(), crate::WriteError> {
    crate::files::write_whole(path, |out| -> std::result::Result<(), crate::files::WriteSource> {
        let bytes = fidele_printing::render_follow_up_sheet(sheet)?;
        std::io::Write::write_all(out, &bytes)?;
        Ok(())
    })
}

/// The week's sheet as the shop prints it: in its language and calendar, drawn as a PDF.
pub fn sheet_pdf(store: &Store, monday: NaiveDate, today: NaiveDate) -> std::result::Result<Vec<u8>, crate::DrawError> {
    let shop = store.shop_profile()?;
    let dates = Settings::of(store).dates(shop.language)?;
    let sheet = week(store, monday, today)?.sheet(&shop, &dates);
    Ok(fidele_printing::render_follow_up_sheet(&sheet)?)
}
