//! Who matters: the dashboard's analysis and each customer's outlook. The analysis of the whole
//! shop is computed once and cached until something is written to the store (or the day
//! changes), so opening customer pages stays instant.

use std::collections::HashMap;
use std::sync::Arc;

use fidele_analytics::{Analysis, Basis, Segment, Stage, ValueNote};
use fidele_usecases::analysis::Step;
use fidele_domain::{CustomerId, Language};
use fidele_store::Store;
use serde::Serialize;
use ts_rs::TS;
use tauri::State;
use tauri::ipc::Channel;

use super::{money_format, today, ui_language};
use crate::contract::codes;
use crate::ipc::MoneyFormat;
use crate::{AppState, IpcError};

/// The app's one cache of today's analysis (see `fidele_usecases::analysis::AnalysisCache`).
pub type AnalysisCache = Arc<fidele_usecases::analysis::AnalysisCache>;

/// Customers' display names by id, as the analysis read them.
type Names = Arc<HashMap<CustomerId, String>>;

/// Where a fresh analysis is: `reading` the file, `computing` the models and figures,
/// `recording` the month's ladder moves. Step `done` of `total`, for the dashboard's bar.
#[derive(Clone, Serialize, TS)]
pub struct AnalysisProgress {
    #[ts(type = r#""reading" | "computing" | "recording""#)]
    pub step: &'static str,
    pub done: u32,
    pub total: u32,
}

fn current(store: &mut Store, cache: &AnalysisCache, progress: impl Fn(AnalysisProgress)) -> Result<(Arc<Analysis>, Names), IpcError> {
    let shop = cache.current(store, today(), |step| progress(AnalysisProgress { step: step.code(), done: step.done(), total: Step::COUNT }))?;
    Ok((shop.analysis, shop.names))
}

#[derive(Serialize, TS)]
pub struct StageCount {
    #[ts(as = "codes::Stage")]
    pub stage: &'static str,
    pub count: u32,
}

#[derive(Serialize, TS)]
pub struct LadderMonthView {
    pub month: String,
    pub up: u32,
    pub down: u32,
    pub entered: u32,
}

#[derive(Serialize, TS)]
pub struct ParetoView {
    pub gold_customers: usize,
    pub gold_share_of_buyers: f64,
    pub gold_share_of_margin: f64,
    /// (share of customers, share of margin), from the best customer down.
    pub curve: Vec<(f64, f64)>,
}

#[derive(Serialize, TS)]
pub struct SegmentCount {
    #[ts(as = "codes::Segment")]
    pub segment: &'static str,
    pub count: u32,
}

#[derive(Serialize, TS)]
pub struct RetentionView {
    pub month: String,
    pub new: u32,
    pub reactivated: u32,
    pub lost: u32,
    pub active: u32,
    pub repurchase_rate: Option<f64>,
    pub retention_rate: Option<f64>,
}

#[derive(Serialize, TS)]
pub struct DrifterView {
    pub id: i64,
    pub name: String,
    pub reason: String,
    pub p_alive: Option<f64>,
    /// Expected value over the next 12 months, formatted.
    pub clv: String,
    /// Their first phone as written (empty without one), and as a `tel:` link.
    pub phone: String,
    pub tel: Option<String>,
}

#[derive(Serialize, TS)]
pub struct AdvocateView {
    pub id: i64,
    pub name: String,
    pub referred: u32,
    pub referred_buyers: u32,
    pub revenue: String,
}

#[derive(Serialize, TS)]
pub struct ModelView {
    /// BG/NBD per week, when the shop's data was enough to fit it.
    pub bgnbd: Option<[f64; 4]>,
    pub gamma_gamma: Option<[f64; 3]>,
    /// Why there is no model (too few repeat customers, ...): figures are then historic.
    pub unavailable_reason: Option<String>,
}

#[derive(Serialize, TS)]
pub struct AnalysisView {
    pub as_of: String,
    pub customers: usize,
    pub buyers: usize,
    pub ladder: Vec<StageCount>,
    pub ladder_moves: Vec<LadderMonthView>,
    pub pareto: ParetoView,
    /// Counts by recency score (rows, 5 = most recent first) and frequency score (columns 1..5).
    pub rfm_grid: [[u32; 5]; 5],
    pub segments: Vec<SegmentCount>,
    pub retention: Vec<RetentionView>,
    pub drifting: Vec<DrifterView>,
    pub advocates: Vec<AdvocateView>,
    pub satisfied_not_returning: usize,
    pub model: ModelView,
}

