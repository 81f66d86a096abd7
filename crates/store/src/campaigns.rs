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
    /// Upper case, as printed.
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
    /// By run, then customer.
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

        let mut members = Vec::new();
        let mut stmt = conn.prepare_cached(
            "SELECT r.run_id, r.customer_id, r.in_draw, r.stage, r.offer_percent, r.offer_code FROM card_run_recipients r
             JOIN card_runs k ON k.id = r.run_id WHERE k.kind = 'monthly' AND EXISTS (SELECT 1 FROM card_run_holdouts h WHERE h.run_id = k.id)
             UNION ALL
             SELECT h.run_id, h.customer_id, 2, h.stage, NULL, NULL FROM card_run_holdouts h
             ORDER BY 1, 2",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CampaignMember {
                run: r.get(0)?,
                customer: r.get(1)?,
                group: match r.get::<_, i64>(2)? {
                    0 => MemberGroup::RecipientOutsideDraw,
                    1 => MemberGroup::Recipient,
                    _ => MemberGroup::HeldOut,
                },
                stage: r.get::<_, Option<String>>(3)?.and_then(|s| Stage::parse(&s)),
                offer_percent: r.get(4)?,
                offer_code: r.get::<_, Option<String>>(5)?.map(|c| c.trim().to_uppercase()),
            })
        })?;
        for row in rows {
            members.push(row?);
        }

        // Walks the purchases of the period once, in customer order, keeping the members'.
        let mut ids: Vec<i64> = members.iter().map(|m| m.customer).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut purchases = Vec::new();
        let mut stmt = conn.prepare_cached(
            "SELECT customer_id, at, amount_minor, margin_minor, offer_code FROM purchases
             WHERE at >= ?1 AND at < ?2 AND customer_id IS NOT NULL",
        )?;
        let rows = stmt.query_map(params![codec::date(from), codec::date(until)], |r| {
            Ok(CampaignPurchase {
                customer: r.get(0)?,
                at: r.get::<_, Dt>(1)?.0.date(),
                amount_minor: r.get(2)?,
                margin_minor: r.get(3)?,
                offer_code: r.get::<_, String>(4)?,
            })
        })?;
        for row in rows {
            let mut p = row?;
            if ids.binary_search(&p.customer).is_ok() {
                if !p.offer_code.is_empty() {
                    p.offer_code = p.offer_code.trim().to_uppercase();
                }
                purchases.push(p);
            }
        }
        purchases.sort_unstable_by_key(|p| (p.customer, p.at));
        Ok(CampaignFacts { runs, members, purchases })
    }
}
