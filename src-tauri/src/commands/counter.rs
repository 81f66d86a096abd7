//! The counter: finding who is at the counter from a scan or typed text, their counter view,
//! sales with points and offers, refunds, rewards, member numbers and the loyalty rules.

use std::sync::Arc;

use fidele_domain::loyalty::{Earning, LoyaltyRules, Reward, STAGE_CODES};
use fidele_domain::{CustomerId, Money};
use fidele_store::Store;
use fidele_usecases::counter::{self, Found, SaleRequest, members};
use fidele_usecases::Settings;
use fidele_usecases::analysis::AnalysisCache;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::{money_format, today, ui_language};
use crate::contract::codes;
use crate::ipc::{MoneyFormat, PurchaseView};
use crate::{AppState, IpcError};

#[derive(Serialize, TS)]
pub struct RewardView {
    /// Its place in the rules' list (cheapest first), to spend it.
    pub index: usize,
    pub cost: i64,
    /// Money off, formatted; null for a gift.
    pub value: Option<String>,
    pub label: String,
    pub affordable: bool,
}

#[derive(Serialize, TS)]
pub struct PointsEntryView {
    pub at: String,
    #[ts(as = "codes::PointsKind")]
    pub kind: &'static str,
    pub points: i64,
    pub note: String,
}

#[derive(Serialize, TS)]
pub struct OfferView {
    pub code: String,
    pub customer_id: i64,
    pub owner: String,
    pub percent: Option<u32>,
    /// `YYYY-MM-DD`.
    pub valid_until: String,
    pub used_at: Option<String>,
    /// Why the counter refuses it; null when it is good for this customer.
    #[ts(as = "Option<codes::OfferRefusal>")]
    pub refusal: Option<&'static str>,
}

impl OfferView {
    fn new(c: &counter::OfferCheck) -> OfferView {
        OfferView {
            code: c.offer.code.clone(),
            customer_id: c.offer.customer.0,
            owner: c.owner_name.clone(),
            percent: c.offer.percent,
            valid_until: c.valid_until.to_string(),
            used_at: c.used_at.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
            refusal: c.refusal.map(|r| r.code()),
        }
    }
}

/// The customer at the counter.
#[derive(Serialize, TS)]
pub struct CounterView {
    pub customer_id: i64,
    pub name: String,
    #[ts(as = "Option<codes::Stage>")]
    pub stage: Option<&'static str>,
    pub member_number: Option<String>,
    pub loyalty_enabled: bool,
    #[ts(as = "codes::LoyaltyUnit")]
    pub unit: &'static str,
    pub balance: i64,
    pub reward_now: Option<RewardView>,
    pub next_reward: Option<RewardView>,
    /// What the next reward still needs.
    pub missing: Option<i64>,
    pub rewards: Vec<RewardView>,
    /// `YYYY-MM-DD`, when the birthday falls this week.
    pub birthday_this_week: Option<String>,
    pub open_complaint: Option<String>,
    pub last_purchases: Vec<PurchaseView>,
    pub entries: Vec<PointsEntryView>,
    pub offers: Vec<OfferView>,
    /// One line of what to say, from the week's follow-up, in the UI's language.
    pub say: Option<String>,
}

fn reward_view(index: usize, r: &Reward, balance: i64, money: &MoneyFormat) -> RewardView {
    RewardView { index, cost: r.cost, value: r.value_minor.map(|v| money.format(v)), label: r.label.clone(), affordable: r.cost <= balance }
}

fn stage_code(stage: Option<&str>) -> Option<&'static str> {
    stage.and_then(|s| STAGE_CODES.iter().find(|c| **c == s).copied())
}

/// The counter view; its line of what to say takes the drifting customers from today's
/// analysis when one is at hand (the dashboard's), never computing one: that reads the whole
/// file, seconds on a large one, and the scan waits under the store's lock.
fn counter_view(store: &mut Store, customer: CustomerId, analysis: &AnalysisCache) -> Result<CounterView, IpcError> {
    let day = today();
    let at_hand = analysis.at_hand(store, day);
    let view = counter::view::open(store, customer, day, at_hand.as_ref().map(|a| a.analysis.drifting.as_slice()))?.ok_or(fidele_store::Error::NotFound { what: "customer", id: customer.0 })?;
    let money = money_format(store)?;
    let language = ui_language(store)?;
    let say = match &view.say {
        Some(item) => Some(item.why(&Settings::of(store).dates(language)?)),
        None => None,
    };
    let index_of = |r: &Reward| view.rules.rewards.iter().position(|x| x == r).unwrap_or(0);
    Ok(CounterView {
        customer_id: customer.0,
        name: view.name.clone(),
        stage: stage_code(view.stage.as_deref()),
        member_number: view.member_number.map(|n| n.to_string()),
        loyalty_enabled: view.rules.enabled,
        unit: view.rules.earning.code(),
        balance: view.balance,
        reward_now: view.reward_now.as_ref().map(|r| reward_view(index_of(r), r, view.balance, &money)),
        next_reward: view.next_reward.as_ref().map(|(r, _)| reward_view(index_of(r), r, view.balance, &money)),
        missing: view.next_reward.as_ref().map(|(_, m)| *m),
        rewards: view.rules.rewards.iter().enumerate().map(|(i, r)| reward_view(i, r, view.balance, &money)).collect(),
        birthday_this_week: view.birthday_this_week.map(|d| d.to_string()),
        open_complaint: view.open_complaint.clone(),
        last_purchases: view.last_purchases.iter().map(|p| PurchaseView::new(p, language)).collect(),
        entries: view
            .entries
            .iter()
            .map(|e| PointsEntryView { at: e.at.format("%Y-%m-%dT%H:%M:%S").to_string(), kind: e.kind.code(), points: e.points, note: e.note.clone() })
            .collect(),
        offers: view.offers.iter().map(OfferView::new).collect(),
        say,
    })
}

