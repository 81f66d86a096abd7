//! Staying in touch: card runs (the monthly card, birthdays, the anniversary of a first
//! purchase) with personal offers, and the weekly follow-up sheet.
//!
//! A run is planned first ([`Store::plan_cards`]): who gets a card and who is skipped and why,
//! each card's words and offer code, ready for `fidele_printing::render_cards`. Planning
//! writes nothing, so the shopkeeper can preview and print as often as they like. Recording
//! ([`Store::record_cards`]) then writes the run, one row per customer and one `card_sent`
//! interaction each, in one transaction; a customer already recorded for the same occasion
//! (the same month, the same year's birthday) is left alone, so recording twice records
//! nothing twice.
//!
//! Who gets a card: customers whose latest post consent is a grant, with a usable address
//! (a street line and a city), neither archived nor erased; on a monthly run, not someone
//! whose last recorded card had this very design (it would be the same card twice in a row).
//! With `households`, members of a household share one card addressed to the family at the
//! lowest-numbered member's address.
//!
//! Each card is written in its recipient's language (the customer's own, else the shop's),
//! from greeting to personal line; the texts an occasion's cards carry can be edited per
//! language. A household's card is in the language of the member it is addressed to. The
//! address side stays in the shop's language: it is for its post office.
//!
//! Offers: a repurchase discount by loyalty stage (the analytics ladder; settings
//! `cards.offer.<stage>` in percent, 0 for none), with a personal code. A customer who bought
//! within `cards.thanks_days` days gets a thank-you line instead. A purchase recorded with the
//! code (`purchases.offer_code`, any case) counts as a response in [`Store::card_runs`].

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, Weekday};
use fidele_analytics::{DriftReason, Ladder, Ledger, Stage};
use fidele_domain::names::{ParticleRule, family_name_alone};
use fidele_domain::customer::display_name;
use fidele_domain::{
    Address, Birthday, CustomerId, Formality, InteractionDraft, InteractionKind, InteractionStatus, Invalid, Language, Money,
    Repeat, Salutation, ShopProfile,
};
use fidele_printing::{
    AddressBlock, Card, CardBatch, CardDesign, FollowUpEntry, FollowUpGroup, FollowUpReason, FollowUpSheet, Layout, Occasion,
    PersonalLine, ShopIdentity, default_greeting, default_message, salutation_line,
};
use rusqlite::params;

use crate::codec::{self, Dt, date, dt};
use crate::{Result, Store};

/// What a run is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunKind {
    /// The month's seasonal card to everyone.
    Monthly,
    /// Birthdays falling in the period.
    Birthday,
    /// A year (or more) since the first purchase, falling in the period.
    Anniversary,
}

impl RunKind {
    pub fn code(self) -> &'static str {
        match self {
            RunKind::Monthly => "monthly",
            RunKind::Birthday => "birthday",
            RunKind::Anniversary => "anniversary",
        }
    }

    pub fn parse(code: &str) -> Option<RunKind> {
        [RunKind::Monthly, RunKind::Birthday, RunKind::Anniversary].into_iter().find(|k| k.code() == code.trim())
    }

    fn letter(self) -> char {
        match self {
            RunKind::Monthly => 'M',
            RunKind::Birthday => 'B',
            RunKind::Anniversary => 'A',
        }
    }
}

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
}

impl RunRequest {
    /// The monthly run of `month` written `YYYY-MM`.
    pub fn monthly(month: &str, households: bool, today: NaiveDate) -> Result<RunRequest> {
        let from = parse_month(month)?;
        let to = last_day_of_month(from);
        Ok(RunRequest { kind: RunKind::Monthly, from, to, households, today })
    }

    /// Birthday or anniversary cards for the days `from` to `to` (at most a year).
    pub fn period(kind: RunKind, from: NaiveDate, to: NaiveDate, households: bool, today: NaiveDate) -> Result<RunRequest> {
        if to < from {
            return Err(Invalid::one("to", "is before the first day").into());
        }
        if (to - from).num_days() > 366 {
            return Err(Invalid::one("to", "a period covers at most a year").into());
        }
        Ok(RunRequest { kind, from, to, households, today })
    }

    /// `2026-03` for a month, `2026-03-01/2026-03-31` otherwise.
    pub fn period_code(&self) -> String {
        match self.kind {
            RunKind::Monthly => self.from.format("%Y-%m").to_string(),
            _ => format!("{}/{}", date(self.from), date(self.to)),
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
        .map_err(|_| Invalid::one("month", format!("\"{}\" is not a month (YYYY-MM)", text.trim())).into())
}

/// `YYYY-Www` (ISO week, `2026-W11`) → its Monday; the message names the `week` field.
pub fn parse_iso_week(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    let bad = || -> crate::Error { Invalid::one("week", format!("\"{t}\" is not an ISO week (YYYY-Www, e.g. 2026-W11)")).into() };
    let (year, week) = t.split_once(['-']).ok_or_else(bad)?;
    let week = week.strip_prefix(['W', 'w']).ok_or_else(bad)?;
    let (year, week): (i32, u32) = (year.parse().map_err(|_| bad())?, week.parse().map_err(|_| bad())?);
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(bad)
}

fn last_day_of_month(first: NaiveDate) -> NaiveDate {
    first.with_day(1).and_then(|d| d.checked_add_months(Months::new(1))).and_then(|d| d.pred_opt()).unwrap_or(first)
}

/// The design's code as stored: `month-03`, `birthday`, `anniversary`.
pub fn design_code(occasion: Occasion) -> String {
    match occasion {
        Occasion::Month(m) => format!("month-{m:02}"),
        Occasion::Birthday => "birthday".into(),
        Occasion::PurchaseAnniversary => "anniversary".into(),
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

    /// Cards not recorded yet.
    pub fn new_cards(&self) -> usize {
        self.cards.iter().filter(|c| !c.recorded).count()
    }
}

/// What recording wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedRun {
    /// `None` when everyone was already recorded: no run was written.
    pub run_id: Option<i64>,
    /// Customers newly recorded (one `card_sent` each).
    pub customers: usize,
    pub cards: usize,
}

/// A recorded run and how its offers did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRunReport {
    pub id: i64,
    pub kind: RunKind,
    pub period: String,
    pub design: String,
    pub layout: String,
    pub households: bool,
    pub created_at: NaiveDateTime,
    pub customers: i64,
    pub cards: i64,
    pub offers: i64,
    /// Offer codes that came back at the till at least once.
    pub redeemed: i64,
    /// What those purchases came to, in minor units.
    pub redeemed_minor: i64,
}

/// A card's words for an occasion, in one language: the shop's own when edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardTexts {
    pub greeting: String,
    pub message: String,
    pub default_greeting: &'static str,
    pub default_message: &'static str,
    pub language: Language,
}

/// Offer percentages per stage (in [`Stage::ALL`] order, 0 = no offer) and the thank-you window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardSettings {
    pub offer_percent: [u32; 6],
    /// A purchase this many days before the run gets a thank-you line instead of an offer.
    pub thanks_days: u32,
}

impl Default for CardSettings {
    /// Rising with loyalty: 5 % to bring a prospect in, up to 20 % for a partner.
    fn default() -> Self {
        CardSettings { offer_percent: [5, 7, 10, 12, 15, 20], thanks_days: 30 }
    }
}

impl CardSettings {
    pub fn percent_for(&self, stage: Stage) -> u32 {
        self.offer_percent[Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0)]
    }
}

/// Thresholds of the follow-up sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpSettings {
    /// Call this many days after a purchase...
    pub purchase_days: u32,
    /// ...of at least this much (minor units, the shop's currency).
    pub purchase_min_minor: i64,
    /// Complaints open this many days or more.
    pub complaint_days: u32,
    /// At most this many valuable customers drifting away (the most valuable first).
    pub drifting_max: u32,
}

impl Default for FollowUpSettings {
    fn default() -> Self {
        FollowUpSettings { purchase_days: 7, purchase_min_minor: 10_000, complaint_days: 7, drifting_max: 10 }
    }
}

mod keys {
    pub const THANKS_DAYS: &str = "cards.thanks_days";
    pub const OFFER_PREFIX: &str = "cards.offer.";
    pub const TEXT_PREFIX: &str = "cards.text.";
    pub const PURCHASE_DAYS: &str = "followup.purchase_days";
    pub const PURCHASE_MIN: &str = "followup.purchase_min";
    pub const COMPLAINT_DAYS: &str = "followup.complaint_days";
    pub const DRIFTING_MAX: &str = "followup.drifting_max";
}

const MAX_GREETING: usize = 60;
const MAX_MESSAGE: usize = 400;
const MAX_PERCENT: u32 = 50;

/// One customer as a card run reads them.
struct Candidate {
    id: CustomerId,
    salutation: Option<Salutation>,
    formality: Formality,
    first: String,
    last: String,
    company: String,
    address: Address,
    household: Option<i64>,
    birthday: Option<Birthday>,
    manual_stage: Option<Stage>,
    /// The customer's language, when known.
    language: Option<Language>,
    archived: bool,
    erased: bool,
    post: bool,
    first_purchase: Option<NaiveDate>,
    last_purchase: Option<NaiveDate>,
    purchases: i64,
}

