//! Rows of a till export become receipts: the rows in a row that repeat one receipt or order
//! number (a web shop's line items, a till's sale line and payment rows) are one purchase,
//! its total counted once, its categories and item counts gathered; refunds recognised.

use chrono::NaiveDateTime;
use fidele_domain::{Currency, ErrorCode, Money};
use fidele_domain::text::fold;

use crate::purchases::{CustomerRef, FieldWarning, ImportedPurchase};
use crate::{Problem, Rejected};

/// The longest category kept: a receipt's categories are joined up to this many characters.
pub(crate) const MAX_CATEGORY: usize = 100;

/// One row of the file, read: each value present, absent, or (for a date or an amount, which
/// the receipt cannot do without) what was wrong with it.
#[derive(Debug, Default)]
pub(crate) struct Line {
    pub line: u64,
    pub receipt: String,
    /// Its receipt's number and day, hashed, in a file whose receipts' rows are apart.
    pub scattered_key: u64,
    pub customer: Option<CustomerRef>,
    pub name: String,
    pub at: Option<Result<NaiveDateTime, Problem>>,
    /// The receipt's total, if this row gives it.
    pub amount: Option<Result<Money, Problem>>,
    /// This row's line amount (a line total, or unit price times quantity).
    pub line_amount: Option<Money>,
    pub quantity: Option<u32>,
    pub category: String,
    pub cost: Option<Money>,
    pub margin: Option<Money>,
    /// A receipt type or a negative sign says refund.
    pub refund: bool,
    /// A payment status says the sale was paid back whole.
    pub refunded: bool,
    pub refunded_amount: Option<Money>,
    pub refund_of: String,
    /// A status saying no sale took place ("Failed", "Cancelled"), as written.
    pub not_a_sale: Option<String>,
    pub warnings: Vec<FieldWarning>,
}

/// The rows of one receipt, gathered.
#[derive(Debug)]
pub(crate) struct Receipt {
    first: Line,
    total: Option<Money>,
    line_sum: Option<Money>,
    quantity: Option<u32>,
    categories: String,
    category_cut: bool,
    cost: Option<Money>,
    margin: Option<Money>,
}

fn add(sum: &mut Option<Money>, m: Option<Money>) {
    if let Some(m) = m {
        *sum = Some(match *sum {
            Some(s) => Money::new(s.minor.saturating_add(m.minor), s.currency),
            None => m,
        });
    }
}

impl Receipt {
    pub fn start(mut first: Line) -> Receipt {
        let mut r = Receipt {
            total: None,
            line_sum: None,
            quantity: None,
            categories: String::new(),
            category_cut: false,
            cost: None,
            margin: None,
            first: Line::default(),
        };
        r.gather(&mut first);
        r.first = first;
        r
    }

    /// The line of its first row.
    pub fn line(&self) -> u64 {
        self.first.line
    }

    /// Whether `line` continues this receipt: it repeats its number.
    pub fn continues(&self, line: &Line) -> bool {
        !line.receipt.is_empty() && line.receipt == self.first.receipt
    }

    /// Adds a row of the receipt: its total only if none was given yet (a total repeated on
    /// every line item is the same total), its line amount, items, category, cost and margin.
    pub fn push(&mut self, mut line: Line) {
        self.gather(&mut line);
        let first = &mut self.first;
        if first.customer.is_none() {
            first.customer = line.customer.take();
        }
        if first.name.is_empty() {
            first.name = std::mem::take(&mut line.name);
        }
        if first.at.is_none() {
            first.at = line.at.take();
        }
        if let Some(Err(e)) = line.amount.take()
            && !matches!(first.amount, Some(Err(_)))
        {
            first.amount = Some(Err(e));
        }
        first.refund |= line.refund;
        first.refunded |= line.refunded;
        if first.refunded_amount.is_none() {
            first.refunded_amount = line.refunded_amount;
        }
        if first.refund_of.is_empty() {
            first.refund_of = std::mem::take(&mut line.refund_of);
        }
        if first.not_a_sale.is_none() {
            first.not_a_sale = line.not_a_sale.take();
        }
        first.warnings.append(&mut line.warnings);
    }

