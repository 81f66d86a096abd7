//! Merging two customer rows that are one person, in one transaction, keeping all the
//! history of both.
//!
//! The kept customer's details win; a field they leave empty is filled from the other row
//! (names, company, address, birthday, household, referrer, language, salutation); notes and
//! preferences are joined. E-mails and phones not already known are added after the kept
//! ones; tags are united. Purchases, interactions, consent events, reminders, cards sent and
//! the customers either of them referred all move to the kept row. The other row is then
//! deleted and the search index rebuilt for the kept one.
//!
//! Where the two rows differ, the shopkeeper may choose the other row's value instead
//! (`MergeChoices`): a detail from the other row, and for e-mails and phones the kept row's,
//! the other's, or both (the default).
//!
//! Consents are events, so both histories are kept as they are: on each channel the latest
//! event of either row is the merged customer's state. If both were sent a card in the same
//! run, the card-sent interaction of each stays in the history but only the kept row's
//! recipient line can remain (one card per customer and run); the report counts them.
//!
//! Every row the merge changes or removes is saved first (`undo.rs`), so the merge can be
//! taken back for a while: both customers come back as they were, with all their history.

use fidele_domain::{CustomerId, Invalid};
use rusqlite::params;

use crate::codec::{self, dt};
use crate::customers::{ensure_live_customer, read_customer};
use crate::undo::{self, UndoKind, UndoTicket};
use crate::{Result, Store, search};

/// A detail the merged customer may take from the other row rather than the kept one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeField {
    Salutation,
    FirstName,
    LastName,
    Company,
    /// The whole postal address (both lines, postcode, city, country).
    Address,
    Birthday,
    Language,
    Household,
    ReferredBy,
}

impl MergeField {
    pub const ALL: [MergeField; 9] = [
        MergeField::Salutation,
        MergeField::FirstName,
        MergeField::LastName,
        MergeField::Company,
        MergeField::Address,
        MergeField::Birthday,
        MergeField::Language,
        MergeField::Household,
        MergeField::ReferredBy,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MergeField::Salutation => "salutation",
            MergeField::FirstName => "first_name",
            MergeField::LastName => "last_name",
            MergeField::Company => "company",
            MergeField::Address => "address",
            MergeField::Birthday => "birthday",
            MergeField::Language => "language",
            MergeField::Household => "household",
            MergeField::ReferredBy => "referred_by",
        }
    }

    pub fn from_code(code: &str) -> Option<MergeField> {
        MergeField::ALL.into_iter().find(|f| f.code() == code)
    }

    fn columns(self) -> &'static [&'static str] {
        match self {
            MergeField::Salutation => &["salutation", "formality"],
            MergeField::FirstName => &["first_name"],
            MergeField::LastName => &["last_name"],
            MergeField::Company => &["company"],
            MergeField::Address => &["address_line1", "address_line2", "postal_code", "city", "country"],
            MergeField::Birthday => &["birth_year", "birth_month", "birth_day"],
            MergeField::Language => &["language"],
            MergeField::Household => &["household_id"],
            MergeField::ReferredBy => &["referred_by"],
        }
    }
}

/// Which of the two rows' e-mails (or phones) the merged customer keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeepList {
    Kept,
    Other,
    /// The kept row's, then the other's not already there.
    #[default]
    Both,
}

impl KeepList {
    pub fn from_code(code: &str) -> Option<KeepList> {
        match code {
            "kept" => Some(KeepList::Kept),
            "other" => Some(KeepList::Other),
            "both" => Some(KeepList::Both),
            _ => None,
        }
    }
}

/// The shopkeeper's choices where the two rows differ; the default keeps the kept row's
/// details, fills its gaps from the other's, and unites e-mails and phones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeChoices {
    /// Details taken from the other row, even where the kept row has one.
    pub from_other: Vec<MergeField>,
    pub emails: KeepList,
    pub phones: KeepList,
}

/// What a merge moved to the kept customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeReport {
    pub kept: CustomerId,
    pub removed: CustomerId,
    pub purchases: usize,
    pub interactions: usize,
    pub consent_events: usize,
    pub reminders: usize,
    pub referrals: usize,
    pub emails_added: usize,
    pub phones_added: usize,
    pub cards: usize,
    /// Card lines of the other row for a run the kept row also had a card in (see above).
    pub cards_folded: usize,
    /// How to take the merge back, for a while.
    pub undo: UndoTicket,
}