#[derive(Serialize, TS)]
pub struct ChoiceView {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub phone: Option<String>,
}

/// What a scan or typed text found.
#[derive(Serialize, TS)]
#[serde(tag = "found", rename_all = "snake_case")]
pub enum FoundView {
    /// One customer, with their counter view (one call from the scan to the screen).
    Customer {
        #[ts(as = "codes::FoundBy")]
        by: &'static str,
        view: CounterView,
    },
    /// An offer code: the offer, and its customer's counter view.
    Offer { offer: OfferView, view: CounterView },
    /// A stopped card: whose it was and their current number.
    Stopped { number: String, customer_id: i64, name: String, stopped_at: Option<String>, current_number: Option<String> },
    Choices {
        #[ts(as = "codes::FoundBy")]
        by: &'static str,
        customers: Vec<ChoiceView>,
    },
    Nothing {
        #[ts(as = "codes::NotFound")]
        reason: &'static str,
    },
}

/// Finds who a scan or typed text names (a card's number, an offer code, a phone, a name).
#[tauri::command]
pub async fn counter_find(state: State<'_, AppState>, text: String) -> Result<FoundView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            Ok(match counter::find(store, &text, today())? {
                Found::Customer { customer, by } => FoundView::Customer { by: by.code(), view: counter_view(store, customer, &cache)? },
                Found::Offer(check) => FoundView::Offer { offer: OfferView::new(&check), view: counter_view(store, check.offer.customer, &cache)? },
                Found::Stopped { was, name, current } => FoundView::Stopped {
                    number: was.number.to_string(),
                    customer_id: was.customer.0,
                    name,
                    stopped_at: was.stopped_at.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
                    current_number: current.map(|n| n.to_string()),
                },
                Found::Choices { customers, by } => FoundView::Choices {
                    by: by.code(),
                    customers: customers.into_iter().map(|c| ChoiceView { id: c.id.0, name: c.name, city: c.city, phone: c.phone }).collect(),
                },
                Found::Nothing { reason } => FoundView::Nothing { reason: reason.code() },
            })
        })
        .await
}

#[tauri::command]
pub async fn counter_view_of(state: State<'_, AppState>, id: i64) -> Result<CounterView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state.run(move |store| counter_view(store, CustomerId(id), &cache)).await
}

/// A sale as typed at the counter.
#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct SaleInput {
    pub customer_id: i64,
    pub amount: String,
    pub category: String,
    pub offer: String,
    pub accept_anyway: bool,
}

#[derive(Serialize, TS)]
pub struct SaleView {
    pub purchase_id: i64,
    pub earned: i64,
    pub expired: i64,
    pub view: CounterView,
}

/// Records a sale with its points and offer; a refused offer answers `invalid` on the field
/// `offer` with its code, unless accepted anyway.
#[tauri::command]
pub async fn counter_sale(state: State<'_, AppState>, sale: SaleInput) -> Result<SaleView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            let req = SaleRequest { customer: sale.customer_id, amount: sale.amount, category: sale.category, offer: sale.offer, accept_anyway: sale.accept_anyway };
            let now = fidele_usecases::counter::sale::now();
            let done = counter::sale::record(store, &req, now)?;
            Ok(SaleView { purchase_id: done.recorded.purchase, earned: done.recorded.earned, expired: done.recorded.expired, view: counter_view(store, CustomerId(sale.customer_id), &cache)? })
        })
        .await
}

/// Refunds `amount` of sale `purchase_id`, taking its points back.
#[tauri::command]
pub async fn counter_refund(state: State<'_, AppState>, purchase_id: i64, amount: String) -> Result<CounterView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            counter::sale::refund(store, purchase_id, &amount, counter::sale::now())?;
            let customer = store.purchase(purchase_id)?.draft.customer.ok_or(fidele_store::Error::NotFound { what: "customer", id: 0 })?;
            counter_view(store, customer, &cache)
        })
        .await
}

