//! Taking back a merge or a deleted purchase, for a while.
//!
//! The act that destroys saves, in the same transaction, every row it is about to change or
//! remove as it was (`undo_rows`, one JSON object of the row's columns each) under one
//! `undo_acts` row. Undoing puts those rows back and forgets the act. An act can be undone
//! for [`UNDO_MINUTES`] minutes; expired acts are purged by the next act or undo, and erasing
//! a customer purges every act that involves them (the saved rows hold their details, which
//! the law wants gone). Archiving needs no saved rows: unarchiving takes it back at any time.

use chrono::{Duration, NaiveDateTime};
use fidele_domain::{CustomerId, Invalid};
use rusqlite::{OptionalExtension, Transaction, params};

use crate::codec::{self, Dt, dt};
use crate::customers::read_customer;
use crate::totals::{self, Touched};
use crate::{Result, Store, search};

/// How long a merge or a deleted purchase can be taken back.
pub const UNDO_MINUTES: i64 = 15;

/// A destructive act that can be taken back until `expires_at` (the shop's local time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UndoTicket {
    pub id: i64,
    pub expires_at: NaiveDateTime,
}

/// What an undo gave back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undone {
    /// Both customers, as they were before the merge.
    Merge {
        kept: CustomerId,
        other: CustomerId,
    },
    DeletedPurchase {
        purchase: i64,
        customer: Option<CustomerId>,
    },
}

#[derive(Clone, Copy)]
pub(crate) enum UndoKind {
    Merge,
    DeletePurchase,
}

impl UndoKind {
    fn code(self) -> &'static str {
        match self {
            UndoKind::Merge => "merge",
            UndoKind::DeletePurchase => "delete_purchase",
        }
    }
}

/// Starts an undoable act: purges the expired ones, records this one. `at` is also the
/// merge's `updated_at`, which tells whether the kept customer was changed since.
pub(crate) fn begin(tx: &Transaction<'_>, kind: UndoKind, customer: Option<i64>, other: Option<i64>, at: NaiveDateTime) -> Result<UndoTicket> {
    purge_expired(tx, at)?;
    let expires_at = at + Duration::minutes(UNDO_MINUTES);
    tx.execute(
        "INSERT INTO undo_acts (kind, customer_id, other_id, done_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![kind.code(), customer, other, dt(at), dt(expires_at)],
    )?;
    Ok(UndoTicket { id: tx.last_insert_rowid(), expires_at })
}

fn purge_expired(tx: &Transaction<'_>, now: NaiveDateTime) -> Result<()> {
    tx.execute("DELETE FROM undo_acts WHERE expires_at <= ?1", [dt(now)])?;
    Ok(())
}

/// Forgets every act that involves this customer (before their erasure).
pub(crate) fn forget_customer(tx: &Transaction<'_>, customer: i64) -> Result<()> {
    tx.execute("DELETE FROM undo_acts WHERE customer_id = ?1 OR other_id = ?1", [customer])?;
    Ok(())
}

/// The table's columns, from the schema itself so that a later migration's column is saved
/// too; `rowid` first for the tables whose key is not an INTEGER PRIMARY KEY.
fn columns(tx: &Transaction<'_>, table: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT name, pk, type FROM pragma_table_info(?1) ORDER BY cid")?;
    let cols: Vec<(String, i64, String)> = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    let has_integer_key = cols.iter().filter(|c| c.1 > 0).count() == 1 && cols.iter().any(|c| c.1 == 1 && c.2 == "INTEGER");
    let without_rowid: bool = tx.query_row("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?1", [table], |r| r.get(0))?;
    let mut names: Vec<String> = cols.into_iter().map(|c| c.0).collect();
    if !has_integer_key && !without_rowid {
        names.insert(0, "rowid".into());
    }
    Ok(names)
}

/// Saves the rows of `table` that `filter` (an SQL condition over `?1`, `?2`) selects.
pub(crate) fn save(tx: &Transaction<'_>, act: i64, table: &str, filter: &str, args: impl rusqlite::Params) -> Result<usize> {
    let cols = columns(tx, table)?;
    let object = cols.iter().map(|c| format!("'{c}', {c}")).collect::<Vec<_>>().join(", ");
    let sql = format!("INSERT INTO undo_rows (act_id, tbl, data) SELECT {act}, '{table}', json_object({object}) FROM {table} WHERE {filter}");
    Ok(tx.execute(&sql, args)?)
}