impl Store {
    /// Merges `other` into `keep`; `other` no longer exists afterwards.
    pub fn merge_customers(&mut self, keep: CustomerId, other: CustomerId) -> Result<MergeReport> {
        self.merge_customers_with(keep, other, &MergeChoices::default())
    }

    /// Merges `other` into `keep`, taking what `choices` says from the other row.
    pub fn merge_customers_with(&mut self, keep: CustomerId, other: CustomerId, choices: &MergeChoices) -> Result<MergeReport> {
        if keep == other {
            return Err(Invalid::one(fidele_domain::FieldError::new("other", fidele_domain::ErrorCode::SameCustomer)).into());
        }
        let now = codec::now();
        self.write(|tx| {
            ensure_live_customer(tx, keep)?;
            ensure_live_customer(tx, other)?;
            let (k, o) = (keep.0, other.0);
            let ticket = undo::begin(tx, UndoKind::Merge, Some(k), Some(o), now)?;
            let act = ticket.id;
            undo::save(tx, act, "customers", "id IN (?1, ?2)", params![k, o])?;
            for table in ["customer_emails", "customer_phones", "customer_tags", "ladder_moves", "member_numbers"] {
                undo::save(tx, act, table, "customer_id IN (?1, ?2)", params![k, o])?;
            }
            for table in ["purchases", "interactions", "consent_events", "reminders", "points_entries", "offer_redemptions"] {
                undo::save(tx, act, table, "customer_id = ?1", [o])?;
            }
            tx.execute(
                "INSERT INTO undo_rows (act_id, tbl, data) SELECT ?1, 'referrals', json_object('id', id) FROM customers WHERE referred_by = ?2 AND id <> ?3",
                params![act, o, k],
            )?;
            undo::save(tx, act, "card_run_recipients", "customer_id = ?1 OR card_to = ?1", [o])?;
            undo::save(tx, act, "card_run_holdouts", "customer_id = ?1", [o])?;
            undo::save(tx, act, "not_duplicates", "a = ?1 OR b = ?1", [o])?;
            let mut report = MergeReport {
                kept: keep,
                removed: other,
                purchases: 0,
                interactions: 0,
                consent_events: 0,
                reminders: 0,
                referrals: 0,
                emails_added: 0,
                phones_added: 0,
                cards: 0,
                cards_folded: 0,
                undo: ticket,
            };

            // Details: the kept row's, gaps filled from the other's.
            tx.execute(
                "UPDATE customers AS k SET
                    salutation = coalesce(k.salutation, o.salutation),
                    first_name = CASE WHEN k.first_name = '' THEN o.first_name ELSE k.first_name END,
                    last_name = CASE WHEN k.last_name = '' THEN o.last_name ELSE k.last_name END,
                    company = CASE WHEN k.company = '' THEN o.company ELSE k.company END,
                    address_line1 = CASE WHEN k.address_line1 = '' AND k.city = '' THEN o.address_line1 ELSE k.address_line1 END,
                    address_line2 = CASE WHEN k.address_line1 = '' AND k.city = '' THEN o.address_line2 ELSE k.address_line2 END,
                    postal_code = CASE WHEN k.address_line1 = '' AND k.city = '' THEN o.postal_code ELSE k.postal_code END,
                    country = CASE WHEN k.address_line1 = '' AND k.city = '' THEN o.country ELSE k.country END,
                    city = CASE WHEN k.address_line1 = '' AND k.city = '' THEN o.city ELSE k.city END,
                    birth_year = CASE WHEN k.birth_month IS NULL THEN o.birth_year
                                      WHEN k.birth_year IS NULL AND o.birth_month = k.birth_month AND o.birth_day = k.birth_day THEN o.birth_year
                                      ELSE k.birth_year END,
                    birth_month = coalesce(k.birth_month, o.birth_month),
                    birth_day = coalesce(k.birth_day, o.birth_day),
                    household_id = coalesce(k.household_id, o.household_id),
                    referred_by = CASE WHEN k.referred_by IS NULL OR k.referred_by = ?2 THEN
                                      (CASE WHEN o.referred_by = ?1 THEN NULL ELSE o.referred_by END)
                                  ELSE k.referred_by END,
                    language = coalesce(k.language, o.language),
                    preferences = CASE WHEN o.preferences = '' OR o.preferences = k.preferences THEN k.preferences
                                       WHEN k.preferences = '' THEN o.preferences
                                       ELSE k.preferences || char(10) || o.preferences END,
                    notes = CASE WHEN o.notes = '' OR o.notes = k.notes THEN k.notes
                                 WHEN k.notes = '' THEN o.notes
                                 ELSE k.notes || char(10) || o.notes END,
                    manual_stage = coalesce(k.manual_stage, o.manual_stage),
                    created_at = min(k.created_at, o.created_at),
                    archived_at = CASE WHEN k.archived_at IS NULL OR o.archived_at IS NULL THEN NULL ELSE k.archived_at END,
                    updated_at = ?3
                 FROM customers AS o WHERE k.id = ?1 AND o.id = ?2",
                params![k, o, dt(now)],
            )?;
            for field in &choices.from_other {
                let cols = field.columns();
                let picked = cols
                    .iter()
                    .map(|c| if *c == "referred_by" { "CASE WHEN o.referred_by = ?1 THEN NULL ELSE o.referred_by END".to_string() } else { format!("o.{c}") })
                    .collect::<Vec<_>>();
                tx.execute(
                    &format!("UPDATE customers AS k SET ({}) = ({}) FROM customers AS o WHERE k.id = ?1 AND o.id = ?2", cols.join(", "), picked.join(", ")),
                    params![k, o],
                )?;
            }
            // The till's reference is unique: move it only when the kept row has none.
            let other_ref: Option<String> = tx.query_row("SELECT external_ref FROM customers WHERE id = ?1", [o], |r| r.get(0))?;
            tx.execute("UPDATE customers SET external_ref = NULL WHERE id = ?1", [o])?;
            tx.execute("UPDATE customers SET external_ref = coalesce(external_ref, ?2) WHERE id = ?1", params![k, other_ref])?;

            if choices.emails == KeepList::Other {
                tx.execute("DELETE FROM customer_emails WHERE customer_id = ?1", [k])?;
            }
            if choices.phones == KeepList::Other {
                tx.execute("DELETE FROM customer_phones WHERE customer_id = ?1", [k])?;
            }
            if choices.emails != KeepList::Kept {
                report.emails_added = tx.execute(
                    "INSERT INTO customer_emails (customer_id, position, address)
                     SELECT ?1, (SELECT coalesce(max(position), -1) + 1 FROM customer_emails WHERE customer_id = ?1) + row_number() OVER (ORDER BY position) - 1, address
                     FROM customer_emails o WHERE o.customer_id = ?2
                       AND NOT EXISTS (SELECT 1 FROM customer_emails k WHERE k.customer_id = ?1 AND k.address = o.address COLLATE NOCASE)",
                    params![k, o],
                )?;
            }
            if choices.phones != KeepList::Kept {
                report.phones_added = tx.execute(
                    "INSERT INTO customer_phones (customer_id, position, number, digits)
                     SELECT ?1, (SELECT coalesce(max(position), -1) + 1 FROM customer_phones WHERE customer_id = ?1) + row_number() OVER (ORDER BY position) - 1, number, digits
                     FROM customer_phones o WHERE o.customer_id = ?2
                       AND NOT EXISTS (SELECT 1 FROM customer_phones k WHERE k.customer_id = ?1 AND k.digits = o.digits)",
                    params![k, o],
                )?;
            }
            tx.execute("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) SELECT ?1, tag_id FROM customer_tags WHERE customer_id = ?2", params![k, o])?;

            // History.
            report.purchases = tx.execute("UPDATE purchases SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            report.interactions = tx.execute("UPDATE interactions SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            report.consent_events = tx.execute("UPDATE consent_events SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            report.reminders = tx.execute("UPDATE reminders SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            // The other's points add to the kept balance; their card is stopped, and names
            // the kept customer when scanned.
            tx.execute("UPDATE points_entries SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            tx.execute("UPDATE offer_redemptions SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            crate::member_numbers::fold_into(tx, k, o, now)?;
            report.referrals = tx.execute("UPDATE customers SET referred_by = ?1 WHERE referred_by = ?2 AND id <> ?1", params![k, o])?;
            tx.execute("UPDATE customers SET referred_by = NULL WHERE id = ?1 AND referred_by = ?1", [k])?;
            report.cards = tx.execute("UPDATE OR IGNORE card_run_recipients SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            tx.execute("UPDATE card_run_recipients SET card_to = ?1 WHERE card_to = ?2", params![k, o])?;
            // A hold-out is history too; the kept customer's own stands for an occasion both had.
            tx.execute("UPDATE OR IGNORE card_run_holdouts SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            // The kept customer's ladder history stands; the other's fills the months it lacks.
            tx.execute("UPDATE OR IGNORE ladder_moves SET customer_id = ?1 WHERE customer_id = ?2", params![k, o])?;
            report.cards_folded = tx.query_row("SELECT count(*) FROM card_run_recipients WHERE customer_id = ?1", [o], |r| r.get::<_, i64>(0))? as usize;

            tx.execute("DELETE FROM customers WHERE id = ?1", [o])?;
            search::unindex(tx, o)?;
            let merged = read_customer(tx, keep)?;
            search::index(tx, k, &merged.draft)?;
            crate::customers::write_sort_keys(tx, k, &merged.draft)?;
            crate::totals::refresh(tx, crate::totals::Touched::Customers(&[k]))?;
            Ok(report)
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

    pub(crate) const TABLES: [&str; 11] = [
        "customers",
        "customer_emails",
        "customer_phones",
        "customer_tags",
        "consent_events",
        "purchases",
        "interactions",
        "reminders",
        "households",
        "card_run_recipients",
        "customer_search",
    ];

    fn counts(store: &Store) -> Vec<(&'static str, i64)> {
        TABLES.iter().map(|t| (*t, store.conn().query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).unwrap())).collect()
    }

    fn at(day: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 5, day).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    fn buy(store: &mut Store, c: CustomerId, day: u32, minor: i64) -> i64 {
        store
            .add_purchase(PurchaseDraft {
                customer: Some(c),
                at: at(day),
                amount: Money::new(minor, Currency::EUR),
                margin: None,
                category: "Romans".into(),
                item_count: None,
                ticket_ref: String::new(),
                offer_code: String::new(),
                refund_of: None,
                note: String::new(),
            })
            .unwrap()
    }

    fn note(store: &mut Store, c: CustomerId, day: u32, summary: &str) {
        store
            .add_interaction(InteractionDraft {
                customer: c,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at: at(day),
                summary: summary.into(),
                details: String::new(),
                due: None,
                resolution: String::new(),
            })
            .unwrap();
    }

    #[test]
    fn merge_keeps_every_row_of_history_and_fills_gaps() {
        let mut store = Store::open_in_memory().unwrap();
        let home = store.add_household("Famille Dubœuf").unwrap();
        let keep = store
            .add_customer(
                CustomerDraft {
                    first_name: "Hélène".into(),
                    last_name: "Dubœuf".into(),
                    emails: vec!["helene@exemple.fr".into()],
                    phones: vec!["06 12 34 56 78".into()],
                    tags: vec!["romans".into()],
                    notes: "Aime Zola".into(),
                    ..CustomerDraft::default()
                },
                &[(Channel::Post, true)],
                "shop",
            )
            .unwrap();
        let other = store
            .add_customer(
                CustomerDraft {
                    first_name: "Helene".into(),
                    last_name: "Duboeuf".into(),
                    emails: vec!["HELENE@exemple.fr".into(), "h.duboeuf@travail.fr".into()],
                    phones: vec!["+33 6 12 34 56 78".into(), "04 78 00 00 01".into()],
                    address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
                    birthday: Some(Birthday::parse("1970-02-28").unwrap()),
                    household: Some(home),
                    tags: vec!["romans".into(), "bd".into()],
                    notes: "Carte fidélité papier".into(),
                    ..CustomerDraft::default()
                },
                &[(Channel::Email, true)],
                "import",
            )
            .unwrap();
        let friend = store
            .add_customer(CustomerDraft { last_name: "Roux".into(), referred_by: Some(other), ..CustomerDraft::default() }, &[], "")
            .unwrap();
        buy(&mut store, keep, 1, 1000);
        buy(&mut store, other, 2, 2000);
        buy(&mut store, other, 3, 3000);
        note(&mut store, other, 4, "Livre abîmé");
        store.add_reminder(ReminderDraft { customer: Some(other), title: "Rappeler".into(), due: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), repeat: None }).unwrap();
        store.record_consent(other, Channel::Post, false, "phone call").unwrap();

        let before = counts(&store);
        let report = store.merge_customers(keep, other).unwrap();
        let after = counts(&store);
        for ((table, b), (_, a)) in before.iter().zip(&after) {
            // One customer row and its index row go; the other's duplicate e-mail, phone and
            // tag collapse into the kept ones. Nothing else is lost.
            let expected = match *table {
                "customers" | "customer_search" | "customer_emails" | "customer_phones" | "customer_tags" => b - 1,
                _ => *b,
            };
            assert_eq!(*a, expected, "{table}");
        }
        assert_eq!((report.purchases, report.interactions, report.consent_events, report.reminders, report.referrals), (2, 1, 2, 1, 1));
        assert_eq!((report.emails_added, report.phones_added), (1, 1));

        let c = store.customer(keep).unwrap();
        assert_eq!(c.draft.first_name, "Hélène");
        assert_eq!(c.draft.emails, ["helene@exemple.fr", "h.duboeuf@travail.fr"]);
        assert_eq!(c.draft.phones, ["06 12 34 56 78", "04 78 00 00 01"]);
        assert_eq!(c.draft.address.city, "Lyon");
        assert_eq!(c.draft.birthday, Some(Birthday::parse("1970-02-28").unwrap()));
        assert_eq!(c.draft.household, Some(home));
        assert_eq!(c.draft.tags, ["bd", "romans"]);
        assert_eq!(c.draft.notes, "Aime Zola\nCarte fidélité papier");
        assert_eq!(c.consents.len(), 3);
        assert_eq!(fidele_domain::consent::current_consents(&c.consents), [Channel::Email]);
        assert_eq!(store.customer(friend).unwrap().draft.referred_by, Some(keep));
        let page = store.customer_page(keep, 10).unwrap();
        assert_eq!((page.purchase_count, page.total_minor), (3, 6000));
        assert!(matches!(store.customer(other), Err(crate::Error::NotFound { .. })));
        // The index knows the merged customer by what came from the other row.
        assert_eq!(store.list_customers("travail", ListOrder::Name, 10, 0).unwrap().iter().map(|r| r.id).collect::<Vec<_>>(), [keep]);
        assert_eq!(store.list_customers("0478", ListOrder::Name, 10, 0).unwrap().len(), 1);
        assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    }

    #[test]
    fn the_shopkeepers_picks_take_the_other_rows_details_and_lists() {
        let mut store = Store::open_in_memory().unwrap();
        let keep = store
            .add_customer(
                CustomerDraft {
                    first_name: "Lotte".into(),
                    last_name: "Mulder".into(),
                    emails: vec!["lotte@voorbeeld.nl".into()],
                    phones: vec!["06 12 34 56 78".into()],
                    birthday: Some(Birthday::parse("1980-04-01").unwrap()),
                    ..CustomerDraft::default()
                },
                &[],
                "",
            )
            .unwrap();
        let other = store
            .add_customer(
                CustomerDraft {
                    first_name: "Charlotte".into(),
                    last_name: "Mulder".into(),
                    emails: vec!["l.mulder@werk.nl".into()],
                    phones: vec!["06 98 76 54 32".into()],
                    birthday: Some(Birthday::parse("1981-04-01").unwrap()),
                    referred_by: Some(keep),
                    ..CustomerDraft::default()
                },
                &[],
                "",
            )
            .unwrap();
        let choices = MergeChoices {
            from_other: vec![MergeField::FirstName, MergeField::Birthday, MergeField::ReferredBy],
            emails: KeepList::Kept,
            phones: KeepList::Other,
        };
        let report = store.merge_customers_with(keep, other, &choices).unwrap();
        let c = store.customer(keep).unwrap();
        assert_eq!(c.draft.first_name, "Charlotte");
        assert_eq!(c.draft.birthday, Some(Birthday::parse("1981-04-01").unwrap()));
        assert_eq!(c.draft.referred_by, None, "never referred by themselves");
        assert_eq!(c.draft.emails, ["lotte@voorbeeld.nl"]);
        assert_eq!(c.draft.phones, ["06 98 76 54 32"]);
        assert_eq!((report.emails_added, report.phones_added), (0, 1));
        assert_eq!(store.list_customers("werk", ListOrder::Name, 10, 0).unwrap().len(), 0, "the e-mail not kept is not found either");
        assert_eq!(store.list_customers("charlotte", ListOrder::Name, 10, 0).unwrap().len(), 1);
        assert_eq!(MergeField::ALL.map(|f| MergeField::from_code(f.code())), MergeField::ALL.map(Some));
    }

    #[test]
    fn merge_refuses_self_unknown_and_changes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store.add_customer(CustomerDraft { last_name: "Roux".into(), ..CustomerDraft::default() }, &[], "").unwrap();
        buy(&mut store, a, 1, 100);
        let before = counts(&store);
        let err = store.merge_customers(a, a).unwrap_err();
        assert!(err.to_string().starts_with("other: "), "{err}");
        assert!(matches!(store.merge_customers(a, CustomerId(99)), Err(crate::Error::NotFound { .. })));
        assert_eq!(counts(&store), before);
    }
}
