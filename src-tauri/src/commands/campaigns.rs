//! Do the cards pay? The Campaigns view's data (`fidele_usecases::campaigns`), "always send"
//! on a customer, and what a card costs.

use fidele_analytics::uplift::{Arm, Difference, Method, Verdict};
use fidele_domain::CustomerId;
use fidele_usecases::{Settings, SettingsMut};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::today;
use crate::{AppState, IpcError};

/// A difference (recipients minus hold-out) with its 95 % interval, and how it was computed.
#[derive(Serialize, TS)]
pub struct DifferenceView {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
    /// `welch` or `bootstrap`.
    #[ts(type = r#""welch" | "bootstrap""#)]
    pub method: &'static str,
    /// For a bootstrap: the fewest outcomes a group had, which Welch's rule wants at least
    /// `min_outcomes` of.
    pub smallest: Option<usize>,
}

impl DifferenceView {
    fn new(d: &Difference) -> Self {
        DifferenceView {
            estimate: d.estimate,
            low: d.low,
            high: d.high,
            method: d.method.code(),
            smallest: match d.method {
                Method::Bootstrap { smallest } => Some(smallest),
                Method::Welch => None,
            },
        }
    }
}

#[derive(Serialize, TS)]
pub struct ArmView {
    pub customers: usize,
    pub returned: usize,
    pub redeemed: usize,
    pub revenue_per_customer: String,
    pub margin_per_customer: String,
}

/// A verdict as data: the UI words it (`campaigns-verdict-*`).
#[derive(Serialize, TS)]
pub struct VerdictView {
    #[ts(type = r#""too_early" | "no_measurable_effect" | "effect""#)]
    pub code: &'static str,
    /// `more` or `fewer` (an effect), the customers per 100 and the interval's ends, both
    /// as positive numbers in the direction said.
    #[ts(type = r#""more" | "fewer""#)]
    pub direction: &'static str,
    pub per_100: i64,
    pub low: i64,
    pub high: i64,
    /// Signed: "+310,00 €".
    pub margin: String,
    pub cost: String,
}

#[derive(Serialize, TS)]
pub struct WindowView {
    pub days: u32,
    pub complete: bool,
    pub recipients: ArmView,
    pub held_out: ArmView,
    pub return_rate: Option<DifferenceView>,
    pub margin: Option<DifferenceView>,
}

#[derive(Serialize, TS)]
pub struct CurvePoint {
    pub day: u32,
    pub recipients: f64,
    pub held_out: f64,
}

#[derive(Serialize, TS)]
pub struct CampaignRunView {
    pub id: i64,
    /// `2026-11` and its month, 1 to 12.
    pub period: String,
    pub month: u32,
    pub design: String,
    pub day0: String,
    pub holdout_percent: i64,
    pub cards: i64,
    pub cost: String,
    pub windows: Vec<WindowView>,
    pub verdict: VerdictView,
    pub verdict_days: u32,
    pub curve: Vec<CurvePoint>,
}

#[derive(Serialize, TS)]
pub struct PoolView {
    /// A design (`month-11`), a stage code, or an offer in percent (`0`: none).
    pub key: String,
    pub recipients: ArmView,
    pub held_out: ArmView,
    pub return_rate: Option<DifferenceView>,
    pub verdict: VerdictView,
}

#[derive(Serialize, TS)]
pub struct LongViewView {
    pub months: u32,
    pub every_card: usize,
    pub every_card_kept: usize,
    pub held_out_once: usize,
    pub held_out_once_kept: usize,
    pub difference: Option<DifferenceView>,
}

#[derive(Serialize, TS)]
pub struct CampaignsView {
    pub as_of: String,
    pub cost_per_card: String,
    /// Welch's rule: successes and failures each group needs.
    pub min_outcomes: usize,
    /// Newest first.
    pub runs: Vec<CampaignRunView>,
    pub by_design: Vec<PoolView>,
    pub by_stage: Vec<PoolView>,
    pub by_offer: Vec<PoolView>,
    pub long_view: Vec<LongViewView>,
}

