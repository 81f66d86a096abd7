//! Moves on the loyalty ladder, recorded month by month for each customer's timeline.
//!
//! The analysis computes who moved at each month end from the purchases; the store keeps
//! those moves once a month is over, so that what the shopkeeper saw stays in the history even
//! when purchases are corrected or the thresholds change later. A stage set by hand is
//! recorded when it is set.

use chrono::{Datelike, NaiveDate};
use fidele_analytics::{MonthMove, Stage};
use fidele_domain::CustomerId;
use rusqlite::{Connection, OptionalExtension, params};

use crate::codec::{self, code, sql_err};
use crate::{Result, Store};

/// The last month end whose moves are recorded, in the settings table.
const RECORDED_THROUGH: &str = "ladder.moves_recorded_through";

/// One recorded move, as a customer's timeline shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LadderMoveEntry {
    /// The month end the move was counted at (for a stage set by hand: the end of the month it
    /// was set in).
    pub month_end: NaiveDate,
    /// `None` when the customer entered the ladder that month.
    pub from: Option<Stage>,
    pub to: Stage,
    pub manual: bool,
}

impl Store {
    /// Records the moves of the month ends not recorded yet; returns how many were written.
    /// Writes nothing when every month in `moves` is already recorded, so calling it after each
    /// analysis costs one read.
    pub fn record_ladder_moves(&mut self, moves: &[MonthMove]) -> Result<usize> {
        let through = self.setting(RECORDED_THROUGH)?.and_then(|d| NaiveDate::parse_from_str(&d, codec::DATE).ok());
        let Some(latest) = moves.iter().map(|m| m.month_end).max() else { return Ok(0) };
        if through.is_some_and(|t| t >= latest) {
            return Ok(0);
        }
        self.write(|tx| {
            // A stage set by hand in that month was recorded when it was set, and wins.
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO ladder_moves (customer_id, month_end, from_stage, to_stage, manual) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut written = 0;
            for m in moves.iter().filter(|m| through.is_none_or(|t| m.month_end > t)) {
                let c = m.change;
                written += insert.execute(params![c.customer.0, codec::date(m.month_end), c.from.map(Stage::code), c.to.code(), c.manual])?;
            }
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![RECORDED_THROUGH, codec::date(latest)],
            )?;
            Ok(written)
        })
    }

    /// A customer's recorded moves, newest first.
    pub fn ladder_moves_of(&self, customer: CustomerId) -> Result<Vec<LadderMoveEntry>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT month_end, from_stage, to_stage, manual FROM ladder_moves WHERE customer_id = ?1 ORDER BY month_end DESC",
        )?;
        let rows = stmt.query_map([customer.0], move_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

/// Records a stage set by hand at the end of the month of `today`, replacing what the month
/// had for that customer.
pub(crate) fn record_manual(conn: &Connection, customer: CustomerId, from: Option<Stage>, to: Stage, today: NaiveDate) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO ladder_moves (customer_id, month_end, from_stage, to_stage, manual) VALUES (?1, ?2, ?3, ?4, 1)
         ON CONFLICT (customer_id, month_end) DO UPDATE SET from_stage = coalesce(ladder_moves.from_stage, excluded.from_stage),
             to_stage = excluded.to_stage, manual = 1",
    )?
    .execute(params![customer.0, codec::date(month_end(today)), from.map(Stage::code), to.code()])?;
    Ok(())
}

/// The month's last day.
pub(crate) fn month_end(day: NaiveDate) -> NaiveDate {
    let next = if day.month() == 12 { NaiveDate::from_ymd_opt(day.year() + 1, 1, 1) } else { day.with_day(1).and_then(|d| d.with_month(day.month() + 1)) };
    next.and_then(|d| d.pred_opt()).unwrap_or(day)
}

pub(crate) fn move_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LadderMoveEntry> {
    let month_end: String = r.get(0)?;
    Ok(LadderMoveEntry {
        month_end: NaiveDate::parse_from_str(&month_end, codec::DATE)
            .map_err(|e| sql_err(rusqlite::types::FromSqlError::Other(Box::new(e))))?,
        from: match r.get_ref(1)?.as_str_or_null().map_err(sql_err)? {
            Some(s) => Some(code(s, Stage::parse).map_err(sql_err)?),
            None => None,
        },
        to: code(&r.get::<_, String>(2)?, Stage::parse).map_err(sql_err)?,
        manual: r.get(3)?,
    })
}