    fn gather(&mut self, line: &mut Line) {
        if self.total.is_none()
            && let Some(Ok(m)) = &line.amount
        {
            self.total = Some(*m);
        }
        add(&mut self.line_sum, line.line_amount);
        if let Some(q) = line.quantity {
            self.quantity = Some(self.quantity.unwrap_or(0).saturating_add(q));
        }
        add(&mut self.cost, line.cost);
        add(&mut self.margin, line.margin);
        if self.categories.is_empty() && line.category.chars().count() <= MAX_CATEGORY {
            // The usual receipt of one row: its category moves over, no copy.
            self.categories = std::mem::take(&mut line.category);
            return;
        }
        let category = line.category.trim();
        if !category.is_empty() && !self.categories.split(", ").any(|c| c == category) {
            let joined = if self.categories.is_empty() { 0 } else { 2 };
            if self.categories.chars().count() + joined + category.chars().count() <= MAX_CATEGORY {
                if joined > 0 {
                    self.categories.push_str(", ");
                }
                self.categories.push_str(category);
            } else if !self.category_cut {
                self.category_cut = true;
                line.warnings.push(FieldWarning::new(line.line, "category", ErrorCode::TooLong, category));
            }
        }
    }

    /// The purchases the receipt makes: none (refused), the sale, or the sale and its refund
    /// (an order paid back, whole or in part, after it was made).
    pub fn finish(self, currency: Currency, out: &mut std::collections::VecDeque<Result<ImportedPurchase, Rejected>>) {
        let Receipt { first, total, line_sum, quantity, categories, cost, margin, .. } = self;
        let line = first.line;
        let reject = |p: Problem| Rejected::one(line, p);
        if let Some(status) = first.not_a_sale {
            out.push_back(Err(reject(Problem::new("status", ErrorCode::NotASale).with("value", status))));
            return;
        }
        let at = match first.at {
            Some(Ok(at)) => at,
            Some(Err(p)) => return out.push_back(Err(reject(p))),
            None => return out.push_back(Err(reject(Problem::new("date", ErrorCode::Empty)))),
        };
        let amount = match (first.amount, total, line_sum) {
            (_, Some(t), _) => t,
            (Some(Err(p)), _, _) => return out.push_back(Err(reject(p))),
            (_, None, Some(sum)) => sum,
            _ => return out.push_back(Err(reject(Problem::new("amount", ErrorCode::Empty)))),
        };
        let amount = Money::new(amount.minor, currency);
        let margin = margin.or_else(|| cost.map(|c| Money::new(amount.minor.abs() - c.minor.abs(), currency)));
        let refund = first.refund || amount.minor < 0;
        let signed = |m: Money| if refund { Money::new(-m.minor.abs(), m.currency) } else { m };
        let sale = ImportedPurchase {
            line,
            customer_ref: first.customer,
            customer_name: first.name,
            at,
            amount: signed(amount),
            margin: margin.map(signed),
            category: categories,
            ticket: first.receipt,
            item_count: quantity,
            refund_of: refund.then_some(first.refund_of),
            warnings: first.warnings,
        };
        // Paid back after the sale: the sale stays a visit, and its refund follows it.
        let paid_back = match first.refunded_amount {
            Some(r) if r.minor != 0 => Some(Money::new(-r.minor.abs(), currency)),
            Some(_) => None,
            None if first.refunded => Some(Money::new(-amount.minor.abs(), currency)),
            None => None,
        };
        let refund_row = match paid_back {
            Some(back) if !refund => Some(ImportedPurchase {
                amount: back,
                margin: None,
                item_count: None,
                refund_of: Some(sale.ticket.clone()),
                warnings: Vec::new(),
                ..sale.clone()
            }),
            _ => None,
        };
        out.push_back(Ok(sale));
        if let Some(r) = refund_row {
            out.push_back(Ok(r));
        }
    }
}

/// Whether a receipt type says refund.
pub(crate) fn is_refund_type(text: &str) -> bool {
    matches!(
        fold(text).as_str(),
        "refund" | "refunds" | "remboursement" | "rembourse" | "retour" | "return" | "returns" | "terugbetaling"
            | "terugbetaald" | "avoir" | "credit note" | "creditnota" | "retourbon"
    )
}

/// Whether a payment status says the sale was paid back whole.
pub(crate) fn is_refunded_status(text: &str) -> bool {
    matches!(fold(text).as_str(), "refunded" | "rembourse" | "remboursee" | "terugbetaald")
}

/// Whether a status says no sale took place.
pub(crate) fn is_not_a_sale(text: &str) -> bool {
    matches!(
        fold(text).as_str(),
        "failed" | "cancelled" | "canceled" | "voided" | "void" | "declined" | "annule" | "annulee" | "echoue"
            | "echec" | "refuse" | "mislukt" | "geannuleerd" | "geweigerd"
    )
}

/// Whether a row type says the row is a payment of the receipt, not goods.
pub(crate) fn is_payment_row(text: &str) -> bool {
    matches!(fold(text).as_str(), "payment" | "paiement" | "reglement" | "betaling" | "tender")
}