impl Candidate {
    fn name(&self) -> String {
        display_name(&self.first, &self.last, &self.company)
    }
}

impl Store {
    /// Plans a run: nothing is written.
    pub fn plan_cards(&self, req: &RunRequest) -> Result<CardPlan> {
        let shop = self.shop_profile()?;
        let settings = self.card_settings()?;
        let texts = Language::ALL.map(|language| self.card_texts(req.occasion(), language));
        let texts = texts.into_iter().collect::<Result<Vec<CardTexts>>>()?;
        let texts_in = |language: Language| texts.iter().find(|t| t.language == language).unwrap_or(&texts[0]);
        let design_code = design_code(req.occasion());
        let candidates = self.card_candidates()?;

        // Who the run is about, and each one's occasion (the year of the birthday or anniversary).
        let mut concerned: Vec<(&Candidate, String)> = Vec::new();
        for c in &candidates {
            let occasion = match req.kind {
                RunKind::Monthly => Some(format!("monthly:{}", req.period_code())),
                RunKind::Birthday => c.birthday.and_then(|b| occurrence_in(|y| b.in_year(y), req.from, req.to)).map(|d| format!("birthday:{}", d.year())),
                RunKind::Anniversary => c
                    .first_purchase
                    .and_then(|f| occurrence_in(|y| anniversary_in(f, y), req.from, req.to).filter(|d| d.year() > f.year()))
                    .map(|d| format!("anniversary:{}", d.year())),
            };
            if let Some(o) = occasion {
                concerned.push((c, o));
            }
        }

        let recorded = self.recorded_for(concerned.iter().map(|(_, o)| o.as_str()))?;
        let last_designs = if req.kind == RunKind::Monthly { self.last_designs(&format!("monthly:{}", req.period_code()))? } else { HashMap::new() };
        let (stages, stage_source) = self.stages(req.today, &candidates);

        let mut skipped = Vec::new();
        let mut eligible: Vec<(&Candidate, String)> = Vec::new();
        for (c, occasion) in concerned {
            let already = recorded.contains_key(&(c.id.0, occasion.clone()));
            let reason = if c.erased {
                Some(SkipReason::Erased)
            } else if c.archived {
                Some(SkipReason::Archived)
            } else if !c.post {
                Some(SkipReason::NoPostConsent)
            } else if !c.address.is_usable() {
                Some(SkipReason::NoAddress)
            } else if !already && last_designs.get(&c.id.0).is_some_and(|d| *d == design_code) {
                Some(SkipReason::SameDesignAsLast)
            } else {
                None
            };
            match reason {
                Some(reason) => skipped.push(Skipped { customer: c.id, name: c.name(), reason }),
                None => eligible.push((c, occasion)),
            }
        }

        // Households: one card per household and occasion, to the lowest-numbered member.
        let mut groups: Vec<Vec<(&Candidate, String)>> = Vec::new();
        let mut slot: HashMap<(i64, String), usize> = HashMap::new();
        for (c, occasion) in eligible {
            match c.household.filter(|_| req.households) {
                Some(h) => {
                    let key = (h, occasion.clone());
                    match slot.get(&key) {
                        Some(&i) => groups[i].push((c, occasion)),
                        None => {
                            slot.insert(key, groups.len());
                            groups.push(vec![(c, occasion)]);
                        }
                    }
                }
                None => groups.push(vec![(c, occasion)]),
            }
        }

        let valid_until = last_day_of_month(req.to.with_day(1).unwrap_or(req.to).checked_add_months(Months::new(1)).unwrap_or(req.to));
        let signature = if shop.signature.trim().is_empty() { shop.name.trim().to_owned() } else { shop.signature.trim().to_owned() };
        let mut planned: Vec<(PlannedCard, Card, (String, String, String))> = Vec::new();
        for group in groups {
            let (lead, occasion) = (group[0].0, group[0].1.clone());
            let lang = lead.language.unwrap_or(shop.language);
            let members: Vec<CustomerId> = group.iter().map(|(c, _)| c.id).collect();
            let rule = ParticleRule::for_customer(&lead.address.country, &shop.country);
            let family = if group.len() > 1 { family_name(&group.iter().map(|(c, _)| c.last.as_str()).collect::<Vec<_>>(), lang, rule) } else { None };
            let (salutation, name) = match &family {
                Some(f) => (household_salutation(f, lang), household_address_name(f, lang)),
                None => (salutation_line(lang, lead.salutation, lead.formality, &lead.first, &lead.last, rule), address_name(lead)),
            };
            // No stage on `today`: recorded later and no purchase by then, a prospect.
            let stage = group.iter().map(|(c, _)| stages.get(&c.id.0).copied().unwrap_or(Stage::Prospect)).max();
            let all_recorded = group.iter().all(|(c, o)| recorded.contains_key(&(c.id.0, o.clone())));
            let recent = group.iter().filter_map(|(c, _)| c.last_purchase).max().filter(|d| *d <= req.today && (req.today - *d).num_days() <= i64::from(settings.thanks_days));
            let percent = stage.map(|s| settings.percent_for(s)).filter(|p| *p > 0);
            let (personal, offer_percent, offer_code) = match (recent, percent) {
                (Some(d), _) => (Some(PersonalLine::Thanks(thanks_text(lang, d))), None, None),
                (None, Some(p)) => {
                    // A code already recorded for this card stays the one printed.
                    let code = recorded.get(&(lead.id.0, occasion.clone())).cloned().flatten().unwrap_or_else(|| offer_code(req.kind, &occasion, lead.id));
                    let text = offer_text(lang, p, valid_until, stage == Some(Stage::Prospect));
                    (Some(PersonalLine::Offer { text, code: code.clone() }), Some(p), Some(code))
                }
                (None, None) => (None, None, None),
            };
            let country = country_name(&lead.address.country, &shop.country, lang);
            let mut recipient = AddressBlock::from_address(&name, &lead.address, &country);
            if family.is_none() && !lead.company.trim().is_empty() && !lead.first.trim().is_empty() {
                recipient.lines.insert(0, lead.company.trim().to_owned());
            }
            let sort = (lead.address.country.clone(), lead.address.postal_code.clone(), name.clone());
            planned.push((
                PlannedCard { to: lead.id, members, name, occasion, stage, offer_percent, offer_code, recorded: all_recorded },
                Card { language: lang, salutation, body: texts_in(lang).message.clone(), personal, signature: signature.clone(), recipient },
                sort,
            ));
        }
        // Sorted by postcode: what a post office or a print shop's mailing service wants.
        planned.sort_by(|a, b| a.2.cmp(&b.2));
        let (cards, batch_cards): (Vec<PlannedCard>, Vec<Card>) = planned.into_iter().map(|(p, c, _)| (p, c)).unzip();
        let mut design = match req.occasion() {
            Occasion::Month(m) => CardDesign::month(m),
            Occasion::Birthday => CardDesign::birthday(),
            Occasion::PurchaseAnniversary => CardDesign::purchase_anniversary(),
        };
        for t in &texts {
            if t.greeting != t.default_greeting {
                design = design.with_greeting(t.language, t.greeting.clone());
            }
        }
        let batch = CardBatch { design, language: shop.language, shop: ShopIdentity::from_profile(&shop), cards: batch_cards, created: None };
        Ok(CardPlan { request: req.clone(), batch, cards, skipped, stages: stage_source })
    }

    /// Records a planned run in one transaction: the run, each customer not yet recorded for
    /// the occasion, and a `card_sent` interaction for each. Nothing when all were recorded.
    pub fn record_cards(&mut self, plan: &CardPlan, layout: Layout) -> Result<RecordedRun> {
        let lang = self.shop_profile()?.language;
        // The summary is the shopkeeper's (in the shop's language); it quotes the greeting the
        // card itself carries, in the recipient's.
        let greetings: HashMap<i64, String> =
            plan.cards.iter().zip(&plan.batch.cards).map(|(p, c)| (p.to.0, plan.batch.design.greeting(c.language))).collect();
        let req = &plan.request;
        let now = codec::now();
        self.write(|tx| {
            let mut exists = tx.prepare_cached("SELECT 1 FROM card_run_recipients WHERE customer_id = ?1 AND occasion = ?2")?;
            let mut todo: Vec<(&PlannedCard, CustomerId)> = Vec::new();
            for card in &plan.cards {
                for &m in &card.members {
                    if !exists.exists(params![m.0, card.occasion])? {
                        todo.push((card, m));
                    }
                }
            }
            if todo.is_empty() {
                return Ok(RecordedRun { run_id: None, customers: 0, cards: 0 });
            }
            tx.execute(
                "INSERT INTO card_runs (kind, period, design, layout, households, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    req.kind.code(),
                    req.period_code(),
                    design_code(req.occasion()),
                    match layout {
                        Layout::Postcard => "single",
                        Layout::FourUpA4 => "4up",
                    },
                    req.households,
                    dt(now)
                ],
            )?;
            let run = tx.last_insert_rowid();
            let mut insert = tx.prepare_cached(
                "INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, stage, offer_percent, offer_code, interaction_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let design = design_code(req.occasion());
            let mut cards = HashSet::new();
            for (card, member) in &todo {
                let lead = *member == card.to;
                let code = card.offer_code.as_deref().filter(|_| lead);
                let details = match (card.offer_percent, &card.offer_code) {
                    (Some(p), Some(c)) => offer_details(lang, p, c),
                    _ => String::new(),
                };
                let interaction = crate::interactions::insert_interaction_in(
                    tx,
                    &InteractionDraft {
                        customer: *member,
                        kind: InteractionKind::CardSent,
                        status: InteractionStatus::Resolved,
                        at: now,
                        summary: sent_summary(lang, greetings.get(&card.to.0).map_or("", String::as_str), req),
                        details,
                        due: None,
                        resolution: String::new(),
                    },
                    now,
                )?;
                insert.execute(params![
                    run,
                    member.0,
                    card.to.0,
                    card.occasion,
                    design,
                    card.stage.map(Stage::code),
                    card.offer_percent.filter(|_| lead),
                    code,
                    interaction
                ])?;
                cards.insert(card.to);
            }
            Ok(RecordedRun { run_id: Some(run), customers: todo.len(), cards: cards.len() })
        })
    }

