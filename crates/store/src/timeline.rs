//! A customer's timeline: purchases, interactions, consent events and cards sent, newest
//! first, a page at a time.
//!
//! A card run records each card twice (the recipient line and a `card_sent` interaction); the
//! timeline shows it once, as a card. A complaint, return or service request that was resolved
//! shows twice: when it was opened, and when it was resolved (with the resolution).

use chrono::NaiveDateTime;
use fidele_domain::{Channel, ConsentEvent, CustomerId, Interaction, Purchase};
use rusqlite::{Connection, params};

use crate::codec::{Dt, code, sql_err};
use crate::customers::ensure_customer;
use crate::interactions::{COLUMNS as INTERACTION_COLUMNS, interaction_from_row};
use crate::purchases::{COLUMNS as PURCHASE_COLUMNS, purchase_from_row};
use crate::{LadderMoveEntry, Result, Store};

/// A card the shop sent a customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardSent {
    pub run_id: i64,
    /// `monthly`, `birthday` or `anniversary`.
    pub kind: String,
    /// What it was for: `monthly:2026-03`, `birthday:2026`.
    pub occasion: String,
    pub design: String,
    pub offer_percent: Option<i64>,
    pub offer_code: Option<String>,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineEntry {
    Purchase(Purchase),
    Interaction(Interaction),
    Consent(ConsentEvent),
    Card(CardSent),
    /// A move on the loyalty ladder, dated at the end of the month it was counted at.
    LadderMove(LadderMoveEntry),
    /// A complaint, return or service request resolved, dated when it was (`resolved_at`).
    Resolved(Interaction),
    /// A line of the points ledger: earned, spent, expired, taken back, adjusted.
    Points(crate::PointsEntry),
    /// No card this time: the customer was in the run's hold-out (its comparison group).
    HeldOut(HeldOut),
}

/// A run the customer was held out of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldOut {
    pub run_id: i64,
    /// `monthly:2026-03`.
    pub occasion: String,
    pub at: NaiveDateTime,
}

