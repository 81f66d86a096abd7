//! Erasure and access: a customer's right to have their personal data erased, and to get a
//! copy of everything held about them.
//!
//! Erasing keeps the customer's row as an anonymous shell (`erased_at` set, and archived so it
//! leaves the list, the search and the card runs) and keeps their purchases attached to it,
//! with the purchase notes cleared. The shop's takings, its per-customer figures (how many
//! customers come back, the 80/20, the loyalty ladder) and the refunds linked to those sales
//! all stay true, and nothing left on the row says who the person was. Gone: names, company,
//! e-mails, phones, address, birthday, language, preferences, notes, source, the till's
//! reference, tags, consent events, the household link (and the household itself when
//! nobody else is in it), whom they were referred by, reminders, and the free text of their
//! interactions (summary, details, resolution; the kind, status and dates stay). Their search
//! row is removed and the index compacted so no word of it stays in its pages; the deletion
//! runs with `secure_delete` and the write-ahead log is checkpointed, so the old bytes are
//! overwritten in the file rather than left in free pages.

use fidele_domain::{Customer, CustomerId, CustomerSummary, Interaction, Purchase, Reminder};
use rusqlite::params;

use crate::codec::{self, dt};
use crate::customers::{ensure_live_customer, read_customer, summaries};
use crate::timeline::{CardSent, cards_of};
use crate::{Result, Store, search};

/// Everything held about one customer, for an access request (the app and the CLI write it
/// as JSON).
#[derive(Debug, Clone)]
pub struct CustomerRecord {
    /// With their consent history and, when erased, `erased_at`.
    pub customer: Customer,
    /// Every purchase and refund, newest first.
    pub purchases: Vec<Purchase>,
    /// Newest first.
    pub interactions: Vec<Interaction>,
    pub reminders: Vec<Reminder>,
    /// Cards sent to them, newest first.
    pub cards: Vec<CardSent>,
    /// Customers they brought.
    pub referrals: Vec<CustomerSummary>,
    pub household_members: Vec<CustomerSummary>,
}

/// What an erasure removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErasureReport {
    pub emails: usize,
    pub phones: usize,
    pub tags: usize,
    pub consent_events: usize,
    pub interactions_cleared: usize,
    pub reminders: usize,
    /// Purchases kept (anonymously) in the shop's figures.
    pub purchases_kept: usize,
}