    /// Recorded runs, newest first, with their offers' responses.
    pub fn card_runs(&self) -> Result<Vec<CardRunReport>> {
        let mut redeemed: HashMap<i64, (HashSet<String>, i64)> = HashMap::new();
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT r.run_id, r.offer_code, p.amount_minor FROM purchases p
                 JOIN card_run_recipients r ON r.offer_code = upper(trim(p.offer_code))
                 WHERE p.offer_code <> ''",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))?;
            for row in rows {
                let (run, code, amount) = row?;
                let slot = redeemed.entry(run).or_default();
                slot.0.insert(code);
                slot.1 += amount;
            }
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT k.id, k.kind, k.period, k.design, k.layout, k.households, k.created_at,
                    count(r.customer_id), count(DISTINCT r.card_to), count(r.offer_code)
             FROM card_runs k LEFT JOIN card_run_recipients r ON r.run_id = k.id
             GROUP BY k.id ORDER BY k.created_at DESC, k.id DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let id: i64 = r.get(0)?;
                let (codes, amount) = redeemed.get(&id).map(|(c, a)| (c.len() as i64, *a)).unwrap_or((0, 0));
                Ok(CardRunReport {
                    id,
                    kind: RunKind::parse(&r.get::<_, String>(1)?).unwrap_or(RunKind::Monthly),
                    period: r.get(2)?,
                    design: r.get(3)?,
                    layout: r.get(4)?,
                    households: r.get(5)?,
                    created_at: r.get::<_, Dt>(6)?.0,
                    customers: r.get(7)?,
                    cards: r.get(8)?,
                    offers: r.get(9)?,
                    redeemed: codes,
                    redeemed_minor: amount,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The greeting and message of an occasion's cards in `language`.
    pub fn card_texts(&self, occasion: Occasion, language: Language) -> Result<CardTexts> {
        let (dg, dm) = (default_greeting(occasion, language), default_message(occasion, language));
        let shops = language == self.shop_profile()?.language;
        let edited = |part: &str| -> Result<Option<String>> {
            let text = match self.setting(&text_key(occasion, Some(language), part))? {
                Some(t) => Some(t),
                None if shops => self.setting(&text_key(occasion, None, part))?,
                None => None,
            };
            Ok(text.filter(|t| !t.trim().is_empty()))
        };
        let (greeting, message) = (edited("greeting")?, edited("message")?);
        Ok(CardTexts {
            greeting: greeting.unwrap_or_else(|| dg.to_owned()),
            message: message.unwrap_or_else(|| dm.to_owned()),
            default_greeting: dg,
            default_message: dm,
            language,
        })
    }

    /// Sets the greeting and message of an occasion's cards in `language`; empty (or the
    /// default) goes back to the default.
    pub fn set_card_texts(&mut self, occasion: Occasion, language: Language, greeting: &str, message: &str) -> Result<()> {
        let (greeting, message) = (greeting.trim(), message.trim());
        let mut errors = Invalid::default();
        if greeting.chars().count() > MAX_GREETING {
            errors.push("greeting", format!("is longer than {MAX_GREETING} characters"));
        }
        if message.chars().count() > MAX_MESSAGE {
            errors.push("message", format!("is longer than {MAX_MESSAGE} characters"));
        }
        errors.into_result()?;
        let shop_language = self.shop_profile()?.language;
        let pairs = [
            ("greeting", greeting, default_greeting(occasion, language)),
            ("message", message, default_message(occasion, language)),
        ];
        self.write(|tx| {
            for (part, value, default) in &pairs {
                if language == shop_language {
                    tx.execute("DELETE FROM settings WHERE key = ?1", [text_key(occasion, None, part)])?;
                }
                let key = text_key(occasion, Some(language), part);
                if value.is_empty() || value == default {
                    tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
                } else {
                    tx.execute(
                        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        params![key, value],
                    )?;
                }
            }
            Ok(())
        })
    }

    /// Offer percentages per stage and the thank-you window: the defaults, overridden by
    /// `cards.offer.<stage>` (0–50) and `cards.thanks_days` (0–365).
    pub fn card_settings(&self) -> Result<CardSettings> {
        let mut s = CardSettings::default();
        let mut errors = Invalid::default();
        for (i, stage) in Stage::ALL.iter().enumerate() {
            let key = format!("{}{}", keys::OFFER_PREFIX, stage.code());
            if let Some(v) = self.setting(&key)? {
                match v.trim().parse::<u32>() {
                    Ok(p) if p <= MAX_PERCENT => s.offer_percent[i] = p,
                    _ => errors.push(key, format!("\"{v}\" is not a percentage from 0 to {MAX_PERCENT}")),
                }
            }
        }
        if let Some(v) = self.setting(keys::THANKS_DAYS)? {
            match v.trim().parse::<u32>() {
                Ok(d) if d <= 365 => s.thanks_days = d,
                _ => errors.push(keys::THANKS_DAYS, format!("\"{v}\" is not a number of days from 0 to 365")),
            }
        }
        errors.into_result()?;
        Ok(s)
    }

    pub fn set_card_settings(&mut self, s: &CardSettings) -> Result<()> {
        let mut errors = Invalid::default();
        for (i, p) in s.offer_percent.iter().enumerate() {
            if *p > MAX_PERCENT {
                errors.push(format!("offer_{}", Stage::ALL[i].code()), format!("is more than {MAX_PERCENT} %"));
            }
        }
        if s.thanks_days > 365 {
            errors.push("thanks_days", "is more than a year");
        }
        errors.into_result()?;
        let mut pairs: Vec<(String, String)> =
            Stage::ALL.iter().zip(s.offer_percent).map(|(st, p)| (format!("{}{}", keys::OFFER_PREFIX, st.code()), p.to_string())).collect();
        pairs.push((keys::THANKS_DAYS.into(), s.thanks_days.to_string()));
        self.write(|tx| set_all(tx, &pairs))
    }

    /// The follow-up thresholds: the defaults, overridden by `followup.purchase_days`,
    /// `followup.purchase_min` (an amount in the shop's currency), `followup.complaint_days`
    /// and `followup.drifting_max`.
    pub fn follow_up_settings(&self) -> Result<FollowUpSettings> {
        let mut s = FollowUpSettings::default();
        let currency = self.shop_profile()?.currency;
        let mut errors = Invalid::default();
        let days = |key: &str, slot: &mut u32, max: u32, errors: &mut Invalid| -> Result<()> {
            if let Some(v) = self.setting(key)? {
                match v.trim().parse::<u32>() {
                    Ok(d) if d <= max => *slot = d,
                    _ => errors.push(key, format!("\"{v}\" is not a whole number from 0 to {max}")),
                }
            }
            Ok(())
        };
        days(keys::PURCHASE_DAYS, &mut s.purchase_days, 365, &mut errors)?;
        days(keys::COMPLAINT_DAYS, &mut s.complaint_days, 365, &mut errors)?;
        days(keys::DRIFTING_MAX, &mut s.drifting_max, 1000, &mut errors)?;
        if let Some(v) = self.setting(keys::PURCHASE_MIN)? {
            match Money::parse(&v, currency) {
                Ok(m) if m.minor >= 0 => s.purchase_min_minor = m.minor,
                _ => errors.push(keys::PURCHASE_MIN, format!("\"{v}\" is not an amount")),
            }
        }
        errors.into_result()?;
        Ok(s)
    }

    pub fn set_follow_up_settings(&mut self, s: &FollowUpSettings) -> Result<()> {
        let mut errors = Invalid::default();
        if s.purchase_days > 365 {
            errors.push("purchase_days", "is more than a year");
        }
        if s.complaint_days > 365 {
            errors.push("complaint_days", "is more than a year");
        }
        if s.purchase_min_minor < 0 {
            errors.push("purchase_min", "is negative");
        }
        if s.drifting_max > 1000 {
            errors.push("drifting_max", "is more than 1000");
        }
        errors.into_result()?;
        let currency = self.shop_profile()?.currency;
        let pairs = vec![
            (keys::PURCHASE_DAYS.to_owned(), s.purchase_days.to_string()),
            (keys::PURCHASE_MIN.to_owned(), Money::new(s.purchase_min_minor, currency).to_decimal_string()),
            (keys::COMPLAINT_DAYS.to_owned(), s.complaint_days.to_string()),
            (keys::DRIFTING_MAX.to_owned(), s.drifting_max.to_string()),
        ];
        self.write(|tx| set_all(tx, &pairs))
    }

    /// Who to call or see in the week starting on `monday`, and why, counted from `today` when
    /// it falls in that week: a birthday or a follow-up day already past is not "coming"
    /// (overdue reminders and open complaints stay, they still wait).
    pub fn follow_up(&self, monday: NaiveDate, today: NaiveDate) -> Result<FollowUp> {
        let s = self.follow_up_settings()?;
        let sunday = monday + Days::new(6);
        let start = today.clamp(monday, sunday + Days::new(1));
        let currency = self.shop_profile()?.currency;
        let mut items = Vec::new();

        let days_left = (sunday - start).num_days();
        let birthdays = if days_left >= 0 { self.upcoming_birthdays(start, days_left as u32)? } else { Vec::new() };
        for b in birthdays {
            let (phone, tel) = self.phone_to_call(b.customer)?;
            items.push(FollowUpItem {
                reason: FollowUpReason::BirthdayComing,
                customer: Some(b.customer),
                phone,
                tel,
                name: b.name,
                date: Some(b.date),
                detail: FollowUpDetail::Birthday { turns: b.turns },
            });
        }

        let back = Days::new(u64::from(s.purchase_days));
        let (from, until) = (start - back, sunday + Days::new(1) - back);
        {
            let mut stmt = self.conn().prepare_cached(
                "SELECT p.customer_id, p.at, p.amount_minor, c.first_name, c.last_name, c.company FROM purchases p
                 JOIN customers c ON c.id = p.customer_id
                 WHERE p.at >= ?1 AND p.at < ?2 AND p.amount_minor >= ?3 AND p.currency = ?4 AND p.refund_of IS NULL
                   AND c.archived_at IS NULL AND c.erased_at IS NULL
                 ORDER BY p.at, p.id",
            )?;
            let rows = stmt
                .query_map(params![date(from), date(until), s.purchase_min_minor, currency.code()], |r| {
                    Ok((
                        CustomerId(r.get(0)?),
                        r.get::<_, Dt>(1)?.0,
                        r.get::<_, i64>(2)?,
                        display_name(&r.get::<_, String>(3)?, &r.get::<_, String>(4)?, &r.get::<_, String>(5)?),
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (customer, at, amount, name) in rows {
                let (phone, tel) = self.phone_to_call(customer)?;
                items.push(FollowUpItem {
                    reason: FollowUpReason::AfterPurchase,
                    customer: Some(customer),
                    phone,
                    tel,
                    name,
                    date: Some(at.date() + back),
                    detail: FollowUpDetail::Purchase { amount: Money::new(amount, currency), at },
                });
            }
        }

        let archived = self.archived_ids()?;
        let oldest = monday - Days::new(u64::from(s.complaint_days));
        for i in self.open_interactions(Some(InteractionKind::Complaint))? {
            if i.draft.at.date() > oldest || archived.contains(&i.draft.customer.0) {
                continue;
            }
            let (phone, tel) = self.phone_to_call(i.draft.customer)?;
            items.push(FollowUpItem {
                reason: FollowUpReason::OpenComplaint,
                customer: Some(i.draft.customer),
                name: self.customer_name(i.draft.customer)?,
                phone,
                tel,
                date: i.draft.due,
                detail: FollowUpDetail::Complaint { interaction: i.id, summary: i.draft.summary.clone(), age_days: i.age_days(monday) },
            });
        }

        // One line per reminder: the same one added twice (two clicks on "call them") shows once.
        let mut reminders = Vec::new();
        let mut seen: HashSet<(Option<CustomerId>, String)> = HashSet::new();
        for r in self.due_reminders(sunday)? {
            if seen.insert((r.draft.customer, r.draft.title.trim().to_lowercase())) {
                reminders.push(r);
            }
        }
        // Someone with a reminder this week is on the sheet for it: not a second time as drifting.
        let reminded: HashSet<CustomerId> = reminders.iter().filter_map(|r| r.draft.customer).collect();

        let drifting = match self.analysis_settings().and_then(|settings| self.analysis_input(monday, settings)) {
            Ok(input) => {
                let analysis = fidele_analytics::analyze(&input);
                let listed = analysis.drifting.into_iter().filter(|d| !archived.contains(&d.customer.0) && !reminded.contains(&d.customer));
                for d in listed.take(s.drifting_max as usize) {
                    let (phone, tel) = self.phone_to_call(d.customer)?;
                    items.push(FollowUpItem {
                        reason: FollowUpReason::DriftingAway,
                        customer: Some(d.customer),
                        phone,
                        tel,
                        name: d.name,
                        date: None,
                        detail: FollowUpDetail::Drifting(d.reason),
                    });
                }
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        };

        for r in reminders {
            let (name, (phone, tel)) = match r.draft.customer {
                Some(c) => (self.customer_name(c)?, self.phone_to_call(c)?),
                None => (String::new(), (String::new(), None)),
            };
            let when = r.snoozed_until.unwrap_or(r.draft.due);
            items.push(FollowUpItem {
                reason: FollowUpReason::Reminder,
                customer: r.draft.customer,
                name,
                phone,
                tel,
                date: Some(when),
                detail: FollowUpDetail::Reminder { id: r.id, title: r.draft.title.clone(), repeat: r.draft.repeat, overdue: when < start },
            });
        }
        Ok(FollowUp { monday, items, drifting })
    }


    fn archived_ids(&self) -> Result<HashSet<i64>> {
        let mut stmt = self.conn().prepare_cached("SELECT id FROM customers WHERE archived_at IS NOT NULL OR erased_at IS NOT NULL")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    fn card_candidates(&self) -> Result<Vec<Candidate>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.salutation, c.formality, c.first_name, c.last_name, c.company,
                    c.address_line1, c.address_line2, c.postal_code, c.city, c.country, c.household_id,
                    c.birth_year, c.birth_month, c.birth_day, c.manual_stage,
                    c.archived_at IS NOT NULL, c.erased_at IS NOT NULL,
                    (SELECT granted FROM consent_events e WHERE e.customer_id = c.id AND e.channel = 'post'
                     ORDER BY e.at DESC, e.id DESC LIMIT 1),
                    p.first_at, p.last_at, p.n, c.language
             FROM customers c
             LEFT JOIN (SELECT customer_id, min(at) AS first_at, max(at) AS last_at, count(*) AS n
                        FROM purchases WHERE amount_minor > 0 AND customer_id IS NOT NULL GROUP BY customer_id) p
                    ON p.customer_id = c.id
             ORDER BY c.id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let birthday = match (r.get::<_, Option<i32>>(12)?, r.get::<_, Option<u32>>(13)?, r.get::<_, Option<u32>>(14)?) {
                    (year, Some(m), Some(d)) => Birthday::new(year, m, d).ok(),
                    _ => None,
                };
                Ok(Candidate {
                    id: CustomerId(r.get(0)?),
                    salutation: r.get::<_, Option<String>>(1)?.and_then(|s| Salutation::parse(&s)),
                    formality: Formality::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
                    first: r.get(3)?,
                    last: r.get(4)?,
                    company: r.get(5)?,
                    address: Address { line1: r.get(6)?, line2: r.get(7)?, postal_code: r.get(8)?, city: r.get(9)?, country: r.get(10)? },
                    household: r.get(11)?,
                    birthday,
                    manual_stage: r.get::<_, Option<String>>(15)?.and_then(|s| Stage::parse(&s)),
                    archived: r.get(16)?,
                    erased: r.get(17)?,
                    post: r.get::<_, Option<bool>>(18)?.unwrap_or(false),
                    first_purchase: r.get::<_, Option<Dt>>(19)?.map(|d| d.0.date()),
                    last_purchase: r.get::<_, Option<Dt>>(20)?.map(|d| d.0.date()),
                    purchases: r.get::<_, Option<i64>>(21)?.unwrap_or(0),
                    language: r.get::<_, Option<String>>(22)?.and_then(|l| Language::from_locale(&l)),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Who was already recorded for these occasions, with the code printed on their card.
    fn recorded_for<'a>(&self, occasions: impl Iterator<Item = &'a str>) -> Result<HashMap<(i64, String), Option<String>>> {
        let wanted: HashSet<&str> = occasions.collect();
        let mut out = HashMap::new();
        let mut stmt = self.conn().prepare_cached("SELECT customer_id, offer_code FROM card_run_recipients WHERE occasion = ?1")?;
        for occasion in wanted {
            for row in stmt.query_map([occasion], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)))? {
                let (id, code) = row?;
                out.insert((id, occasion.to_owned()), code);
            }
        }
        Ok(out)
    }

    /// Each customer's last recorded design, not counting `occasion` itself.
    fn last_designs(&self, occasion: &str) -> Result<HashMap<i64, String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT customer_id, design FROM (
                SELECT r.customer_id, r.design,
                       row_number() OVER (PARTITION BY r.customer_id ORDER BY k.created_at DESC, r.run_id DESC) AS n
                FROM card_run_recipients r JOIN card_runs k ON k.id = r.run_id
                WHERE r.occasion <> ?1)
             WHERE n = 1",
        )?;
        let rows = stmt.query_map([occasion], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Each customer's loyalty stage on `today`: the analytics ladder, or when it cannot be
    /// computed, a manual stage else prospect / customer / client by number of purchases.
    fn stages(&self, today: NaiveDate, candidates: &[Candidate]) -> (HashMap<i64, Stage>, StageSource) {
        let ladder = self.analysis_settings().and_then(|settings| self.analysis_input(today, settings));
        match ladder {
            Ok(input) => {
                let ledger = Ledger::build(&input);
                let stages = Ladder::new(&input, &ledger).stages_at(today);
                (stages.into_iter().flatten().map(|s| (s.customer.0, s.stage)).collect(), StageSource::Ladder)
            }
            Err(e) => {
                let stages = candidates
                    .iter()
                    .map(|c| {
                        let stage = c.manual_stage.unwrap_or(match c.purchases {
                            0 => Stage::Prospect,
                            1 => Stage::Customer,
                            _ => Stage::Client,
                        });
                        (c.id.0, stage)
                    })
                    .collect();
                (stages, StageSource::PurchaseCount(e.to_string()))
            }
        }
    }
}

fn set_all(tx: &rusqlite::Transaction<'_>, pairs: &[(String, String)]) -> Result<()> {
    let mut stmt = tx.prepare_cached("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")?;
    for (k, v) in pairs {
        stmt.execute(params![k, v])?;
    }
    Ok(())
}

/// The day in `from..=to` on which a yearly date (given per year) falls, if any.
fn occurrence_in(in_year: impl Fn(i32) -> NaiveDate, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    (from.year()..=to.year()).map(in_year).find(|d| *d >= from && *d <= to)
}

/// The anniversary of `first` in `year` (29 February falls on the 28th in other years).
fn anniversary_in(first: NaiveDate, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, first.month(), first.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, first.month(), 28))
        .unwrap_or(first)
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The personal code for a customer's card: the kind, the occasion's date, the customer in
/// Crockford base 32 and a check character (`M2603-2K7`). Unique per customer and occasion,
/// which the store keeps unique; read back whatever the case.
pub fn offer_code(kind: RunKind, occasion: &str, customer: CustomerId) -> String {
    let digits: String = occasion.chars().filter(char::is_ascii_digit).collect();
    let stamp = match kind {
        RunKind::Monthly => digits.get(2..6).unwrap_or(&digits).to_owned(),
        _ => digits.get(2..4).unwrap_or(&digits).to_owned(),
    };
    let mut n = customer.0.max(0) as u64;
    let mut body = Vec::new();
    loop {
        body.push(CROCKFORD[(n % 32) as usize]);
        n /= 32;
        if n == 0 {
            break;
        }
    }
    while body.len() < 2 {
        body.push(b'0');
    }
    body.reverse();
    let mut code = format!("{}{stamp}-{}", kind.letter(), String::from_utf8_lossy(&body));
    let check: usize = code
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .enumerate()
        .map(|(i, b)| (i + 1) * CROCKFORD.iter().position(|c| *c == b).unwrap_or(b as usize))
        .sum();
    code.push(CROCKFORD[check % 32] as char);
    code
}

fn month_name(lang: Language, month: u32) -> &'static str {
    const FR: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const NL: [&str; 12] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Language::Fr => FR[i],
        Language::En | Language::Th => EN[i],
        Language::Nl => NL[i],
    }
}

fn weekday_name(lang: Language, day: Weekday) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Language::Fr => ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][i],
        Language::En | Language::Th => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][i],
        Language::Nl => ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][i],
    }
}

