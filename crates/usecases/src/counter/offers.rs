//! An offer code scanned at the counter: the card that printed it, whose it is, until when it
//! is good, and whether the counter refuses it (expired, already used, another customer's).

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::CustomerId;
use fidele_store::{OfferCard, OfferRefusal, Result, Store};

use crate::cards::offer_valid_until;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferCheck {
    pub offer: OfferCard,
    pub owner_name: String,
    pub valid_until: NaiveDate,
    /// When it was first redeemed, if it was.
    pub used_at: Option<NaiveDateTime>,
    /// Why the counter refuses it; `None` when it is good for this sale.
    pub refusal: Option<OfferRefusal>,
}

/// The end of the run's period (`YYYY-MM`, or `YYYY-MM-DD/YYYY-MM-DD`).
fn period_end(period: &str) -> Option<NaiveDate> {
    if let Some((_, to)) = period.split_once('/') {
        return NaiveDate::parse_from_str(to.trim(), "%Y-%m-%d").ok();
    }
    let first = NaiveDate::parse_from_str(&format!("{}-01", period.trim()), "%Y-%m-%d").ok()?;
    Some(crate::cards::last_day_of_month(first))
}

/// Checks `code` for a sale to `customer` (`None`: whoever holds it) on `today`; `None` when
/// no card printed it. Already used weighs first, then expired, then another's.
pub fn check(store: &Store, code: &str, customer: Option<CustomerId>, today: NaiveDate) -> Result<Option<OfferCheck>> {
    let Some(offer) = store.find_offer(code)? else { return Ok(None) };
    let valid_until = period_end(&offer.period).map(offer_valid_until).unwrap_or(offer.printed_at.date());
    let used_at = store.redemptions_of(&offer.code)?.first().map(|r| r.at);
    let refusal = if used_at.is_some() {
        Some(OfferRefusal::AlreadyUsed)
    } else if today > valid_until {
        Some(OfferRefusal::Expired)
    } else if customer.is_some_and(|c| c != offer.customer) {
        Some(OfferRefusal::OtherCustomer)
    } else {
        None
    };
    let owner_name = store.customer_name(offer.customer)?;
    Ok(Some(OfferCheck { offer, owner_name, valid_until, used_at, refusal }))
}

/// The customer's offers still good today (printed, not used, not expired), newest first.
pub fn valid_for(store: &Store, customer: CustomerId, today: NaiveDate) -> Result<Vec<OfferCheck>> {
    let mut out = Vec::new();
    for offer in store.offers_of(customer, 6)? {
        if let Some(c) = check(store, &offer.code, Some(customer), today)?
            && c.refusal.is_none()
        {
            out.push(c);
        }
    }
    Ok(out)
}
