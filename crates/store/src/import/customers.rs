//! Customer files: each row previewed as new, updated, duplicate or rejected (and why), then
//! written in one transaction.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use fidele_domain::{Channel, Customer, CustomerDraft, CustomerId};
use fidele_interchange::{CustomerFile, ImportedCustomer, Rejected, Warning};
use rusqlite::{Connection, params};

use super::IMPORT_SOURCE;
use super::matching::{CustomerIndex, KeyMap, MatchKey, RowChange, find_by_name, match_in, name_key, phone_match_key};
use crate::codec;
use crate::customers::{insert_consent_in, insert_customer_in, read_customer, update_customer_in};
use crate::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerAction {
    New,
    Update,
    Duplicate,
}

impl CustomerAction {
    pub fn code(self) -> &'static str {
        match self {
            CustomerAction::New => "new",
            CustomerAction::Update => "update",
            CustomerAction::Duplicate => "duplicate",
        }
    }
}

/// What happens (or happened) to one readable row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRowPlan {
    pub line: u64,
    /// The name as read from the file.
    pub name: String,
    pub action: CustomerAction,
    /// The stored customer the row matched (updated, or left as it was).
    pub customer: Option<CustomerId>,
    /// Why the row is an update or a duplicate, for the front ends to word: what matched, the
    /// stored customer's name or the earlier line of the file it matched, and what the row adds
    /// (`fidele_usecases::imports::row_reason`).
    pub matched_by: Option<MatchKey>,
    pub matched_name: Option<String>,
    pub matched_line: Option<u64>,
    pub changes: Vec<RowChange>,
}

/// A customer import's preview, and after the commit its result: the same counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerImportReport {
    pub new: usize,
    pub updated: usize,
    pub duplicates: usize,
    pub rejected: Vec<Rejected>,
    /// The fields left out of customers that came in (or a phone kept as typed), in file order:
    /// told apart from the refused rows, which bring nobody in.
    pub warnings: Vec<Warning>,
    /// Every readable row, in file order.
    pub rows: Vec<CustomerRowPlan>,
    /// The import was cancelled: nothing was written.
    pub cancelled: bool,
}