/// The week by its dates: "semaine du 30 novembre au 6 décembre", "week of 30 November to
/// 6 December", "week van 30 november tot 6 december"; with the years when it spans two.
pub fn week_label(lang: Language, monday: NaiveDate) -> String {
    let sunday = monday + Days::new(6);
    let (from, to) = if monday.year() == sunday.year() {
        (day_month(lang, monday), day_month(lang, sunday))
    } else {
        (format!("{} {}", day_month(lang, monday), monday.year()), format!("{} {}", day_month(lang, sunday), sunday.year()))
    };
    match lang {
        Language::Fr => format!("semaine du {from} au {to}"),
        Language::En | Language::Th => format!("week of {from} to {to}"),
        Language::Nl => format!("week van {from} tot {to}"),
    }
}

/// "3 mars", "3 March", "3 maart" ("1er mars" in French).
pub fn day_month(lang: Language, d: NaiveDate) -> String {
    let day = if lang == Language::Fr && d.day() == 1 { "1er".to_owned() } else { d.day().to_string() };
    format!("{day} {}", month_name(lang, d.month()))
}

/// The setting an occasion's edited text is kept under: `cards.text.month-03.nl.greeting`.
/// Files from before texts had a language keep theirs without one
/// (`cards.text.month-03.greeting`): they were written in the shop's language, and are read
/// as such until edited again.
fn text_key(occasion: Occasion, language: Option<Language>, part: &str) -> String {
    let code = design_code(occasion);
    match language {
        Some(l) => format!("{}{code}.{}.{part}", keys::TEXT_PREFIX, l.code()),
        None => format!("{}{code}.{part}", keys::TEXT_PREFIX),
    }
}

