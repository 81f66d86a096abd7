//! Do the cards pay? Each monthly run that kept a hold-out, its recipients against its
//! hold-out at 30, 60 and 90 days after the run (the day it was recorded), the verdict, the
//! same pooled by design, by ladder stage and by offer size, and the long view (retention
//! over 6 and 12 months of customers who got every card against those held out at least
//! once). Both front ends call [`campaigns`]; the statistics are `fidele_analytics::uplift`'s.
//!
//! Only recipients who were in the draw are compared with the hold-out (a customer held out
//! last time, or marked "always send", could not be drawn and would bias the comparison).
//! A customer "came back" with a sale (amount above zero) in the window; revenue and margin
//! count refunds off; a sale without a recorded margin counts the shop's margin rate.
//!
//! Pooled figures take the 30-day window of every run whose 30 days have passed. A held-out
//! customer's offer size is the one their stage got in that run (they received none).

use std::collections::HashMap;

use chrono::{Days, Months, NaiveDate};
use fidele_analytics::{Stage, parallel};
use fidele_analytics::uplift::{self, Arm, Comparison, Difference, Outcome, Verdict};
use fidele_domain::Currency;
use fidele_store::{CampaignFacts, CampaignMember, CampaignPurchase, CampaignRun, MemberGroup, Result, Store};

use crate::settings::Settings;

/// The outcomes of the recipients in the draw and of the hold-out.
type Arms = (Vec<Outcome>, Vec<Outcome>);

/// The windows after a run, in days.
pub const WINDOWS: [u32; 3] = [30, 60, 90];
/// The long view's horizons, in months.
pub const HORIZONS: [u32; 2] = [6, 12];
/// The months before a horizon a customer must have bought in to count as kept.
const KEPT_WITHIN_MONTHS: u32 = 3;

/// One window of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub days: u32,
    /// The window has passed (`as_of` is at or after its last day).
    pub complete: bool,
    pub comparison: Comparison,
}

/// A run measured.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    pub run: CampaignRun,
    pub windows: Vec<Window>,
    /// On the longest window that has passed (the 30 days' while none has).
    pub verdict: Verdict,
    pub verdict_days: u32,
    /// What the run's cards cost, in minor units.
    pub cost_minor: i64,
    /// The share of each group back by each day after the run (every [`CURVE_STEP`] days up
    /// to the last window): `(day, recipients, hold-out)`, shares 0 to 1.
    pub curve: Vec<(u32, f64, f64)>,
}

/// Days between the points of a run's curve.
pub const CURVE_STEP: u32 = 5;

/// Runs pooled by one key (a design, a stage, an offer size).
#[derive(Debug, Clone, PartialEq)]
pub struct Pool {
    /// `month-11`; a stage code; the offer in percent (`0`: none).
    pub key: String,
    pub runs: usize,
    pub comparison: Comparison,
    pub verdict: Verdict,
}

