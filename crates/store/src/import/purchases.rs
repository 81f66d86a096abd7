//! Till exports: streamed, matched on a second thread, written in one transaction.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{LazyLock, OnceLock};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError};

use chrono::{Datelike, NaiveDateTime, Timelike};
use fidele_interchange::{FieldWarning, ImportedPurchase, Rejected};

use super::MAX_REJECTED_LISTED;
use super::matching::{CustomerIndex, FxBuild, text};
use super::pragmas::{CUSTOMERS_CACHE_KIB, ImportPragmas, SORT_CACHE_KIB};
use super::new_customers::PreparedCustomer;
use super::purchase_writer::Writer;
use crate::codec::{self, dt};
use crate::{Result, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseImportOptions {
    /// Add a customer for each reference nobody has (named after the reference).
    pub create_customers: bool,
    /// Match and count, write nothing.
    pub dry_run: bool,
    /// `progress` is called every this many records.
    pub progress_every: u64,
    /// About how many records the file holds (its size over 60 bytes is near enough): a
    /// large import into a small history rebuilds the purchases' indexes once instead of
    /// inserting into them row by row. 0 when unknown.
    pub expected_rows: u64,
    /// The shop's loyalty rules: the sales that come in earn by them, once, and their refunds
    /// take back (`None`: nothing is earned).
    pub loyalty: Option<fidele_domain::LoyaltyRules>,
}

impl Default for PurchaseImportOptions {
    fn default() -> Self {
        PurchaseImportOptions { create_customers: false, dry_run: false, progress_every: 10_000, expected_rows: 0, loyalty: None }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurchaseImportReport {
    /// Records read (purchases and rejected rows).
    pub rows: u64,
    /// Purchases written (or, in a dry run, that would be).
    pub imported: u64,
    /// Customers added for unknown references.
    pub new_customers: u64,
    /// Purchases already in the file (same customer, time, amount and ticket): skipped.
    pub duplicates: u64,
    /// Sales without a customer: counted, not written (nobody to credit them to).
    pub anonymous: u64,
    /// Refunds among the purchases written, and how many were linked to their sale.
    pub refunds: u64,
    pub refunds_linked: u64,
    /// Every rejected row is counted here; the first [`MAX_REJECTED_LISTED`] are listed.
    pub rejected_total: u64,
    pub rejected: Vec<Rejected>,
    /// Values left out of purchases that came in; every one counted, the first
    /// [`MAX_REJECTED_LISTED`] listed.
    pub warnings_total: u64,
    pub warnings: Vec<FieldWarning>,
    pub cancelled: bool,
    /// Points (or stamps) the sales earned, net of what their refunds took back.
    pub points_earned: i64,
}

impl PurchaseImportReport {
    pub(super) fn reject(&mut self, r: Rejected) {
        self.rejected_total += 1;
        if self.rejected.len() < MAX_REJECTED_LISTED {
            self.rejected.push(r);
        }
    }

    pub(super) fn warn(&mut self, warnings: &[FieldWarning]) {
        self.warnings_total += warnings.len() as u64;
        let room = MAX_REJECTED_LISTED.saturating_sub(self.warnings.len());
        self.warnings.extend(warnings.iter().take(room).cloned());
    }
}

/// `2024-07-14T10:32:00`, as `codec::dt` writes it, without the formatting machinery (this
/// runs for every row of a till export).
fn write_dt(at: NaiveDateTime, buf: &mut [u8; 19]) -> &str {
    fn two(out: &mut [u8], v: u32) {
        out[0] = b'0' + (v / 10 % 10) as u8;
        out[1] = b'0' + (v % 10) as u8;
    }
    let y = at.year().clamp(0, 9999) as u32;
    buf[0] = b'0' + (y / 1000) as u8;
    buf[1] = b'0' + (y / 100 % 10) as u8;
    two(&mut buf[2..4], y % 100);
    buf[4] = b'-';
    two(&mut buf[5..7], at.month());
    buf[7] = b'-';
    two(&mut buf[8..10], at.day());
    buf[10] = b'T';
    two(&mut buf[11..13], at.hour());
    buf[13] = b':';
    two(&mut buf[14..16], at.minute());
    buf[16] = b':';
    two(&mut buf[17..19], at.second());
    std::str::from_utf8(buf).unwrap_or("")
}

fn purchase_key(customer: i64, at: &str, amount: i64, ticket: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (customer, at, amount, ticket).hash(&mut h);
    h.finish()
}

/// A record as the reading thread hands it over: parsed, its date written as stored, and its
/// customer looked up among those stored before the import.
// A purchase is much larger than a refusal, and that is fine: batches are vectors reused from
// batch to batch, and boxing the purchase would cost an allocation per row.
#[allow(clippy::large_enum_variant)]
enum Staged {
    Purchase {
        purchase: ImportedPurchase,
        /// The stored customer the reference names; `None` when nobody stored has it (then
        /// the writer looks among the customers this import added, or adds one).
        customer: Option<i64>,
        at: [u8; 19],
        /// Its (customer, time, amount, ticket) hash, when it is among the stored purchases':
        /// the writer checks the rows stored under it.
        maybe_stored: Option<u64>,
        /// The customer to add, at the first purchase of a reference nobody stored has, when
        /// the import adds customers.
        new_customer: Option<Box<PreparedCustomer>>,
    },
    Rejected(Rejected),
}

/// Records handed over at a time, and batches in flight: the reader stays at most
/// `BATCH * BATCHES_IN_FLIGHT` records ahead (a few MiB), whatever the file's size.
const BATCH: usize = 2048;
const BATCHES_IN_FLIGHT: usize = 8;

/// From about this many records (a file's size over 60 bytes), an import is large: it may
/// rebuild the purchases' indexes and writes through a rollback journal.
const LARGE_IMPORT: u64 = 10_000;

/// The customers' indexes a new customer from a till goes into (not the partial ones for a
/// birthday, household or referral it lacks, nor the till reference's UNIQUE, which checks).
const NEW_CUSTOMER_INDEXES: [&str; 5] =
    ["customers_sort_key", "customers_city_key", "customers_sort_name", "customer_emails_address", "customer_phones_digits"];

/// The customers' indexes over their kept totals (see `totals.rs`).
const TOTALS_INDEXES: [&str; 2] = ["customers_total", "customers_last_purchase"];

static EMPTY: LazyLock<StoredPurchases> = LazyLock::new(StoredPurchases::default);

/// What the reading thread matches records against, loaded by the writer inside its
/// transaction.
struct Known {
    index: CustomerIndex,
    stored: StoredPurchases,
    /// The region new customers' phone numbers are read in.
    shop_country: String,
}

/// Purchases already stored, by hash of (customer, time, amount, ticket), with their row ids: a
/// hit is checked against the rows themselves (by id, so even while the purchases' indexes are
/// dropped), and a collision never drops a sale.
#[derive(Default)]
struct StoredPurchases {
    /// The one row stored under a hash...
    one: HashMap<u64, i64, FxBuild>,
    /// ...or the rows, for the few hashes several share (the same sale recorded twice).
    several: HashMap<u64, Vec<i64>, FxBuild>,
}

impl StoredPurchases {
    fn insert(&mut self, key: u64, id: i64) {
        if let Some(first) = self.one.insert(key, id) {
            self.several.entry(key).or_insert_with(|| vec![first]).push(id);
        }
    }

    fn len(&self) -> usize {
        self.one.len() + self.several.values().map(|ids| ids.len() - 1).sum::<usize>()
    }

    fn rows(&self, key: u64) -> &[i64] {
        match self.several.get(&key) {
            Some(ids) => ids,
            None => self.one.get(&key).map(std::slice::from_ref).unwrap_or_default(),
        }
    }
}

/// Records the reading thread parses ahead while the writer loads what it matches against
/// (a fifth of a second for 200,000 customers): some 20 MiB at most.
const READ_AHEAD: usize = 131_072;

/// Reads, parses and matches on the calling thread while the writer stores on another, batch
/// by batch. Parses ahead until `ready` says `known` is loaded; stops as soon as the writer
/// hangs up (cancelled, or failed).
fn stage_records<I>(
    mut records: I,
    prepare_customers: bool,
    known: &OnceLock<Known>,
    ready: Receiver<()>,
    out: SyncSender<Vec<Staged>>,
    spent: Receiver<Vec<Staged>>,
) where
    I: Iterator<Item = std::result::Result<ImportedPurchase, Rejected>>,
{
    let mut early = Vec::new();
    loop {
        match ready.try_recv() {
            Ok(()) => break,
            Err(TryRecvError::Disconnected) => return,
            Err(TryRecvError::Empty) if early.len() < READ_AHEAD => match records.next() {
                Some(r) => early.push(r),
                None => {
                    if ready.recv().is_err() {
                        return;
                    }
                    break;
                }
            },
            Err(TryRecvError::Empty) => {
                if ready.recv().is_err() {
                    return;
                }
                break;
            }
        }
    }
    let Some(Known { index, stored, shop_country }) = known.get() else { return };
    let mut key = String::new();
    // The references nobody stored has that a customer was prepared for (the ids are the
    // writer's to give: 0 here).
    let mut prepared = CustomerIndex::default();
    let next_batch = || match spent.try_recv() {
        Ok(mut old) => {
            old.clear();
            old
        }
        Err(_) => Vec::with_capacity(BATCH),
    };
    let mut batch = next_batch();
    for record in early.into_iter().chain(records) {
        batch.push(match record {
            Ok(purchase) => {
                let customer = purchase.customer_ref.as_ref().and_then(|r| index.find_ref(r, &mut key));
                let mut at = [0u8; 19];
                write_dt(purchase.at, &mut at);
                let maybe_stored = match customer {
                    Some(id) if !stored.one.is_empty() => {
                        Some(purchase_key(id, ascii(&at), purchase.amount.minor, &purchase.ticket)).filter(|k| stored.one.contains_key(k))
                    }
                    _ => None,
                };
                let new_customer = match (&purchase.customer_ref, customer) {
                    (Some(who), None) if prepare_customers && prepared.find_ref(who, &mut key).is_none() => {
                        prepared.add_ref(who, 0, &mut key);
                        Some(Box::new(PreparedCustomer::new(who, &purchase.customer_name, shop_country)))
                    }
                    _ => None,
                };
                Staged::Purchase { purchase, customer, at, maybe_stored, new_customer }
            }
            Err(r) => Staged::Rejected(r),
        });
        if batch.len() == BATCH && out.send(std::mem::replace(&mut batch, next_batch())).is_err() {
            return;
        }
    }
    if !batch.is_empty() {
        let _ = out.send(batch);
    }
}

fn ascii(buf: &[u8; 19]) -> &str {
    std::str::from_utf8(buf).unwrap_or("")
}

impl Store {
    /// Imports purchases as the reader streams them, in one transaction. `progress(rows read)`
    /// every `options.progress_every` records; when `cancel` is set the transaction is rolled
    /// back and the report says `cancelled`.
    ///
    /// The records are read, parsed and matched on a second thread while this one writes
    /// (the writing is the slower: it waits on the reader for a few milliseconds in all),
    /// handed over in small batches through a bounded channel so memory stays flat whatever
    /// the file's size.
    pub fn import_purchases<I>(
        &mut self,
        records: I,
        options: &PurchaseImportOptions,
        progress: &mut dyn FnMut(u64),
        cancel: &AtomicBool,
    ) -> Result<PurchaseImportReport>
    where
        I: IntoIterator<Item = std::result::Result<ImportedPurchase, Rejected>>,
        I::IntoIter: Send,
    {
        let large = !options.dry_run && options.expected_rows >= LARGE_IMPORT;
        let pragmas = ImportPragmas::set(&self.conn, large, self.is_encrypted())?;
        let out = self.import_purchases_in(records.into_iter(), options, progress, cancel);
        let restored = pragmas.restore(&self.conn);
        let out = out?;
        restored?;
        Ok(out)
    }

    fn import_purchases_in<I>(
        &mut self,
        records: I,
        options: &PurchaseImportOptions,
        progress: &mut dyn FnMut(u64),
        cancel: &AtomicBool,
    ) -> Result<PurchaseImportReport>
    where
        I: Iterator<Item = std::result::Result<ImportedPurchase, Rejected>> + Send,
    {
        let now = codec::now();
        let now_text = dt(now);
        let every = options.progress_every.max(1);
        let tx = self.conn.transaction()?;
        let last_before = crate::totals::last_purchase_id(&tx)?;
        let mut report = PurchaseImportReport::default();
        let known = OnceLock::new();
        let mut rebuild: Vec<(String, String)> = Vec::new();
        let mut refunds = Vec::new();
        let written: Result<()> = std::thread::scope(|scope| {
            // The reader starts at once and parses ahead while the stored customers load.
            let (ready_tx, ready) = std::sync::mpsc::sync_channel::<()>(1);
            let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<Staged>>(BATCHES_IN_FLIGHT);
            // Written batches go back to the reader, which frees their text and refills them:
            // freeing on the thread that allocated is cheap, across threads it was a tenth of
            // this thread's time.
            let (spent, returned) = std::sync::mpsc::channel::<Vec<Staged>>();
            let known = &known;
            let prepare_customers = options.create_customers && !options.dry_run;
            scope.spawn(move || stage_records(records, prepare_customers, known, ready, sender, returned));
            // Dropping `ready_tx` or `batches` on the way out (error or cancel) stops the reader.
            let mut stored = StoredPurchases::default();
            {
                let mut stmt = tx.prepare("SELECT customer_id, at, amount_minor, ticket_ref, id FROM purchases WHERE customer_id IS NOT NULL")?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    stored.insert(purchase_key(r.get(0)?, text(r, 1)?, r.get(2)?, text(r, 3)?), r.get(4)?);
                }
            }
            let existing = stored.len() as u64;
            let _ = known.set(Known { index: CustomerIndex::load(&tx)?, stored, shop_country: crate::customers::shop_country(&tx)? });
            let _ = ready_tx.send(());
            // A large import into a small history goes faster without the purchases' indexes,
            // rebuilt (sorted, in one pass) before the commit, than with a random insert into
            // each per row; a small import into a large history keeps them.
            // A partial index (offer codes) stays: an imported sale is never in it, so keeping it
            // costs nothing per row, while rebuilding it reads the whole table once more.
            if !options.dry_run && options.expected_rows >= existing / 2 && options.expected_rows >= LARGE_IMPORT {
                rebuild = tx
                    .prepare(
                        "SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_index_list('purchases') i ON i.name = s.name
                         WHERE s.type = 'index' AND s.sql IS NOT NULL AND NOT i.partial",
                    )?
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
            }
            // Likewise the indexes every customer it adds goes into, when it may add more
            // customers than the file holds: a few are rebuilt in a fraction of a second, while
            // 200,000 random inserts into each cost seconds.
            // And the two the kept totals are in (`customers_total`, `customers_last_purchase`),
            // when the import may touch most customers: each customer's totals move their
            // entries to random places, 200,000 of them, against a sort of every customer.
            if !options.dry_run && options.expected_rows >= LARGE_IMPORT {
                let customers = tx.query_row("SELECT count(*) FROM customers", [], |r| r.get::<_, i64>(0))? as u64;
                let mut names: Vec<&str> = Vec::new();
                if options.create_customers && customers <= options.expected_rows / 4 {
                    names.extend(NEW_CUSTOMER_INDEXES);
                }
                if customers <= options.expected_rows * 2 {
                    names.extend(TOTALS_INDEXES);
                }
                let mut stmt = tx.prepare(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND name IN (SELECT value FROM json_each(?1))",
                )?;
                let names = format!("[{}]", names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(","));
                let found = stmt.query_map([names], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<(String, String)>>>()?;
                rebuild.extend(found);
            }
            for (name, _) in &rebuild {
                tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
            }
            // Customers added by the thousand: each goes into five indexes at random places.
            if options.create_customers && !options.dry_run {
                tx.pragma_update(None, "cache_size", -CUSTOMERS_CACHE_KIB)?;
            }
            let stored_purchases = known.get().map(|k| &k.stored).unwrap_or(&EMPTY);
            let mut writer = Writer::new(&tx, options, now, &now_text)?;
            'batches: for batch in batches {
                for staged in &batch {
                    report.rows += 1;
                    if report.rows % every == 0 {
                        if cancel.load(Ordering::Relaxed) {
                            break 'batches;
                        }
                        progress(report.rows);
                    }
                    match staged {
                        Staged::Rejected(r) => report.reject(r.clone()),
                        Staged::Purchase { purchase, customer, at, maybe_stored, new_customer } => {
                            let stored_rows = maybe_stored.map_or(&[][..], |key| stored_purchases.rows(key));
                            writer.write(&mut report, purchase, *customer, new_customer.as_deref(), ascii(at), stored_rows)?;
                        }
                    }
                }
                let _ = spent.send(batch);
            }
            writer.finish()?;
            if !cancel.load(Ordering::Relaxed) && !options.dry_run {
                // Before the customers' indexes come back: the totals are in two of them.
                // The customers added, written before their totals are.
                writer.flush_customers()?;
                writer.add_to_totals()?;
                writer.finish_customers()?;
            }
            refunds = writer.take_refunds();
            tx.pragma_update(None, "cache_size", -SORT_CACHE_KIB)?;
            Ok(())
        });
        written?;
        if cancel.load(Ordering::Relaxed) {
            drop(tx);
            report.cancelled = true;
            return Ok(report);
        }
        progress(report.rows);
        for (_, sql) in &rebuild {
            tx.execute_batch(sql)?;
        }
        if !options.dry_run {
            report.refunds_linked = super::purchase_writer::link_refunds(&tx, &refunds)?;
            if let Some(rules) = &options.loyalty {
                report.points_earned = crate::points::earn_imported_in(&tx, rules, last_before)?;
            }
        }
        if options.dry_run {
            drop(tx);
        } else {
            tx.commit()?;
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{import_till_csv, store};
    use fidele_domain::CustomerDraft;
    use fidele_interchange::read_purchases;
    use rusqlite::Connection;

    fn total_purchases(s: &Store) -> i64 {
        s.conn().query_row("SELECT count(*) FROM purchases", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn purchases_match_by_email_phone_and_number_and_reject_the_unknown() {
        let mut s = store();
        let id = s
            .add_customer(
                CustomerDraft { last_name: "Dubœuf".into(), emails: vec!["Helene@Exemple.fr".into()], phones: vec!["+33 6 12 34 56 78".into()], ..Default::default() },
                &[],
                "",
            )
            .unwrap();
        s.conn().execute("UPDATE customers SET external_ref = 'C-0042' WHERE id = ?1", [id.0]).unwrap();
        let text = "customer_ref;date;amount;category;ticket\n\
                    helene@exemple.fr;14/07/2024 10:32;1 249,00 €;Bijoux;T-1\n\
                    06 12 34 56 78;14/07/2024 11:05;12,50;Fleurs;T-2\n\
                    C-0042;15/07/2024 09:12;-12,50;Fleurs;T-3\n\
                    inconnu@exemple.fr;15/07/2024 09:12;3;Fleurs;T-4\n\
                    C-0042;hier;3;Fleurs;T-5\n";
        let r = import_till_csv(&mut s, text, &PurchaseImportOptions::default());
        assert_eq!((r.rows, r.imported, r.rejected_total), (5, 3, 2));
        assert_eq!(r.rejected[0].line, 5);
        let problem = &r.rejected[0].problems[0];
        assert_eq!(*problem, fidele_interchange::Problem::new("customer_ref", fidele_domain::ErrorCode::UnknownEmail).with("value", "inconnu@exemple.fr"));
        assert_eq!(r.rejected[1].problems[0].code, fidele_domain::ErrorCode::NotADate);
        assert_eq!(r.rejected[1].line, 6);
        let page = s.customer_page(id, 10).unwrap();
        assert_eq!((page.purchase_count, page.total_minor), (3, 124_900));
        assert_eq!(page.purchases[2].draft.at.to_string(), "2024-07-14 10:32:00");

        let again = import_till_csv(&mut s, text, &PurchaseImportOptions::default());
        assert_eq!((again.imported, again.duplicates), (0, 3), "the same file twice adds nothing");
        assert_eq!(total_purchases(&s), 3);
    }

    #[test]
    fn unknown_references_become_customers_on_request_and_a_dry_run_writes_nothing() {
        let mut s = store();
        let text = "customer_ref,date,amount\nnew@exemple.fr,2024-07-14,3\nnew@exemple.fr,2024-07-15,4\nC-9,2024-07-15,5\n";
        let dry = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, dry_run: true, ..Default::default() });
        assert_eq!((dry.imported, dry.new_customers), (3, 2));
        assert_eq!((s.count_customers("").unwrap(), total_purchases(&s)), (0, 0));
        let r = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((r.imported, r.new_customers), (3, 2));
        assert_eq!(s.count_customers("").unwrap(), 2);
        assert_eq!(s.list_customers("new@exemple", crate::ListOrder::Name, 5, 0).unwrap()[0].purchase_count, 2);
        let automerge: i64 = s.conn().query_row("SELECT v FROM customer_search_config WHERE k = 'automerge'", [], |r| r.get(0)).unwrap();
        assert_eq!(automerge, 4, "the search index merges as usual again after the import");
        let again = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((again.imported, again.new_customers, again.duplicates), (0, 0, 3));
    }

    #[test]
    fn receipts_refunds_margins_anonymous_sales_and_named_new_customers() {
        let mut s = store();
        // A Loyverse receipts export: name and contacts, a refund of an earlier receipt, an
        // anonymous sale, a free gift wrap, cost of goods, an unreadable gross profit.
        let text = "Date,Receipt number,Receipt type,Total collected,Cost of goods,Gross profit,Customer name,Customer contacts\n\
                    11/3/26 10:12 AM,1-1001,Sale,30.00,12.00,,Marie Dupont,marie@exemple.fr\n\
                    11/3/26 11:00 AM,1-1002,Sale,12.50,,,,\n\
                    11/4/26 9:30 AM,1-1003,Sale,0.00,,,Marie Dupont,marie@exemple.fr\n\
                    11/5/26 4:45 PM,1-1004,Refund,30.00,,n/a,Marie Dupont,marie@exemple.fr\n\
                    11/13/26 1:00 PM,1-1005,Sale,8.00,,3.00,Jan Peeters,+32 470 12 34 56\n";
        let options = PurchaseImportOptions { create_customers: true, ..Default::default() };
        let r = import_till_csv(&mut s, text, &options);
        assert_eq!((r.rows, r.imported, r.anonymous, r.new_customers, r.rejected_total), (5, 4, 1, 2, 0));
        assert_eq!((r.refunds, r.refunds_linked), (1, 0), "a refund on its own receipt names no sale");
        assert_eq!(r.warnings_total, 1);
        assert_eq!((r.warnings[0].line, r.warnings[0].field, r.warnings[0].code), (5, "margin", fidele_domain::ErrorCode::NotAnAmount));
        let rows: Vec<(String, String, i64, Option<i64>)> = s
            .conn()
            .prepare("SELECT c.first_name || ' ' || c.last_name, p.at, p.amount_minor, p.margin_minor FROM purchases p JOIN customers c ON c.id = p.customer_id ORDER BY p.at")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            rows,
            [
                ("Marie Dupont".to_owned(), "2026-11-03T10:12:00".to_owned(), 3000, Some(1800)),
                ("Marie Dupont".to_owned(), "2026-11-04T09:30:00".to_owned(), 0, None),
                ("Marie Dupont".to_owned(), "2026-11-05T16:45:00".to_owned(), -3000, None),
                ("Jan Peeters".to_owned(), "2026-11-13T13:00:00".to_owned(), 800, Some(300)),
            ]
        );
        let again = import_till_csv(&mut s, text, &options);
        assert_eq!((again.imported, again.duplicates, again.new_customers), (0, 4, 0), "the same file twice adds nothing");
    }

    #[test]
    fn a_refunded_order_is_its_sale_and_a_refund_linked_to_it() {
        let mut s = store();
        // Shopify: line items under one order number, the total on the first row only.
        let text = "Name,Email,Financial Status,Created at,Total,Refunded Amount,Lineitem quantity,Lineitem name,Lineitem price\n\
                    #1001,marie@exemple.fr,partially_refunded,2026-10-05 14:31:07 +0200,45.00,10.00,2,Mug,10.00\n\
                    #1001,marie@exemple.fr,,2026-10-05 14:31:07 +0200,,,1,Teapot,25.00\n\
                    #1002,marie@exemple.fr,refunded,2026-10-06 09:00:00 +0200,12.00,,1,Mug,12.00\n";
        let r = import_till_csv(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((r.imported, r.refunds, r.refunds_linked), (4, 2, 2));
        let linked: Vec<(i64, String, Option<i64>)> = s
            .conn()
            .prepare("SELECT p.amount_minor, p.ticket_ref, (SELECT s.amount_minor FROM purchases s WHERE s.id = p.refund_of) FROM purchases p ORDER BY p.id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            linked,
            [(4500, "#1001".into(), None), (-1000, "#1001".into(), Some(4500)), (1200, "#1002".into(), None), (-1200, "#1002".into(), Some(1200))]
        );
        let items: Option<i64> = s.conn().query_row("SELECT item_count FROM purchases WHERE ticket_ref = '#1001' AND amount_minor > 0", [], |r| r.get(0)).unwrap();
        assert_eq!(items, Some(3));
    }

    #[test]
    fn a_cancelled_purchase_import_rolls_everything_back() {
        let mut s = store();
        let mut text = String::from("customer_ref,date,amount\n");
        for i in 0..50 {
            text.push_str(&format!("c{i}@exemple.fr,2024-07-14,3\n"));
        }
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let cancel = AtomicBool::new(false);
        let options = PurchaseImportOptions { create_customers: true, progress_every: 10, expected_rows: 100_000, ..Default::default() };
        let r = s
            .import_purchases(reader, &options, &mut |done| {
                if done >= 20 {
                    cancel.store(true, Ordering::Relaxed);
                }
            }, &cancel)
            .unwrap();
        assert!(r.cancelled);
        assert_eq!((s.count_customers("").unwrap(), total_purchases(&s)), (0, 0));
        assert_eq!(purchase_indexes(&s), 3, "the dropped indexes come back with the rollback");
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let r = s.import_purchases(reader, &options, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!(r.imported, 50);
        assert_eq!(purchase_indexes(&s), 3, "and are rebuilt after a large import");
        assert!(s.check_integrity().unwrap().is_empty());
    }

    #[test]
    fn a_large_import_writes_through_a_rollback_journal_and_puts_wal_and_its_settings_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("shop.db")).unwrap();
        let long = "prenom.nom-de-famille-tres-long@exemple-de-domaine.fr"; // longer than a key kept inline
        s.add_customer(CustomerDraft { last_name: "Long".into(), emails: vec![long.into()], ..Default::default() }, &[], "").unwrap();
        let mut text = String::from("customer_ref;date;amount;ticket\n");
        for i in 0..12_000 {
            text.push_str(&format!("{long};{:02}/01/2024 10:00;{},50;T{i}\n", i % 28 + 1, i % 90 + 1));
        }
        text.push_str("inconnu@exemple.fr;01/01/2024;3;X\n");
        let pragma = |s: &Store, name: &str| s.conn().pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0)).unwrap();
        let settings = ["cache_size", "temp_store", "threads", "foreign_keys", "ignore_check_constraints", "synchronous"];
        let before: Vec<_> = settings.iter().map(|p| pragma(&s, p)).collect();
        let journal = dir.path().join("shop.db-journal");
        let mut journaled = false;
        let options = PurchaseImportOptions { expected_rows: text.len() as u64 / 30, progress_every: 1000, ..Default::default() };
        let mut seen = Vec::new();
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let progress = &mut |n| {
            seen.push(n);
            journaled |= journal.exists();
        };
        let r = s.import_purchases(reader, &options, progress, &AtomicBool::new(false)).unwrap();
        assert_eq!((r.rows, r.imported, r.rejected_total), (12_001, 12_000, 1));
        assert!(journaled, "written through a rollback journal");
        assert_eq!(r.rejected[0].line, 12_002, "line numbers count the header");
        assert_eq!(seen.first(), Some(&1000));
        assert_eq!(seen.last(), Some(&12_001));
        assert_eq!(pragma(&s, "journal_mode"), rusqlite::types::Value::Text("wal".into()));
        let after: Vec<_> = settings.iter().map(|p| pragma(&s, p)).collect();
        assert_eq!(after, before);
        assert_eq!(purchase_indexes(&s), 3);
        assert!(s.check_integrity().unwrap().is_empty());
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let again = s.import_purchases(reader, &options, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!((again.imported, again.duplicates), (0, 12_000), "the same file twice adds nothing");
    }

    #[test]
    fn a_large_import_keeps_the_log_while_another_connection_has_the_file_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let mut s = Store::open(&path).unwrap();
        s.add_customer(CustomerDraft { last_name: "Dupont".into(), emails: vec!["a@exemple.fr".into()], ..Default::default() }, &[], "").unwrap();
        let reader = Connection::open(&path).unwrap();
        let n: i64 = reader.query_row("SELECT count(*) FROM customers", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
        let mut text = String::from("customer_ref,date,amount\n");
        for i in 0..12_000 {
            text.push_str(&format!("a@exemple.fr,2024-01-{:02},{}\n", i % 28 + 1, i % 90 + 1));
        }
        let options = PurchaseImportOptions { expected_rows: 12_000, ..Default::default() };
        let journal = dir.path().join("shop.db-journal");
        let mut journaled = false;
        let records = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let r = s.import_purchases(records, &options, &mut |_| journaled |= journal.exists(), &AtomicBool::new(false)).unwrap();
        assert_eq!(r.imported, 12_000);
        assert!(!journaled, "written through the log");
        let mode: String = s.conn().pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        let n: i64 = reader.query_row("SELECT count(*) FROM purchases", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 12_000, "and the other connection reads the commit");
    }

    #[test]
    fn customers_added_by_a_large_import_are_indexed_sorted_and_found() {
        let mut s = store();
        let before = customer_indexes(&s);
        let mut text = String::from("customer_ref;date;amount;ticket\n");
        for i in 0..12_000 {
            let who = match i % 3 {
                0 => format!("client{i}@exemple.fr"),
                1 => format!("06 12 {:02} {:02} {:02}", i / 10_000 % 100, i / 100 % 100, i % 100),
                _ => format!("C-{i:06}"),
            };
            text.push_str(&format!("{who};{:02}/01/2024 10:00;{},50;T{i}\n", i % 28 + 1, i % 90 + 1));
        }
        let options = PurchaseImportOptions { create_customers: true, expected_rows: 12_000, ..Default::default() };
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let r = s.import_purchases(reader, &options, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!((r.imported, r.new_customers), (12_000, 12_000));
        assert_eq!(customer_indexes(&s), before, "the customers' indexes dropped for the import are back");
        let unsorted: i64 = s.conn().query_row("SELECT count(*) FROM customers WHERE sort_key IS NULL OR city_key IS NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(unsorted, 0, "every added customer has its sort keys");
        let by_ref: i64 = s.conn().query_row("SELECT count(*) FROM customers WHERE external_ref = 'C-000002'", [], |r| r.get(0)).unwrap();
        assert_eq!(by_ref, 1);
        let notes: i64 = s.conn().query_row("SELECT count(*) FROM customers WHERE notes <> ''", [], |r| r.get(0)).unwrap();
        assert_eq!(notes, 0, "the notes stay the shopkeeper's");
        assert_eq!(s.count_customers("client3@exemple").unwrap(), 1);
        assert_eq!(s.count_customers("0612000001").unwrap(), 1);
        assert!(s.check_integrity().unwrap().is_empty());
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let again = s.import_purchases(reader, &options, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!((again.imported, again.duplicates, again.new_customers), (0, 12_000, 0), "the same file twice adds nothing");
    }

    fn customer_indexes(s: &Store) -> i64 {
        s.conn()
            .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('customers', 'customer_emails', 'customer_phones')", [], |r| r.get(0))
            .unwrap()
    }

    fn purchase_indexes(s: &Store) -> i64 {
        s.conn().query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'purchases'", [], |r| r.get(0)).unwrap()
    }

    /// An encrypted file's large import keeps the log: its journal would hold pages that must not
    /// be played back before the passphrase is checked. Its sort runs stay in memory.
    #[test]
    fn an_encrypted_files_large_import_keeps_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let key = crate::Passphrase::new("lilas en fleurs").unwrap();
        let mut s = Store::open_with(&path, Some(&key)).unwrap();
        s.add_customer(CustomerDraft { last_name: "Dupont".into(), emails: vec!["a@exemple.fr".into()], ..Default::default() }, &[], "").unwrap();
        let mut text = String::from("customer_ref,date,amount\n");
        for i in 0..12_000 {
            text.push_str(&format!("a@exemple.fr,2024-01-{:02},{}\n", i % 28 + 1, i % 90 + 1));
        }
        let journal = dir.path().join("shop.db-journal");
        let mut journaled = false;
        let records = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        let options = PurchaseImportOptions { expected_rows: 12_000, ..Default::default() };
        let r = s.import_purchases(records, &options, &mut |_| journaled |= journal.exists(), &AtomicBool::new(false)).unwrap();
        assert_eq!(r.imported, 12_000);
        assert!(!journaled, "written through the log");
        assert_eq!(purchase_indexes(&s), 3);
        drop(s);
        let s = Store::open_with(&path, Some(&key)).unwrap();
        assert_eq!(total_purchases(&s), 12_000);
    }

    #[test]
    fn dates_are_written_as_the_codec_writes_them() {
        let at = chrono::NaiveDate::from_ymd_opt(2024, 7, 4).unwrap().and_hms_opt(9, 5, 7).unwrap();
        assert_eq!(write_dt(at, &mut [0; 19]), dt(at));
    }
}