/// Every monthly run with a hold-out, measured as of today.
#[tauri::command]
pub async fn campaigns(state: State<'_, AppState>) -> Result<CampaignsView, IpcError> {
    state
        .run(|store| {
            let money = super::money_format(store)?;
            let c = fidele_usecases::campaigns::campaigns(store, today())?;
            let arm = |a: &Arm| ArmView {
                customers: a.customers,
                returned: a.returned,
                redeemed: a.redeemed,
                revenue_per_customer: money.format(a.revenue_per_customer.round() as i64),
                margin_per_customer: money.format(a.margin_per_customer.round() as i64),
            };
            let verdict = |v: Verdict| match v {
                Verdict::Effect { per_100, low_per_100, high_per_100, margin_minor, cost_minor } => {
                    let (low, high) = if per_100 < 0 { (-high_per_100, -low_per_100) } else { (low_per_100, high_per_100) };
                    VerdictView {
                        code: v.code(),
                        direction: if per_100 < 0 { "fewer" } else { "more" },
                        per_100: per_100.abs(),
                        low,
                        high,
                        margin: format!("{}{}", if margin_minor > 0 { "+" } else { "" }, money.format(margin_minor)),
                        cost: money.format(cost_minor),
                    }
                }
                _ => VerdictView { code: v.code(), direction: "more", per_100: 0, low: 0, high: 0, margin: String::new(), cost: String::new() },
            };
            let pools = |p: &[fidele_usecases::campaigns::Pool]| {
                p.iter()
                    .map(|p| PoolView {
                        key: p.key.clone(),
                        recipients: arm(&p.comparison.recipients),
                        held_out: arm(&p.comparison.held_out),
                        return_rate: p.comparison.return_rate.as_ref().map(DifferenceView::new),
                        verdict: verdict(p.verdict),
                    })
                    .collect()
            };
            Ok(CampaignsView {
                as_of: c.as_of.to_string(),
                cost_per_card: money.format(c.cost_per_card_minor),
                min_outcomes: fidele_analytics::uplift::MIN_OUTCOMES,
                runs: c
                    .runs
                    .iter()
                    .map(|r| CampaignRunView {
                        id: r.run.id,
                        period: r.run.period.clone(),
                        month: r.run.period.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1),
                        design: r.run.design.clone(),
                        day0: r.run.day0.to_string(),
                        holdout_percent: r.run.holdout_percent,
                        cards: r.run.cards,
                        cost: money.format(r.cost_minor),
                        windows: r
                            .windows
                            .iter()
                            .map(|w| WindowView {
                                days: w.days,
                                complete: w.complete,
                                recipients: arm(&w.comparison.recipients),
                                held_out: arm(&w.comparison.held_out),
                                return_rate: w.comparison.return_rate.as_ref().map(DifferenceView::new),
                                margin: w.comparison.margin.as_ref().map(DifferenceView::new),
                            })
                            .collect(),
                        verdict: verdict(r.verdict),
                        verdict_days: r.verdict_days,
                        curve: r.curve.iter().map(|&(day, recipients, held_out)| CurvePoint { day, recipients, held_out }).collect(),
                    })
                    .collect(),
                by_design: pools(&c.by_design),
                by_stage: pools(&c.by_stage),
                by_offer: pools(&c.by_offer),
                long_view: c
                    .long_view
                    .iter()
                    .map(|l| LongViewView {
                        months: l.months,
                        every_card: l.every_card.customers,
                        every_card_kept: l.every_card.returned,
                        held_out_once: l.held_out_once.customers,
                        held_out_once_kept: l.held_out_once.returned,
                        difference: l.difference.as_ref().map(DifferenceView::new),
                    })
                    .collect(),
            })
        })
        .await
}

/// Whether the customer is marked "always send" (never held out of a run).
#[tauri::command]
pub async fn always_send(state: State<'_, AppState>, id: i64) -> Result<bool, IpcError> {
    state.run(move |store| Ok(store.always_send(CustomerId(id))?)).await
}

#[tauri::command]
pub async fn set_always_send(state: State<'_, AppState>, id: i64, always: bool) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.set_always_send(CustomerId(id), always)?)).await
}

/// What one card costs (card, printing, postage), as an amount in the shop's currency
/// (`"1,70"`): the one set in Settings, else the shop's country's default.
#[tauri::command]
pub async fn card_cost(state: State<'_, AppState>) -> Result<String, IpcError> {
    state
        .run(|store| {
            let currency = store.shop_profile()?.currency;
            Ok(fidele_domain::Money::new(Settings::of(store).card_cost_minor()?, currency).to_decimal_string())
        })
        .await
}

#[tauri::command]
pub async fn set_card_cost(state: State<'_, AppState>, amount: String) -> Result<(), IpcError> {
    state
        .run(move |store| {
            let currency = store.shop_profile()?.currency;
            let money = fidele_domain::Money::parse(&amount, currency).map_err(|e| IpcError::invalid("card_cost", e.refusal()))?;
            Ok(SettingsMut::of(store).set_card_cost_minor(money.minor)?)
        })
        .await
}