/// Retention over a horizon.
#[derive(Debug, Clone, PartialEq)]
pub struct LongView {
    pub months: u32,
    /// Customers whose first measured run is at least `months` old.
    pub every_card: Arm,
    pub held_out_once: Arm,
    /// Kept (bought in the last three months of the horizon): every card minus held out once.
    pub difference: Option<Difference>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Campaigns {
    pub as_of: NaiveDate,
    pub currency: Currency,
    pub cost_per_card_minor: i64,
    /// Newest first.
    pub runs: Vec<RunResult>,
    pub by_design: Vec<Pool>,
    pub by_stage: Vec<Pool>,
    pub by_offer: Vec<Pool>,
    pub long_view: Vec<LongView>,
}

/// Every run with a hold-out, measured as of `as_of`.
pub fn campaigns(store: &Store, as_of: NaiveDate) -> Result<Campaigns> {
    let facts = store.campaign_facts()?;
    let margin_permille = store.analysis_settings()?.margin_rate_permille;
    let currency = store.shop_profile()?.currency;
    let cost = Settings::of(store).card_cost_minor()?;
    Ok(measure(&facts, as_of, margin_permille, cost, currency))
}

/// The measurement itself, over facts read once.
///
/// One pass per run over its members' sales from day 0 gives every window's outcome and the
/// day each came back (the curve); the runs are measured on both cores (each run's figures
/// depend on its members alone). The pools then gather the runs' 30-day outcomes, in run
/// order, under integer keys (a run's design, a stage, an offer), worded and ordered as text
/// only at the end.
pub fn measure(facts: &CampaignFacts, as_of: NaiveDate, margin_permille: i64, cost: i64, currency: Currency) -> Campaigns {
    let sales = Sales::new(&facts.purchases, margin_permille);
    let mut designs: Vec<&str> = Vec::new();
    let design_of: Vec<u32> = facts
        .runs
        .iter()
        .map(|run| {
            designs.iter().position(|d| *d == run.design).unwrap_or_else(|| {
                designs.push(&run.design);
                designs.len() - 1
            }) as u32
        })
        .collect();
    let measured: Vec<(RunResult, Vec<Pooled>)> = parallel::map_in_order(&facts.runs, |i, run| measure_run(run, facts.members_of(i), &sales, as_of, cost));
    // Pools by design (its place in `designs`), by stage (its key), by offer percent.
    let mut by_design: Vec<Arms> = vec![Arms::default(); designs.len()];
    let mut by_stage: Vec<Arms> = vec![Arms::default(); STAGE_KEYS];
    let mut by_offer: Vec<Arms> = Vec::new();
    for ((_, pooled), &design) in measured.iter().zip(&design_of) {
        for p in pooled {
            let offer = p.offer as usize;
            if by_offer.len() <= offer {
                by_offer.resize(offer + 1, Arms::default());
            }
            for slot in [&mut by_design[design as usize], &mut by_stage[p.stage as usize], &mut by_offer[offer]] {
                if p.held { slot.1.push(p.outcome) } else { slot.0.push(p.outcome) }
            }
        }
    }
    let mut runs: Vec<RunResult> = measured.into_iter().map(|(r, _)| r).collect();
    // Runs a pool drew on: counted by design from the runs themselves.
    let runs_per_design: HashMap<&str, usize> = facts.runs.iter().fold(HashMap::new(), |mut m, r| {
        *m.entry(r.design.as_str()).or_insert(0) += 1;
        m
    });
    let stage_code = |k: usize| if k == 0 { "none" } else { Stage::ALL[k - 1].code() };
    // Each pool's keys in their order as text, as the front ends list them; the pools with
    // customers in them only.
    let keyed = |arms: Vec<Arms>, key: &dyn Fn(usize) -> String| -> Vec<(String, Arms)> {
        let mut keyed: Vec<(String, Arms)> = arms.into_iter().enumerate().filter(|(_, (a, b))| !a.is_empty() || !b.is_empty()).map(|(k, arms)| (key(k), arms)).collect();
        keyed.sort_by(|x, y| x.0.cmp(&y.0));
        keyed
    };
    let pools = [keyed(by_design, &|k| designs[k].to_owned()), keyed(by_stage, &|k| stage_code(k).to_owned()), keyed(by_offer, &|k| k.to_string())];
    let all: Vec<(usize, usize, &(String, Arms))> = pools.iter().enumerate().flat_map(|(kind, p)| p.iter().enumerate().map(move |(i, x)| (kind, i, x))).collect();
    let compared = parallel::map_in_order(&all, |_, (kind, i, (key, (a, b)))| {
        let comparison = uplift::compare(a, b, 7_919 + *i as u64);
        Pool {
            runs: if *kind == 0 { runs_per_design.get(key.as_str()).copied().unwrap_or(0) } else { facts.runs.len() },
            verdict: uplift::verdict(&comparison, true, a.len() as i64, cost),
            key: key.clone(),
            comparison,
        }
    });
    let mut split: [Vec<Pool>; 3] = Default::default();
    for ((kind, _, _), pool) in all.iter().zip(compared) {
        split[*kind].push(pool);
    }
    let [by_design, by_stage, by_offer] = split;
    let long_view = HORIZONS.iter().map(|&months| long_view(facts, &sales, as_of, months)).collect();
    runs.reverse();
    Campaigns { as_of, currency, cost_per_card_minor: cost, runs, by_design, by_stage, by_offer, long_view }
}

/// A member's 30-day outcome as a pool takes it.
struct Pooled {
    held: bool,
    stage: u32,
    offer: u32,
    outcome: Outcome,
}

/// One run: its windows, verdict and curve, and (once its 30 days have passed) what it adds
/// to the pools.
fn measure_run(run: &CampaignRun, members: &[CampaignMember], sales: &Sales<'_>, as_of: NaiveDate, cost: i64) -> (RunResult, Vec<Pooled>) {
    let offers = offer_by_stage(members);
    let ends = WINDOWS.map(|days| run.day0.checked_add_days(Days::new(u64::from(days))).unwrap_or(run.day0));
    let mut arms: [Arms; 3] = Default::default();
    let last = WINDOWS[WINDOWS.len() - 1];
    let (mut hist_a, mut hist_b) = (vec![0usize; last as usize + 1], vec![0usize; last as usize + 1]);
    let pooled = as_of >= ends[0];
    let mut pool = Vec::new();
    for m in members {
        let held = match m.group {
            MemberGroup::Recipient => false,
            MemberGroup::HeldOut => true,
            MemberGroup::RecipientOutsideDraw => continue,
        };
        let (outcomes, back) = sales.outcomes(m, run.id, run.day0, &ends);
        for (arm, o) in arms.iter_mut().zip(outcomes) {
            if held { arm.1.push(o) } else { arm.0.push(o) }
        }
        if let Some(day) = back.filter(|d| *d <= last) {
            if held { hist_b[day as usize] += 1 } else { hist_a[day as usize] += 1 }
        }
        if pooled {
            let stage = stage_key(m.stage);
            let offer = m.offer_percent.or(offers[stage as usize]).unwrap_or(0);
            pool.push(Pooled { held, stage, offer, outcome: outcomes[0] });
        }
    }
    let curve = curve(&hist_a, arms[0].0.len(), &hist_b, arms[0].1.len(), run.day0, as_of);
    let windows: Vec<Window> = WINDOWS
        .iter()
        .zip(ends)
        .zip(&arms)
        .map(|((&days, end), (a, b))| Window { days, complete: as_of >= end, comparison: uplift::compare(a, b, run.id as u64 ^ u64::from(days)) })
        .collect();
    let chosen = windows.iter().rev().find(|w| w.complete).unwrap_or(&windows[0]);
    let result = RunResult {
        verdict: uplift::verdict(&chosen.comparison, chosen.complete, run.cards, cost),
        verdict_days: chosen.days,
        windows,
        run: run.clone(),
        cost_minor: run.cards * cost,
        curve,
    };
    (result, pool)
}

/// Pool keys of stages: none, then each of [`Stage::ALL`].
const STAGE_KEYS: usize = Stage::ALL.len() + 1;

/// A stage as a pool key: 0 for none, else its place in [`Stage::ALL`] plus one.
fn stage_key(stage: Option<Stage>) -> u32 {
    stage.and_then(|s| Stage::ALL.iter().position(|x| *x == s)).map_or(0, |i| i as u32 + 1)
}

/// The share of recipients (in the draw) and of the hold-out back by each day, up to the
/// last window or `as_of`, whichever is first, from how many came back first on each day.
fn curve(hist_a: &[usize], na: usize, hist_b: &[usize], nb: usize, day0: NaiveDate, as_of: NaiveDate) -> Vec<(u32, f64, f64)> {
    let last = WINDOWS[WINDOWS.len() - 1];
    let upto = u32::try_from((as_of - day0).num_days().clamp(0, i64::from(last))).unwrap_or(0);
    let share = |hist: &[usize], n: usize, day: u32| if n == 0 { 0.0 } else { hist[..=day as usize].iter().sum::<usize>() as f64 / n as f64 };
    (0..=upto).step_by(CURVE_STEP as usize).map(|d| (d, share(hist_a, na, d), share(hist_b, nb, d))).collect()
}

/// The offer each stage got in a run (the most common among its recipients; the larger on a
/// tie), by stage key.
fn offer_by_stage(members: &[CampaignMember]) -> [Option<u32>; STAGE_KEYS] {
    let mut counts: Vec<[usize; STAGE_KEYS]> = Vec::new();
    for m in members {
        if let Some(p) = m.offer_percent {
            if counts.len() <= p as usize {
                counts.resize(p as usize + 1, [0; STAGE_KEYS]);
            }
            counts[p as usize][stage_key(m.stage) as usize] += 1;
        }
    }
    let mut best: [Option<(usize, u32)>; STAGE_KEYS] = [None; STAGE_KEYS];
    for (p, by_stage) in counts.iter().enumerate() {
        for (slot, &n) in best.iter_mut().zip(by_stage) {
            if n > 0 && slot.is_none_or(|b| (n, p as u32) > b) {
                *slot = Some((n, p as u32));
            }
        }
    }
    best.map(|b| b.map(|(_, p)| p))
}

fn long_view(facts: &CampaignFacts, sales: &Sales<'_>, as_of: NaiveDate, months: u32) -> LongView {
    // Each customer's first run, then whether any run within the horizon from it held them
    // out (customer numbers are dense: one slot each).
    let top = facts.members.iter().map(|m| m.customer.max(0) as usize).max().map_or(0, |t| t + 1);
    let mut first: Vec<Option<NaiveDate>> = vec![None; top];
    for (i, run) in facts.runs.iter().enumerate() {
        for m in facts.members_of(i) {
            let slot = &mut first[m.customer.max(0) as usize];
            *slot = Some(slot.map_or(run.day0, |f| f.min(run.day0)));
        }
    }
    let end_of = |start: NaiveDate| start.checked_add_months(Months::new(months)).unwrap_or(start);
    let mut held: Vec<bool> = vec![false; top];
    for (i, run) in facts.runs.iter().enumerate() {
        for m in facts.members_of(i).iter().filter(|m| m.group == MemberGroup::HeldOut) {
            let c = m.customer.max(0) as usize;
            if first[c].is_some_and(|f| run.day0 < end_of(f)) {
                held[c] = true;
            }
        }
    }
    let (mut every, mut once) = (Vec::new(), Vec::new());
    for (customer, start) in first.iter().enumerate() {
        let Some(start) = *start else { continue };
        let end = end_of(start);
        if end > as_of {
            continue;
        }
        let from = end.checked_sub_months(Months::new(KEPT_WITHIN_MONTHS)).unwrap_or(end);
        let kept = sales.of(customer as i64).iter().any(|p| p.at >= from && p.at < end && p.amount_minor > 0);
        let o = Outcome { returned: kept, ..Outcome::default() };
        if held[customer] { once.push(o) } else { every.push(o) }
    }
    // Only the share kept is compared: no amount is read over a horizon.
    let share = |o: &[Outcome]| o.iter().map(|o| if o.returned { 1.0 } else { 0.0 }).collect::<Vec<f64>>();
    let difference = (!every.is_empty() && !once.is_empty()).then(|| uplift::share_difference(&share(&every), &share(&once), u64::from(months)));
    LongView { months, every_card: Arm::of(&every), held_out_once: Arm::of(&once), difference }
}

/// The members' sales, by customer then date, with where each customer's start (customer
/// numbers are dense: one slot per number up to the highest).
struct Sales<'a> {
    purchases: &'a [CampaignPurchase],
    margin_permille: i64,
    /// `starts[c]..starts[c + 1]` are customer `c`'s purchases.
    starts: Vec<u32>,
}