fn view(a: &Analysis, names: &HashMap<CustomerId, String>, money: &MoneyFormat, language: Language) -> AnalysisView {
    let mut ladder = [0u32; 6];
    for s in a.stages.iter().flatten() {
        ladder[Stage::ALL.iter().position(|x| *x == s.stage).unwrap_or(0)] += 1;
    }
    let mut grid = [[0u32; 5]; 5];
    let mut segments: HashMap<Segment, u32> = HashMap::new();
    for r in &a.rfm {
        let (ri, fi) = (usize::from(r.r.clamp(1, 5)), usize::from(r.f.clamp(1, 5)));
        grid[5 - ri][fi - 1] += 1;
        *segments.entry(r.segment).or_default() += 1;
    }
    let values: HashMap<CustomerId, &fidele_analytics::CustomerValue> = a.values.customers.iter().map(|v| (v.customer, v)).collect();
    let name = |id: CustomerId| names.get(&id).cloned().unwrap_or_default();
    AnalysisView {
        as_of: a.as_of.to_string(),
        customers: a.customers,
        buyers: a.buyers,
        ladder: Stage::ALL.iter().zip(ladder).map(|(s, count)| StageCount { stage: s.code(), count }).collect(),
        ladder_moves: a
            .ladder
            .iter()
            .map(|m| LadderMonthView { month: m.month_end.format("%Y-%m").to_string(), up: m.up, down: m.down, entered: m.entered })
            .collect(),
        pareto: ParetoView {
            gold_customers: a.pareto.gold.len(),
            gold_share_of_buyers: a.pareto.gold_share_of_buyers,
            gold_share_of_margin: a.pareto.gold_share_of_margin,
            curve: a.pareto.curve.iter().map(|p| (p.customer_share, p.margin_share)).collect(),
        },
        rfm_grid: grid,
        segments: Segment::ALL.iter().map(|s| SegmentCount { segment: s.code(), count: segments.get(s).copied().unwrap_or(0) }).collect(),
        retention: a
            .retention
            .months
            .iter()
            .map(|m| RetentionView {
                month: m.month.format("%Y-%m").to_string(),
                new: m.new,
                reactivated: m.reactivated,
                lost: m.lost,
                active: m.active,
                repurchase_rate: m.repurchase_rate,
                retention_rate: m.retention_rate,
            })
            .collect(),
        drifting: a
            .drifting
            .iter()
            .take(30)
            .map(|d| DrifterView {
                id: d.customer.0,
                name: d.name.clone(),
                reason: fidele_analytics::drift_reason_words(language, &d.reason),
                p_alive: values.get(&d.customer).and_then(|v| v.p_alive),
                clv: money.format(values.get(&d.customer).map_or(0, |v| v.clv_12m_minor)),
                phone: String::new(),
                tel: None,
            })
            .collect(),
        advocates: a
            .referrals
            .advocates
            .iter()
            .take(10)
            .map(|s| AdvocateView {
                id: s.customer.0,
                name: name(s.customer),
                referred: s.referred,
                referred_buyers: s.referred_buyers,
                revenue: money.format(s.tree_revenue_minor),
            })
            .collect(),
        satisfied_not_returning: a.retention.satisfied_not_returning.len(),
        model: ModelView {
            bgnbd: a.values.bgnbd.as_ref().ok().map(|f| [f.params.r, f.params.alpha, f.params.a, f.params.b]),
            gamma_gamma: a.values.gamma_gamma.as_ref().ok().map(|f| [f.params.p, f.params.q, f.params.gamma]),
            unavailable_reason: a.values.bgnbd.as_ref().err().map(|e| e.to_string()),
        },
    }
}

/// The whole analysis for the dashboard. A fresh one (after any change) reports its steps on
/// `on_progress`; a cached one answers at once.
#[tauri::command]
pub async fn analysis(state: State<'_, AppState>, on_progress: Channel<AnalysisProgress>) -> Result<AnalysisView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            // A closed window cannot listen any more; the analysis carries on regardless.
            let (a, names) = current(store, &cache, |p| {
                let _ = on_progress.send(p);
            })?;
            let mut view = view(&a, &names, &money_format(store)?, ui_language(store)?);
            // The numbers to call are read now, not cached: one may have been added since.
            for d in &mut view.drifting {
                (d.phone, d.tel) = store.phone_to_call(CustomerId(d.id))?;
            }
            Ok(view)
        })
        .await
}