fn thanks_text(lang: Language, last: NaiveDate) -> String {
    let d = day_month(lang, last);
    match lang {
        Language::Fr => format!("Merci pour votre visite du {d}, à très bientôt\u{a0}!"),
        Language::En | Language::Th => format!("Thank you for your visit on {d}, see you soon!"),
        Language::Nl => format!("Bedankt voor uw bezoek op {d}, tot binnenkort!"),
    }
}

/// Kept to one short line: the printing crate draws the personal line at its full size even
/// when it had to shrink it to fit, so a long line would run off the card.
fn offer_text(lang: Language, percent: u32, until: NaiveDate, first: bool) -> String {
    let d = day_month(lang, until);
    match (lang, first) {
        (Language::Fr, false) => format!("\u{2212}{percent}\u{a0}% sur votre prochain achat, jusqu'au {d}."),
        (Language::Fr, true) => format!("\u{2212}{percent}\u{a0}% sur votre premier achat, jusqu'au {d}."),
        (Language::En | Language::Th, false) => format!("{percent}% off your next purchase, until {d}."),
        (Language::En | Language::Th, true) => format!("{percent}% off your first purchase, until {d}."),
        (Language::Nl, false) => format!("{percent}% korting op uw volgende aankoop, tot {d}."),
        (Language::Nl, true) => format!("{percent}% korting op uw eerste aankoop, tot {d}."),
    }
}

fn offer_details(lang: Language, percent: u32, code: &str) -> String {
    match lang {
        Language::Fr => format!("Offre personnelle : {percent}\u{a0}% (code {code})"),
        Language::En | Language::Th => format!("Personal offer: {percent}% (code {code})"),
        Language::Nl => format!("Persoonlijk aanbod: {percent}% (code {code})"),
    }
}

fn sent_summary(lang: Language, greeting: &str, req: &RunRequest) -> String {
    let when = match req.kind {
        RunKind::Monthly => format!("{} {}", month_name(lang, req.from.month()), req.from.year()),
        _ => format!("{} – {}", day_month(lang, req.from), day_month(lang, req.to)),
    };
    let text = match lang {
        Language::Fr => format!("Carte « {greeting} » ({when})"),
        Language::En | Language::Th => format!("Card “{greeting}” ({when})"),
        Language::Nl => format!("Kaart „{greeting}” ({when})"),
    };
    text.chars().take(200).collect()
}

/// The household's name from its members' surnames: "Dupont", or "Dupont et Martin"; a Dutch
/// particle takes its capital there ("Familie Van den Berg").
fn family_name(last_names: &[&str], lang: Language, rule: ParticleRule) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for n in last_names.iter().map(|n| family_name_alone(n, rule)).filter(|n| !n.is_empty()) {
        if !names.iter().any(|m| m.to_lowercase() == n.to_lowercase()) {
            names.push(n);
        }
    }
    let and = match lang {
        Language::Fr => "et",
        Language::En | Language::Th => "and",
        Language::Nl => "en",
    };
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [a, b] => Some(format!("{a} {and} {b}")),
        [first, ..] => Some(first.clone()),
    }
}

fn household_address_name(family: &str, lang: Language) -> String {
    match lang {
        Language::Fr => format!("Famille {family}"),
        Language::En | Language::Th => format!("The {family} family"),
        Language::Nl => format!("Familie {family}"),
    }
}

fn household_salutation(family: &str, lang: Language) -> String {
    match lang {
        Language::Fr => format!("Chère famille {family}"),
        Language::En | Language::Th => format!("Dear {family} family"),
        Language::Nl => format!("Beste familie {family}"),
    }
}

fn address_name(c: &Candidate) -> String {
    c.name()
}

