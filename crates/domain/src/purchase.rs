//! Purchases: what a customer bought, when, and for how much. A refund is a negative purchase
//! that points at the one it refunds.

use chrono::NaiveDateTime;

use crate::validation::{ErrorCode, FieldError};
use crate::{CustomerId, Invalid, Money};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseDraft {
    /// `None` for a sale to nobody known. An erased customer's purchases stay attached to
    /// their anonymised row (see the store's `erase.rs`), so every figure stays true.
    pub customer: Option<CustomerId>,
    pub at: NaiveDateTime,
    pub amount: Money,
    /// Known margin in the same currency, when the till gives it.
    pub margin: Option<Money>,
    pub category: String,
    pub item_count: Option<u32>,
    pub ticket_ref: String,
    pub offer_code: String,
    pub refund_of: Option<i64>,
    pub note: String,
}

impl PurchaseDraft {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut errors = Invalid::default();
        if self.amount.minor == 0 {
            errors.push(FieldError::new("amount", ErrorCode::AmountZero));
        }
        if self.refund_of.is_some() && self.amount.minor > 0 {
            errors.push(FieldError::new("amount", ErrorCode::RefundNotNegative));
        }
        if let Some(m) = self.margin
            && m.currency != self.amount.currency {
                errors.push(FieldError::new("margin", ErrorCode::MarginOtherCurrency));
            }
        if self.category.chars().count() > 100 {
            errors.push(FieldError::new("category", ErrorCode::TooLong).with("max", 100));
        }
        errors.into_result()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purchase {
    pub id: i64,
    pub draft: PurchaseDraft,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;
    use chrono::NaiveDate;

    fn draft(minor: i64) -> PurchaseDraft {
        PurchaseDraft {
            customer: Some(CustomerId(1)),
            at: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap().and_hms_opt(10, 0, 0).unwrap(),
            amount: Money::new(minor, Currency::EUR),
            margin: None,
            category: "Livres".into(),
            item_count: Some(1),
            ticket_ref: String::new(),
            offer_code: String::new(),
            refund_of: None,
            note: String::new(),
        }
    }

    #[test]
    fn zero_is_refused_and_refunds_are_negative() {
        assert_eq!(draft(0).validate().unwrap_err().errors, [FieldError::new("amount", ErrorCode::AmountZero)]);
        draft(1250).validate().unwrap();
        let refund = PurchaseDraft { refund_of: Some(3), ..draft(1250) };
        assert_eq!(refund.validate().unwrap_err().errors, [FieldError::new("amount", ErrorCode::RefundNotNegative)]);
        PurchaseDraft { refund_of: Some(3), ..draft(-1250) }.validate().unwrap();
    }
}