impl Store {
    /// Erases a customer's personal data (see the module documentation). Cannot be undone: the
    /// law wants it final, so nothing of it is kept for an undo.
    pub fn erase_customer(&mut self, id: CustomerId) -> Result<ErasureReport> {
        // Overwrite what is deleted instead of leaving it in free space in the file.
        self.conn().pragma_update(None, "secure_delete", true)?;
        let report = self.write(|tx| {
            ensure_live_customer(tx, id)?;
            let c = id.0;
            let now = dt(codec::now());
            // What an undo kept of them goes too: a merge's saved rows hold their details.
            crate::undo::forget_customer(tx, c)?;
            let household: Option<i64> = tx.query_row("SELECT household_id FROM customers WHERE id = ?1", [c], |r| r.get(0))?;
            let mut report = ErasureReport {
                emails: tx.execute("DELETE FROM customer_emails WHERE customer_id = ?1", [c])?,
                phones: tx.execute("DELETE FROM customer_phones WHERE customer_id = ?1", [c])?,
                consent_events: tx.execute("DELETE FROM consent_events WHERE customer_id = ?1", [c])?,
                reminders: tx.execute("DELETE FROM reminders WHERE customer_id = ?1", [c])?,
                ..ErasureReport::default()
            };
            let tags: Vec<i64> = tx
                .prepare("SELECT tag_id FROM customer_tags WHERE customer_id = ?1")?
                .query_map([c], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            report.tags = tx.execute("DELETE FROM customer_tags WHERE customer_id = ?1", [c])?;
            // A tag only they had may itself say something about them ("allergic to...").
            for t in tags {
                tx.execute("DELETE FROM tags WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM customer_tags WHERE tag_id = ?1)", [t])?;
            }
            report.interactions_cleared =
                tx.execute("UPDATE interactions SET summary = '', details = '', resolution = '' WHERE customer_id = ?1", [c])?;
            report.purchases_kept = tx.execute("UPDATE purchases SET note = '' WHERE customer_id = ?1", [c])?;
            crate::totals::refresh(tx, crate::totals::Touched::Customers(&[c]))?;
            // Their card no longer opens anything; a scan of it says it was stopped.
            crate::member_numbers::stop_in(tx, id, codec::now())?;
            tx.execute(
                "UPDATE customers SET salutation = NULL, formality = 'formal', first_name = '', last_name = '', company = '',
                    address_line1 = '', address_line2 = '', postal_code = '', city = '', country = '',
                    birth_year = NULL, birth_month = NULL, birth_day = NULL, household_id = NULL, referred_by = NULL,
                    language = NULL, preferences = '', notes = '', source = '', external_ref = NULL, sort_key = '', city_key = '~',
                    updated_at = ?2, erased_at = ?2, archived_at = coalesce(archived_at, ?2)
                 WHERE id = ?1",
                params![c, now],
            )?;
            if let Some(h) = household {
                tx.execute("DELETE FROM households WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM customers WHERE household_id = ?1)", [h])?;
            }
            search::unindex(tx, c)?;
            // FTS5 deletes by adding tombstones; merging the segments drops the old tokens.
            tx.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')", [])?;
            Ok(report)
        });
        let _ = self.conn().pragma_update(None, "secure_delete", false);
        let report = report?;
        // Old page images live in the WAL until a checkpoint; a busy reader only delays it.
        let _ = self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(report)
    }

    /// Everything held about one customer (erased or not).
    pub fn customer_record(&self, id: CustomerId) -> Result<CustomerRecord> {
        let conn = self.conn();
        let customer = read_customer(conn, id)?;
        let mut stmt = conn.prepare_cached("SELECT id FROM reminders WHERE customer_id = ?1 ORDER BY due_date, id")?;
        let reminder_ids: Vec<i64> = stmt.query_map([id.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let household_members = match customer.draft.household {
            Some(h) => summaries(conn, "WHERE c.household_id = ?1 AND c.id <> ?2 ORDER BY c.id", params![h.0, id.0])?,
            None => Vec::new(),
        };
        Ok(CustomerRecord {
            purchases: self.purchases_of(id, u32::MAX, 0)?,
            interactions: self.interactions_of(id)?,
            reminders: reminder_ids.into_iter().map(|r| self.reminder(r)).collect::<Result<_>>()?,
            cards: cards_of(conn, id)?,
            referrals: summaries(conn, "WHERE c.referred_by = ?1 ORDER BY c.id", params![id.0])?,
            household_members,
            customer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ListOrder;
    use chrono::NaiveDate;
    use fidele_domain::{
        Address, Birthday, Channel, Currency, CustomerDraft, InteractionDraft, InteractionKind, InteractionStatus, Money,
        PurchaseDraft, ReminderDraft,
    };

    fn at(day: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 5, day).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn purchase(c: CustomerId, day: u32, minor: i64, note: &str) -> PurchaseDraft {
        PurchaseDraft {
            customer: Some(c),
            at: at(day),
            amount: Money::new(minor, Currency::EUR),
            margin: None,
            category: "Romans".into(),
            item_count: None,
            ticket_ref: String::new(),
            offer_code: String::new(),
            refund_of: None,
            note: note.into(),
        }
    }

    fn zoe() -> CustomerDraft {
        CustomerDraft {
            first_name: "Zoéline".into(),
            last_name: "Quertinmont".into(),
            company: "Ateliers Quertinmont".into(),
            emails: vec!["zoeline.quertinmont@exemple.be".into()],
            phones: vec!["0470 98 76 54".into()],
            address: Address {
                line1: "17 Kapucijnenvoer".into(),
                postal_code: "3000".into(),
                city: "Leuven".into(),
                country: "BE".into(),
                ..Address::default()
            },
            birthday: Some(Birthday::parse("1981-07-14").unwrap()),
            notes: "Allergique aux acariens, préfère Yourcenar".into(),
            preferences: "Yourcenar".into(),
            tags: vec!["yourcenarienne".into(), "romans".into()],
            ..CustomerDraft::default()
        }
    }

    fn grep(haystack: &[u8], needle: &str) -> bool {
        let n = needle.as_bytes();
        haystack.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    }

    #[test]
    fn erasure_leaves_no_personal_data_in_the_file_and_the_totals_true() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let mut store = Store::open(&path).unwrap();
        let home = store.add_household("Maison Quertinmont").unwrap();
        let id = store.add_customer(CustomerDraft { household: Some(home), ..zoe() }, &[(Channel::Email, true), (Channel::Post, true)], "shop").unwrap();
        let other = store.add_customer(CustomerDraft { last_name: "Peeters".into(), tags: vec!["romans".into()], referred_by: Some(id), ..CustomerDraft::default() }, &[], "").unwrap();
        let sale = store.add_purchase(purchase(id, 1, 4200, "Pour Quertinmont, emballage cadeau")).unwrap();
        store.add_purchase(PurchaseDraft { refund_of: Some(sale), ..purchase(id, 2, -1200, "") }).unwrap();
        store.add_purchase(purchase(other, 3, 1000, "")).unwrap();
        store
            .add_interaction(InteractionDraft {
                customer: id,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Resolved,
                at: at(4),
                summary: "Zoéline a reçu un Yourcenar abîmé".into(),
                details: "Appeler au 0470 98 76 54".into(),
                due: None,
                resolution: "Échangé pour Quertinmont".into(),
            })
            .unwrap();
        store.add_reminder(ReminderDraft { customer: Some(id), title: "Rappeler Zoéline".into(), due: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), repeat: None }).unwrap();
        let takings = |s: &Store| s.conn().query_row("SELECT sum(amount_minor), count(*) FROM purchases", [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))).unwrap();
        let before = takings(&store);

        let report = store.erase_customer(id).unwrap();
        assert_eq!((report.emails, report.phones, report.consent_events, report.tags, report.reminders), (1, 1, 2, 2, 1));
        assert_eq!((report.interactions_cleared, report.purchases_kept), (1, 2));
        assert_eq!(takings(&store), before, "the shop's takings stay true");
        let page = store.customer_page(id, 10).unwrap();
        assert_eq!((page.purchase_count, page.total_minor), (2, 3000));
        let c = store.customer(id).unwrap();
        assert!(c.erased_at.is_some() && c.archived_at.is_some());
        assert_eq!(c.display_name(), "");
        assert!(store.list_customers("quertinmont", ListOrder::Name, 10, 0).unwrap().is_empty());
        assert!(store.list_customers("0470", ListOrder::Name, 10, 0).unwrap().is_empty());
        assert_eq!(store.count_customers("").unwrap(), 1);
        // Others keep what is theirs: their tag, and that someone (now nobody) referred them.
        assert_eq!(store.customer(other).unwrap().draft.tags, ["romans"]);
        assert!(store.erase_customer(id).unwrap_err().to_string().contains("customer_erased"));
        assert!(store.update_customer(id, zoe()).is_err());
        assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());

        // The raw bytes of the file: not one of their words left anywhere.
        store.conn().execute_batch("VACUUM").unwrap();
        store.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
        drop(store);
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(dir.path().join("shop.db-wal")) {
            bytes.extend(wal);
        }
        assert!(grep(&bytes, "Peeters"), "the check can find what is there");
        for word in ["Quertinmont", "quertinmont@exemple", "Zo\u{e9}line", "zoeline", "Kapucijnenvoer", "Leuven", "470987654", "0470 98 76 54", "Yourcenar", "acariens", "1981", "Maison"] {
            assert!(!grep(&bytes, word), "{word:?} is still in the file");
        }
    }

    #[test]
    fn erasure_without_vacuum_leaves_nothing_either() {
        // secure_delete, the FTS optimize and the checkpoint do it: no VACUUM needed.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let mut store = Store::open(&path).unwrap();
        let id = store.add_customer(zoe(), &[], "").unwrap();
        for i in 0..30 {
            store.add_customer(CustomerDraft { last_name: format!("Janssens{i}"), ..CustomerDraft::default() }, &[], "").unwrap();
        }
        store.erase_customer(id).unwrap();
        drop(store);
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(dir.path().join("shop.db-wal")) {
            bytes.extend(wal);
        }
        assert!(grep(&bytes, "Janssens29"));
        for word in ["Quertinmont", "zoeline", "Kapucijnenvoer", "acariens"] {
            assert!(!grep(&bytes, word), "{word:?} is still in the file");
        }
    }

    #[test]
    fn an_erased_record_takes_no_new_words_but_their_sales_can_still_be_refunded() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(zoe(), &[], "").unwrap();
        let other = store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..CustomerDraft::default() }, &[], "").unwrap();
        let sale = store.add_purchase(purchase(id, 1, 4200, "")).unwrap();
        store.erase_customer(id).unwrap();
        let note = InteractionDraft {
            customer: id,
            kind: InteractionKind::Note,
            status: InteractionStatus::Open,
            at: at(5),
            summary: "Zoéline est repassée".into(),
            details: String::new(),
            due: None,
            resolution: String::new(),
        };
        assert!(store.add_interaction(note).unwrap_err().to_string().contains("customer_erased"));
        let reminder = ReminderDraft { customer: Some(id), title: "Rappeler Zoéline".into(), due: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), repeat: None };
        assert!(store.add_reminder(reminder).unwrap_err().to_string().contains("customer_erased"));
        assert!(store.link_household(id, other, |f| format!("Famille {f}")).unwrap_err().to_string().contains("customer_erased"));
        assert!(store.link_household(other, id, |f| format!("Famille {f}")).unwrap_err().to_string().contains("customer_erased"));
        assert!(store.link_household(other, CustomerId(99), |f| format!("Famille {f}")).unwrap_err().to_string().contains("no_such_customer"));
        // The shop's figures stay true: a sale of theirs brought back is still recorded.
        store.add_purchase(PurchaseDraft { refund_of: Some(sale), ..purchase(id, 6, -4200, "") }).unwrap();
        let c = store.customer(id).unwrap();
        assert_eq!((c.display_name(), c.draft.household), (String::new(), None));
        assert!(store.interactions_of(id).unwrap().is_empty());
        assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    }

    #[test]
    fn the_record_holds_everything() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(zoe(), &[(Channel::Sms, true)], "shop").unwrap();
        let friend = store.add_customer(CustomerDraft { last_name: "Peeters".into(), referred_by: Some(id), ..CustomerDraft::default() }, &[], "").unwrap();
        store.add_purchase(purchase(id, 1, 4200, "")).unwrap();
        store.add_reminder(ReminderDraft { customer: Some(id), title: "Rappeler".into(), due: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), repeat: None }).unwrap();
        let r = store.customer_record(id).unwrap();
        assert_eq!(r.customer.draft.last_name, "Quertinmont");
        assert_eq!(r.customer.consents.len(), 1);
        assert_eq!((r.purchases.len(), r.reminders.len(), r.referrals.len()), (1, 1, 1));
        assert_eq!(r.referrals[0].id, friend);
        assert!(r.customer.erased_at.is_none());
    }
}
