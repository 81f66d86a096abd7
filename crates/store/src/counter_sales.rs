//! A sale or a refund at the counter, each one transaction with what it does to the points
//! and, for a sale, the offer code it redeems.

use chrono::NaiveDateTime;
use fidele_domain::{LoyaltyRules, PurchaseDraft};

use crate::customers::ensure_live_customer;
use crate::points::{self, Scope};
use crate::purchases::{check_refund, insert_purchase_in};
use crate::redemptions::{OfferRefusal, redeem_in};
use crate::totals::{self, Touched};
use crate::{Error, Result, Store, codec};

/// An offer code redeemed with a sale, and the refusal the shopkeeper accepted anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferUse {
    pub code: String,
    pub accepted_despite: Option<OfferRefusal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaleRecorded {
    pub purchase: i64,
    /// Points (or stamps) the sale earned.
    pub earned: i64,
    /// Points that expired as the sale was recorded (the rules' expiry).
    pub expired: i64,
    pub balance: i64,
    pub redemption: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRecorded {
    pub purchase: i64,
    /// Points taken back (negative or 0).
    pub taken_back: i64,
    pub balance: i64,
}

impl Store {
    /// Records a sale to a customer with the points it earns under `rules` and the offer it
    /// redeems, in one transaction. The offer's validity is the caller's to judge (the
    /// counter's use case); a code redeemed twice without a reason accepted is refused here by
    /// the schema too.
    pub fn record_counter_sale(
        &mut self,
        draft: &PurchaseDraft,
        offer: Option<&OfferUse>,
        rules: &LoyaltyRules,
        at: NaiveDateTime,
    ) -> Result<SaleRecorded> {
        draft.validate()?;
        let customer = draft.customer.ok_or(Error::NotFound { what: "customer", id: 0 })?;
        let digits = draft.amount.currency.minor_digits();
        self.write(|tx| {
            ensure_live_customer(tx, customer)?;
            let expired = points::expire_in(tx, customer, rules, at.date())?;
            let purchase = insert_purchase_in(tx, draft, codec::now())?;
            totals::refresh(tx, Touched::Customers(&[customer.0]))?;
            let earned = points::earn_in(tx, rules, digits, Scope::One(purchase))?;
            let redemption = offer.map(|o| redeem_in(tx, &o.code, Some(customer), Some(purchase), at, o.accepted_despite)).transpose()?;
            Ok(SaleRecorded { purchase, earned, expired, balance: points::balance_in(tx, customer)?, redemption })
        })
    }

    /// Records a refund (`draft.refund_of` names the sale, its amount negative) and takes back
    /// the points the sale no longer earns, in one transaction.
    pub fn record_counter_refund(&mut self, draft: &PurchaseDraft, rules: &LoyaltyRules, at: NaiveDateTime) -> Result<RefundRecorded> {
        draft.validate()?;
        let customer = draft.customer.ok_or(Error::NotFound { what: "customer", id: 0 })?;
        self.write(|tx| {
            ensure_live_customer(tx, customer)?;
            check_refund(tx, draft, None)?;
            let purchase = insert_purchase_in(tx, draft, codec::now())?;
            totals::refresh(tx, Touched::Customers(&[customer.0]))?;
            let taken_back = points::take_back_in(tx, rules, purchase, at)?;
            Ok(RefundRecorded { purchase, taken_back, balance: points::balance_in(tx, customer)? })
        })
    }
}