impl<'a> Sales<'a> {
    fn new(purchases: &'a [CampaignPurchase], margin_permille: i64) -> Self {
        let top = purchases.last().map_or(0, |p| p.customer.max(0) as usize);
        let mut starts = vec![0u32; top + 2];
        for p in purchases {
            starts[p.customer.max(0) as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        Sales { purchases, margin_permille, starts }
    }

    fn of(&self, customer: i64) -> &'a [CampaignPurchase] {
        let c = customer.max(0) as usize;
        if c + 1 >= self.starts.len() {
            return &[];
        }
        &self.purchases[self.starts[c] as usize..self.starts[c + 1] as usize]
    }

    /// What the member of run `run` did from `from` (included) to each of `ends` (excluded,
    /// increasing), and the day after `from` of their first sale (refunds aside), if any.
    fn outcomes(&self, m: &CampaignMember, run: i64, from: NaiveDate, ends: &[NaiveDate; 3]) -> ([Outcome; 3], Option<u32>) {
        let mine = self.of(m.customer);
        let start = mine.partition_point(|p| p.at < from);
        let mut out = [Outcome::default(); 3];
        let mut back = None;
        let redeems = m.group != MemberGroup::HeldOut;
        for p in &mine[start..] {
            if back.is_none() && p.amount_minor > 0 {
                back = u32::try_from((p.at - from).num_days()).ok();
            }
            if p.at >= ends[2] {
                if back.is_some() {
                    break;
                }
                continue;
            }
            let margin = p.margin_minor.unwrap_or(p.amount_minor * self.margin_permille / 1000);
            let redeemed = redeems && p.redeemed_run == Some(run);
            for (o, end) in out.iter_mut().zip(ends) {
                if p.at < *end {
                    o.returned |= p.amount_minor > 0;
                    o.revenue_minor += p.amount_minor;
                    o.margin_minor += margin;
                    o.redeemed |= redeemed;
                }
            }
        }
        (out, back)
    }
}

#[cfg(test)]
mod tests {
    use fidele_domain::{Address, Channel, CustomerDraft, Money, PurchaseDraft};
    use fidele_printing::Layout;