/// The writes a plan makes.
enum Write<'a> {
    New(&'a ImportedCustomer),
    Update { id: CustomerId, draft: Box<CustomerDraft>, consents: Vec<(Channel, bool)>, external_ref: Option<&'a str> },
}

/// Compares an imported row with the stored customer: the merged draft (empty fields filled,
/// e-mails, phones and tags added, never anything overwritten), the consents that change, and
/// the changes in words.
fn merge(existing: &Customer, imported: &ImportedCustomer) -> (CustomerDraft, Vec<(Channel, bool)>, Vec<RowChange>) {
    let mut d = existing.draft.clone();
    let i = &imported.draft;
    let mut changes = Vec::new();
    if d.salutation.is_none() && i.salutation.is_some() {
        d.salutation = i.salutation;
        changes.push(RowChange::new("salutation", ""));
    }
    for (slot, value, what) in [
        (&mut d.first_name, &i.first_name, "first_name"),
        (&mut d.last_name, &i.last_name, "last_name"),
        (&mut d.company, &i.company, "company"),
    ] {
        if slot.is_empty() && !value.is_empty() {
            slot.clone_from(value);
            changes.push(RowChange::new(what, ""));
        }
    }
    for e in &i.emails {
        if !d.emails.iter().any(|x| x.eq_ignore_ascii_case(e) || x.to_lowercase() == e.to_lowercase()) {
            d.emails.push(e.clone());
            changes.push(RowChange::new("email", e.as_str()));
        }
    }
    for p in &i.phones {
        let key = phone_match_key(p);
        if !d.phones.iter().any(|x| phone_match_key(x) == key) {
            d.phones.push(p.clone());
            changes.push(RowChange::new("phone", p.as_str()));
        }
    }
    let a = &d.address;
    let stored_empty = a.line1.is_empty() && a.line2.is_empty() && a.postal_code.is_empty() && a.city.is_empty();
    let b = &i.address;
    let imported_empty = b.line1.is_empty() && b.line2.is_empty() && b.postal_code.is_empty() && b.city.is_empty();
    if stored_empty && !imported_empty {
        d.address = i.address.clone();
        changes.push(RowChange::new("address", ""));
    } else if d.address.country.is_empty() && !i.address.country.is_empty() && d.address.city == i.address.city {
        d.address.country.clone_from(&i.address.country);
        changes.push(RowChange::new("country", ""));
    }
    // A language the file gives and the customer file lacks; one set by hand stays.
    if d.language.is_none()
        && let Some(l) = i.language
    {
        d.language = Some(l);
        changes.push(RowChange::new("language", l.code()));
    }
    match (d.birthday, i.birthday) {
        (None, Some(b)) => {
            d.birthday = Some(b);
            changes.push(RowChange::new("birthday", ""));
        }
        (Some(s), Some(b)) if s.year.is_none() && b.year.is_some() && (s.month, s.day) == (b.month, b.day) => {
            d.birthday = Some(b);
            changes.push(RowChange::new("birth_year", ""));
        }
        _ => {}
    }
    if !i.notes.is_empty() && !d.notes.contains(i.notes.as_str()) {
        if d.notes.is_empty() {
            d.notes.clone_from(&i.notes);
        } else {
            d.notes = format!("{}\n{}", d.notes, i.notes);
        }
        changes.push(RowChange::new("notes", ""));
    }
    for t in &i.tags {
        if !d.tags.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
            d.tags.push(t.clone());
            changes.push(RowChange::new("tag", t.as_str()));
        }
    }
    let current = fidele_domain::consent::current_consents(&existing.consents);
    let stated: Vec<Channel> = existing.consents.iter().map(|e| e.channel).collect();
    let mut consents = Vec::new();
    for &(channel, granted) in &imported.consents {
        let now_granted = current.contains(&channel);
        if now_granted != granted || !stated.contains(&channel) {
            consents.push((channel, granted));
            changes.push(RowChange::new(if granted { "consent_given" } else { "consent_withdrawn" }, channel.code()));
        }
    }
    (d, consents, changes)
}

/// Stored customers by the digits their phones are matched by: E.164 when libphonenumber reads
/// the number in the customer's (else the shop's) country, as `customer_phones.digits` holds
/// them, so a Dutch "06 12345678" and a French "06 12 34 56 78" are two numbers.
fn stored_phone_digits(conn: &Connection) -> Result<KeyMap> {
    let mut phones = KeyMap::default();
    let mut stmt = conn.prepare("SELECT customer_id, digits FROM customer_phones WHERE digits <> ''")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        phones.insert_first(&r.get::<_, String>(1)?, r.get(0)?);
    }
    Ok(phones)
}

/// The digits each of a row's phones is matched by, read as the store writes them.
fn row_phone_digits(c: &ImportedCustomer, shop_country: &str) -> Vec<String> {
    let region = fidele_domain::phone::region_for(&c.draft.address.country, shop_country);
    c.draft.phones.iter().map(|p| fidele_domain::phone::match_digits(p, &region)).filter(|d| !d.is_empty()).collect()
}

/// What a row matches, first by customer number, then e-mail, then phone digits.
fn match_row(emails: &KeyMap, phones: &KeyMap, refs: &KeyMap, c: &ImportedCustomer, digits: &[String]) -> Option<(i64, MatchKey)> {
    let by_ref_or_email = match_in(emails, &KeyMap::default(), refs, c);
    by_ref_or_email.or_else(|| digits.iter().find_map(|d| phones.get(d)).map(|id| (id, MatchKey::Phone)))
}

