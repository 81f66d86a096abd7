//! Card runs as the file keeps them: who a run can reach (the candidates, read in one query),
//! who was already recorded for an occasion and with which code, each customer's last design,
//! and a run recorded once, in one transaction. Planning a run, its words and its PDF are the
//! use-case layer's (`fidele-usecases`): the store holds no card text and draws nothing.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use fidele_analytics::Stage;
use fidele_domain::{
    Address, Birthday, CustomerId, Formality, InteractionDraft, InteractionKind, InteractionStatus, Language, Salutation,
};
use rusqlite::params;

use crate::codec::{self, Dt, dt};
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
    pub const ALL: [RunKind; 3] = [RunKind::Monthly, RunKind::Birthday, RunKind::Anniversary];

    pub fn code(self) -> &'static str {
        match self {
            RunKind::Monthly => "monthly",
            RunKind::Birthday => "birthday",
            RunKind::Anniversary => "anniversary",
        }
    }

    pub fn parse(code: &str) -> Option<RunKind> {
        RunKind::ALL.into_iter().find(|k| k.code() == code.trim())
    }
}

/// One customer as a card run reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardCandidate {
    pub id: CustomerId,
    pub salutation: Option<Salutation>,
    pub formality: Formality,
    pub first: String,
    pub last: String,
    pub company: String,
    pub address: Address,
    pub household: Option<i64>,
    pub birthday: Option<Birthday>,
    pub manual_stage: Option<Stage>,
    /// The customer's language, when known.
    pub language: Option<Language>,
    pub archived: bool,
    pub erased: bool,
    /// Their latest post consent is a grant.
    pub post: bool,
    pub first_purchase: Option<NaiveDate>,
    pub last_purchase: Option<NaiveDate>,
    pub purchases: i64,
}

impl CardCandidate {
    pub fn name(&self) -> String {
        fidele_domain::customer::display_name(&self.first, &self.last, &self.company)
    }
}

/// A run to record: what it was, and one line per customer the cards reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCardRun {
    pub kind: RunKind,
    /// `2026-03`, `2026-03-01/2026-03-31`.
    pub period: String,
    /// `month-03`, `birthday`, `anniversary`.
    pub design: String,
    /// `single` or `4up`.
    pub layout: &'static str,
    pub households: bool,
    pub cards: Vec<NewCard>,
    /// The hold-out share the run was drawn with, in percent (0: no hold-out).
    pub holdout_percent: u32,
    /// The draw's seed: the same seed and the same customers give the same draw.
    pub holdout_seed: Option<i64>,
    /// The customers held out: no card this time, the comparison group.
    pub held_out: Vec<NewHoldout>,
}

/// A customer held out of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHoldout {
    pub customer: CustomerId,
    /// `monthly:2026-03`.
    pub occasion: String,
    /// The stratum they were drawn in.
    pub stage: Option<Stage>,
}

/// One card of a run to record: everyone it is for, and the `card_sent` interaction's words
/// (already in the shopkeeper's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCard {
    pub to: CustomerId,
    pub members: Vec<CustomerId>,
    /// `monthly:2026-03`, `birthday:2026`, `anniversary:2026`.
    pub occasion: String,
    pub stage: Option<Stage>,
    pub offer_percent: Option<u32>,
    pub offer_code: Option<String>,
    pub summary: String,
    pub details: String,
    /// The card's customers were in the hold-out draw (could have been held out): the
    /// recipients the hold-out is compared with.
    pub in_draw: bool,
}

/// What recording wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedRun {
    /// `None` when everyone was already recorded: no run was written.
    pub run_id: Option<i64>,
    /// Customers newly recorded (one `card_sent` each).
    pub customers: usize,
    pub cards: usize,
    /// Customers newly recorded as held out.
    pub held_out: usize,
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
    /// The hold-out share drawn, in percent, and how many were held out.
    pub holdout_percent: i64,
    pub held_out: i64,
}