    use super::*;
    use crate::cards::{RunRequest, plan, run::record};
    use crate::settings::SettingsMut;

    #[test]
    fn a_run_with_a_hold_out_is_measured_and_its_verdict_counts_the_cards_cost() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::Local::now().date_naive();
        for i in 0..400 {
            let draft = CustomerDraft {
                first_name: format!("Client{i}"),
                last_name: "Martin".into(),
                address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
                ..CustomerDraft::default()
            };
            store.add_customer(draft, &[(Channel::Post, true)], "").unwrap();
        }
        SettingsMut::of(&mut store).set_card_cost_minor(120).unwrap();
        let req = RunRequest::monthly(&today.format("%Y-%m").to_string(), false, today).unwrap().with_holdout(50).unwrap();
        let p = plan(&store, &req).unwrap();
        assert_eq!(p.held_out.len(), 200);
        record(&mut store, &p, Layout::Postcard).unwrap();
        // Two recipients in three come back within 30 days, one held-out customer in five.
        let buy = |store: &mut Store, who, days: u64, code: &str| {
            store
                .add_purchase(PurchaseDraft {
                    customer: Some(who),
                    at: today.checked_add_days(Days::new(days)).unwrap().and_hms_opt(11, 0, 0).unwrap(),
                    amount: Money::new(5_000, Currency::EUR),
                    margin: Some(Money::new(2_000, Currency::EUR)),
                    category: String::new(),
                    item_count: None,
                    ticket_ref: String::new(),
                    offer_code: code.into(),
                    refund_of: None,
                    note: String::new(),
                })
                .unwrap();
        };
        for (i, c) in p.cards.iter().enumerate().filter(|(i, _)| i % 3 != 0) {
            buy(&mut store, c.to, 3 + (i % 20) as u64, c.offer_code.as_deref().unwrap_or(""));
        }
        for c in p.held_out.iter().step_by(5) {
            buy(&mut store, c.to, 10, "");
        }
        let early = campaigns(&store, today).unwrap();
        assert_eq!(early.runs.len(), 1);
        assert_eq!(early.runs[0].verdict, Verdict::TooEarly, "before 30 days have passed");