fn plan_customers<'a>(conn: &Connection, file: &'a CustomerFile) -> Result<(CustomerImportReport, Vec<Write<'a>>)> {
    let stored = CustomerIndex::load(conn)?;
    let stored_phones = stored_phone_digits(conn)?;
    let shop_country = crate::customers::shop_country(conn)?;
    let mut report = CustomerImportReport::default();
    let mut writes = Vec::new();
    // Rows of this file already planned, by the same keys, to their line.
    let mut file_emails = KeyMap::default();
    let mut file_phones = KeyMap::default();
    let mut file_refs = KeyMap::default();
    let mut file_names = KeyMap::default();
    // Stored customers already matched by an earlier row, to that row's line.
    let mut matched: HashMap<i64, u64> = HashMap::new();
    for row in &file.rows {
        let c = match row {
            Ok(c) => c,
            Err(rejected) => {
                report.rejected.push(rejected.clone());
                continue;
            }
        };
        report.warnings.extend(c.warnings.iter().cloned());
        let name = fidele_domain::customer::display_name(&c.draft.first_name, &c.draft.last_name, &c.draft.company);
        let mut plan = CustomerRowPlan {
            line: c.line,
            name,
            action: CustomerAction::New,
            customer: None,
            matched_by: None,
            matched_name: None,
            matched_line: None,
            changes: Vec::new(),
        };
        let by_name = || -> Result<Option<(i64, MatchKey)>> { Ok(find_by_name(conn, c)?.map(|id| (id, MatchKey::NameAndAddress))) };
        let in_file_by_name = name_key(c).and_then(|k| file_names.get(&k)).map(|line| (line, MatchKey::NameAndAddress));
        let digits = row_phone_digits(c, &shop_country);
        let stored_match = match match_row(&stored.emails, &stored_phones, &stored.refs, c, &digits) {
            Some(m) => Some(m),
            None => by_name()?,
        };
        if let Some((id, why)) = stored_match {
            // A later row with an e-mail or phone this row brings matches this row.
            let line = c.line as i64;
            for e in &c.draft.emails {
                file_emails.insert_first(&e.to_lowercase(), line);
            }
            for d in &digits {
                file_phones.insert_first(d, line);
            }
            let existing = read_customer(conn, CustomerId(id))?;
            plan.customer = Some(CustomerId(id));
            plan.matched_by = Some(why);
            plan.matched_name = Some(existing.display_name());
            if let Some(line) = matched.get(&id) {
                plan.action = CustomerAction::Duplicate;
                plan.matched_line = Some(*line);
            } else {
                matched.insert(id, c.line);
                let (draft, consents, changes) = merge(&existing, c);
                let ref_free = c.external_ref.as_deref().filter(|r| !stored.refs.contains_key(r) && !file_refs.contains_key(r));
                let sets_ref = ref_free.is_some() && conn_ref_of(conn, id)?.is_none();
                if changes.is_empty() && !sets_ref {
                    plan.action = CustomerAction::Duplicate;
                } else {
                    let mut changes = changes;
                    if sets_ref {
                        changes.push(RowChange::new("customer_number", ref_free.unwrap_or_default()));
                    }
                    plan.action = CustomerAction::Update;
                    plan.changes = changes;
                    writes.push(Write::Update {
                        id: CustomerId(id),
                        draft: Box::new(draft),
                        consents,
                        external_ref: if sets_ref { ref_free } else { None },
                    });
                    if let Some(r) = ref_free {
                        file_refs.insert(r, c.line as i64);
                    }
                }
            }
        } else if let Some((line, why)) = match_row(&file_emails, &file_phones, &file_refs, c, &digits).or(in_file_by_name) {
            plan.action = CustomerAction::Duplicate;
            plan.matched_by = Some(why);
            plan.matched_line = Some(line as u64);
        } else {
            let line = c.line as i64;
            for e in &c.draft.emails {
                file_emails.insert_first(&e.to_lowercase(), line);
            }
            for d in &digits {
                file_phones.insert_first(d, line);
            }
            if let Some(r) = &c.external_ref {
                file_refs.insert_first(r, line);
            }
            if let Some(k) = name_key(c) {
                file_names.insert_first(&k, line);
            }
            writes.push(Write::New(c));
        }
        match plan.action {
            CustomerAction::New => report.new += 1,
            CustomerAction::Update => report.updated += 1,
            CustomerAction::Duplicate => report.duplicates += 1,
        }
        report.rows.push(plan);
    }
    Ok((report, writes))
}