/// Inserts back the saved rows of `table` (those `filter` selects over `data`).
/// A customer's purchase totals are not put back: the caller recomputes them.
fn insert_back(tx: &Transaction<'_>, act: i64, table: &str, filter: &str) -> Result<usize> {
    let cols: Vec<String> = columns(tx, table)?.into_iter().filter(|c| table != "customers" || !totals::DERIVED_COLUMNS.contains(&c.as_str())).collect();
    let values = cols.iter().map(|c| format!("data ->> '{c}'")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "INSERT INTO {table} ({}) SELECT {values} FROM undo_rows WHERE act_id = ?1 AND tbl = '{table}' AND ({filter}) ORDER BY rowid",
        cols.join(", ")
    );
    Ok(tx.execute(&sql, [act])?)
}

/// The ids (or rowids) of the saved rows of `table`, as an SQL subquery over `?1` = the act.
fn saved_ids(table: &str, key: &str) -> String {
    format!("(SELECT data ->> '{key}' FROM undo_rows WHERE act_id = ?1 AND tbl = '{table}')")
}

fn too_late() -> crate::Error {
    Invalid::one(fidele_domain::FieldError::new("undo", fidele_domain::ErrorCode::UndoExpired).with("minutes", UNDO_MINUTES)).into()
}

impl Store {
    /// Takes back a merge or a deleted purchase (see the module documentation).
    pub fn undo(&mut self, act: i64) -> Result<Undone> {
        self.undo_in(act, None)
    }

    /// Takes back as [`Store::undo`] does; a refund put back also brings its sale's other
    /// refunds to what they now take back under `rules`.
    pub fn undo_with_points(&mut self, act: i64, rules: &fidele_domain::LoyaltyRules) -> Result<Undone> {
        self.undo_in(act, Some(rules))
    }

    fn undo_in(&mut self, act: i64, rules: Option<&fidele_domain::LoyaltyRules>) -> Result<Undone> {
        let now = codec::now();
        // Purged in its own transaction: a refused undo must not keep the expired rows.
        self.write(|tx| purge_expired(tx, now))?;
        self.write(|tx| {
            let found = tx
                .query_row("SELECT kind, customer_id, other_id, done_at, expires_at FROM undo_acts WHERE id = ?1", [act], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, Option<i64>>(2)?, r.get::<_, Dt>(3)?.0, r.get::<_, Dt>(4)?.0))
                })
                .optional()?;
            let Some((kind, customer, other, done_at, expires_at)) = found else { return Err(too_late()) };
            if expires_at <= now {
                return Err(too_late());
            }
            let undone = match (kind.as_str(), customer, other) {
                ("merge", Some(k), Some(o)) => undo_merge(tx, act, k, o, done_at)?,
                ("delete_purchase", _, _) => undo_delete_purchase(tx, act, customer, rules)?,
                _ => return Err(too_late()),
            };
            tx.execute("DELETE FROM undo_acts WHERE id = ?1", [act])?;
            Ok(undone)
        })
    }
}

fn undo_merge(tx: &Transaction<'_>, act: i64, k: i64, o: i64, merged_at: NaiveDateTime) -> Result<Undone> {
    let updated: Option<Dt> = tx.query_row("SELECT updated_at FROM customers WHERE id = ?1", [k], |r| r.get(0)).optional()?;
    match updated {
        None => return Err(too_late()),
        Some(Dt(at)) if at != merged_at => {
            return Err(Invalid::one(fidele_domain::FieldError::new("undo", fidele_domain::ErrorCode::UndoChangedSince)).into());
        }
        Some(_) => {}
    }
    if tx.query_row("SELECT count(*) FROM customers WHERE id = ?1", [o], |r| r.get::<_, i64>(0))? > 0 {
        return Err(Invalid::one(fidele_domain::FieldError::new("undo", fidele_domain::ErrorCode::UndoCustomerNumberTaken).with("id", o)).into());
    }
    // The kept row first: it gives the till's reference back, which the other row may need.
    let cols: Vec<String> = columns(tx, "customers")?.into_iter().filter(|c| c != "id").collect();
    let cols: Vec<String> = cols.into_iter().filter(|c| !totals::DERIVED_COLUMNS.contains(&c.as_str())).collect();
    tx.execute(
        &format!(
            "UPDATE customers SET ({}) = (SELECT {} FROM undo_rows WHERE act_id = ?1 AND tbl = 'customers' AND data ->> 'id' = ?2) WHERE id = ?2",
            cols.join(", "),
            cols.iter().map(|c| format!("data ->> '{c}'")).collect::<Vec<_>>().join(", ")
        ),
        params![act, k],
    )?;
    insert_back(tx, act, "customers", &format!("data ->> 'id' = {o}"))?;
    for table in ["customer_emails", "customer_phones", "customer_tags", "ladder_moves", "member_numbers"] {
        tx.execute(&format!("DELETE FROM {table} WHERE customer_id = ?1"), [k])?;
        insert_back(tx, act, table, "1")?;
    }
    for table in ["purchases", "interactions", "consent_events", "reminders", "points_entries", "offer_redemptions"] {
        tx.execute(&format!("UPDATE {table} SET customer_id = ?2 WHERE id IN {}", saved_ids(table, "id")), params![act, o])?;
    }
    tx.execute(&format!("UPDATE customers SET referred_by = ?2 WHERE id IN {}", saved_ids("referrals", "id")), params![act, o])?;
    tx.execute(&format!("DELETE FROM card_run_recipients WHERE rowid IN {}", saved_ids("card_run_recipients", "rowid")), [act])?;
    insert_back(tx, act, "card_run_recipients", "1")?;
    tx.execute(&format!("DELETE FROM card_run_holdouts WHERE rowid IN {}", saved_ids("card_run_holdouts", "rowid")), [act])?;
    insert_back(tx, act, "card_run_holdouts", "1")?;
    insert_back(tx, act, "not_duplicates", "1")?;
    for id in [k, o] {
        search::unindex(tx, id)?;
        let c = read_customer(tx, CustomerId(id))?;
        search::index(tx, id, &c.draft)?;
    }
    totals::refresh(tx, Touched::Customers(&[k, o]))?;
    Ok(Undone::Merge { kept: CustomerId(k), other: CustomerId(o) })
}