        let later = campaigns(&store, today.checked_add_days(Days::new(120)).unwrap()).unwrap();
        let run = &later.runs[0];
        assert!(run.windows.iter().all(|w| w.complete));
        let w = &run.windows[0].comparison;
        assert_eq!((w.recipients.customers, w.held_out.customers), (200, 200));
        assert_eq!((w.recipients.returned, w.held_out.returned), (133, 40));
        assert!(w.recipients.redeemed > 100 && w.held_out.redeemed == 0);
        match run.verdict {
            Verdict::Effect { per_100, cost_minor, margin_minor, .. } => {
                assert_eq!((per_100, cost_minor), (47, 200 * 120));
                assert_eq!(margin_minor, (133 - 40) * 2_000);
            }
            v => panic!("{v:?}"),
        }
        assert_eq!(later.by_design.len(), 1);
        assert!(!later.by_stage.is_empty() && !later.by_offer.is_empty());
        assert_eq!(later.long_view.len(), 2);
        let curve = &run.curve;
        assert_eq!((curve.len(), curve[0].0, curve.last().unwrap().0), (19, 0, 90));
        assert!(curve.windows(2).all(|w| w[0].1 <= w[1].1 && w[0].2 <= w[1].2), "shares only grow");
        assert!((curve.last().unwrap().1 - 133.0 / 200.0).abs() < 1e-9 && (curve.last().unwrap().2 - 0.2).abs() < 1e-9);
    }
}
