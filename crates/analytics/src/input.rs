//! What the store hands over: plain facts, no IO, no database types.
//!
//! Purchases may come in any order. Sorted by customer then time (cheap with an SQL
//! `ORDER BY customer_id, at`) is the fast path; anything else is sorted here once. Customers
//! too: by increasing id (`ORDER BY id`) they are found by binary search, otherwise through a
//! hash map built once.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::CustomerId;

/// A rung of the loyalty ladder, lowest first (the order is the ladder's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// Known to the shop, never bought.
    Prospect,
    /// One purchase occasion.
    Customer,
    /// Came back: two purchase occasions or more.
    Client,
    /// Buys regularly (at least `supporter_min_purchases_12m` occasions in the last 12 months)
    /// and has no open complaint.
    Supporter,
    /// Brought in at least one customer who bought.
    Advocate,
    /// Set by hand only: the shop decides who is a partner.
    Partner,
}

impl Stage {
    pub const ALL: [Stage; 6] =
        [Stage::Prospect, Stage::Customer, Stage::Client, Stage::Supporter, Stage::Advocate, Stage::Partner];

    pub fn code(self) -> &'static str {
        match self {
            Stage::Prospect => "prospect",
            Stage::Customer => "customer",
            Stage::Client => "client",
            Stage::Supporter => "supporter",
            Stage::Advocate => "advocate",
            Stage::Partner => "partner",
        }
    }

    pub fn parse(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.code() == code.trim())
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// One customer as the analysis needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerFacts {
    pub id: CustomerId,
    /// The day the customer was recorded: before it they are not counted at all.
    pub created: NaiveDate,
    /// A stage set by hand; it wins over the computed one and is reported as manual.
    pub manual_stage: Option<Stage>,
    pub referred_by: Option<CustomerId>,
    /// Complaints still open today (the store keeps no history of them, so this applies to
    /// every date the analysis looks at).
    pub open_complaints: u32,
    pub name: String,
}

/// One till line, already tied to a customer. Refunds are negative amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseFact {
    pub customer: CustomerId,
    pub at: NaiveDateTime,
    pub amount_minor: i64,
    /// The margin when the till knows it; otherwise `amount × margin_rate_permille`.
    pub margin_minor: Option<i64>,
    /// Shared text: a shop has a handful of categories and hundreds of thousands of lines, so
    /// the store hands out one allocation per category (`"Livres".into()` makes one).
    pub category: Arc<str>,
}

/// Knobs, with defaults a small shop can start from.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisSettings {
    /// Margin assumed when a purchase has none: 400 ‰ means 40 % of the amount.
    pub margin_rate_permille: i64,
    /// Occasions in the last 12 months to be a supporter.
    pub supporter_min_purchases_12m: u32,
    /// Yearly discount rate for the 12-month CLV (0.10 = 10 %), applied monthly.
    pub annual_discount_rate: f64,
    /// A valuable customer whose P(alive) is below this is drifting away.
    pub drift_p_alive_threshold: f64,
    /// Share of the margin the gold customers bring (0.8 for the 80/20 rule).
    pub gold_margin_share: f64,
    /// "Satisfied but not coming back": no complaint and no purchase for this many days.
    pub satisfied_silence_days: u32,
    /// Below this many repeat customers the models are not fitted: historic figures instead.
    pub min_repeat_customers: usize,
    /// Points of the downsampled Pareto curve (at least 2).
    pub pareto_points: usize,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            margin_rate_permille: 400,
            supporter_min_purchases_12m: 4,
            annual_discount_rate: 0.10,
            drift_p_alive_threshold: 0.5,
            gold_margin_share: 0.8,
            satisfied_silence_days: 90,
            min_repeat_customers: 30,
            pareto_points: 101,
        }
    }
}

/// Everything the analysis reads.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisInput {
    /// The day the analysis stands on; purchases after it are ignored.
    pub as_of: NaiveDate,
    pub customers: Vec<CustomerFacts>,
    pub purchases: Vec<PurchaseFact>,
    pub settings: AnalysisSettings,
}