fn undo_delete_purchase(tx: &Transaction<'_>, act: i64, customer: Option<i64>, rules: Option<&fidele_domain::LoyaltyRules>) -> Result<Undone> {
    let id: i64 = tx.query_row("SELECT data ->> 'id' FROM undo_rows WHERE act_id = ?1 AND tbl = 'purchases'", [act], |r| r.get(0))?;
    if tx.query_row("SELECT count(*) FROM purchases WHERE id = ?1", [id], |r| r.get::<_, i64>(0))? > 0 {
        return Err(Invalid::one(fidele_domain::FieldError::new("undo", fidele_domain::ErrorCode::UndoPurchaseNumberTaken).with("id", id)).into());
    }
    if let Some(c) = customer
        && tx.query_row("SELECT count(*) FROM customers WHERE id = ?1 AND erased_at IS NULL", [c], |r| r.get::<_, i64>(0))? == 0
    {
        return Err(too_late());
    }
    insert_back(tx, act, "purchases", "1")?;
    crate::points::undeleted_in(tx, act, id, codec::now())?;
    let restored = crate::purchases::read_purchase(tx, id)?;
    if let (Some(rules), Some(sale)) = (rules, restored.draft.refund_of) {
        crate::points::refunds_changed_in(tx, rules, restored.draft.amount.currency.minor_digits(), sale, codec::now())?;
    }
    totals::refresh(tx, Touched::Customers(&customer.into_iter().collect::<Vec<_>>()))?;
    Ok(Undone::DeletedPurchase { purchase: id, customer: customer.map(CustomerId) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{sale, store};
    use crate::{KeepList, MergeChoices, MergeField};
    use chrono::NaiveDate;
    use fidele_domain::{Address, Channel, CustomerDraft, InteractionDraft, InteractionKind, InteractionStatus};

    use crate::test_dump::dump;

    fn at(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 5, day).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn two_lottes(store: &mut Store) -> (CustomerId, CustomerId, CustomerId) {
        let a = store
            .add_customer(
                CustomerDraft {
                    first_name: "Lotte".into(),
                    last_name: "Mulder".into(),
                    emails: vec!["lotte@voorbeeld.nl".into()],
                    phones: vec!["06 12 34 56 78".into()],
                    address: Address { line1: "Kerkstraat 1".into(), postal_code: "1017 GC".into(), city: "Amsterdam".into(), ..Address::default() },
                    tags: vec!["romans".into()],
                    ..CustomerDraft::default()
                },
                &[(Channel::Post, true)],
                "shop",
            )
            .unwrap();
        let b = store
            .add_customer(
                CustomerDraft {
                    first_name: "Lotte".into(),
                    last_name: "Mulder".into(),
                    emails: vec!["l.mulder@werk.nl".into()],
                    phones: vec!["06 98 76 54 32".into()],
                    address: Address { line1: "Kerkstraat 1".into(), postal_code: "1017 GC".into(), city: "Amsterdam".into(), ..Address::default() },
                    tags: vec!["bd".into()],
                    notes: "Vraagt naar strips".into(),
                    ..CustomerDraft::default()
                },
                &[(Channel::Email, true)],
                "import",
            )
            .unwrap();
        let friend =
            store.add_customer(CustomerDraft { last_name: "Roux".into(), referred_by: Some(b), ..CustomerDraft::default() }, &[], "").unwrap();
        store.add_purchase(sale(a, at(1), 1000)).unwrap();
        let bought = store.add_purchase(sale(b, at(2), 2500)).unwrap();
        store.add_purchase(fidele_domain::PurchaseDraft { refund_of: Some(bought), ..sale(b, at(3), -500) }).unwrap();
        store
            .add_interaction(InteractionDraft {
                customer: b,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at: at(4),
                summary: "Boek beschadigd".into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
        (a, b, friend)
    }

    #[test]
    fn a_merge_choosing_the_other_phone_is_undone_to_the_last_row() {
        let mut store = store();
        let (a, b, friend) = two_lottes(&mut store);
        let before = dump(store.conn());

        let choices = MergeChoices { from_other: vec![MergeField::Address], emails: KeepList::Both, phones: KeepList::Other };
        let report = store.merge_customers_with(a, b, &choices).unwrap();
        let merged = store.customer(a).unwrap();
        assert_eq!(merged.draft.phones, ["06 98 76 54 32"], "the other phone, and only it");
        assert_eq!(merged.draft.emails, ["lotte@voorbeeld.nl", "l.mulder@werk.nl"]);
        assert_eq!(store.customer(friend).unwrap().draft.referred_by, Some(a));
        assert!(report.undo.expires_at > codec::now() + Duration::minutes(UNDO_MINUTES - 1));

        assert_eq!(store.undo(report.undo.id).unwrap(), Undone::Merge { kept: a, other: b });
        assert_eq!(dump(store.conn()), before, "both customers and all they had, as before");
        assert_eq!(store.list_customers("werk", crate::ListOrder::Name, 10, 0).unwrap().iter().map(|r| r.id).collect::<Vec<_>>(), [b]);
        assert_eq!(store.count_customers("0612345678").unwrap(), 1);
        assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
        // Once is all.
        assert!(store.undo(report.undo.id).unwrap_err().to_string().starts_with("undo: "));
    }

    #[test]
    fn an_undo_refuses_once_expired_or_once_the_merged_customer_changed() {
        let mut store = store();
        let (a, b, _) = two_lottes(&mut store);
        let report = store.merge_customers(a, b).unwrap();
        store.conn().execute("UPDATE undo_acts SET expires_at = '2000-01-01T00:00:00'", []).unwrap();
        let err = store.undo(report.undo.id).unwrap_err();
        assert!(err.to_string().contains("undo_expired"), "{err}");
        assert_eq!(store.conn().query_row("SELECT count(*) FROM undo_rows", [], |r| r.get::<_, i64>(0)).unwrap(), 0, "purged");

        let c = store
            .add_customer(CustomerDraft { last_name: "Mulder".into(), phones: vec!["06 12 34 56 78".into()], ..CustomerDraft::default() }, &[], "")
            .unwrap();
        let report = store.merge_customers(a, c).unwrap();
        store.conn().execute("UPDATE customers SET updated_at = '2099-01-01T00:00:00' WHERE id = ?1", [a.0]).unwrap();
        let err = store.undo(report.undo.id).unwrap_err();
        assert!(err.to_string().contains("undo_changed_since"), "{err}");
        assert!(store.customer(c).is_err(), "nothing was put back");
    }

    #[test]
    fn erasing_a_customer_forgets_what_an_undo_kept_of_them() {
        let mut store = store();
        let (a, b, _) = two_lottes(&mut store);
        let report = store.merge_customers(a, b).unwrap();
        let sale = store.add_purchase(sale(a, at(9), 700)).unwrap();
        store.delete_purchase(sale).unwrap();
        assert!(store.conn().query_row("SELECT count(*) FROM undo_rows WHERE data LIKE '%werk.nl%'", [], |r| r.get::<_, i64>(0)).unwrap() > 0);
        store.erase_customer(a).unwrap();
        assert_eq!(store.conn().query_row("SELECT count(*) FROM undo_acts", [], |r| r.get::<_, i64>(0)).unwrap(), 0);
        assert_eq!(store.conn().query_row("SELECT count(*) FROM undo_rows", [], |r| r.get::<_, i64>(0)).unwrap(), 0);
        assert!(store.undo(report.undo.id).is_err());
    }

    #[test]
    fn a_deleted_purchase_comes_back_as_it_was() {
        let mut store = store();
        let (a, _, _) = two_lottes(&mut store);
        let id = store.add_purchase(fidele_domain::PurchaseDraft { note: "Cadeau".into(), category: "BD".into(), ..sale(a, at(7), 1990) }).unwrap();
        let before = dump(store.conn());
        let ticket = store.delete_purchase(id).unwrap();
        assert!(store.purchase(id).is_err());
        assert_eq!(store.undo(ticket.id).unwrap(), Undone::DeletedPurchase { purchase: id, customer: Some(a) });
        assert_eq!(dump(store.conn()), before);
        assert_eq!(store.customer_page(a, 10).unwrap().total_minor, 2990);
    }
}