impl TimelineEntry {
    pub fn at(&self) -> NaiveDateTime {
        match self {
            TimelineEntry::Purchase(p) => p.draft.at,
            TimelineEntry::Interaction(i) => i.draft.at,
            TimelineEntry::Consent(c) => c.at,
            TimelineEntry::Card(c) => c.at,
            TimelineEntry::LadderMove(m) => m.month_end.and_hms_opt(23, 59, 59).unwrap_or_default(),
            TimelineEntry::Resolved(i) => i.resolved_at.unwrap_or(i.draft.at),
            TimelineEntry::Points(e) => e.at,
            TimelineEntry::HeldOut(h) => h.at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TimelinePage {
    /// Newest first.
    pub entries: Vec<TimelineEntry>,
    /// Entries in the whole timeline, for the pager.
    pub total: i64,
}

/// The events of one customer as (at, kind, id) rows; kinds sort purchases before the rest at
/// one moment.
const EVENTS: &str = "
    SELECT at, 0 AS kind, id FROM purchases WHERE customer_id = ?1
    UNION ALL
    SELECT at, 1, id FROM interactions i WHERE customer_id = ?1
        AND NOT (kind = 'card_sent' AND EXISTS (SELECT 1 FROM card_run_recipients r WHERE r.interaction_id = i.id))
    UNION ALL
    SELECT at, 2, id FROM consent_events WHERE customer_id = ?1
    UNION ALL
    SELECT cr.created_at, 3, r.run_id FROM card_run_recipients r JOIN card_runs cr ON cr.id = r.run_id WHERE r.customer_id = ?1
    UNION ALL
    SELECT month_end || 'T23:59:59', 4, 0 FROM ladder_moves WHERE customer_id = ?1
    UNION ALL
    SELECT resolved_at, 5, id FROM interactions WHERE customer_id = ?1 AND resolved_at IS NOT NULL
        AND kind IN ('complaint', 'return', 'service_request')
    UNION ALL
    SELECT at, 6, id FROM points_entries WHERE customer_id = ?1
    UNION ALL
    SELECT cr.created_at, 7, h.run_id FROM card_run_holdouts h JOIN card_runs cr ON cr.id = h.run_id WHERE h.customer_id = ?1";

impl Store {
    /// One page of a customer's timeline, newest first.
    pub fn timeline(&self, customer: CustomerId, limit: u32, offset: u32) -> Result<TimelinePage> {
        let conn = self.conn();
        ensure_customer(conn, customer)?;
        let total: i64 = conn.prepare_cached(&format!("SELECT count(*) FROM ({EVENTS})"))?.query_row([customer.0], |r| r.get(0))?;
        let mut stmt =
            conn.prepare_cached(&format!("SELECT at, kind, id FROM ({EVENTS}) ORDER BY at DESC, kind, id DESC LIMIT ?2 OFFSET ?3"))?;
        let keys: Vec<(String, i64, i64)> = stmt
            .query_map(params![customer.0, limit, offset], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut entries = Vec::with_capacity(keys.len());
        for (at, kind, id) in keys {
            entries.push(match kind {
                0 => TimelineEntry::Purchase(
                    conn.prepare_cached(&format!("SELECT {PURCHASE_COLUMNS} FROM purchases WHERE id = ?1"))?.query_row([id], purchase_from_row)?,
                ),
                1 => TimelineEntry::Interaction(
                    conn.prepare_cached(&format!("SELECT {INTERACTION_COLUMNS} FROM interactions WHERE id = ?1"))?
                        .query_row([id], interaction_from_row)?,
                ),
                2 => TimelineEntry::Consent(
                    conn.prepare_cached("SELECT channel, granted, at, source FROM consent_events WHERE id = ?1")?.query_row([id], |r| {
                        Ok(ConsentEvent {
                            channel: code(&r.get::<_, String>(0)?, Channel::parse).map_err(sql_err)?,
                            granted: r.get(1)?,
                            at: r.get::<_, Dt>(2)?.0,
                            source: r.get(3)?,
                        })
                    })?,
                ),
                3 => TimelineEntry::Card(card(conn, customer, id)?),
                5 => TimelineEntry::Resolved(
                    conn.prepare_cached(&format!("SELECT {INTERACTION_COLUMNS} FROM interactions WHERE id = ?1"))?
                        .query_row([id], interaction_from_row)?,
                ),
                6 => TimelineEntry::Points(crate::points::entry(conn, id)?),
                7 => TimelineEntry::HeldOut(
                    conn.prepare_cached(
                        "SELECT h.run_id, h.occasion, cr.created_at FROM card_run_holdouts h JOIN card_runs cr ON cr.id = h.run_id
                         WHERE h.customer_id = ?1 AND h.run_id = ?2",
                    )?
                    .query_row(params![customer.0, id], |r| Ok(HeldOut { run_id: r.get(0)?, occasion: r.get(1)?, at: r.get::<_, Dt>(2)?.0 }))?,
                ),
                // Ladder moves are keyed by their month (`at` is the month end at 23:59:59).
                _ => match crate::ladder_moves::move_at(conn, customer, at.get(..10).unwrap_or(""))? {
                    Some(m) => TimelineEntry::LadderMove(m),
                    None => continue,
                },
            });
        }
        Ok(TimelinePage { entries, total })
    }
}

const CARD: &str = "SELECT r.run_id, cr.kind, r.occasion, r.design, r.offer_percent, r.offer_code, cr.created_at
     FROM card_run_recipients r JOIN card_runs cr ON cr.id = r.run_id";

fn card_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CardSent> {
    Ok(CardSent {
        run_id: r.get(0)?,
        kind: r.get(1)?,
        occasion: r.get(2)?,
        design: r.get(3)?,
        offer_percent: r.get(4)?,
        offer_code: r.get(5)?,
        at: r.get::<_, Dt>(6)?.0,
    })
}

fn card(conn: &Connection, customer: CustomerId, run: i64) -> Result<CardSent> {
    Ok(conn.prepare_cached(&format!("{CARD} WHERE r.customer_id = ?1 AND r.run_id = ?2"))?.query_row(params![customer.0, run], card_from_row)?)
}

/// Every card sent to a customer, newest first.
pub(crate) fn cards_of(conn: &Connection, customer: CustomerId) -> Result<Vec<CardSent>> {
    let mut stmt = conn.prepare_cached(&format!("{CARD} WHERE r.customer_id = ?1 ORDER BY cr.created_at DESC, r.run_id DESC"))?;
    let rows = stmt.query_map([customer.0], card_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use fidele_domain::{CustomerDraft, InteractionDraft, InteractionKind, InteractionStatus, PurchaseDraft};

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn every_kind_in_date_order_newest_first_and_paged() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Martin".into(), ..CustomerDraft::default() }, &[], "").unwrap();
        let other = store.add_customer(CustomerDraft { last_name: "Roux".into(), ..CustomerDraft::default() }, &[], "").unwrap();
        let interaction = store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::Call,
                status: InteractionStatus::Resolved,
                at: at(5, 9),
                summary: "A appelé pour une commande".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        let card_note = store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::CardSent,
                status: InteractionStatus::Resolved,
                at: at(3, 9),
                summary: "Carte de mars".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        let mut purchases = Vec::new();
        for (day, minor) in [(1, 1000), (4, 2000), (7, 3000)] {
            let draft = crate::test_support::sale(c, at(day, 12), minor);
            purchases.push(store.add_purchase(draft.clone()).unwrap());
            store.add_purchase(PurchaseDraft { customer: Some(other), ..draft }).unwrap();
        }
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO card_runs (id, kind, period, design, layout, households, created_at)
                     VALUES (7, 'monthly', '2025-03', 'month-03', 'single', 0, '2025-03-03T09:00:00')",
                    [],
                )?;
                tx.execute(
                    "INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, offer_percent, offer_code, interaction_id)
                     VALUES (7, ?1, ?1, 'monthly:2025-03', 'month-03', 10, 'MAR-XYZ', ?2)",
                    params![c.0, card_note],
                )?;
                tx.execute(
                    "INSERT INTO consent_events (customer_id, channel, granted, at, source) VALUES (?1, 'email', 1, '2025-03-06T10:00:00', 'shop')",
                    [c.0],
                )?;
                Ok(())
            })
            .unwrap();

        let page = store.timeline(c, 3, 0).unwrap();
        assert_eq!(page.total, 6, "3 purchases, 1 call, 1 consent, 1 card (its interaction not twice)");
        let kinds = |entries: &[TimelineEntry]| {
            entries
                .iter()
                .map(|e| match e {
                    TimelineEntry::Purchase(p) => format!("purchase {}", p.id),
                    TimelineEntry::Interaction(i) => format!("interaction {}", i.id),
                    TimelineEntry::Consent(c) => format!("consent {}", c.channel.code()),
                    TimelineEntry::Card(c) => format!("card {}", c.offer_code.clone().unwrap_or_default()),
                    TimelineEntry::LadderMove(m) => format!("ladder {}", m.to.code()),
                    TimelineEntry::Resolved(i) => format!("resolved {}", i.id),
                    TimelineEntry::Points(e) => format!("points {}", e.points),
                    TimelineEntry::HeldOut(h) => format!("held out {}", h.occasion),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&page.entries), [format!("purchase {}", purchases[2]), "consent email".into(), format!("interaction {interaction}")]);
        let rest = store.timeline(c, 10, 3).unwrap();
        assert_eq!(kinds(&rest.entries), [format!("purchase {}", purchases[1]), "card MAR-XYZ".into(), format!("purchase {}", purchases[0])]);
        let all: Vec<NaiveDateTime> = page.entries.iter().chain(&rest.entries).map(TimelineEntry::at).collect();
        assert!(all.windows(2).all(|w| w[0] >= w[1]));
        assert!(store.timeline(c, 10, 6).unwrap().entries.is_empty());
        assert!(matches!(store.timeline(CustomerId(404), 10, 0), Err(crate::Error::NotFound { .. })));

        // A complaint resolved later shows when it was opened and when it was resolved, with how.
        let complaint = store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at: at(8, 9),
                summary: "Livre abîmé".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        store.resolve_interaction(complaint, "Exemplaire échangé").unwrap();
        let page = store.timeline(c, 2, 0).unwrap();
        assert_eq!(page.total, 8);
        assert_eq!(kinds(&page.entries), [format!("resolved {complaint}"), format!("interaction {complaint}")]);
        let TimelineEntry::Resolved(resolved) = &page.entries[0] else { unreachable!() };
        assert_eq!(resolved.draft.resolution, "Exemplaire échangé");
        assert!(resolved.resolved_at.is_some_and(|when| when > at(8, 9)));
    }
}
