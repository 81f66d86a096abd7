//! Who matters: the shop's customers ranked, modelled and followed over time.
//!
//! Pure computation: the store hands plain facts in ([`AnalysisInput`]) and [`analyze`]
//! returns every figure at once; each piece is also a function of its own module, over a
//! [`Ledger`] built once from the input. No IO, no panics on an empty shop (it gives an empty
//! analysis). Amounts are integer minor units; f64 only for model quantities.

pub mod bgnbd;
pub mod drift;
mod drift_words;
pub mod gamma_gamma;
pub mod input;
pub mod ladder;
pub mod ledger;
pub mod optimize;
pub mod parallel;
pub mod pareto;
pub mod referrals;
pub mod retention;
pub mod rfm;
pub mod special;
pub mod uplift;
pub mod value;

use chrono::NaiveDate;

pub use drift::{DriftReason, Drifter, Span, SpanUnit};
pub use drift_words::drift_reason_words;
pub use input::{AnalysisInput, AnalysisSettings, CustomerFacts, PurchaseFact, Stage};
pub use ladder::{Ladder, LadderMonth, MonthMove, StageAt, StageMove};
pub use ledger::Ledger;
pub use optimize::FitError;
pub use pareto::{Pareto, ParetoPoint};
pub use referrals::{AdvocateSummary, ReferralNode, Referrals};
pub use retention::{Retention, RetentionMonth};
pub use rfm::{RfmScore, Segment};
pub use value::{Basis, CustomerValue, LifetimeValues, ValueNote};

/// Month ends of ladder history in the full analysis.
pub const LADDER_MONTHS: usize = 12;

/// Everything, as of `as_of`.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub as_of: NaiveDate,
    pub customers: usize,
    /// Customers with at least one purchase occasion.
    pub buyers: usize,
    /// Purchases of unknown customers or after `as_of`, left out.
    pub ignored_purchases: usize,
    /// Models and per-customer outlook (input order).
    pub values: LifetimeValues,
    /// Buyers only, input order.
    pub rfm: Vec<RfmScore>,
    pub pareto: Pareto,
    /// Every customer's stage today (input order; `None` if recorded after `as_of`).
    pub stages: Vec<Option<StageAt>>,
    /// The last 12 month ends and today.
    pub ladder: Vec<LadderMonth>,
    /// Who moved on the ladder at each of the last 12 month ends, oldest first: what the store
    /// records for each customer's timeline.
    pub ladder_moves: Vec<MonthMove>,
    pub drifting: Vec<Drifter>,
    pub retention: Retention,
    pub referrals: Referrals,
}

/// Runs every analysis once over the same ledger. The model fits and projection run beside
/// the reports that do not need them (ladder, RFM, 80/20, retention, referrals); each also
/// spreads its own loops over the cores (rayon's pool: one thread per core by default).
pub fn analyze(input: &AnalysisInput) -> Analysis {
    let ledger = Ledger::build(input);
    let settings = &input.settings;
    let (values, (pareto, (rfm, ((stages, ladder, ladder_moves), (retention, referrals))))) = rayon::join(
        || value::lifetime_values(&ledger, settings),
        || {
            rayon::join(
                || pareto::pareto(&ledger, settings.gold_margin_share, settings.pareto_points),
                || {
                    rayon::join(
                        || rfm::rfm(&ledger, input.as_of),
                        || {
                            rayon::join(
                                || {
                                    let ladder = Ladder::new(input, &ledger);
                                    (ladder.stages_at(input.as_of), ladder.history(LADDER_MONTHS), ladder.month_moves(LADDER_MONTHS))
                                },
                                || rayon::join(|| retention::retention(input, &ledger), || referrals::referrals(input, &ledger)),
                            )
                        },
                    )
                },
            )
        },
    );
    let mut gold = vec![false; ledger.len()];
    for id in &pareto.gold {
        if let Some(i) = ledger.position(*id) {
            gold[i] = true;
        }
    }
    let drifting = drift::drifting(&ledger, &input.customers, &values.customers, &gold, settings.drift_p_alive_threshold);
    Analysis {
        as_of: input.as_of,
        customers: ledger.len(),
        buyers: (0..ledger.len()).filter(|&i| !ledger.occasions(i).is_empty()).count(),
        ignored_purchases: ledger.ignored_purchases,
        rfm,
        stages,
        ladder,
        ladder_moves,
        drifting,
        retention,
        referrals,
        pareto,
        values,
    }
}