/// Looks up one recorded move.
pub(crate) fn move_at(conn: &Connection, customer: CustomerId, month_end: &str) -> Result<Option<LadderMoveEntry>> {
    Ok(conn
        .prepare_cached("SELECT month_end, from_stage, to_stage, manual FROM ladder_moves WHERE customer_id = ?1 AND month_end = ?2")?
        .query_row(params![customer.0, month_end], move_from_row)
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ends() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(month_end(d(2024, 2, 10)), d(2024, 2, 29));
        assert_eq!(month_end(d(2026, 12, 31)), d(2026, 12, 31));
        assert_eq!(month_end(d(2026, 11, 1)), d(2026, 11, 30));
    }
}

#[cfg(test)]
mod store_tests {
    use chrono::NaiveDateTime;
    use fidele_domain::CustomerDraft;

    use super::*;
    use crate::TimelineEntry;

    fn buy(store: &mut Store, customer: CustomerId, at: NaiveDateTime) {
        store.add_purchase(crate::test_support::sale(customer, at, 2_000)).unwrap();
    }

    fn analysis(store: &Store, as_of: NaiveDate) -> fidele_analytics::Analysis {
        fidele_analytics::analyze(&store.analysis_input(as_of, store.analysis_settings().unwrap()).unwrap())
    }

    #[test]
    fn month_end_moves_are_recorded_once_and_shown_in_the_timeline() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(CustomerDraft { last_name: "Janssens".into(), ..Default::default() }, &[], "").unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        // Recorded today, so it exists at every month end before: bought in March, again in May.
        store.write(|tx| Ok(tx.execute("UPDATE customers SET created_at = '2025-01-01T09:00:00'", [])?)).unwrap();
        buy(&mut store, id, d(3, 10).and_hms_opt(10, 0, 0).unwrap());
        buy(&mut store, id, d(5, 2).and_hms_opt(10, 0, 0).unwrap());

        let june = analysis(&store, d(6, 15));
        assert_eq!(store.record_ladder_moves(&june.ladder_moves).unwrap(), 2);
        let moves = store.ladder_moves_of(id).unwrap();
        assert_eq!(moves.len(), 2);
        assert_eq!((moves[0].month_end, moves[0].from, moves[0].to), (d(5, 31), Some(Stage::Customer), Stage::Client));
        assert_eq!((moves[1].month_end, moves[1].from, moves[1].to), (d(3, 31), Some(Stage::Prospect), Stage::Customer));
        // Again in the same month: nothing is written, the file is not even touched.
        let before = store.change_count();
        assert_eq!(store.record_ladder_moves(&analysis(&store, d(6, 20)).ladder_moves).unwrap(), 0);
        assert_eq!(store.change_count(), before);

        // The timeline shows the moves among the purchases, at their month ends.
        let page = store.timeline(id, 10, 0).unwrap();
        let kinds: Vec<&str> = page
            .entries
            .iter()
            .map(|e| match e {
                TimelineEntry::Purchase(_) => "purchase",
                TimelineEntry::LadderMove(_) => "ladder",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["ladder", "purchase", "ladder", "purchase"]);
        assert_eq!(page.total, 4);

        // A stage set by hand is recorded at once, from the last recorded stage.
        store.set_manual_stage(id, Some(Stage::Partner)).unwrap();
        let latest = store.ladder_moves_of(id).unwrap()[0];
        assert_eq!((latest.from, latest.to, latest.manual), (Some(Stage::Client), Stage::Partner, true));
        // A later month-end recording keeps it.
        let later = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        store.record_ladder_moves(&analysis(&store, later).ladder_moves).unwrap();
        assert!(store.ladder_moves_of(id).unwrap().iter().any(|m| m.manual && m.to == Stage::Partner));
    }

    #[test]
    fn a_merge_keeps_both_ladder_histories() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store.add_customer(CustomerDraft { last_name: "Aerts".into(), ..Default::default() }, &[], "").unwrap();
        let b = store.add_customer(CustomerDraft { last_name: "Aerts".into(), ..Default::default() }, &[], "").unwrap();
        store.set_manual_stage(b, Some(Stage::Partner)).unwrap();
        store.merge_customers(a, b).unwrap();
        assert_eq!(store.ladder_moves_of(a).unwrap().len(), 1);
    }
}