impl Store {
    /// Records a run in one transaction: the run, each customer not yet recorded for the
    /// card's occasion, and a `card_sent` interaction for each. Nothing when all were recorded.
    pub fn record_card_run(&mut self, run: &NewCardRun) -> Result<RecordedRun> {
        let now = codec::now();
        self.write(|tx| {
            let mut exists = tx.prepare_cached("SELECT 1 FROM card_run_recipients WHERE customer_id = ?1 AND occasion = ?2")?;
            let mut todo: Vec<(&NewCard, CustomerId)> = Vec::new();
            for card in &run.cards {
                for &m in &card.members {
                    if !exists.exists(params![m.0, card.occasion])? {
                        todo.push((card, m));
                    }
                }
            }
            let mut held = tx.prepare_cached(
                "SELECT 1 FROM card_run_holdouts WHERE customer_id = ?1 AND occasion = ?2
                 UNION ALL SELECT 1 FROM card_run_recipients WHERE customer_id = ?1 AND occasion = ?2",
            )?;
            let mut held_todo: Vec<&NewHoldout> = Vec::new();
            for h in &run.held_out {
                if !held.exists(params![h.customer.0, h.occasion])? {
                    held_todo.push(h);
                }
            }
            if todo.is_empty() && held_todo.is_empty() {
                return Ok(RecordedRun { run_id: None, customers: 0, cards: 0, held_out: 0 });
            }
            tx.execute(
                "INSERT INTO card_runs (kind, period, design, layout, households, created_at, holdout_percent, holdout_seed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![run.kind.code(), run.period, run.design, run.layout, run.households, dt(now), run.holdout_percent, run.holdout_seed],
            )?;
            let id = tx.last_insert_rowid();
            let mut insert = tx.prepare_cached(
                "INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, stage, offer_percent, offer_code, interaction_id, in_draw)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut cards = HashSet::new();
            for (card, member) in &todo {
                let lead = *member == card.to;
                let code = card.offer_code.as_deref().filter(|_| lead);
                let interaction = crate::interactions::insert_interaction_in(
                    tx,
                    &InteractionDraft {
                        customer: *member,
                        kind: InteractionKind::CardSent,
                        status: InteractionStatus::Resolved,
                        at: now,
                        summary: card.summary.chars().take(200).collect(),
                        details: card.details.clone(),
                        due: None,
                        resolution: String::new(),
                    },
                    now,
                )?;
                insert.execute(params![
                    id,
                    member.0,
                    card.to.0,
                    card.occasion,
                    run.design,
                    card.stage.map(Stage::code),
                    card.offer_percent.filter(|_| lead),
                    code,
                    interaction,
                    card.in_draw
                ])?;
                cards.insert(card.to);
            }
            let mut hold = tx.prepare_cached("INSERT INTO card_run_holdouts (run_id, customer_id, occasion, stage) VALUES (?1, ?2, ?3, ?4)")?;
            for h in &held_todo {
                hold.execute(params![id, h.customer.0, h.occasion, h.stage.map(Stage::code)])?;
            }
            // The measurement's packed copy of this run's draw, and of any run a change dropped.
            crate::campaigns::pack_missing(tx)?;
            Ok(RecordedRun { run_id: Some(id), customers: todo.len(), cards: cards.len(), held_out: held_todo.len() })
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
                    count(r.customer_id), count(DISTINCT r.card_to), count(r.offer_code), k.holdout_percent,
                    (SELECT count(*) FROM card_run_holdouts h WHERE h.run_id = k.id)
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
                    holdout_percent: r.get(10)?,
                    held_out: r.get(11)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Every customer, as a card run needs them, in number order.
    pub fn card_candidates(&self) -> Result<Vec<CardCandidate>> {
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
                Ok(CardCandidate {
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

    /// Who was already recorded for these occasions, with the code printed on their card:
    /// `(customer, occasion) → code`.
    pub fn recorded_for<'a>(&self, occasions: impl Iterator<Item = &'a str>) -> Result<HashMap<(i64, String), Option<String>>> {
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
    pub fn last_designs(&self, occasion: &str) -> Result<HashMap<i64, String>> {
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

    /// Who is held out of these occasions: `(customer, occasion)`.
    pub fn held_out_for<'a>(&self, occasions: impl Iterator<Item = &'a str>) -> Result<HashSet<(i64, String)>> {
        let wanted: HashSet<&str> = occasions.collect();
        let mut out = HashSet::new();
        let mut stmt = self.conn().prepare_cached("SELECT customer_id FROM card_run_holdouts WHERE occasion = ?1")?;
        for occasion in wanted {
            for id in stmt.query_map([occasion], |r| r.get::<_, i64>(0))? {
                out.insert((id?, occasion.to_owned()));
            }
        }
        Ok(out)
    }

    /// Customers whose latest monthly run before `occasion` (by the day it was recorded) held
    /// them out: they cannot be held out of the next one.
    pub fn held_out_last_time(&self, occasion: &str) -> Result<HashSet<i64>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT customer_id FROM (
                SELECT customer_id, held,
                       row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, run_id DESC) AS n
                FROM (SELECT r.customer_id, 0 AS held, k.created_at, r.run_id FROM card_run_recipients r
                        JOIN card_runs k ON k.id = r.run_id WHERE k.kind = 'monthly' AND r.occasion <> ?1
                      UNION ALL
                      SELECT h.customer_id, 1, k.created_at, h.run_id FROM card_run_holdouts h
                        JOIN card_runs k ON k.id = h.run_id WHERE k.kind = 'monthly' AND h.occasion <> ?1))
             WHERE n = 1 AND held = 1",
        )?;
        let ids = stmt.query_map([occasion], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Customers the shopkeeper marked "always send": never held out.
    pub fn always_send_ids(&self) -> Result<HashSet<i64>> {
        let mut stmt = self.conn().prepare_cached("SELECT id FROM customers WHERE always_send = 1")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Whether the customer is marked "always send".
    pub fn always_send(&self, customer: CustomerId) -> Result<bool> {
        crate::customers::ensure_customer(self.conn(), customer)?;
        Ok(self.conn().query_row("SELECT always_send FROM customers WHERE id = ?1", [customer.0], |r| r.get(0))?)
    }

    /// Marks (or unmarks) the customer "always send", in its own transaction.
    pub fn set_always_send(&mut self, customer: CustomerId, always: bool) -> Result<()> {
        self.write(|tx| {
            crate::customers::ensure_customer(tx, customer)?;
            tx.execute("UPDATE customers SET always_send = ?2 WHERE id = ?1", params![customer.0, always])?;
            Ok(())
        })
    }

    /// Archived and erased customers' ids.
    pub fn archived_ids(&self) -> Result<HashSet<i64>> {
        let mut stmt = self.conn().prepare_cached("SELECT id FROM customers WHERE archived_at IS NOT NULL OR erased_at IS NOT NULL")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Sales from `from` (included) to `until` (excluded) of at least `min_minor` in
    /// `currency`, refunds left out, by customers still on file: `(customer, at, amount, name)`
    /// in time order (the follow-up sheet's calls after a purchase).
    pub fn purchases_to_follow_up(
        &self,
        from: NaiveDate,
        until: NaiveDate,
        min_minor: i64,
        currency: fidele_domain::Currency,
    ) -> Result<Vec<(CustomerId, NaiveDateTime, i64, String)>> {
        self.purchases_to_follow_up_among(from, until, min_minor, currency, None)
    }

    /// The same for one customer (the counter's line), through their purchases' index.
    pub fn purchases_to_follow_up_of(
        &self,
        customer: CustomerId,
        from: NaiveDate,
        until: NaiveDate,
        min_minor: i64,
        currency: fidele_domain::Currency,
    ) -> Result<Vec<(CustomerId, NaiveDateTime, i64, String)>> {
        self.purchases_to_follow_up_among(from, until, min_minor, currency, Some(customer))
    }

    fn purchases_to_follow_up_among(
        &self,
        from: NaiveDate,
        until: NaiveDate,
        min_minor: i64,
        currency: fidele_domain::Currency,
        only: Option<CustomerId>,
    ) -> Result<Vec<(CustomerId, NaiveDateTime, i64, String)>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT p.customer_id, p.at, p.amount_minor, c.first_name, c.last_name, c.company FROM purchases p
             JOIN customers c ON c.id = p.customer_id
             WHERE p.at >= ?1 AND p.at < ?2 AND p.amount_minor >= ?3 AND p.currency = ?4 AND p.refund_of IS NULL
               AND c.archived_at IS NULL AND c.erased_at IS NULL{}
             ORDER BY p.at, p.id",
            if only.is_some() { " AND p.customer_id = ?5" } else { " AND ?5 IS NULL" }
        ))?;
        let rows = stmt
            .query_map(params![codec::date(from), codec::date(until), min_minor, currency.code(), only.map(|c| c.0)], |r| {
                Ok((
                    CustomerId(r.get(0)?),
                    r.get::<_, Dt>(1)?.0,
                    r.get::<_, i64>(2)?,
                    fidele_domain::customer::display_name(&r.get::<_, String>(3)?, &r.get::<_, String>(4)?, &r.get::<_, String>(5)?),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Channel, CustomerDraft};

    fn run(cards: Vec<NewCard>) -> NewCardRun {
        NewCardRun {
            kind: RunKind::Monthly,
            period: "2026-03".into(),
            design: "month-03".into(),
            layout: "4up",
            households: true,
            cards,
            holdout_percent: 0,
            holdout_seed: None,
            held_out: Vec::new(),
        }
    }

    fn card(to: CustomerId, members: Vec<CustomerId>, code: Option<&str>) -> NewCard {
        NewCard {
            to,
            members,
            occasion: "monthly:2026-03".into(),
            stage: Some(Stage::Prospect),
            offer_percent: code.map(|_| 5),
            offer_code: code.map(str::to_owned),
            summary: "Carte « Joyeux printemps » (mars 2026)".into(),
            details: "Offre personnelle".into(),
            in_draw: true,
        }
    }

    #[test]
    fn a_run_is_recorded_once_per_customer_and_occasion_and_its_codes_come_back() {
        let mut store = Store::open_in_memory().unwrap();
        let person = |first: &str| CustomerDraft { first_name: first.into(), last_name: "Dubœuf".into(), ..CustomerDraft::default() };
        let a = store.add_customer(person("Hélène"), &[(Channel::Post, true)], "").unwrap();
        let b = store.add_customer(person("Paul"), &[], "").unwrap();
        let first = store.record_card_run(&run(vec![card(a, vec![a, b], Some("M2603-01X"))])).unwrap();
        assert_eq!((first.customers, first.cards), (2, 1));
        assert_eq!(store.record_card_run(&run(vec![card(a, vec![a], Some("M2603-01X"))])).unwrap().run_id, None);
        let recorded = store.recorded_for(["monthly:2026-03"].into_iter()).unwrap();
        assert_eq!(recorded.get(&(a.0, "monthly:2026-03".to_owned())), Some(&Some("M2603-01X".to_owned())));
        assert_eq!(recorded.get(&(b.0, "monthly:2026-03".to_owned())), Some(&None), "the code is the addressee's");
        assert_eq!(store.last_designs("monthly:2027-03").unwrap().get(&a.0).map(String::as_str), Some("month-03"));
        assert!(store.last_designs("monthly:2026-03").unwrap().is_empty());
        let runs = store.card_runs().unwrap();
        assert_eq!((runs.len(), runs[0].customers, runs[0].cards, runs[0].offers), (1, 2, 1, 1));
        let candidates = store.card_candidates().unwrap();
        assert_eq!(candidates.iter().map(|c| (c.id, c.post)).collect::<Vec<_>>(), [(a, true), (b, false)]);
    }

    #[test]
    fn a_hold_out_is_recorded_once_shown_on_the_timeline_and_bars_the_next_draw() {
        let mut store = Store::open_in_memory().unwrap();
        let person = |first: &str| CustomerDraft { first_name: first.into(), last_name: "Peeters".into(), ..CustomerDraft::default() };
        let a = store.add_customer(person("An"), &[(Channel::Post, true)], "").unwrap();
        let b = store.add_customer(person("Bart"), &[(Channel::Post, true)], "").unwrap();
        let held = |who: CustomerId, occasion: &str| NewHoldout { customer: who, occasion: occasion.into(), stage: Some(Stage::Client) };
        let mut march = run(vec![card(a, vec![a], Some("M2603-01X"))]);
        march.holdout_percent = 10;
        march.holdout_seed = Some(7);
        march.held_out = vec![held(b, "monthly:2026-03")];
        let recorded = store.record_card_run(&march).unwrap();
        assert_eq!((recorded.customers, recorded.held_out), (1, 1));
        assert_eq!(store.record_card_run(&march).unwrap().run_id, None, "the same run records nothing twice");
        let report = &store.card_runs().unwrap()[0];
        assert_eq!((report.customers, report.holdout_percent, report.held_out), (1, 10, 1));
        assert!(store.held_out_for(["monthly:2026-03"].into_iter()).unwrap().contains(&(b.0, "monthly:2026-03".to_owned())));

        // Held out last time: not drawable for April, drawable again once they got a card.
        assert_eq!(store.held_out_last_time("monthly:2026-04").unwrap(), HashSet::from([b.0]));
        assert!(store.held_out_last_time("monthly:2026-03").unwrap().is_empty(), "the run itself does not count");
        let page = store.timeline(b, 10, 0).unwrap();
        assert!(page.entries.iter().any(|e| matches!(e, crate::TimelineEntry::HeldOut(h) if h.occasion == "monthly:2026-03")), "{:?}", page.entries);

        let facts = store.campaign_facts().unwrap();
        assert_eq!(facts.runs.len(), 1);
        let groups: Vec<_> = facts.members.iter().map(|m| (m.customer, m.group)).collect();
        assert_eq!(groups, [(a.0, crate::MemberGroup::Recipient), (b.0, crate::MemberGroup::HeldOut)]);

        assert!(!store.always_send(a).unwrap());
        store.set_always_send(a, true).unwrap();
        assert_eq!(store.always_send_ids().unwrap(), HashSet::from([a.0]));
    }
}
