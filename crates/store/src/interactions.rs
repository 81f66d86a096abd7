//! Complaints, returns, calls and the rest: recorded, followed up, resolved.

use chrono::NaiveDateTime;
use fidele_domain::{CustomerId, Interaction, InteractionDraft, InteractionKind, InteractionStatus, Invalid};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::codec::{self, Day, Dt, code, date, dt, sql_err};
use crate::customers::ensure_live_customer;
use crate::{Error, Result, Store};

pub(crate) const COLUMNS: &str = "id, customer_id, kind, status, at, summary, details, due_date, resolution, resolved_at";

impl Store {
    pub fn add_interaction(&mut self, draft: InteractionDraft) -> Result<i64> {
        draft.validate()?;
        self.write(|tx| {
            // An erased customer's record takes no new words (see erase.rs).
            ensure_live_customer(tx, draft.customer)?;
            insert_interaction_in(tx, &draft, codec::now())
        })
    }

    /// Marks an interaction resolved with what was done about it.
    pub fn resolve_interaction(&mut self, id: i64, resolution: &str) -> Result<()> {
        let resolution = resolution.trim();
        if resolution.is_empty() {
            return Err(Invalid::one(fidele_domain::FieldError::new("resolution", fidele_domain::ErrorCode::NoResolution)).into());
        }
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE interactions SET status = 'resolved', resolution = ?2, resolved_at = ?3 WHERE id = ?1",
                params![id, resolution, dt(codec::now())],
            )?;
            if changed == 0 { Err(Error::NotFound { what: "interaction", id }) } else { Ok(()) }
        })
    }

    pub fn set_interaction_status(&mut self, id: i64, status: InteractionStatus) -> Result<()> {
        self.write(|tx| {
            let resolved_at = (status == InteractionStatus::Resolved).then(|| dt(codec::now()));
            let changed = tx.execute(
                "UPDATE interactions SET status = ?2, resolved_at = ?3 WHERE id = ?1",
                params![id, status.code(), resolved_at],
            )?;
            if changed == 0 { Err(Error::NotFound { what: "interaction", id }) } else { Ok(()) }
        })
    }

    pub fn interaction(&self, id: i64) -> Result<Interaction> {
        self.conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM interactions WHERE id = ?1"))?
            .query_row([id], interaction_from_row)
            .optional()?
            .ok_or(Error::NotFound { what: "interaction", id })
    }

    /// A customer's interactions, newest first.
    pub fn interactions_of(&self, customer: CustomerId) -> Result<Vec<Interaction>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM interactions WHERE customer_id = ?1 ORDER BY at DESC, id DESC"))?;
        let rows = stmt.query_map([customer.0], interaction_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Interactions not yet resolved, oldest first; only the given kind when one is given.
    pub fn open_interactions(&self, kind: Option<InteractionKind>) -> Result<Vec<Interaction>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM interactions WHERE status <> 'resolved' AND (?1 IS NULL OR kind = ?1) ORDER BY at, id"
        ))?;
        let rows = stmt.query_map([kind.map(InteractionKind::code)], interaction_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

pub(crate) fn insert_interaction_in(conn: &Connection, d: &InteractionDraft, created: NaiveDateTime) -> Result<i64> {
    let resolved_at = (d.status == InteractionStatus::Resolved).then(|| dt(d.at));
    conn.prepare_cached(
        "INSERT INTO interactions (customer_id, kind, status, at, summary, details, due_date, resolution, resolved_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        d.customer.0,
        d.kind.code(),
        d.status.code(),
        dt(d.at),
        d.summary.trim(),
        d.details.trim(),
        d.due.map(date),
        d.resolution.trim(),
        resolved_at,
        dt(created),
    ])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn interaction_from_row(r: &Row<'_>) -> rusqlite::Result<Interaction> {
    Ok(Interaction {
        id: r.get(0)?,
        draft: InteractionDraft {
            customer: CustomerId(r.get(1)?),
            kind: code(&r.get::<_, String>(2)?, InteractionKind::parse).map_err(sql_err)?,
            status: code(&r.get::<_, String>(3)?, InteractionStatus::parse).map_err(sql_err)?,
            at: r.get::<_, Dt>(4)?.0,
            summary: r.get(5)?,
            details: r.get(6)?,
            due: r.get::<_, Option<Day>>(7)?.map(|d| d.0),
            resolution: r.get(8)?,
        },
        resolved_at: r.get::<_, Option<Dt>>(9)?.map(|d| d.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use fidele_domain::CustomerDraft;

    #[test]
    fn complaint_lifecycle() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { last_name: "Janssens".into(), ..Default::default() }, &[], "").unwrap();
        let at = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap().and_hms_opt(15, 0, 0).unwrap();
        let id = store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at,
                summary: "Vélo livré sans sonnette".into(),
                details: String::new(),
                due: NaiveDate::from_ymd_opt(2025, 6, 9),
                resolution: String::new(),
            })
            .unwrap();
        assert_eq!(store.open_interactions(Some(InteractionKind::Complaint)).unwrap().len(), 1);
        assert!(store.resolve_interaction(id, " ").is_err());
        store.resolve_interaction(id, "Sonnette offerte").unwrap();
        let done = store.interaction(id).unwrap();
        assert_eq!(done.draft.status, InteractionStatus::Resolved);
        assert_eq!(done.draft.resolution, "Sonnette offerte");
        assert!(done.resolved_at.is_some());
        assert!(store.open_interactions(None).unwrap().is_empty());
        assert!(matches!(store.resolve_interaction(999, "x"), Err(Error::NotFound { .. })));
    }
}
