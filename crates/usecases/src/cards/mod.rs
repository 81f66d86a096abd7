//! Staying in touch: card runs (the monthly card, birthdays, the anniversary of a first
//! purchase) with personal offers.
//!
//! A run is planned first ([`plan`]): who gets a card and who is skipped and why, each card's
//! words and offer code, ready for `fidele_printing`. Planning writes nothing, so the
//! shopkeeper can preview and print as often as they like. Writing ([`run::write`]) streams
//! the PDF to the chosen file page by page, for the app as for the CLI. Recording
//! ([`run::record`]) then writes the run through the store, one row per customer and one
//! `card_sent` interaction each, in one transaction; a customer already recorded for the same
//! occasion (the same month, the same year's birthday) is left alone, so recording twice
//! records nothing twice.
//!
//! Who gets a card: customers whose latest post consent is a grant, with a usable address
//! (a street line and a city), neither archived nor erased; on a monthly run, not someone
//! whose last recorded card had this very design (it would be the same card twice in a row).
//! With `households`, members of a household share one card addressed to the family at the
//! lowest-numbered member's address.
//!
//! Each card is written in its recipient's language (the customer's own, else the shop's),
//! from greeting to personal line, in their register; the texts an occasion's cards carry can
//! be edited per language. A household's card is in the language of the member it is
//! addressed to. The address side stays in the shop's language: it is for its post office.
//!
//! Offers ([`offers`]): a repurchase discount by loyalty stage (the analytics ladder; settings
//! `cards.offer.<stage>` in percent, 0 for none), with a personal code. A customer who bought
//! within `cards.thanks_days` days gets a thank-you line instead. A purchase recorded with the
//! code (`purchases.offer_code`, any case) counts as a response in `Store::card_runs`.

pub mod holdout;
mod offers;
mod planning;
pub(crate) use planning::shop_year;
pub mod run;

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate, Weekday};
use fidele_analytics::Stage;
use fidele_domain::{CustomerId, Invalid};
use fidele_printing::{CardBatch, Layout, Occasion};
pub use fidele_store::{CardRunReport, RecordedRun, RunKind};
use fidele_store::Result;

pub use offers::offer_code;
pub use planning::plan;

/// A run to plan: the kind, the days it covers, and whether households share a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunRequest {
    pub kind: RunKind,
    /// First and last day covered (a monthly run: the month's first and last day).
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub households: bool,
    /// The day stages and "recent purchase" are judged on.
    pub today: NaiveDate,
    /// The share of a monthly run's cards held out, in percent (0: none; birthdays and
    /// anniversaries are never held out).
    pub holdout_percent: u32,
}

impl RunRequest {
    /// The monthly run of `month` written `YYYY-MM`.
    pub fn monthly(month: &str, households: bool, today: NaiveDate) -> Result<RunRequest> {
        let from = parse_month(month)?;
        let to = last_day_of_month(from);
        Ok(RunRequest { kind: RunKind::Monthly, from, to, households, today, holdout_percent: 0 })
    }

    /// Birthday or anniversary cards for the days `from` to `to` (at most a year).
    pub fn period(kind: RunKind, from: NaiveDate, to: NaiveDate, households: bool, today: NaiveDate) -> Result<RunRequest> {
        if to < from {
            return Err(Invalid::one(fidele_domain::FieldError::new("to", fidele_domain::ErrorCode::EndBeforeStart)).into());
        }
        if (to - from).num_days() > 366 {
            return Err(Invalid::one(fidele_domain::FieldError::new("to", fidele_domain::ErrorCode::PeriodTooLong)).into());
        }
        Ok(RunRequest { kind, from, to, households, today, holdout_percent: 0 })
    }