/// The country as printed on the last address line; empty within the shop's own country.
fn country_name(code: &str, shop_country: &str, lang: Language) -> String {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || code == shop_country.trim().to_ascii_uppercase() {
        return String::new();
    }
    let names: Option<[&str; 3]> = match code.as_str() {
        "FR" => Some(["France", "France", "Frankrijk"]),
        "BE" => Some(["Belgique", "Belgium", "België"]),
        "NL" => Some(["Pays-Bas", "Netherlands", "Nederland"]),
        "LU" => Some(["Luxembourg", "Luxembourg", "Luxemburg"]),
        "DE" => Some(["Allemagne", "Germany", "Duitsland"]),
        "CH" => Some(["Suisse", "Switzerland", "Zwitserland"]),
        "GB" | "UK" => Some(["Royaume-Uni", "United Kingdom", "Verenigd Koninkrijk"]),
        "IE" => Some(["Irlande", "Ireland", "Ierland"]),
        "ES" => Some(["Espagne", "Spain", "Spanje"]),
        "IT" => Some(["Italie", "Italy", "Italië"]),
        "PT" => Some(["Portugal", "Portugal", "Portugal"]),
        "US" => Some(["États-Unis", "United States", "Verenigde Staten"]),
        "CA" => Some(["Canada", "Canada", "Canada"]),
        _ => None,
    };
    match names {
        Some([fr, en, nl]) => match lang {
            Language::Fr => fr,
            Language::En | Language::Th => en,
            Language::Nl => nl,
        }
        .to_owned(),
        None => code,
    }
}

