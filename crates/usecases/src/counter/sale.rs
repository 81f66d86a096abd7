//! A sale, a refund and a reward at the counter: what was typed, checked (each problem naming
//! its field), then one transaction with its points and its offer.

use chrono::NaiveDateTime;
use fidele_domain::{CustomerId, ErrorCode, FieldError, Invalid, Money, PurchaseDraft};
use fidele_store::{OfferRefusal, OfferUse, RefundRecorded, Result, SaleRecorded, Store};

use super::offers::{self, OfferCheck};

/// Now, to the second, in the shop's local time: when a counter sale happens.
pub fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now)
}

/// A sale as typed at the counter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaleRequest {
    pub customer: i64,
    /// As typed: "24,90", "24.90 €".
    pub amount: String,
    pub category: String,
    /// An offer code scanned or typed with the sale; empty when none.
    pub offer: String,
    /// The shopkeeper accepts the offer although the counter refuses it (recorded with why).
    pub accept_anyway: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaleDone {
    pub recorded: SaleRecorded,
    pub offer: Option<OfferCheck>,
}

fn amount(store: &Store, typed: &str) -> Result<Money> {
    let currency = store.shop_profile()?.currency;
    let money = Money::parse(typed, currency).map_err(|e| Invalid::one(e.refusal().on("amount")))?;
    if money.minor <= 0 {
        return Err(Invalid::one(FieldError::new("amount", ErrorCode::AmountZero)).into());
    }
    Ok(money)
}

fn refusal_error(check: &OfferCheck) -> fidele_store::Error {
    let code = check.offer.code.as_str();
    let error = match check.refusal {
        Some(OfferRefusal::Expired) => FieldError::new("offer", ErrorCode::OfferExpired).with("code", code).with("until", check.valid_until.to_string()),
        Some(OfferRefusal::AlreadyUsed) => FieldError::new("offer", ErrorCode::OfferAlreadyUsed)
            .with("code", code)
            .with("at", check.used_at.map(|d| d.date().to_string()).unwrap_or_default()),
        _ => FieldError::new("offer", ErrorCode::OfferOtherCustomer).with("code", code).with("name", check.owner_name.as_str()),
    };
    Invalid::one(error).into()
}

/// Records the sale with its points and its offer (one transaction). A refused offer is an
/// error naming the field `offer` and why, unless accepted anyway.
pub fn record(store: &mut Store, req: &SaleRequest, now: NaiveDateTime) -> Result<SaleDone> {
    let customer = CustomerId(req.customer);
    let money = amount(store, &req.amount)?;
    let offer = match req.offer.trim() {
        "" => None,
        code => match offers::check(store, code, Some(customer), now.date())? {
            None => return Err(Invalid::one(FieldError::new("offer", ErrorCode::NoSuchOffer).with("code", code)).into()),
            Some(check) if check.refusal.is_some() && !req.accept_anyway => return Err(refusal_error(&check)),
            Some(check) => Some(check),
        },
    };
    let rules = super::rules::read(store)?;
    let draft = PurchaseDraft {
        customer: Some(customer),
        at: now,
        amount: money,
        margin: None,
        category: req.category.trim().to_owned(),
        item_count: None,
        ticket_ref: String::new(),
        offer_code: offer.as_ref().map(|o| o.offer.code.clone()).unwrap_or_default(),
        refund_of: None,
        note: String::new(),
    };
    let used = offer.as_ref().map(|o| OfferUse { code: o.offer.code.clone(), accepted_despite: o.refusal });
    let recorded = store.record_counter_sale(&draft, used.as_ref(), &rules, now)?;
    Ok(SaleDone { recorded, offer })
}

/// Refunds `amount` (as typed, positive) of sale `sale`, taking its points back.
pub fn refund(store: &mut Store, sale: i64, typed: &str, now: NaiveDateTime) -> Result<RefundRecorded> {
    let original = store.purchase(sale)?;
    let money = amount(store, typed)?;
    let draft = PurchaseDraft {
        customer: original.draft.customer,
        at: now,
        amount: Money::new(-money.minor, money.currency),
        margin: None,
        category: original.draft.category.clone(),
        item_count: None,
        ticket_ref: String::new(),
        offer_code: String::new(),
        refund_of: Some(sale),
        note: String::new(),
    };
    let rules = super::rules::read(store)?;
    store.record_counter_refund(&draft, &rules, now)
}

/// Spends the points of reward `index` (the rules' rewards, cheapest first). Returns the new
/// balance.
pub fn spend_reward(store: &mut Store, customer: CustomerId, index: usize, now: NaiveDateTime) -> Result<i64> {
    let rules = super::rules::read(store)?;
    if !rules.enabled {
        return Err(Invalid::one(FieldError::new("reward", ErrorCode::LoyaltyOff)).into());
    }
    let Some(reward) = rules.rewards.get(index) else {
        return Err(Invalid::one(FieldError::new("reward", ErrorCode::NotInRange).with("value", index).with("min", 0).with("max", rules.rewards.len().saturating_sub(1))).into());
    };
    let note = if reward.label.is_empty() {
        reward.value_minor.map(|v| Money::new(v, store.shop_profile().map(|s| s.currency).unwrap_or(fidele_domain::Currency::EUR)).to_decimal_string()).unwrap_or_default()
    } else {
        reward.label.clone()
    };
    store.spend_points(customer, reward.cost, &note, now)
}