    /// The same run holding out `percent` of its cards (a monthly run; at most
    /// [`holdout::MAX_PERCENT`]); the field is named on refusal.
    pub fn with_holdout(self, percent: u32) -> Result<RunRequest> {
        if percent > holdout::MAX_PERCENT {
            return Err(Invalid::one(
                fidele_domain::FieldError::new("holdout", fidele_domain::ErrorCode::NotInRange).with("value", percent).with("min", 0).with("max", holdout::MAX_PERCENT),
            )
            .into());
        }
        Ok(RunRequest { holdout_percent: if self.kind == RunKind::Monthly { percent } else { 0 }, ..self })
    }

    /// `2026-03` for a month, `2026-03-01/2026-03-31` otherwise.
    pub fn period_code(&self) -> String {
        match self.kind {
            RunKind::Monthly => self.from.format("%Y-%m").to_string(),
            _ => format!("{}/{}", self.from.format("%Y-%m-%d"), self.to.format("%Y-%m-%d")),
        }
    }

    /// The design every card of the run shares (before the shop's own greeting).
    pub fn occasion(&self) -> Occasion {
        match self.kind {
            RunKind::Monthly => Occasion::Month(self.from.month()),
            RunKind::Birthday => Occasion::Birthday,
            RunKind::Anniversary => Occasion::PurchaseAnniversary,
        }
    }
}

/// `YYYY-MM` → its first day; the message names the `month` field.
pub fn parse_month(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| Invalid::one(fidele_domain::FieldError::new("month", fidele_domain::ErrorCode::NotAMonth).with("value", text.trim())).into())
}

/// `YYYY-Www` (ISO week, `2026-W11`) → its Monday; the message names the `week` field.
pub fn parse_iso_week(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    let bad = || -> fidele_store::Error { Invalid::one(fidele_domain::FieldError::new("week", fidele_domain::ErrorCode::NotAWeek).with("value", t)).into() };
    let (year, week) = t.split_once(['-']).ok_or_else(bad)?;
    let week = week.strip_prefix(['W', 'w']).ok_or_else(bad)?;
    let (year, week): (i32, u32) = (year.parse().map_err(|_| bad())?, week.parse().map_err(|_| bad())?);
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(bad)
}

pub(crate) fn last_day_of_month(first: NaiveDate) -> NaiveDate {
    first.with_day(1).and_then(|d| d.checked_add_months(Months::new(1))).and_then(|d| d.pred_opt()).unwrap_or(first)
}

/// The last day a card's offer is good for, the run ending on `to`: the end of the month
/// after (what the card prints, and what the counter checks a code against).
pub fn offer_valid_until(to: NaiveDate) -> NaiveDate {
    last_day_of_month(to.with_day(1).unwrap_or(to).checked_add_months(Months::new(1)).unwrap_or(to))
}

/// The design's code as stored: `month-03`, `birthday`, `anniversary`.
pub fn design_code(occasion: Occasion) -> String {
    match occasion {
        Occasion::Month(m) => format!("month-{m:02}"),
        Occasion::Birthday => "birthday".into(),
        Occasion::PurchaseAnniversary => "anniversary".into(),
    }
}

/// An occasion's code, as [`design_code`] writes it: `month-01`..`month-12`, `birthday`,
/// `anniversary`.
pub fn parse_occasion(code: &str) -> Result<Occasion> {
    match code.trim() {
        "birthday" => Ok(Occasion::Birthday),
        "anniversary" => Ok(Occasion::PurchaseAnniversary),
        m => m
            .strip_prefix("month-")
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=12).contains(n))
            .map(Occasion::Month)
            .ok_or_else(|| Invalid::one(fidele_domain::FieldError::new("occasion", fidele_domain::ErrorCode::NotOneOf).with("value", m).with("choices", "month-01…month-12, birthday, anniversary")).into()),
    }
}