/// The week's follow-up: who to contact and why, in the sheet's group order.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    pub monday: NaiveDate,
    pub items: Vec<FollowUpItem>,
    /// Whether the drifting customers could be computed (`Err` says why not).
    pub drifting: std::result::Result<(), String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpItem {
    pub reason: FollowUpReason,
    pub customer: Option<CustomerId>,
    /// Empty for a reminder about no one in particular.
    pub name: String,
    /// Their first phone number as written, empty when none.
    pub phone: String,
    /// That number as a `tel:` link, when it can be read as a number to dial.
    pub tel: Option<String>,
    /// The day it is about: the birthday, the follow-up day, the complaint's due day, the
    /// reminder's (snoozed) day.
    pub date: Option<NaiveDate>,
    pub detail: FollowUpDetail,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FollowUpDetail {
    Birthday { turns: Option<i32> },
    Purchase { amount: Money, at: NaiveDateTime },
    Complaint { interaction: i64, summary: String, age_days: i64 },
    Drifting(DriftReason),
    Reminder { id: i64, title: String, repeat: Option<Repeat>, overdue: bool },
}

impl FollowUpItem {
    /// Why, in a few words of `lang`.
    pub fn why(&self, lang: Language) -> String {
        match &self.detail {
            FollowUpDetail::Birthday { turns } => {
                let d = self.date.map(|d| format!("{} {}", weekday_name(lang, d.weekday()), day_month(lang, d))).unwrap_or_default();
                match (lang, turns) {
                    (Language::Fr, Some(n)) => format!("anniversaire {d} ({n} ans)"),
                    (Language::Fr, None) => format!("anniversaire {d}"),
                    (Language::En | Language::Th, Some(n)) => format!("birthday on {d} (turns {n})"),
                    (Language::En | Language::Th, None) => format!("birthday on {d}"),
                    (Language::Nl, Some(n)) => format!("verjaardag op {d} (wordt {n})"),
                    (Language::Nl, None) => format!("verjaardag op {d}"),
                }
            }
            FollowUpDetail::Purchase { amount, at } => {
                let (a, d) = (amount.format(lang), day_month(lang, at.date()));
                match lang {
                    Language::Fr => format!("achat de {a} le {d} : tout va bien ?"),
                    Language::En | Language::Th => format!("bought for {a} on {d}: is all well?"),
                    Language::Nl => format!("aankoop van {a} op {d}: alles naar wens?"),
                }
            }
            FollowUpDetail::Complaint { summary, age_days, .. } => match lang {
                Language::Fr => format!("réclamation ouverte depuis {age_days} jours : « {summary} »"),
                Language::En | Language::Th => format!("complaint open for {age_days} days: “{summary}”"),
                Language::Nl => format!("klacht al {age_days} dagen open: „{summary}”"),
            },
            FollowUpDetail::Drifting(reason) => fidele_analytics::drift_reason_words(lang, reason),
            FollowUpDetail::Reminder { title, overdue, .. } => {
                let d = self.date.map(|d| day_month(lang, d)).unwrap_or_default();
                match (lang, overdue) {
                    (Language::Fr, true) => format!("{title} (en retard, prévu le {d})"),
                    (Language::Fr, false) => format!("{title} ({d})"),
                    (Language::En | Language::Th, true) => format!("{title} (overdue since {d})"),
                    (Language::En | Language::Th, false) => format!("{title} ({d})"),
                    (Language::Nl, true) => format!("{title} (te laat, gepland op {d})"),
                    (Language::Nl, false) => format!("{title} ({d})"),
                }
            }
        }
    }

    /// The reminder behind the line, if it is one.
    pub fn reminder_id(&self) -> Option<i64> {
        match self.detail {
            FollowUpDetail::Reminder { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl FollowUp {
    /// The printable sheet, in `lang`, grouped by reason in the sheet's order.
    pub fn sheet(&self, shop: &ShopProfile) -> FollowUpSheet {
        let lang = shop.language;
        let mut groups: BTreeMap<FollowUpReason, Vec<FollowUpEntry>> = BTreeMap::new();
        for item in &self.items {
            let name = if item.name.is_empty() { "—".to_owned() } else { item.name.clone() };
            groups.entry(item.reason).or_default().push(FollowUpEntry { name, phone: item.phone.clone(), why: item.why(lang) });
        }
        FollowUpSheet {
            language: lang,
            shop_name: shop.name.clone(),
            week_of: self.monday,
            week_label: week_label(lang, self.monday),
            groups: groups.into_iter().map(|(reason, entries)| FollowUpGroup { reason, entries }).collect(),
            created: None,
        }
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
            .ok_or_else(|| Invalid::one("occasion", format!("\"{m}\" is not month-01..month-12, birthday or anniversary")).into()),
    }
}

/// The run's layout code as stored and typed: `single` or `4up`.
pub fn parse_layout(text: &str) -> Result<Layout> {
    match text.trim().to_ascii_lowercase().as_str() {
        "single" | "postcard" | "a6" => Ok(Layout::Postcard),
        "4up" | "four-up" | "a4" => Ok(Layout::FourUpA4),
        other => Err(Invalid::one("layout", format!("\"{other}\" is not single or 4up")).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Channel, Currency, CustomerDraft, PurchaseDraft, ReminderDraft};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn person(first: &str, last: &str, household: Option<fidele_domain::HouseholdId>) -> CustomerDraft {
        CustomerDraft {
            salutation: Some(Salutation::Mrs),
            first_name: first.into(),
            last_name: last.into(),
            phones: vec!["06 12 34 56 78".into()],
            address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
            household,
            ..CustomerDraft::default()
        }
    }

    fn buy(store: &mut Store, c: CustomerId, at: NaiveDate, minor: i64, code: &str) {
        store
            .add_purchase(PurchaseDraft {
                customer: Some(c),
                at: at.and_hms_opt(11, 0, 0).unwrap(),
                amount: Money::new(minor, Currency::EUR),
                margin: None,
                category: "Livres".into(),
                item_count: Some(1),
                ticket_ref: String::new(),
                offer_code: code.into(),
                refund_of: None,
                note: String::new(),
            })
            .unwrap();
    }

    fn shop() -> (Store, [CustomerId; 6]) {
        let mut store = Store::open_in_memory().unwrap();
        let home = store.add_household("Famille Dubœuf").unwrap();
        let yes = [(Channel::Post, true)];
        let a = store.add_customer(person("Hélène", "Dubœuf", Some(home)), &yes, "").unwrap();
        let b = store.add_customer(person("Paul", "Dubœuf", Some(home)), &yes, "").unwrap();
        let c = store.add_customer(person("Zoé", "Lefèvre", None), &yes, "").unwrap();
        let no_consent = store.add_customer(person("Anne", "Sans", None), &[], "").unwrap();
        let withdrawn = store.add_customer(person("Marc", "Retiré", None), &yes, "").unwrap();
        store.record_consent(withdrawn, Channel::Post, false, "call").unwrap();
        let no_address = store
            .add_customer(CustomerDraft { address: Address::default(), ..person("Luc", "Nulle-Part", None) }, &yes, "")
            .unwrap();
        (store, [a, b, c, no_consent, withdrawn, no_address])
    }

    #[test]
    fn monthly_plan_picks_consenting_customers_and_households() {
        let (mut store, [a, b, c, ..]) = shop();
        let today = day(2026, 2, 20);
        buy(&mut store, c, day(2026, 2, 10), 4500, "");
        let req = RunRequest::monthly("2026-03", true, today).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        assert_eq!(plan.cards.len(), 2, "{:?}", plan.cards);
        let family = plan.cards.iter().find(|p| p.members.len() == 2).unwrap();
        assert_eq!((family.to, family.members.clone(), family.name.as_str()), (a, vec![a, b], "Famille Dubœuf"));
        let i = plan.cards.iter().position(|p| p.to == a).unwrap();
        assert_eq!(plan.batch.cards[i].salutation, "Chère famille Dubœuf");
        let zoe = plan.cards.iter().position(|p| p.to == c).unwrap();
        assert_eq!(plan.batch.cards[zoe].salutation, "Chère Madame Lefèvre");
        assert!(matches!(&plan.batch.cards[zoe].personal, Some(PersonalLine::Thanks(t)) if t.contains("10 février")));
        assert!(matches!(&plan.batch.cards[i].personal, Some(PersonalLine::Offer { code, .. }) if code.starts_with("M2603-")));
        let counts = plan.skipped_counts();
        assert_eq!(counts.get("no_post_consent"), Some(&2));
        assert_eq!(counts.get("no_address"), Some(&1));
        assert_eq!(plan.batch.design.greeting(Language::Fr), "Joyeux printemps");

        let individual = store.plan_cards(&RunRequest { households: false, ..req }).unwrap();
        assert_eq!(individual.cards.len(), 3);
    }

    #[test]
    fn a_dutch_name_s_particle_takes_its_capital_after_a_title_and_a_belgian_one_stays_as_written() {
        let mut store = Store::open_in_memory().unwrap();
        let yes = [(Channel::Post, true)];
        let in_country = |first: &str, last: &str, country: &str| CustomerDraft {
            language: Some(Language::Nl),
            address: Address { country: country.into(), ..person(first, last, None).address },
            ..person(first, last, None)
        };
        let nl = store.add_customer(in_country("Anneke", "van den Berg", "NL"), &yes, "").unwrap();
        let be = store.add_customer(in_country("Wim", "van den Bossche", "BE"), &yes, "").unwrap();
        let home = store.add_household("Thuis").unwrap();
        for first in ["Jan", "Eva"] {
            store.add_customer(CustomerDraft { household: Some(home), ..in_country(first, "de Wit", "NL") }, &yes, "").unwrap();
        }
        let plan = store.plan_cards(&RunRequest::monthly("2026-03", true, day(2026, 2, 20)).unwrap()).unwrap();
        let salutation = |id: CustomerId| plan.batch.cards[plan.cards.iter().position(|p| p.to == id).unwrap()].salutation.clone();
        assert_eq!(salutation(nl), "Geachte mevrouw Van den Berg");
        assert_eq!(salutation(be), "Geachte mevrouw van den Bossche");
        let family = plan.cards.iter().position(|p| p.members.len() == 2).unwrap();
        assert_eq!(plan.batch.cards[family].salutation, "Beste familie De Wit");
        assert_eq!(plan.cards[family].name, "Familie De Wit");
    }

    #[test]
    fn recording_twice_records_nothing_twice_and_codes_come_back() {
        let (mut store, [a, b, c, ..]) = shop();
        let req = RunRequest::monthly("2026-03", true, day(2026, 3, 1)).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        let first = store.record_cards(&plan, Layout::FourUpA4).unwrap();
        assert_eq!((first.customers, first.cards), (3, 2));
        assert!(first.run_id.is_some());
        let again = store.plan_cards(&RunRequest { households: false, ..req.clone() }).unwrap();
        assert!(again.cards.iter().all(|c| c.recorded));
        assert_eq!(again.new_cards(), 0);
        assert_eq!(store.record_cards(&again, Layout::Postcard).unwrap(), RecordedRun { run_id: None, customers: 0, cards: 0 });
        for id in [a, b, c] {
            let sent: Vec<_> = store.interactions_of(id).unwrap().into_iter().filter(|i| i.draft.kind == InteractionKind::CardSent).collect();
            assert_eq!(sent.len(), 1, "customer {id:?}");
            assert!(sent[0].draft.summary.contains("Joyeux printemps"), "{}", sent[0].draft.summary);
        }
        // The same code is printed again on a reprint.
        let code = plan.cards.iter().find(|p| p.to == c).unwrap().offer_code.clone().unwrap();
        assert_eq!(again.cards.iter().find(|p| p.to == c).unwrap().offer_code.as_deref(), Some(code.as_str()));
        buy(&mut store, c, day(2026, 3, 12), 3200, &code.to_lowercase());
        let runs = store.card_runs().unwrap();
        assert_eq!(runs.len(), 1);
        assert_eq!((runs[0].customers, runs[0].cards, runs[0].offers, runs[0].redeemed, runs[0].redeemed_minor), (3, 2, 2, 1, 3200));
    }

    #[test]
    fn nobody_gets_the_same_design_twice_in_a_row() {
        let (mut store, [_, _, c, ..]) = shop();
        let march = store.plan_cards(&RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap()).unwrap();
        store.record_cards(&march, Layout::Postcard).unwrap();
        let next_march = store.plan_cards(&RunRequest::monthly("2027-03", false, day(2027, 3, 1)).unwrap()).unwrap();
        assert!(next_march.cards.is_empty());
        assert!(next_march.skipped.iter().any(|s| s.customer == c && s.reason == SkipReason::SameDesignAsLast));
        let april = store.plan_cards(&RunRequest::monthly("2027-04", false, day(2027, 4, 1)).unwrap()).unwrap();
        assert_eq!(april.cards.len(), 3);
    }

    #[test]
    fn birthdays_and_anniversaries_in_a_period() {
        let (mut store, [a, _, c, ..]) = shop();
        let mut d = store.customer(a).unwrap().draft;
        d.birthday = Some(Birthday::parse("1970-01-02").unwrap());
        store.update_customer(a, d).unwrap();
        buy(&mut store, c, day(2024, 12, 30), 2000, "");
        let req = RunRequest::period(RunKind::Birthday, day(2025, 12, 28), day(2026, 1, 5), true, day(2025, 12, 20)).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        assert_eq!(plan.cards.iter().map(|p| (p.to, p.occasion.as_str())).collect::<Vec<_>>(), [(a, "birthday:2026")]);
        assert_eq!(plan.batch.design, CardDesign::birthday());
        let req = RunRequest::period(RunKind::Anniversary, day(2025, 12, 28), day(2026, 1, 5), true, day(2025, 12, 20)).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        assert_eq!(plan.cards.iter().map(|p| (p.to, p.occasion.as_str())).collect::<Vec<_>>(), [(c, "anniversary:2025")]);
    }

    #[test]
    fn offers_follow_the_ladder_and_the_settings() {
        let (mut store, [_, _, c, ..]) = shop();
        buy(&mut store, c, day(2025, 6, 1), 2000, "");
        buy(&mut store, c, day(2025, 9, 1), 2000, "");
        let req = RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        assert_eq!(plan.stages, StageSource::Ladder);
        let zoe = plan.cards.iter().find(|p| p.to == c).unwrap();
        assert_eq!((zoe.stage, zoe.offer_percent), (Some(Stage::Client), Some(10)));
        let prospect = plan.cards.iter().find(|p| p.to != c).unwrap();
        assert_eq!((prospect.stage, prospect.offer_percent), (Some(Stage::Prospect), Some(5)));
        store.set_card_settings(&CardSettings { offer_percent: [0, 5, 25, 25, 30, 30], thanks_days: 30 }).unwrap();
        let plan = store.plan_cards(&req).unwrap();
        assert_eq!(plan.cards.iter().find(|p| p.to == c).unwrap().offer_percent, Some(25));
        assert!(plan.cards.iter().filter(|p| p.to != c).all(|p| p.offer_code.is_none()));
        let err = store.set_card_settings(&CardSettings { offer_percent: [0, 5, 95, 25, 30, 30], thanks_days: 30 }).unwrap_err();
        assert!(err.to_string().contains("offer_client"), "{err}");
    }

    #[test]
    fn edited_texts_replace_the_defaults_and_empty_goes_back() {
        let (mut store, _) = shop();
        store.set_card_texts(Occasion::Month(3), Language::Fr, "Vive le printemps", "Les lilas sont en fleurs.").unwrap();
        let plan = store.plan_cards(&RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap()).unwrap();
        assert_eq!(plan.batch.design.greeting(Language::Fr), "Vive le printemps");
        assert!(plan.batch.cards.iter().all(|c| c.body == "Les lilas sont en fleurs."));
        store.set_card_texts(Occasion::Month(3), Language::Fr, "", " ").unwrap();
        let t = store.card_texts(Occasion::Month(3), Language::Fr).unwrap();
        assert_eq!((t.greeting.as_str(), t.message.as_str()), (t.default_greeting, t.default_message));
        assert!(store.set_card_texts(Occasion::Month(3), Language::Fr, &"x".repeat(61), "").is_err());
    }

    #[test]
    fn each_card_is_in_its_recipients_language_with_that_languages_texts() {
        let (mut store, [a, _, c, ..]) = shop();
        let pieter = CustomerDraft { salutation: Some(Salutation::Mr), language: Some(Language::Nl), ..person("Pieter", "Janssens", None) };
        store.update_customer(c, pieter).unwrap();
        store.set_card_texts(Occasion::Month(3), Language::Nl, "Fijne lente", "De tulpen bloeien.").unwrap();
        let plan = store.plan_cards(&RunRequest::monthly("2026-03", true, day(2026, 3, 1)).unwrap()).unwrap();
        let card_of = |id| &plan.batch.cards[plan.cards.iter().position(|p| p.to == id).unwrap()];
        let dutch = card_of(c);
        assert_eq!((dutch.language, dutch.salutation.as_str(), dutch.body.as_str()), (Language::Nl, "Geachte heer Janssens", "De tulpen bloeien."));
        assert!(matches!(&dutch.personal, Some(PersonalLine::Offer { text, .. }) if text.contains("korting")), "{:?}", dutch.personal);
        let french = card_of(a);
        assert_eq!((french.language, french.body.as_str()), (Language::Fr, default_message(Occasion::Month(3), Language::Fr)));
        assert_eq!(plan.batch.design.greeting(Language::Nl), "Fijne lente");
        assert_eq!(plan.batch.design.greeting(Language::Fr), default_greeting(Occasion::Month(3), Language::Fr));
        assert_eq!(plan.batch.language, Language::Fr, "the address side stays the shop's");
        store.record_cards(&plan, Layout::FourUpA4).unwrap();
        let summary: String =
            store.conn().query_row("SELECT summary FROM interactions WHERE customer_id = ?1 AND kind = 'card_sent'", [c.0], |r| r.get(0)).unwrap();
        assert!(summary.contains("Fijne lente"), "the greeting on the card: {summary}");
    }

    /// A file from before texts had a language: its edited text was written in the shop's
    /// language, and is read as such until edited again.
    #[test]
    fn texts_edited_before_languages_are_the_shops() {
        let (mut store, _) = shop();
        store.conn().execute("INSERT INTO settings (key, value) VALUES ('cards.text.month-03.greeting', 'Vive le printemps')", []).unwrap();
        assert_eq!(store.card_texts(Occasion::Month(3), Language::Fr).unwrap().greeting, "Vive le printemps");
        assert_eq!(store.card_texts(Occasion::Month(3), Language::Nl).unwrap().greeting, default_greeting(Occasion::Month(3), Language::Nl));
        store.set_card_texts(Occasion::Month(3), Language::Fr, "Printemps !", "").unwrap();
        let old: i64 = store.conn().query_row("SELECT count(*) FROM settings WHERE key = 'cards.text.month-03.greeting'", [], |r| r.get(0)).unwrap();
        assert_eq!(old, 0, "moved to the language's key");
        assert_eq!(store.card_texts(Occasion::Month(3), Language::Fr).unwrap().greeting, "Printemps !");
    }

    #[test]
    fn occasion_codes_read_back() {
        for o in (1..=12).map(Occasion::Month).chain([Occasion::Birthday, Occasion::PurchaseAnniversary]) {
            assert_eq!(parse_occasion(&design_code(o)).unwrap(), o);
        }
        for bad in ["month-13", "month-0", "noel", ""] {
            assert!(parse_occasion(bad).unwrap_err().to_string().contains("occasion"), "{bad}");
        }
    }

    #[test]
    fn codes_are_distinct_and_checked() {
        let a = offer_code(RunKind::Monthly, "monthly:2026-03", CustomerId(1));
        let b = offer_code(RunKind::Monthly, "monthly:2026-03", CustomerId(2));
        let c = offer_code(RunKind::Birthday, "birthday:2026", CustomerId(1));
        assert!(a.starts_with("M2603-01") && b.starts_with("M2603-02") && c.starts_with("B26-01"), "{a} {b} {c}");
        assert_ne!(a.chars().last(), b.chars().last());
        assert_eq!(parse_iso_week("2026-W11").unwrap(), day(2026, 3, 9));
        assert!(parse_iso_week("2026-11").is_err());
        assert_eq!(parse_month("2026-03").unwrap(), day(2026, 3, 1));
    }

    #[test]
    fn follow_up_lists_the_right_people_for_the_right_reasons() {
        let (mut store, [a, b, c, no_consent, ..]) = shop();
        let monday = day(2026, 3, 9);
        let mut d = store.customer(a).unwrap().draft;
        d.birthday = Some(Birthday::parse("1980-03-12").unwrap());
        store.update_customer(a, d).unwrap();
        buy(&mut store, b, day(2026, 3, 3), 15_000, ""); // 7 days later is Tuesday 10
        buy(&mut store, c, day(2026, 3, 3), 2_000, ""); // too small
        buy(&mut store, c, day(2026, 2, 20), 50_000, ""); // follow-up was the week before
        store
            .add_interaction(InteractionDraft {
                customer: no_consent,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at: day(2026, 2, 25).and_hms_opt(10, 0, 0).unwrap(),
                summary: "Livre abîmé".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at: day(2026, 3, 6).and_hms_opt(10, 0, 0).unwrap(),
                summary: "Trop récent".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        store.add_reminder(ReminderDraft { customer: Some(c), title: "Rappeler pour la commande".into(), due: day(2026, 3, 13), repeat: Some(Repeat::Months(1)) }).unwrap();
        store.add_reminder(ReminderDraft { customer: None, title: "Plus tard".into(), due: day(2026, 3, 20), repeat: None }).unwrap();
        let f = store.follow_up(monday, monday).unwrap();
        let got: Vec<(FollowUpReason, String)> = f.items.iter().map(|i| (i.reason, i.name.clone())).collect();
        assert_eq!(
            got,
            [
                (FollowUpReason::BirthdayComing, "Hélène Dubœuf".to_owned()),
                (FollowUpReason::AfterPurchase, "Paul Dubœuf".to_owned()),
                (FollowUpReason::OpenComplaint, "Anne Sans".to_owned()),
                (FollowUpReason::Reminder, "Zoé Lefèvre".to_owned()),
            ]
        );
        assert_eq!(f.items[0].why(Language::Fr), "anniversaire jeudi 12 mars (46 ans)");
        assert_eq!(f.items[1].why(Language::En), "bought for €150.00 on 3 March: is all well?");
        assert_eq!(f.items[2].why(Language::Fr), "réclamation ouverte depuis 12 jours : « Livre abîmé »");
        assert_eq!(f.items[0].phone, "06 12 34 56 78");
        assert_eq!(f.items[0].tel.as_deref(), Some("tel:+33612345678"));
        let sheet = f.sheet(&store.shop_profile().unwrap());
        assert_eq!(sheet.groups.len(), 4);
        assert_eq!(sheet.week_label, "semaine du 9 mars au 15 mars");
        store.set_follow_up_settings(&FollowUpSettings { purchase_min_minor: 1_000, ..FollowUpSettings::default() }).unwrap();
        assert_eq!(store.follow_up(monday, monday).unwrap().items.iter().filter(|i| i.reason == FollowUpReason::AfterPurchase).count(), 2);
    }

    #[test]
    fn the_follow_up_counts_from_today_and_shows_each_reminder_once() {
        let (mut store, [a, b, c, ..]) = shop();
        let monday = day(2026, 3, 9);
        for (id, birthday) in [(a, "1980-03-10"), (b, "1975-03-13")] {
            let mut d = store.customer(id).unwrap().draft;
            d.birthday = Some(Birthday::parse(birthday).unwrap());
            store.update_customer(id, d).unwrap();
        }
        buy(&mut store, c, day(2026, 3, 2), 15_000, ""); // its follow-up day, Monday 9, is past by Thursday
        for _ in 0..2 {
            // "Call them" clicked twice.
            store.add_reminder(ReminderDraft { customer: Some(c), title: "Appeler Zoé Lefèvre".into(), due: day(2026, 3, 9), repeat: None }).unwrap();
        }
        let thursday = day(2026, 3, 12);
        let f = store.follow_up(monday, thursday).unwrap();
        let got: Vec<(FollowUpReason, String)> = f.items.iter().map(|i| (i.reason, i.name.clone())).collect();
        assert_eq!(
            got,
            [(FollowUpReason::BirthdayComing, "Paul Dubœuf".to_owned()), (FollowUpReason::Reminder, "Zoé Lefèvre".to_owned())],
            "Tuesday's birthday and Monday's follow-up are past; the reminder shows once, overdue"
        );
        assert!(f.items[1].why(Language::Fr).contains("en retard"));
        // A week still to come counts from its Monday; a week gone has no birthday coming.
        assert_eq!(store.follow_up(day(2026, 3, 9), day(2026, 3, 1)).unwrap().items.iter().filter(|i| i.reason == FollowUpReason::BirthdayComing).count(), 2);
        assert_eq!(store.follow_up(day(2026, 3, 2), thursday).unwrap().items.iter().filter(|i| i.reason == FollowUpReason::BirthdayComing).count(), 0);
        assert_eq!(week_label(Language::En, day(2026, 11, 30)), "week of 30 November to 6 December");
        assert_eq!(week_label(Language::Fr, day(2026, 11, 30)), "semaine du 30 novembre au 6 décembre");
        assert_eq!(week_label(Language::Fr, day(2026, 12, 28)), "semaine du 28 décembre 2026 au 3 janvier 2027");
    }
}