fn conn_ref_of(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn.prepare_cached("SELECT external_ref FROM customers WHERE id = ?1")?.query_row([id], |r| r.get(0))?)
}

impl Store {
    /// What importing `file` would do, written nowhere.
    pub fn preview_customer_import(&self, file: &CustomerFile) -> Result<CustomerImportReport> {
        Ok(plan_customers(self.conn(), file)?.0)
    }

    /// Imports `file` in one transaction, planned again inside it (so what is written matches
    /// the file as it is now); `progress(done, total)` after each written row. When `cancel`
    /// is set, everything is rolled back and the report says `cancelled`.
    pub fn import_customers(
        &mut self,
        file: &CustomerFile,
        progress: &mut dyn FnMut(u64, u64),
        cancel: &AtomicBool,
    ) -> Result<CustomerImportReport> {
        let now = codec::now();
        let tx = self.conn.transaction()?;
        let (mut report, writes) = plan_customers(&tx, file)?;
        let total = writes.len() as u64;
        progress(0, total);
        for (done, write) in writes.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                drop(tx); // rolls back
                report.cancelled = true;
                return Ok(report);
            }
            match write {
                Write::New(c) => {
                    let id = insert_customer_in(&tx, &c.draft, now)?;
                    if let Some(r) = &c.external_ref {
                        tx.prepare_cached("UPDATE customers SET external_ref = ?2 WHERE id = ?1")?.execute(params![id.0, r])?;
                    }
                    for &(channel, granted) in &c.consents {
                        insert_consent_in(&tx, id, channel, granted, now, IMPORT_SOURCE)?;
                    }
                }
                Write::Update { id, draft, consents, external_ref } => {
                    update_customer_in(&tx, *id, draft, now)?;
                    if let Some(r) = external_ref {
                        tx.prepare_cached("UPDATE customers SET external_ref = ?2 WHERE id = ?1")?.execute(params![id.0, r])?;
                    }
                    for &(channel, granted) in consents {
                        insert_consent_in(&tx, *id, channel, granted, now, IMPORT_SOURCE)?;
                    }
                }
            }
            progress(done as u64 + 1, total);
        }
        if cancel.load(Ordering::Relaxed) {
            drop(tx);
            report.cancelled = true;
            return Ok(report);
        }
        tx.commit()?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::store;
    use fidele_interchange::{ReadOptions, read_customers};

    fn file(text: &str) -> CustomerFile {
        read_customers(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    fn commit(store: &mut Store, f: &CustomerFile) -> CustomerImportReport {
        store.import_customers(f, &mut |_, _| {}, &AtomicBool::new(false)).unwrap()
    }

    #[test]
    fn preview_counts_new_updated_duplicates_and_rejected_then_commit_writes_them() {
        let mut s = store();
        s.add_customer(
            CustomerDraft { first_name: "Hélène".into(), last_name: "Dubœuf".into(), emails: vec!["helene@exemple.fr".into()], ..Default::default() },
            &[],
            "",
        )
        .unwrap();
        let f = file(
            "Nom;Prénom;E-mail;Téléphone;Newsletter\n\
             Dubœuf;Hélène;HELENE@exemple.fr;06 12 34 56 78;oui\n\
             Martin;Paul;paul@exemple.fr;;\n\
             Martin;Paul;;+33 7 98 76 54 32;\n\
             Martin;P.;paul@exemple.fr;;\n\
             Petit;Anne;pas-un-mail;;\n\
             ;;pas-un-mail;;\n",
        );
        let preview = s.preview_customer_import(&f).unwrap();
        assert_eq!((preview.new, preview.updated, preview.duplicates), (3, 1, 1), "{preview:#?}");
        assert_eq!(preview.rejected.len(), 1, "a row where nothing identifies anyone");
        assert_eq!(preview.rejected[0].line, 7);
        // Anne comes in without the address that cannot be read; the warning says so.
        let w: Vec<_> = preview.warnings.iter().map(|w| (w.line, w.column.as_str(), w.code, w.value.as_str())).collect();
        assert_eq!(w, [(6, "E-mail", fidele_domain::ErrorCode::NotAnEmail, "pas-un-mail")]);
        let update = &preview.rows[0];
        assert_eq!(update.action, CustomerAction::Update);
        assert_eq!(preview.rows[3].action, CustomerAction::Duplicate);
        // What the front ends word, in their language.
        assert_eq!((update.matched_by, update.matched_name.as_deref()), (Some(MatchKey::Email), Some("Hélène Dubœuf")));
        assert_eq!(&update.changes[..2], [RowChange::new("phone", "06 12 34 56 78"), RowChange::new("consent_given", "email")]);
        assert_eq!((preview.rows[3].matched_by, preview.rows[3].matched_line), (Some(MatchKey::Email), Some(3)));
        assert_eq!(s.count_customers("").unwrap(), 1, "a preview writes nothing");

        let done = commit(&mut s, &f);
        assert_eq!((done.new, done.updated, done.duplicates, done.rejected.len(), done.warnings.len()), (3, 1, 1, 1, 1));
        assert_eq!(s.count_customers("").unwrap(), 4);
        let helene = s.customer(CustomerId(1)).unwrap();
        assert_eq!(helene.draft.phones, ["06 12 34 56 78"]);
        assert_eq!(helene.consents.len(), 1);
        assert_eq!((helene.consents[0].channel, helene.consents[0].granted, helene.consents[0].source.as_str()), (Channel::Email, true, "import"));

        let again = commit(&mut s, &f);
        assert_eq!((again.new, again.updated, again.duplicates), (0, 0, 5), "{again:#?}");
        assert!(again.rows[0].changes.is_empty() && again.rows[0].matched_by.is_some(), "nothing new: {:?}", again.rows[0]);
        assert_eq!(s.count_customers("").unwrap(), 4, "the same file twice adds nobody");
        assert_eq!(s.customer(CustomerId(1)).unwrap().consents.len(), 1, "nor a consent event");
    }

    #[test]
    fn a_language_from_the_file_fills_one_the_customer_lacks_and_never_replaces_one() {
        let mut s = store();
        commit(&mut s, &file("Nom;Prénom;E-mail\nPeeters;Jan;jan@exemple.be\n"));
        let preview = s.preview_customer_import(&file("Nom;Prénom;E-mail;Langue\nPeeters;Jan;jan@exemple.be;nl\n")).unwrap();
        assert_eq!(preview.rows[0].action, CustomerAction::Update);
        assert_eq!(preview.rows[0].changes, [RowChange::new("language", "nl")]);
        commit(&mut s, &file("Nom;Prénom;E-mail;Langue\nPeeters;Jan;jan@exemple.be;nl\n"));
        let id = s.list_customers("", crate::ListOrder::Name, 10, 0).unwrap()[0].id;
        assert_eq!(s.customer(id).unwrap().draft.language, Some(fidele_domain::Language::Nl));
        let again = commit(&mut s, &file("Nom;Prénom;E-mail;Langue\nPeeters;Jan;jan@exemple.be;English\n"));
        assert_eq!(again.duplicates, 1, "the language set stays");
        assert_eq!(s.customer(id).unwrap().draft.language, Some(fidele_domain::Language::Nl));
    }

    #[test]
    fn external_refs_match_on_a_second_import_even_when_the_e_mail_changed() {
        let mut s = store();
        let f1 = file("Reference ID,First Name,Last Name,Email Address\nC-1,Zoé,Cœur,zoe@exemple.fr\n");
        commit(&mut s, &f1);
        let f2 = file("Reference ID,First Name,Last Name,Email Address\nC-1,Zoé,Cœur,zoe@nouveau.fr\n");
        let r = commit(&mut s, &f2);
        assert_eq!((r.new, r.updated), (0, 1));
        assert_eq!((r.rows[0].matched_by, r.rows[0].matched_name.as_deref()), (Some(MatchKey::CustomerNumber), Some("Zoé Cœur")));
        assert_eq!(s.customer(CustomerId(1)).unwrap().draft.emails, ["zoe@exemple.fr", "zoe@nouveau.fr"]);
    }

    #[test]
    fn a_vendor_export_imported_twice_adds_nothing_the_second_time() {
        let mut s = store();
        for (bytes, count) in [
            (&include_bytes!("../../../interchange/tests/fixtures/square_customers.csv")[..], 4),
            (&include_bytes!("../../../interchange/tests/fixtures/french_sheet_odd_cp1252.csv")[..], 5),
            (&include_bytes!("../../../interchange/tests/fixtures/dutch_sheet_cp1252.csv")[..], 7),
        ] {
            let f = read_customers(bytes, &ReadOptions::default()).unwrap();
            let first = commit(&mut s, &f);
            assert_eq!(first.rejected.len() + first.new, f.rows.len(), "{first:#?}");
            let again = commit(&mut s, &f);
            assert_eq!((again.new, again.updated), (0, 0), "{again:#?}");
            assert_eq!(s.count_customers("").unwrap(), count);
        }
        // The warnings come with the report, apart from the refused rows.
        let f = read_customers(include_bytes!("../../../interchange/tests/fixtures/square_customers.csv"), &ReadOptions::default()).unwrap();
        let r = s.preview_customer_import(&f).unwrap();
        assert_eq!((r.rejected.len(), r.warnings.len()), (0, 2));
    }

    #[test]
    fn an_update_adds_second_e_mails_and_phones_after_the_first_without_reordering() {
        let mut s = store();
        commit(&mut s, &file("Nom;Prénom;E-mail;Téléphone\nPeeters;Jan;jan@exemple.be;0470 12 34 56\n"));
        commit(&mut s, &file("Nom;Prénom;E-mail;E-mail 2;Téléphone;GSM\nPeeters;Jan;jan@werk.be;jan@exemple.be;03 123 45 67;0470 12 34 56\n"));
        let jan = s.customer(CustomerId(1)).unwrap();
        assert_eq!(jan.draft.emails, ["jan@exemple.be", "jan@werk.be"]);
        assert_eq!(jan.draft.phones, ["0470 12 34 56", "03 123 45 67"]);
    }

    #[test]
    fn a_dutch_and_a_french_mobile_with_the_same_digits_are_two_people() {
        let mut s = store();
        commit(&mut s, &file("Nom;Prénom;Téléphone;Pays\nDubœuf;Hélène;06 12 34 56 78;FR\n"));
        let r = commit(&mut s, &file("Nom;Prénom;Téléphone;Pays\nBerg;Anneke;06 12345678;NL\nDubœuf;Hélène;+33 6 12 34 56 78;FR\n"));
        assert_eq!((r.new, r.duplicates), (1, 1), "{r:#?}");
        assert_eq!(r.rows[1].matched_by, Some(MatchKey::Phone));
    }

    #[test]
    fn a_cancelled_customer_import_writes_nothing() {
        let mut s = store();
        let f = file("Nom;Prénom\nA;B\nC;D\n");
        let cancel = AtomicBool::new(false);
        let r = s
            .import_customers(&f, &mut |done, _| {
                if done == 1 {
                    cancel.store(true, Ordering::Relaxed);
                }
            }, &cancel)
            .unwrap();
        assert!(r.cancelled);
        assert_eq!(s.count_customers("").unwrap(), 0);
    }
}