#[derive(Serialize, TS)]
pub struct OutlookView {
    #[ts(as = "Option<codes::Stage>")]
    pub stage: Option<&'static str>,
    pub manual_stage: bool,
    #[ts(as = "Option<codes::Segment>")]
    pub segment: Option<&'static str>,
    pub p_alive: Option<f64>,
    pub expected_purchases_12m: Option<f64>,
    pub clv_12m: Option<String>,
    /// `model` (BG/NBD and Gamma-Gamma) or `historic` (the last 12 months, repeated).
    #[ts(type = r#""model" | "historic" | null"#)]
    pub basis: Option<&'static str>,
    /// `repeat`, `one_time_buyer` or `no_purchase`: what the estimate rests on.
    #[ts(type = r#""repeat" | "one_time_buyer" | "no_purchase" | null"#)]
    pub note: Option<&'static str>,
    pub drifting_reason: Option<String>,
}

#[tauri::command]
pub async fn customer_outlook(state: State<'_, AppState>, id: i64) -> Result<OutlookView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            let (a, _) = current(store, &cache, |_| {})?;
            let id = CustomerId(id);
            let stage = a.stages.iter().flatten().find(|s| s.customer == id);
            let value = a.values.customers.iter().find(|v| v.customer == id);
            let money = money_format(store)?;
            Ok(OutlookView {
                stage: stage.map(|s| s.stage.code()),
                manual_stage: stage.is_some_and(|s| s.manual),
                segment: a.rfm.iter().find(|r| r.customer == id).map(|r| r.segment.code()),
                p_alive: value.and_then(|v| v.p_alive),
                expected_purchases_12m: value.map(|v| v.expected_purchases_52w),
                clv_12m: value.map(|v| money.format(v.clv_12m_minor)),
                basis: value.map(|v| match v.basis {
                    Basis::Model => "model",
                    Basis::Historic => "historic",
                }),
                note: value.map(|v| match v.note {
                    ValueNote::Repeat => "repeat",
                    ValueNote::OneTimeBuyer => "one_time_buyer",
                    ValueNote::NoPurchase => "no_purchase",
                }),
                drifting_reason: a.drifting.iter().find(|d| d.customer == id).map(|d| fidele_analytics::drift_reason_words(money.language, &d.reason)),
            })
        })
        .await
}

/// The loyalty thresholds as the Settings form shows them (percentages for people).
#[derive(Serialize, serde::Deserialize, TS)]
pub struct LadderSettingsView {
    pub supporter_min_purchases: u32,
    pub drift_threshold_percent: f64,
    pub discount_rate_percent: f64,
}

#[tauri::command]
pub async fn get_ladder_settings(state: State<'_, AppState>) -> Result<LadderSettingsView, IpcError> {
    state
        .run(|store| {
            let l = store.ladder_settings()?;
            Ok(LadderSettingsView {
                supporter_min_purchases: l.supporter_min_purchases,
                drift_threshold_percent: (l.drift_threshold * 1000.0).round() / 10.0,
                discount_rate_percent: (l.annual_discount_rate * 1000.0).round() / 10.0,
            })
        })
        .await
}

#[tauri::command]
pub async fn set_ladder_settings(state: State<'_, AppState>, settings: LadderSettingsView) -> Result<(), IpcError> {
    let ladder = fidele_store::LadderSettings {
        supporter_min_purchases: settings.supporter_min_purchases,
        drift_threshold: settings.drift_threshold_percent / 100.0,
        annual_discount_rate: settings.discount_rate_percent / 100.0,
    };
    state.run(move |store| Ok(store.set_ladder_settings(ladder)?)).await
}

/// Sets a customer's ladder stage by hand (`partner`, ...), or `null` to let the analysis decide.
#[tauri::command]
pub async fn set_manual_stage(state: State<'_, AppState>, id: i64, stage: Option<String>) -> Result<(), IpcError> {
    let stage = match stage.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(code) => Some(Stage::parse(code).ok_or_else(|| IpcError::not_one_of("stage", code, ""))?),
        None => None,
    };
    state.run(move |store| Ok(store.set_manual_stage(CustomerId(id), stage)?)).await
}
