//! What the measurement of the cards reads: each monthly run that kept a hold-out, who was in
//! its draw (recipients who could have been held out, and those held out), and their sales
//! in the year after. The arithmetic is `fidele_analytics::uplift`'s; the store only reads.

use chrono::{Days, NaiveDate};
use fidele_analytics::Stage;
use rusqlite::params;

use crate::codec::{self, Dt};
use crate::{Result, Store};

/// A monthly run with a hold-out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRun {
    pub id: i64,
    /// `2026-11`.
    pub period: String,
    pub design: String,
    /// The day the run was recorded: day 0 of its windows.
    pub day0: NaiveDate,
    pub holdout_percent: i64,
    /// Cards printed (a household's card counted once): what the run cost.
    pub cards: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberGroup {
    /// Got the card and could have been held out.
    Recipient,
    /// Got the card outside the draw (held out last time, "always send").
    RecipientOutsideDraw,
    HeldOut,
}

/// A customer in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignMember {
    pub run: i64,
    pub customer: i64,
    pub group: MemberGroup,
    pub stage: Option<Stage>,
    pub offer_percent: Option<u32>,
    /// The code printed on their card, upper case, when a sale of the period carried it.
    pub offer_code: Option<String>,
}

/// A sale (or refund) of a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignPurchase {
    pub customer: i64,
    pub at: NaiveDate,
    pub amount_minor: i64,
    pub margin_minor: Option<i64>,
    /// Upper case, trimmed; empty when none.
    pub offer_code: String,
}

/// Everything the measurement needs, read in three queries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignFacts {
    /// Oldest first.
    pub runs: Vec<CampaignRun>,
    /// Run by run.
    pub members: Vec<CampaignMember>,
    /// Members' purchases from the first run's day 0 to a year after the last, by customer
    /// then date.
    pub purchases: Vec<CampaignPurchase>,
}

impl Store {
    /// The monthly runs that kept a hold-out, their members and the members' sales.
    pub fn campaign_facts(&self) -> Result<CampaignFacts> {
        let conn = self.conn();
        let runs: Vec<CampaignRun> = conn
            .prepare_cached(
                "SELECT k.id, k.period, k.design, k.created_at, k.holdout_percent,
                        (SELECT count(DISTINCT r.card_to) FROM card_run_recipients r WHERE r.run_id = k.id)
                 FROM card_runs k
                 WHERE k.kind = 'monthly' AND EXISTS (SELECT 1 FROM card_run_holdouts h WHERE h.run_id = k.id)
                 ORDER BY k.created_at, k.id",
            )?
            .query_map([], |r| {
                Ok(CampaignRun {
                    id: r.get(0)?,
                    period: r.get(1)?,
                    design: r.get(2)?,
                    day0: r.get::<_, Dt>(3)?.0.date(),
                    holdout_percent: r.get(4)?,
                    cards: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
            return Ok(CampaignFacts::default());
        };
        let (from, until) = (first.day0, last.day0.checked_add_days(Days::new(366)).unwrap_or(last.day0));

        // Members run by run through each table's primary key; a text is read only where
        // needed (the stage as a code, the offer code only for the codes a sale carried).
        let mut members = Vec::new();
        let stage_of = |v: rusqlite::types::ValueRef<'_>| v.as_str().ok().and_then(Stage::parse);
        let mut sent = conn.prepare_cached("SELECT customer_id, in_draw, stage, offer_percent FROM card_run_recipients WHERE run_id = ?1")?;
        let mut held = conn.prepare_cached("SELECT customer_id, stage FROM card_run_holdouts WHERE run_id = ?1")?;
        for run in &runs {
            let mut rows = sent.query([run.id])?;
            while let Some(r) = rows.next()? {
                members.push(CampaignMember {
                    run: run.id,
                    customer: r.get(0)?,
                    group: if r.get::<_, bool>(1)? { MemberGroup::Recipient } else { MemberGroup::RecipientOutsideDraw },
                    stage: stage_of(r.get_ref(2)?),
                    offer_percent: r.get(3)?,
                    offer_code: None,
                });
            }
            let mut rows = held.query([run.id])?;
            while let Some(r) = rows.next()? {
                members.push(CampaignMember {
                    run: run.id,
                    customer: r.get(0)?,
                    group: MemberGroup::HeldOut,
                    stage: stage_of(r.get_ref(1)?),
                    offer_percent: None,
                    offer_code: None,
                });
            }
        }

        // The period's purchases in one pass, the members' kept. Dates are read as their first
        // ten characters (`YYYY-MM-DD`), without parsing the time.
        let mut ids: Vec<i64> = members.iter().map(|m| m.customer).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut purchases = Vec::new();
        let mut stmt = conn.prepare_cached(
            "SELECT customer_id, at, amount_minor, margin_minor, offer_code FROM purchases
             WHERE at >= ?1 AND at < ?2 AND customer_id IS NOT NULL",
        )?;
        let mut rows = stmt.query(params![codec::date(from), codec::date(until)])?;
        while let Some(r) = rows.next()? {
            let customer: i64 = r.get(0)?;
            if ids.binary_search(&customer).is_err() {
                continue;
            }
            let at = r.get_ref(1)?.as_str().ok().and_then(|t| t.get(..10)).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let Some(at) = at else { continue };
            let code = r.get_ref(4)?.as_str().unwrap_or("").trim();
            purchases.push(CampaignPurchase {
                customer,
                at,
                amount_minor: r.get(2)?,
                margin_minor: r.get(3)?,
                offer_code: if code.is_empty() { String::new() } else { code.to_uppercase() },
            });
        }

        // The codes sales carried, found among the runs' codes (few: a code is unique).
        let mut codes: Vec<&str> = purchases.iter().map(|p| p.offer_code.as_str()).filter(|c| !c.is_empty()).collect();
        codes.sort_unstable();
        codes.dedup();
        let mut owner = conn.prepare_cached("SELECT run_id, customer_id FROM card_run_recipients WHERE offer_code = ?1")?;
        let mut owned: std::collections::HashMap<(i64, i64), String> = std::collections::HashMap::new();
        for code in codes {
            let mut rows = owner.query([code])?;
            while let Some(r) = rows.next()? {
                owned.insert((r.get(0)?, r.get(1)?), code.to_owned());
            }
        }
        if !owned.is_empty() {
            for m in members.iter_mut().filter(|m| m.group != MemberGroup::HeldOut) {
                m.offer_code = owned.remove(&(m.run, m.customer));
            }
        }
        purchases.sort_unstable_by_key(|p| (p.customer, p.at));
        Ok(CampaignFacts { runs, members, purchases })
    }
}
