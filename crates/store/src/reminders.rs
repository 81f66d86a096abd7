//! Reminders: things to do for a customer on a day, once or repeating.

use chrono::NaiveDate;
use fidele_domain::{CustomerId, Invalid, Reminder, ReminderDraft, Repeat};
use rusqlite::{OptionalExtension, Row, params};

use crate::codec::{self, Day, Dt, date, dt};
use crate::customers::ensure_live_customer;
use crate::{Error, Result, Store};

const COLUMNS: &str = "id, customer_id, title, due_date, repeat_every, repeat_unit, done_at, snoozed_until";

impl Store {
    pub fn add_reminder(&mut self, draft: ReminderDraft) -> Result<i64> {
        if draft.title.trim().is_empty() {
            return Err(Invalid::one(fidele_domain::FieldError::new("title", fidele_domain::ErrorCode::NoTitle)).into());
        }
        if matches!(draft.repeat, Some(Repeat::Days(0) | Repeat::Months(0))) {
            return Err(Invalid::one(fidele_domain::FieldError::new("repeat", fidele_domain::ErrorCode::RepeatAtLeastOne)).into());
        }
        self.write(|tx| {
            if let Some(c) = draft.customer {
                // An erased customer's record takes no new words (see erase.rs).
                ensure_live_customer(tx, c)?;
            }
            let (every, unit) = match draft.repeat {
                Some(Repeat::Days(n)) => (Some(n), Some("day")),
                Some(Repeat::Months(n)) => (Some(n), Some("month")),
                None => (None, None),
            };
            tx.execute(
                "INSERT INTO reminders (customer_id, title, due_date, repeat_every, repeat_unit, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![draft.customer.map(|c| c.0), draft.title.trim(), date(draft.due), every, unit, dt(codec::now())],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Marks a reminder done. A repeating one comes back: its next occurrence is added.
    pub fn complete_reminder(&mut self, id: i64) -> Result<()> {
        let reminder = self.reminder(id)?;
        self.write(|tx| {
            tx.execute("UPDATE reminders SET done_at = ?2 WHERE id = ?1", params![id, dt(codec::now())])?;
            if let Some(repeat) = reminder.draft.repeat {
                tx.execute(
                    "INSERT INTO reminders (customer_id, title, due_date, repeat_every, repeat_unit, created_at)
                     SELECT customer_id, title, ?2, repeat_every, repeat_unit, ?3 FROM reminders WHERE id = ?1",
                    params![id, date(repeat.after(reminder.draft.due)), dt(codec::now())],
                )?;
            }
            Ok(())
        })
    }

    pub fn snooze_reminder(&mut self, id: i64, until: NaiveDate) -> Result<()> {
        self.reminder(id)?;
        self.write(|tx| {
            tx.execute("UPDATE reminders SET snoozed_until = ?2 WHERE id = ?1", params![id, date(until)])?;
            Ok(())
        })
    }

    pub fn reminder(&self, id: i64) -> Result<Reminder> {
        self.conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM reminders WHERE id = ?1"))?
            .query_row([id], reminder_from_row)
            .optional()?
            .ok_or(Error::NotFound { what: "reminder", id })
    }

    /// Reminders not done whose day (or snooze) has come by `until`, earliest first.
    pub fn due_reminders(&self, until: NaiveDate) -> Result<Vec<Reminder>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM reminders WHERE done_at IS NULL AND coalesce(snoozed_until, due_date) <= ?1
             ORDER BY coalesce(snoozed_until, due_date), id"
        ))?;
        let rows = stmt.query_map([date(until)], reminder_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

fn reminder_from_row(r: &Row<'_>) -> rusqlite::Result<Reminder> {
    let every: Option<u32> = r.get(4)?;
    let unit: Option<String> = r.get(5)?;
    let repeat = match (every, unit.as_deref()) {
        (Some(n), Some("day")) => Some(Repeat::Days(n)),
        (Some(n), Some("month")) => Some(Repeat::Months(n)),
        _ => None,
    };
    Ok(Reminder {
        id: r.get(0)?,
        draft: ReminderDraft {
            customer: r.get::<_, Option<i64>>(1)?.map(CustomerId),
            title: r.get(2)?,
            due: r.get::<_, Day>(3)?.0,
            repeat,
        },
        done_at: r.get::<_, Option<Dt>>(6)?.map(|d| d.0),
        snoozed_until: r.get::<_, Option<Day>>(7)?.map(|d| d.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    #[test]
    fn repeating_reminder_comes_back_and_snooze_hides() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .add_reminder(ReminderDraft { customer: None, title: "Commander les agendas".into(), due: day(1, 31), repeat: Some(Repeat::Months(1)) })
            .unwrap();
        assert_eq!(store.due_reminders(day(1, 31)).unwrap().len(), 1);
        store.complete_reminder(id).unwrap();
        let due = store.due_reminders(day(3, 1)).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].draft.due, day(2, 28));
        store.snooze_reminder(due[0].id, day(3, 5)).unwrap();
        assert!(store.due_reminders(day(3, 1)).unwrap().is_empty());
        assert_eq!(store.due_reminders(day(3, 5)).unwrap().len(), 1);
    }

    #[test]
    fn empty_title_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store.add_reminder(ReminderDraft { customer: None, title: " ".into(), due: day(1, 1), repeat: None }).unwrap_err();
        assert!(err.to_string().starts_with("title:"), "{err}");
    }
}