/// The run's layout code as typed: `single` or `4up` (and their other names).
pub fn parse_layout(text: &str) -> Result<Layout> {
    match text.trim().to_ascii_lowercase().as_str() {
        "single" | "postcard" | "a6" => Ok(Layout::Postcard),
        "4up" | "four-up" | "a4" => Ok(Layout::FourUpA4),
        other => Err(Invalid::one(fidele_domain::FieldError::new("layout", fidele_domain::ErrorCode::NotOneOf).with("value", other).with("choices", "single, 4up")).into()),
    }
}

/// The layout's code as stored: `single` or `4up`.
pub fn layout_code(layout: Layout) -> &'static str {
    match layout {
        Layout::Postcard => "single",
        Layout::FourUpA4 => "4up",
    }
}

/// Pages a run prints: both sides of each card, one card or four to a sheet.
pub fn pages(cards: usize, layout: Layout) -> usize {
    match layout {
        Layout::Postcard => 2 * cards,
        Layout::FourUpA4 => 2 * cards.div_ceil(4),
    }
}

/// Why someone gets no card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SkipReason {
    /// Never agreed to post, or withdrew (latest post consent event).
    NoPostConsent,
    /// No street line or no city.
    NoAddress,
    Archived,
    Erased,
    /// Their last recorded card had this design already.
    SameDesignAsLast,
}

impl SkipReason {
    pub fn code(self) -> &'static str {
        match self {
            SkipReason::NoPostConsent => "no_post_consent",
            SkipReason::NoAddress => "no_address",
            SkipReason::Archived => "archived",
            SkipReason::Erased => "erased",
            SkipReason::SameDesignAsLast => "same_design_as_last",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub customer: CustomerId,
    pub name: String,
    pub reason: SkipReason,
}

/// Where the stages behind the offers came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageSource {
    /// The analytics loyalty ladder.
    Ladder,
    /// The ladder could not be computed (the message says why): a manual stage, else
    /// prospect / customer / client by number of purchases.
    PurchaseCount(String),
}

/// One card of a plan, in the batch's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedCard {
    /// Whose address the card goes to (and whose code is printed).
    pub to: CustomerId,
    /// Everyone the card is for: `to` and, on a household card, the other members.
    pub members: Vec<CustomerId>,
    /// The name on the address side ("Hélène Lefèvre", "Famille Dupont").
    pub name: String,
    /// `monthly:2026-03`, `birthday:2026`, `anniversary:2026`.
    pub occasion: String,
    pub stage: Option<Stage>,
    pub offer_percent: Option<u32>,
    pub offer_code: Option<String>,
    /// Everyone on it was already recorded for this occasion: printing it again records nothing.
    pub recorded: bool,
    /// It could have been held out (the draw's recipients, compared with its hold-out).
    pub in_draw: bool,
}

/// A planned run: the batch to print, who it is for, who was left out and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CardPlan {
    pub request: RunRequest,
    pub batch: CardBatch,
    /// Parallel to `batch.cards`.
    pub cards: Vec<PlannedCard>,
    pub skipped: Vec<Skipped>,
    pub stages: StageSource,
    /// The cards held out (not printed): the run's comparison group.
    pub held_out: Vec<PlannedCard>,
    /// The draw's seed, when the run holds out.
    pub holdout_seed: Option<i64>,
}

impl CardPlan {
    /// Skipped customers per reason code.
    pub fn skipped_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut out = BTreeMap::new();
        for s in &self.skipped {
            *out.entry(s.reason.code()).or_insert(0) += 1;
        }
        out
    }

    /// Customers reached through a household card addressed to someone else.
    pub fn household_members(&self) -> usize {
        self.cards.iter().map(|c| c.members.len().saturating_sub(1)).sum()
    }

    /// Customers held out (every member of a held-out card).
    pub fn held_out_customers(&self) -> usize {
        self.held_out.iter().map(|c| c.members.len()).sum()
    }

    /// Cards not recorded yet.
    pub fn new_cards(&self) -> usize {
        self.cards.iter().filter(|c| !c.recorded).count()
    }
}

#[cfg(test)]
mod tests;