/// Spends the points of a reward (its index in the rules' list).
#[tauri::command]
pub async fn counter_spend(state: State<'_, AppState>, customer_id: i64, reward: usize) -> Result<CounterView, IpcError> {
    let cache = Arc::clone(&state.analysis);
    state
        .run(move |store| {
            counter::sale::spend_reward(store, CustomerId(customer_id), reward, counter::sale::now())?;
            counter_view(store, CustomerId(customer_id), &cache)
        })
        .await
}

/// A lost card: stops the customer's number and gives a new one (returned, ten digits).
#[tauri::command]
pub async fn reissue_member_number(state: State<'_, AppState>, id: i64) -> Result<String, IpcError> {
    state.run(move |store| Ok(members::reissue(store, CustomerId(id))?.to_string())).await
}

/// The loyalty rules as Settings shows and edits them.
#[derive(Serialize, Deserialize, TS, Default)]
#[serde(default)]
pub struct LoyaltyRulesView {
    pub enabled: bool,
    #[ts(as = "codes::LoyaltyUnit")]
    pub unit: String,
    pub points_per_unit: u32,
    /// An amount as typed.
    pub stamp_min: String,
    pub rewards: Vec<RewardInput>,
    /// 0: never.
    pub expiry_months: u32,
    pub birthday_double: bool,
    /// Percent per stage, in the ladder's order.
    pub stage_bonus: Vec<u32>,
}

#[derive(Serialize, Deserialize, TS, Default, Clone)]
#[serde(default)]
pub struct RewardInput {
    pub cost: i64,
    /// Money off as typed; empty for a gift.
    pub value: String,
    pub label: String,
}

fn rules_view(rules: &LoyaltyRules, currency: fidele_domain::Currency) -> LoyaltyRulesView {
    LoyaltyRulesView {
        enabled: rules.enabled,
        unit: rules.earning.code().to_owned(),
        points_per_unit: match rules.earning {
            Earning::Points { per_unit } => per_unit,
            Earning::Stamps { .. } => 1,
        },
        stamp_min: match rules.earning {
            Earning::Stamps { min_minor } => Money::new(min_minor, currency).to_decimal_string(),
            Earning::Points { .. } => String::new(),
        },
        rewards: rules
            .rewards
            .iter()
            .map(|r| RewardInput { cost: r.cost, value: r.value_minor.map(|v| Money::new(v, currency).to_decimal_string()).unwrap_or_default(), label: r.label.clone() })
            .collect(),
        expiry_months: rules.expiry_months.unwrap_or(0),
        birthday_double: rules.birthday_double,
        stage_bonus: rules.stage_bonus_percent.to_vec(),
    }
}

#[tauri::command]
pub async fn loyalty_rules(state: State<'_, AppState>) -> Result<LoyaltyRulesView, IpcError> {
    state.run(|store| Ok(rules_view(&counter::rules::read(store)?, store.shop_profile()?.currency))).await
}

#[tauri::command]
pub async fn set_loyalty_rules(state: State<'_, AppState>, rules: LoyaltyRulesView) -> Result<LoyaltyRulesView, IpcError> {
    state
        .run(move |store| {
            let currency = store.shop_profile()?.currency;
            let mut invalid = fidele_domain::Invalid::default();
            let mut money = |field: String, typed: &str| -> Option<i64> {
                match Money::parse(typed, currency) {
                    Ok(m) => Some(m.minor),
                    Err(e) => {
                        invalid.push(e.refusal().on(field));
                        None
                    }
                }
            };
            let earning = if rules.unit == "stamps" {
                Earning::Stamps { min_minor: if rules.stamp_min.trim().is_empty() { 0 } else { money("stamp_min".into(), &rules.stamp_min).unwrap_or(0) } }
            } else {
                Earning::Points { per_unit: rules.points_per_unit }
            };
            let rewards: Vec<Reward> = rules
                .rewards
                .iter()
                .enumerate()
                .map(|(i, r)| Reward {
                    cost: r.cost,
                    value_minor: if r.value.trim().is_empty() { None } else { money(format!("rewards.{i}.value"), &r.value) },
                    label: r.label.trim().to_owned(),
                })
                .collect();
            let mut bonus = [0u32; 6];
            for (slot, p) in bonus.iter_mut().zip(&rules.stage_bonus) {
                *slot = *p;
            }
            invalid.into_result().map_err(fidele_store::Error::from)?;
            let typed = LoyaltyRules {
                enabled: rules.enabled,
                earning,
                rewards,
                expiry_months: (rules.expiry_months > 0).then_some(rules.expiry_months),
                birthday_double: rules.birthday_double,
                stage_bonus_percent: bonus,
            };
            counter::rules::write(store, &typed)?;
            Ok(rules_view(&counter::rules::read(store)?, currency))
        })
        .await
}
