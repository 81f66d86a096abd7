//! Imports and exports: customers and purchases read by `fidele-interchange` matched against
//! the customer file and written in one transaction; customers selected for export.
//!
//! A customer row is *new* (nobody stored or earlier in the file has its e-mail, phone digits
//! or customer number), *updated* (it matches a stored customer and brings something the
//! file lacks: an e-mail, a phone, an empty field, a tag, a changed consent), a *duplicate*
//! (it matches an earlier row of the same file, or a stored customer it adds nothing to), or
//! *rejected* by the reader. Every matched row says whom it matched and why. Importing the
//! same file twice therefore adds nothing the second time.
//!
//! Purchases are streamed: one pass over the reader's records, customers matched through an
//! in-memory index built once, prepared multi-row inserts, one transaction. Cancelling rolls
//! everything back.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError};

use chrono::{Datelike, NaiveDateTime, Timelike};
use fidele_analytics::{Ladder, Ledger, Segment, Stage};
use fidele_domain::{Address, Channel, Customer, CustomerDraft, CustomerId, Language, Salutation};
use fidele_interchange::{CustomerFile, CustomerRef, ImportedCustomer, ImportedPurchase, Problem, Rejected};
use rusqlite::{Connection, params};

use crate::codec::{self, dt};
use crate::customers::{insert_consent_in, insert_customer_in, read_customer, write_contacts_in};
use crate::{Result, Store, search};

/// Where consents read from a file are recorded as coming from.
pub const IMPORT_SOURCE: &str = "import";

/// At most this many rejected rows are kept with their reasons (all are counted).
pub const MAX_REJECTED_LISTED: usize = 1000;

// ---------------------------------------------------------------------------------------------
// Matching

/// The key a phone number is matched by: its digits, with an international number of the
/// shops' countries (+33, +32, +31, +352, +44, +41, or 00…) in its national form, so
/// "+33 6 12 34 56 78" and "06 12 34 56 78" match.
pub fn phone_match_key(text: &str) -> String {
    let mut out = String::new();
    phone_match_key_into(text, &mut out);
    out
}

fn phone_match_key_into(text: &str, out: &mut String) {
    out.clear();
    let t = text.trim();
    out.extend(t.chars().filter(char::is_ascii_digit));
    let international = t.starts_with('+') || t.starts_with("00");
    if !international {
        return;
    }
    let skip = if out.starts_with("00") { 2 } else { 0 };
    for cc in ["352", "33", "32", "31", "44", "41"] {
        let rest = &out[skip..];
        if let Some(national) = rest.strip_prefix(cc)
            && national.len() >= 8
            && !national.starts_with('0')
        {
            let start = skip + cc.len() - 1;
            out.replace_range(..=start, "0");
            return;
        }
    }
}

fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    Ok(row.get_ref(i)?.as_str()?)
}

/// A fast hash for the import's in-memory maps (the FxHash of rustc: one multiply per word).
/// Their keys come from the shop's own files and database, so the default SipHash's defence
/// against chosen collisions buys nothing here, and it was a tenth of a large import's time.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the table's bucket) depending only on the keys'
        // low bits, the same first letters for every e-mail: bring the well-mixed high bits
        // down (as rustc-hash 2 does).
        self.0.rotate_left(26)
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Customers (or lines of a file) by one of their keys. Keys of up to 31 bytes (nearly every
/// e-mail, phone key and customer number) are kept inline in the table, so a lookup reads one
/// slot rather than a slot and then the key's own allocation: the till's 600,000 random
/// lookups were half of the reading thread's time.
#[derive(Default)]
struct KeyMap {
    short: HashMap<[u8; 32], i64, FxBuild>,
    long: HashMap<String, i64, FxBuild>,
}

/// The key's bytes and, in the last byte, its length (so "a" and "a\0" differ).
fn inline_key(key: &str) -> Option<[u8; 32]> {
    let bytes = key.as_bytes();
    if bytes.len() > 31 {
        return None;
    }
    let mut k = [0u8; 32];
    k[..bytes.len()].copy_from_slice(bytes);
    k[31] = bytes.len() as u8;
    Some(k)
}

impl KeyMap {
    /// Room for `keys` keys (mostly short) without growing.
    fn with_capacity(keys: usize) -> KeyMap {
        KeyMap { short: HashMap::with_capacity_and_hasher(keys, FxBuild::default()), long: HashMap::default() }
    }

    fn get(&self, key: &str) -> Option<i64> {
        match inline_key(key) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(key).copied(),
        }
    }

    fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn insert(&mut self, key: &str, value: i64) {
        match inline_key(key) {
            Some(k) => self.short.insert(k, value),
            None => self.long.insert(key.to_owned(), value),
        };
    }

    /// Inserts unless the key is already there (the first one wins).
    fn insert_first(&mut self, key: &str, value: i64) {
        match inline_key(key) {
            Some(k) => self.short.entry(k).or_insert(value),
            None => self.long.entry(key.to_owned()).or_insert(value),
        };
    }
}

/// Stored customers by e-mail (lower case), phone key and customer number.
#[derive(Default)]
struct CustomerIndex {
    emails: KeyMap,
    phones: KeyMap,
    refs: KeyMap,
}

impl CustomerIndex {
    fn load(conn: &Connection) -> Result<CustomerIndex> {
        // Erasing a customer deletes their e-mails and phones, so these rows are all live.
        // One scratch buffer for every key: no allocation per row.
        let mut key = String::new();
        // Sized first: growing a table rehashes every key so far.
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n.max(0) as usize);
        let mut emails = KeyMap::with_capacity(count("SELECT count(*) FROM customer_emails")?);
        let mut stmt = conn.prepare("SELECT customer_id, address FROM customer_emails")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let address = text(r, 1)?;
            key.clear();
            if address.is_ascii() {
                key.push_str(address);
                key.make_ascii_lowercase();
            } else {
                key.push_str(&address.to_lowercase());
            }
            emails.insert_first(&key, r.get(0)?);
        }
        let mut phones = KeyMap::with_capacity(count("SELECT count(*) FROM customer_phones")?);
        let mut stmt = conn.prepare("SELECT customer_id, number FROM customer_phones")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            phone_match_key_into(text(r, 1)?, &mut key);
            if !key.is_empty() {
                phones.insert_first(&key, r.get(0)?);
            }
        }
        let mut refs = KeyMap::with_capacity(count("SELECT count(*) FROM customers WHERE external_ref >= ''")?);
        // `>= ''` (every text) lets SQLite read the numbers from their unique index alone
        // rather than every customer row.
        let mut stmt = conn.prepare("SELECT id, external_ref FROM customers WHERE external_ref >= ''")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            refs.insert(text(r, 1)?, r.get(0)?);
        }
        Ok(CustomerIndex { emails, phones, refs })
    }

    /// The stored customer a till's reference names. `key` is a scratch buffer.
    fn find_ref(&self, r: &CustomerRef, key: &mut String) -> Option<i64> {
        match r {
            CustomerRef::Email(e) => self.emails.get(e),
            CustomerRef::Phone(p) => {
                phone_match_key_into(p, key);
                self.phones.get(key)
            }
            // A till's number may also be the phone or e-mail the customer gave.
            CustomerRef::External(x) => self.refs.get(x),
        }
    }
}

/// What one row of a customer file matched, and by which value.
fn match_in(
    emails: &KeyMap,
    phones: &KeyMap,
    refs: &KeyMap,
    c: &ImportedCustomer,
) -> Option<(i64, MatchKey)> {
    if let Some(id) = c.external_ref.as_ref().and_then(|r| refs.get(r)) {
        return Some((id, MatchKey::CustomerNumber));
    }
    for e in &c.draft.emails {
        if let Some(id) = emails.get(&e.to_lowercase()) {
            return Some((id, MatchKey::Email));
        }
    }
    for p in &c.draft.phones {
        if let Some(id) = phones.get(&phone_match_key(p)) {
            return Some((id, MatchKey::Phone));
        }
    }
    None
}

/// What an imported row was recognised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKey {
    CustomerNumber,
    Email,
    Phone,
}

impl MatchKey {
    /// A stable code for the front ends to word.
    pub fn code(self) -> &'static str {
        match self {
            MatchKey::CustomerNumber => "customer_number",
            MatchKey::Email => "email",
            MatchKey::Phone => "phone",
        }
    }

    fn words(self) -> &'static str {
        match self {
            MatchKey::CustomerNumber => "same customer number",
            MatchKey::Email => "same e-mail",
            MatchKey::Phone => "same phone",
        }
    }
}

/// One thing an imported row adds to the stored customer it matched: a stable `code`
/// (`salutation`, `first_name`, `last_name`, `company`, `email`, `phone`, `address`, `country`,
/// `birthday`, `birth_year`, `notes`, `tag`, `consent_given`, `consent_withdrawn`,
/// `customer_number`) and the value it names, if any (the e-mail, the tag, the channel...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    pub code: &'static str,
    pub value: String,
}

impl RowChange {
    fn new(code: &'static str, value: impl Into<String>) -> RowChange {
        RowChange { code, value: value.into() }
    }

    /// In English, as the CLI prints it: "e-mail helene@exemple.fr", "birth year".
    fn words(&self) -> String {
        let what = match self.code {
            "first_name" => "first name",
            "last_name" => "last name",
            "email" => "e-mail",
            "birth_year" => "birth year",
            "customer_number" => "customer number",
            "consent_given" => return format!("{} consent given", self.value),
            "consent_withdrawn" => return format!("{} consent withdrawn", self.value),
            other => other,
        };
        if self.value.is_empty() { what.to_owned() } else { format!("{what} {}", self.value) }
    }
}

// ---------------------------------------------------------------------------------------------
// Customers

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
    /// Why, in words: "same e-mail as Hélène Dubœuf (#12): adds phone 06 12 34 56 78".
    pub reason: String,
    /// The same, for front ends to word in their language: what matched, the stored customer's
    /// name or the earlier line of the file it matched, and what the row adds.
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

fn plan_customers<'a>(conn: &Connection, file: &'a CustomerFile) -> Result<(CustomerImportReport, Vec<Write<'a>>)> {
    let stored = CustomerIndex::load(conn)?;
    let mut report = CustomerImportReport::default();
    let mut writes = Vec::new();
    // Rows of this file already planned, by the same keys, to their line.
    let mut file_emails = KeyMap::default();
    let mut file_phones = KeyMap::default();
    let mut file_refs = KeyMap::default();
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
        let name = fidele_domain::customer::display_name(&c.draft.first_name, &c.draft.last_name, &c.draft.company);
        let mut plan = CustomerRowPlan {
            line: c.line,
            name,
            action: CustomerAction::New,
            customer: None,
            reason: String::new(),
            matched_by: None,
            matched_name: None,
            matched_line: None,
            changes: Vec::new(),
        };
        if let Some((id, why)) = match_in(&stored.emails, &stored.phones, &stored.refs, c) {
            // A later row with an e-mail or phone this row brings matches this row.
            let line = c.line as i64;
            for e in &c.draft.emails {
                file_emails.insert_first(&e.to_lowercase(), line);
            }
            for p in &c.draft.phones {
                file_phones.insert_first(&phone_match_key(p), line);
            }
            let existing = read_customer(conn, CustomerId(id))?;
            let who = format!("{} (#{id})", existing.display_name());
            plan.customer = Some(CustomerId(id));
            plan.matched_by = Some(why);
            plan.matched_name = Some(existing.display_name());
            let why = why.words();
            if let Some(line) = matched.get(&id) {
                plan.action = CustomerAction::Duplicate;
                plan.matched_line = Some(*line);
                plan.reason = format!("{why} as line {line} ({who}): skipped");
            } else {
                matched.insert(id, c.line);
                let (draft, consents, changes) = merge(&existing, c);
                let ref_free = c.external_ref.as_deref().filter(|r| !stored.refs.contains_key(r) && !file_refs.contains_key(r));
                let sets_ref = ref_free.is_some() && conn_ref_of(conn, id)?.is_none();
                if changes.is_empty() && !sets_ref {
                    plan.action = CustomerAction::Duplicate;
                    plan.reason = format!("{why} as {who}, nothing new: skipped");
                } else {
                    let mut changes = changes;
                    if sets_ref {
                        changes.push(RowChange::new("customer_number", ref_free.unwrap_or_default()));
                    }
                    plan.action = CustomerAction::Update;
                    plan.reason = format!("{why} as {who}: adds {}", changes.iter().map(RowChange::words).collect::<Vec<_>>().join(", "));
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
        } else if let Some((line, why)) = match_in(&file_emails, &file_phones, &file_refs, c) {
            plan.action = CustomerAction::Duplicate;
            plan.matched_by = Some(why);
            plan.matched_line = Some(line as u64);
            plan.reason = format!("{} as line {line}: skipped", why.words());
        } else {
            let line = c.line as i64;
            for e in &c.draft.emails {
                file_emails.insert_first(&e.to_lowercase(), line);
            }
            for p in &c.draft.phones {
                file_phones.insert_first(&phone_match_key(p), line);
            }
            if let Some(r) = &c.external_ref {
                file_refs.insert_first(r, line);
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

fn update_customer_row(conn: &Connection, id: CustomerId, d: &CustomerDraft, at: NaiveDateTime) -> Result<()> {
    conn.prepare_cached(
        "UPDATE customers SET salutation = ?2, first_name = ?3, last_name = ?4, company = ?5, address_line1 = ?6,
            address_line2 = ?7, postal_code = ?8, city = ?9, country = ?10, birth_year = ?11, birth_month = ?12,
            birth_day = ?13, notes = ?14, updated_at = ?15
         WHERE id = ?1",
    )?
    .execute(params![
        id.0,
        d.salutation.map(Salutation::code),
        d.first_name,
        d.last_name,
        d.company,
        d.address.line1,
        d.address.line2,
        d.address.postal_code,
        d.address.city,
        d.address.country,
        d.birthday.and_then(|b| b.year),
        d.birthday.map(|b| b.month),
        d.birthday.map(|b| b.day),
        d.notes,
        dt(at),
    ])?;
    write_contacts_in(conn, id.0, d)?;
    search::index(conn, id.0, d)?;
    Ok(())
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
                    update_customer_row(&tx, *id, draft, now)?;
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

// ---------------------------------------------------------------------------------------------
// Purchases

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
}

impl Default for PurchaseImportOptions {
    fn default() -> Self {
        PurchaseImportOptions { create_customers: false, dry_run: false, progress_every: 10_000, expected_rows: 0 }
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
    /// Every rejected row is counted here; the first [`MAX_REJECTED_LISTED`] are listed.
    pub rejected_total: u64,
    pub rejected: Vec<Rejected>,
    pub cancelled: bool,
}

impl PurchaseImportReport {
    fn reject(&mut self, r: Rejected) {
        self.rejected_total += 1;
        if self.rejected.len() < MAX_REJECTED_LISTED {
            self.rejected.push(r);
        }
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

/// The name and contact a customer added for an unknown till reference gets.
fn customer_for_ref(r: &CustomerRef, line: u64) -> (CustomerDraft, Option<String>) {
    let mut d = CustomerDraft {
        source: IMPORT_SOURCE.into(),
        notes: format!("Added by a purchase import (line {line}); complete the name."),
        ..CustomerDraft::default()
    };
    let mut external = None;
    match r {
        CustomerRef::Email(e) => {
            d.last_name = e.clone();
            d.emails.push(e.clone());
        }
        CustomerRef::Phone(p) => {
            d.last_name = p.clone();
            d.phones.push(p.clone());
        }
        CustomerRef::External(x) => {
            d.last_name = x.chars().take(100).collect();
            external = Some(x.clone());
        }
    }
    (d, external)
}

/// The rejection of a row whose customer nobody has.
fn unknown_customer(line: u64, r: &CustomerRef) -> Rejected {
    let (code, value, message) = match r {
        CustomerRef::Email(e) => ("unknown_email", e, format!("no customer has the e-mail {e}")),
        CustomerRef::Phone(p) => ("unknown_phone", p, format!("no customer has the phone number {p}")),
        CustomerRef::External(x) => ("unknown_number", x, format!("no customer has the number \"{x}\"")),
    };
    Rejected::one(line, Problem::new("customer_ref", code, vec![value.clone()], message))
}

/// A record as the reading thread hands it over: parsed, its date written as stored, and its
/// customer looked up among those stored before the import.
enum Staged {
    Purchase {
        purchase: ImportedPurchase,
        /// The stored customer the reference names; `None` when nobody stored has it (then
        /// the writer looks among the customers this import added, or adds one).
        customer: Option<i64>,
        at: [u8; 19],
        /// Its (customer, time, amount, ticket) is among the stored purchases' hashes: the
        /// writer checks the row itself.
        maybe_stored: bool,
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

/// Sales written by one INSERT statement: the per-statement work (finding the table's end,
/// closing the statement) is shared by this many rows.
const ROWS_PER_INSERT: usize = 32;

/// What the reading thread matches records against, loaded by the writer inside its
/// transaction.
struct Known {
    index: CustomerIndex,
    /// Purchases already stored, by hash of (customer, time, amount, ticket): a hit is checked
    /// against the row itself, so a collision never drops a sale.
    stored: HashSet<u64, FxBuild>,
}

/// Records the reading thread parses ahead while the writer loads what it matches against
/// (a fifth of a second for 200,000 customers): some 20 MiB at most.
const READ_AHEAD: usize = 131_072;

/// Reads, parses and matches on the calling thread while the writer stores on another, batch
/// by batch. Parses ahead until `ready` says `known` is loaded; stops as soon as the writer
/// hangs up (cancelled, or failed).
fn stage_records<I>(
    mut records: I,
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
    let Some(Known { index, stored }) = known.get() else { return };
    let mut key = String::new();
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
                let customer = index.find_ref(&purchase.customer_ref, &mut key);
                let mut at = [0u8; 19];
                write_dt(purchase.at, &mut at);
                let maybe_stored = match customer {
                    Some(id) if !stored.is_empty() => {
                        stored.contains(&purchase_key(id, ascii(&at), purchase.amount.minor, &purchase.ticket))
                    }
                    _ => false,
                };
                Staged::Purchase { purchase, customer, at, maybe_stored }
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

/// The connection's settings a purchase import changes for its duration, to put back.
struct ImportPragmas {
    cache_size: i64,
    temp_store: i64,
    threads: i64,
    /// The import switched the file from its write-ahead log to a rollback journal.
    left_wal: bool,
}

impl ImportPragmas {
    /// `large`: the import is expected to be large enough to rebuild the purchases' indexes.
    fn set(conn: &Connection, large: bool, encrypted: bool) -> Result<ImportPragmas> {
        let get = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0));
        let mut saved = ImportPragmas {
            cache_size: get("cache_size")?,
            temp_store: get("temp_store")?,
            threads: get("threads")?,
            left_wal: false,
        };
        // 2 MiB of page cache: rows are appended, so a larger cache buys nothing, and it also
        // sizes the runs the index rebuild sorts, which sort fastest while they fit the
        // processor's cache (measured: 8 MiB runs took 0.37 s an index, 2 MiB 0.27 s). Memory
        // stays flat however large the file.
        conn.pragma_update(None, "cache_size", -2_048)?;
        // Every customer id written comes from the index just read inside the same
        // transaction, or from a customer it added, so the per-row foreign-key lookup is
        // redundant. (The pragma cannot change inside a transaction, hence here.)
        conn.pragma_update(None, "foreign_keys", false)?;
        // Likewise the CHECKs on every row (a three-letter currency, a count not below zero):
        // the values come typed (`Currency`, `u32`, and the domain's draft for a customer
        // added for an unknown reference), so they hold by construction.
        conn.pragma_update(None, "ignore_check_constraints", true)?;
        // Rebuilding the indexes sorts runs of the cache's size and merges them from temporary
        // files, so memory stays flat however large the file; and only then does SQLite sort
        // on worker threads (it never does while temporary data is kept in memory). An
        // encrypted file keeps its temporary data in memory instead: SQLCipher does not
        // encrypt temporary files, and the sort's runs hold every purchase's customer, date
        // and ticket.
        conn.pragma_update(None, "temp_store", if encrypted { "MEMORY" } else { "FILE" })?;
        conn.pragma_update(None, "threads", 2)?;
        // A large import writes its new pages once, into the file, through a rollback journal,
        // rather than twice (into the log, then copied into the file): 0.2 s of a 636,000-row
        // import. A kill mid-import leaves a hot journal, which `schema::open_file` rolls back
        // before anything else reads the file. Not for an encrypted file, whose first look
        // must not replay pages before its passphrase is checked.
        //
        // Leaving the log needs the file to itself: while another connection has it open, the
        // import keeps the log rather than wait for it.
        if large && !encrypted && journal_mode(conn)? == "wal" {
            conn.busy_timeout(std::time::Duration::ZERO)?;
            saved.left_wal = matches!(set_journal_mode(conn, "DELETE").as_deref(), Ok("delete"));
            conn.busy_timeout(crate::schema::BUSY_TIMEOUT)?;
        }
        Ok(saved)
    }

    fn restore(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "ignore_check_constraints", false)?;
        conn.pragma_update(None, "cache_size", self.cache_size)?;
        conn.pragma_update(None, "temp_store", self.temp_store)?;
        conn.pragma_update(None, "threads", self.threads)?;
        if self.left_wal {
            set_journal_mode(conn, "WAL")?;
        }
        Ok(())
    }
}

fn journal_mode(conn: &Connection) -> rusqlite::Result<String> {
    conn.pragma_query_value(None, "journal_mode", |r| r.get(0))
}

/// Sets the journal mode and returns the one in force (SQLite keeps the old one when it
/// cannot change, e.g. while another connection reads the file).
fn set_journal_mode(conn: &Connection, mode: &str) -> rusqlite::Result<String> {
    conn.pragma_update_and_check(None, "journal_mode", mode, |r| r.get(0))
}

impl Store {
    /// Imports purchases as the reader streams them, in one transaction. `progress(rows read)`
    /// every `options.progress_every` records; when `cancel` is set the transaction is rolled
    /// back and the report says `cancelled`.
    ///
    /// The records are read, parsed and matched on a second thread while this one writes
    /// (the two take about as long as each other), handed over in small batches through a
    /// bounded channel so memory stays flat whatever the file's size.
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
        let mut report = PurchaseImportReport::default();
        let known = OnceLock::new();
        let mut rebuild: Vec<(String, String)> = Vec::new();
        let written: Result<()> = std::thread::scope(|scope| {
            // The reader starts at once and parses ahead while the stored customers load.
            let (ready_tx, ready) = std::sync::mpsc::sync_channel::<()>(1);
            let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<Staged>>(BATCHES_IN_FLIGHT);
            // Written batches go back to the reader, which frees their text and refills them:
            // freeing on the thread that allocated is cheap, across threads it was a tenth of
            // this thread's time.
            let (spent, returned) = std::sync::mpsc::channel::<Vec<Staged>>();
            let known = &known;
            scope.spawn(move || stage_records(records, known, ready, sender, returned));
            // Dropping `ready_tx` or `batches` on the way out (error or cancel) stops the reader.
            let mut stored: HashSet<u64, FxBuild> = HashSet::default();
            {
                let mut stmt = tx.prepare("SELECT customer_id, at, amount_minor, ticket_ref FROM purchases WHERE customer_id IS NOT NULL")?;
                let mut rows = stmt.query([])?;
                while let Some(r) = rows.next()? {
                    stored.insert(purchase_key(r.get(0)?, text(r, 1)?, r.get(2)?, text(r, 3)?));
                }
            }
            let existing = stored.len() as u64;
            let _ = known.set(Known { index: CustomerIndex::load(&tx)?, stored });
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
                for (name, _) in &rebuild {
                    tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
                }
            }
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
                        Staged::Purchase { purchase, customer, at, maybe_stored } => {
                            writer.write(&mut report, purchase, *customer, ascii(at), *maybe_stored)?;
                        }
                    }
                }
                let _ = spent.send(batch);
            }
            writer.finish()?;
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
        if options.dry_run {
            drop(tx);
        } else {
            tx.commit()?;
        }
        Ok(report)
    }
}

/// The writing side of a purchase import: its prepared statements, the rows waiting for the
/// next multi-row INSERT, and the customers it added.
struct Writer<'c> {
    tx: &'c Connection,
    options: &'c PurchaseImportOptions,
    now: NaiveDateTime,
    /// Inserts `ROWS_PER_INSERT` rows; `insert_one` the last few.
    insert_many: rusqlite::Statement<'c>,
    insert_one: rusqlite::Statement<'c>,
    exists: rusqlite::Statement<'c>,
    pending: Vec<PendingRow>,
    /// How many of `pending` are waiting (the others are kept for their buffers).
    waiting: usize,
    /// Customers this import added, by the reference they were added for.
    added: CustomerIndex,
    key: String,
    /// Customers a dry run would add: counted down from -1 so they never clash with ids.
    next_fake_id: i64,
}

/// A sale waiting to be inserted, its text in buffers reused from row to row.
#[derive(Default)]
struct PendingRow {
    customer: i64,
    at: String,
    amount_minor: i64,
    currency: String,
    category: String,
    item_count: Option<u32>,
    ticket: String,
}

/// Parameters per row of the INSERT; `?1` is the import's time, shared by every row.
const PARAMS_PER_ROW: usize = 7;

fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO purchases (customer_id, at, amount_minor, currency, margin_minor, category, item_count, ticket_ref,
            offer_code, refund_of, note, created_at) VALUES ",
    );
    for row in 0..rows {
        let p = 2 + row * PARAMS_PER_ROW;
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("(?{}, ?{}, ?{}, ?{}, NULL, ?{}, ?{}, ?{}, '', NULL, '', ?1)", p, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6));
    }
    sql
}

impl<'c> Writer<'c> {
    fn new(tx: &'c Connection, options: &'c PurchaseImportOptions, now: NaiveDateTime, now_text: &str) -> Result<Writer<'c>> {
        let mut insert_many = tx.prepare(&insert_sql(ROWS_PER_INSERT))?;
        insert_many.raw_bind_parameter(1, now_text)?;
        let mut insert_one = tx.prepare(&insert_sql(1))?;
        insert_one.raw_bind_parameter(1, now_text)?;
        let exists = tx.prepare(
            "SELECT 1 FROM purchases WHERE customer_id = ?1 AND at = ?2 AND amount_minor = ?3 AND ticket_ref = ?4 LIMIT 1",
        )?;
        Ok(Writer {
            tx,
            options,
            now,
            insert_many,
            insert_one,
            exists,
            pending: (0..ROWS_PER_INSERT).map(|_| PendingRow::default()).collect(),
            waiting: 0,
            added: CustomerIndex::default(),
            key: String::new(),
            next_fake_id: -1,
        })
    }

    fn write(&mut self, report: &mut PurchaseImportReport, p: &ImportedPurchase, customer: Option<i64>, at: &str, maybe_stored: bool) -> Result<()> {
        let customer = match customer.or_else(|| self.added.find_ref(&p.customer_ref, &mut self.key)) {
            Some(id) => id,
            None if self.options.create_customers => self.add_customer(report, p)?,
            None => {
                report.reject(unknown_customer(p.line, &p.customer_ref));
                return Ok(());
            }
        };
        // Only purchases stored before the import can match, so the rows still waiting for
        // their INSERT need not be looked at.
        if maybe_stored && self.exists.exists(params![customer, at, p.amount.minor, p.ticket])? {
            report.duplicates += 1;
            return Ok(());
        }
        report.imported += 1;
        if self.options.dry_run {
            return Ok(());
        }
        let row = &mut self.pending[self.waiting];
        row.customer = customer;
        refill(&mut row.at, at);
        row.amount_minor = p.amount.minor;
        refill(&mut row.currency, p.amount.currency.code());
        refill(&mut row.category, &p.category);
        row.item_count = p.item_count;
        refill(&mut row.ticket, &p.ticket);
        self.waiting += 1;
        if self.waiting == ROWS_PER_INSERT {
            bind_rows(&mut self.insert_many, &self.pending)?;
            self.insert_many.raw_execute()?;
            self.waiting = 0;
        }
        Ok(())
    }

    /// Inserts the rows still waiting.
    fn finish(&mut self) -> Result<()> {
        for row in &self.pending[..self.waiting] {
            bind_rows(&mut self.insert_one, std::slice::from_ref(row))?;
            self.insert_one.raw_execute()?;
        }
        self.waiting = 0;
        Ok(())
    }

    /// Adds a customer for a reference nobody has (or, in a dry run, counts one).
    fn add_customer(&mut self, report: &mut PurchaseImportReport, p: &ImportedPurchase) -> Result<i64> {
        let (draft, external) = customer_for_ref(&p.customer_ref, p.line);
        let id = if self.options.dry_run {
            self.next_fake_id -= 1;
            self.next_fake_id
        } else {
            let id = insert_customer_in(self.tx, &draft, self.now)?.0;
            if let Some(x) = &external {
                self.tx.prepare_cached("UPDATE customers SET external_ref = ?2 WHERE id = ?1")?.execute(params![id, x])?;
            }
            id
        };
        match &p.customer_ref {
            CustomerRef::Email(e) => self.added.emails.insert(e, id),
            CustomerRef::Phone(ph) => self.added.phones.insert(&phone_match_key(ph), id),
            CustomerRef::External(x) => self.added.refs.insert(x, id),
        };
        report.new_customers += 1;
        Ok(id)
    }
}

fn refill(buffer: &mut String, text: &str) {
    buffer.clear();
    buffer.push_str(text);
}

/// Binds `rows` to the INSERT's parameters from `?2` on.
fn bind_rows(insert: &mut rusqlite::Statement<'_>, rows: &[PendingRow]) -> Result<()> {
    for (i, row) in rows.iter().enumerate() {
        let p = 2 + i * PARAMS_PER_ROW;
        insert.raw_bind_parameter(p, row.customer)?;
        insert.raw_bind_parameter(p + 1, row.at.as_str())?;
        insert.raw_bind_parameter(p + 2, row.amount_minor)?;
        insert.raw_bind_parameter(p + 3, row.currency.as_str())?;
        insert.raw_bind_parameter(p + 4, row.category.as_str())?;
        insert.raw_bind_parameter(p + 5, row.item_count)?;
        insert.raw_bind_parameter(p + 6, row.ticket.as_str())?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Export

/// Which customers an export takes. Archived and erased customers never are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Only customers whose current consent on this channel is given.
    pub consent: Option<Channel>,
    /// Only customers with this tag (case ignored).
    pub tag: Option<String>,
    /// As the customer list searches: accents and case ignored, phone spacing too.
    pub search: String,
    /// Only customers on this step of the loyalty ladder today (a stage set by hand counts).
    pub stage: Option<Stage>,
    /// Only customers in this RFM segment today (so only buyers).
    pub segment: Option<Segment>,
    /// Only these customers.
    pub only: Option<Vec<CustomerId>>,
}

/// A loyalty-ladder stage by its code (`prospect`, `customer`, `client`, `supporter`,
/// `advocate`, `partner`), case ignored.
pub fn parse_stage(text: &str) -> Option<Stage> {
    Stage::parse(&text.trim().to_lowercase())
}

/// An RFM segment by its code or its English name, case, spaces, dashes and apostrophes
/// ignored: `at_risk`, `at-risk`, "At risk", "Can't lose them".
pub fn parse_segment(text: &str) -> Option<Segment> {
    let code: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    Segment::ALL.into_iter().find(|s| s.code() == code)
}
/// One printed label: to whom, where, and the country as printed (empty within the shop's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailingLabel {
    pub name: String,
    pub address: Address,
    pub country_name: String,
}

impl Store {
    /// The ids an export takes, in name order.
    pub fn export_ids(&self, filter: &ExportFilter) -> Result<Vec<CustomerId>> {
        let fts = search::fts_query(&filter.search);
        if !filter.search.trim().is_empty() && fts.is_none() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn().prepare(
            "SELECT c.id FROM customers c
             WHERE c.archived_at IS NULL AND c.erased_at IS NULL
               AND (?1 IS NULL OR (SELECT e.granted FROM consent_events e WHERE e.customer_id = c.id AND e.channel = ?1
                                   ORDER BY e.at DESC, e.id DESC LIMIT 1) = 1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                                          WHERE ct.customer_id = c.id AND t.name = ?2))
               AND (?3 IS NULL OR c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?3))
             ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.company COLLATE NOCASE, c.id",
        )?;
        let tag = filter.tag.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let ids = stmt
            .query_map(params![filter.consent.map(Channel::code), tag, fts], |r| r.get(0).map(CustomerId))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut ids = match &filter.only {
            Some(only) => {
                let only: HashSet<CustomerId> = only.iter().copied().collect();
                ids.into_iter().filter(|id| only.contains(id)).collect()
            }
            None => ids,
        };
        if filter.stage.is_some() || filter.segment.is_some() {
            let analysed = self.customers_in(filter.stage, filter.segment)?;
            ids.retain(|id| analysed.contains(id));
        }
        Ok(ids)
    }

    /// The customers on `stage` and in `segment` today, as the analysis (`fidele analyze`,
    /// the dashboard) places them: only the ladder and RFM are computed, not the models.
    fn customers_in(&self, stage: Option<Stage>, segment: Option<Segment>) -> Result<HashSet<CustomerId>> {
        let as_of = codec::now().date();
        let input = self.analysis_input(as_of, self.analysis_settings()?)?;
        let ledger = Ledger::build(&input);
        let mut keep: Option<HashSet<CustomerId>> = None;
        if let Some(stage) = stage {
            let stages = Ladder::new(&input, &ledger).stages_at(as_of);
            keep = Some(stages.iter().flatten().filter(|s| s.stage == stage).map(|s| s.customer).collect());
        }
        if let Some(segment) = segment {
            let scores = fidele_analytics::rfm::rfm(&ledger, as_of);
            let in_segment = scores.iter().filter(|r| r.segment == segment).map(|r| r.customer);
            keep = Some(match keep {
                Some(on_stage) => in_segment.filter(|c| on_stage.contains(c)).collect(),
                None => in_segment.collect(),
            });
        }
        Ok(keep.unwrap_or_default())
    }

    /// The customers an export writes, whole (contacts, tags, consents), in name order.
    pub fn export_customers(&self, filter: &ExportFilter) -> Result<Vec<Customer>> {
        self.export_ids(filter)?.into_iter().map(|id| read_customer(self.conn(), id)).collect()
    }

    /// Labels for everyone the filter selects who consents to post and has a usable address.
    /// With `per_household`, members of a household get one label between them, addressed
    /// "Famille X" / "Familie X" / "The X family" in the first member's language (else the
    /// shop's), to the first member's address.
    pub fn mailing_labels(&self, filter: &ExportFilter, per_household: bool) -> Result<Vec<MailingLabel>> {
        let shop = self.shop_profile()?;
        let filter = ExportFilter { consent: Some(Channel::Post), ..filter.clone() };
        let mut labels: Vec<MailingLabel> = Vec::new();
        let mut households: HashMap<i64, usize> = HashMap::new();
        for c in self.export_customers(&filter)? {
            let d = &c.draft;
            if !d.address.is_usable() {
                continue;
            }
            let country_name = if d.address.country.is_empty() || d.address.country == shop.country {
                String::new()
            } else {
                country_name(&d.address.country, shop.language)
            };
            let name = match d.salutation.and_then(|s| s.title(d.language.unwrap_or(shop.language))) {
                Some(title) if !d.last_name.is_empty() => format!("{title} {}", c.display_name()),
                _ => c.display_name(),
            };
            match d.household.filter(|_| per_household) {
                Some(h) => match households.get(&h.0) {
                    Some(&at) => {
                        let language = d.language.unwrap_or(shop.language);
                        let family = if d.last_name.is_empty() { c.household_name.clone().unwrap_or_default() } else { d.last_name.clone() };
                        labels[at] = MailingLabel { name: family_name(&family, language), ..labels[at].clone() };
                    }
                    None => {
                        households.insert(h.0, labels.len());
                        labels.push(MailingLabel { name, address: d.address.clone(), country_name });
                    }
                },
                None => labels.push(MailingLabel { name, address: d.address.clone(), country_name }),
            }
        }
        Ok(labels)
    }
}

/// "Famille Dubœuf", "Familie Peeters", "The Smith family".
pub fn family_name(last_name: &str, language: Language) -> String {
    let last = last_name.trim();
    if last.to_lowercase().starts_with("famil") || last.to_lowercase().starts_with("the ") {
        return last.to_owned(); // a household already named so
    }
    match language {
        Language::Fr => format!("Famille {last}"),
        Language::Nl => format!("Familie {last}"),
        Language::En => format!("The {last} family"),
    }
}

/// A country as printed on an envelope sent from the shop (French, Dutch or English); the code
/// when this list does not know it.
pub fn country_name(code: &str, language: Language) -> String {
    let names: &[(&str, [&str; 3])] = &[
        ("FR", ["FRANCE", "FRANKRIJK", "FRANCE"]),
        ("BE", ["BELGIQUE", "BELGIË", "BELGIUM"]),
        ("NL", ["PAYS-BAS", "NEDERLAND", "NETHERLANDS"]),
        ("LU", ["LUXEMBOURG", "LUXEMBURG", "LUXEMBOURG"]),
        ("DE", ["ALLEMAGNE", "DUITSLAND", "GERMANY"]),
        ("CH", ["SUISSE", "ZWITSERLAND", "SWITZERLAND"]),
        ("GB", ["ROYAUME-UNI", "VERENIGD KONINKRIJK", "UNITED KINGDOM"]),
        ("IE", ["IRLANDE", "IERLAND", "IRELAND"]),
        ("ES", ["ESPAGNE", "SPANJE", "SPAIN"]),
        ("IT", ["ITALIE", "ITALIË", "ITALY"]),
        ("PT", ["PORTUGAL", "PORTUGAL", "PORTUGAL"]),
        ("MC", ["MONACO", "MONACO", "MONACO"]),
        ("AT", ["AUTRICHE", "OOSTENRIJK", "AUSTRIA"]),
        ("US", ["ÉTATS-UNIS", "VERENIGDE STATEN", "UNITED STATES"]),
        ("CA", ["CANADA", "CANADA", "CANADA"]),
    ];
    let i = match language {
        Language::Fr => 0,
        Language::Nl => 1,
        Language::En => 2,
    };
    names.iter().find(|(c, _)| *c == code).map_or_else(|| code.to_owned(), |(_, n)| n[i].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_interchange::{ReadOptions, read_customers, read_purchases};

    fn store() -> Store {
        Store::open_in_memory().unwrap()
    }

    fn file(text: &str) -> CustomerFile {
        read_customers(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    fn commit(store: &mut Store, f: &CustomerFile) -> CustomerImportReport {
        store.import_customers(f, &mut |_, _| {}, &AtomicBool::new(false)).unwrap()
    }

    #[test]
    fn phone_keys_match_national_and_international_forms() {
        assert_eq!(phone_match_key("+33 6 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("0033 6 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("06 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("+32 470 12 34 56"), "0470123456");
        assert_eq!(phone_match_key("+1 555 123 4567"), "15551234567");
        assert_eq!(phone_match_key("3312345678"), "3312345678", "no + or 00: as written");
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
             Petit;Anne;pas-un-mail;;\n",
        );
        let preview = s.preview_customer_import(&f).unwrap();
        assert_eq!((preview.new, preview.updated, preview.duplicates), (2, 1, 1), "{preview:#?}");
        assert_eq!(preview.rejected.len(), 1);
        assert_eq!(preview.rejected[0].line, 6);
        let update = &preview.rows[0];
        assert_eq!(update.action, CustomerAction::Update);
        assert!(update.reason.starts_with("same e-mail as Hélène Dubœuf (#1): adds phone 06 12 34 56 78, email consent given"), "{}", update.reason);
        assert_eq!(preview.rows[3].action, CustomerAction::Duplicate);
        assert_eq!(preview.rows[3].reason, "same e-mail as line 3: skipped");
        // The same, for the app to word in French.
        assert_eq!((update.matched_by, update.matched_name.as_deref()), (Some(MatchKey::Email), Some("Hélène Dubœuf")));
        assert_eq!(&update.changes[..2], [RowChange::new("phone", "06 12 34 56 78"), RowChange::new("consent_given", "email")]);
        assert_eq!((preview.rows[3].matched_by, preview.rows[3].matched_line), (Some(MatchKey::Email), Some(3)));
        assert_eq!(s.count_customers("").unwrap(), 1, "a preview writes nothing");

        let done = commit(&mut s, &f);
        assert_eq!((done.new, done.updated, done.duplicates, done.rejected.len()), (2, 1, 1, 1));
        assert_eq!(s.count_customers("").unwrap(), 3);
        let helene = s.customer(CustomerId(1)).unwrap();
        assert_eq!(helene.draft.phones, ["06 12 34 56 78"]);
        assert_eq!(helene.consents.len(), 1);
        assert_eq!((helene.consents[0].channel, helene.consents[0].granted, helene.consents[0].source.as_str()), (Channel::Email, true, "import"));

        let again = commit(&mut s, &f);
        assert_eq!((again.new, again.updated, again.duplicates), (0, 0, 4), "{again:#?}");
        assert!(again.rows[0].reason.contains("nothing new"), "{}", again.rows[0].reason);
        assert_eq!(s.count_customers("").unwrap(), 3, "the same file twice adds nobody");
        assert_eq!(s.customer(CustomerId(1)).unwrap().consents.len(), 1, "nor a consent event");
    }

    #[test]
    fn external_refs_match_on_a_second_import_even_when_the_e_mail_changed() {
        let mut s = store();
        let f1 = file("Reference ID,First Name,Last Name,Email Address\nC-1,Zoé,Cœur,zoe@exemple.fr\n");
        commit(&mut s, &f1);
        let f2 = file("Reference ID,First Name,Last Name,Email Address\nC-1,Zoé,Cœur,zoe@nouveau.fr\n");
        let r = commit(&mut s, &f2);
        assert_eq!((r.new, r.updated), (0, 1));
        assert!(r.rows[0].reason.starts_with("same customer number as Zoé Cœur"), "{}", r.rows[0].reason);
        assert_eq!(s.customer(CustomerId(1)).unwrap().draft.emails, ["zoe@exemple.fr", "zoe@nouveau.fr"]);
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

    fn purchases(s: &mut Store, text: &str, options: &PurchaseImportOptions) -> PurchaseImportReport {
        let reader = read_purchases(text.as_bytes(), &Default::default()).unwrap();
        s.import_purchases(reader, options, &mut |_| {}, &AtomicBool::new(false)).unwrap()
    }

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
        let r = purchases(&mut s, text, &PurchaseImportOptions::default());
        assert_eq!((r.rows, r.imported, r.rejected_total), (5, 3, 2));
        assert_eq!((r.rejected[0].line, r.rejected[0].reason.as_str()), (5, "customer_ref: no customer has the e-mail inconnu@exemple.fr"));
        let problem = &r.rejected[0].problems[0];
        assert_eq!((problem.field.as_str(), problem.code, problem.args.as_slice()), ("customer_ref", "unknown_email", &["inconnu@exemple.fr".to_owned()][..]));
        assert_eq!(r.rejected[1].problems[0].code, "not_a_date");
        assert_eq!(r.rejected[1].line, 6);
        let page = s.customer_page(id, 10).unwrap();
        assert_eq!((page.purchase_count, page.total_minor), (3, 124_900));
        assert_eq!(page.purchases[2].draft.at.to_string(), "2024-07-14 10:32:00");

        let again = purchases(&mut s, text, &PurchaseImportOptions::default());
        assert_eq!((again.imported, again.duplicates), (0, 3), "the same file twice adds nothing");
        assert_eq!(total_purchases(&s), 3);
    }

    #[test]
    fn unknown_references_become_customers_on_request_and_a_dry_run_writes_nothing() {
        let mut s = store();
        let text = "customer_ref,date,amount\nnew@exemple.fr,2024-07-14,3\nnew@exemple.fr,2024-07-15,4\nC-9,2024-07-15,5\n";
        let dry = purchases(&mut s, text, &PurchaseImportOptions { create_customers: true, dry_run: true, ..Default::default() });
        assert_eq!((dry.imported, dry.new_customers), (3, 2));
        assert_eq!((s.count_customers("").unwrap(), total_purchases(&s)), (0, 0));
        let r = purchases(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((r.imported, r.new_customers), (3, 2));
        assert_eq!(s.count_customers("").unwrap(), 2);
        assert_eq!(s.list_customers("new@exemple", crate::ListOrder::Name, 5, 0).unwrap()[0].purchase_count, 2);
        let again = purchases(&mut s, text, &PurchaseImportOptions { create_customers: true, ..Default::default() });
        assert_eq!((again.imported, again.new_customers, again.duplicates), (0, 0, 3));
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
        let settings = ["cache_size", "temp_store", "threads", "foreign_keys", "ignore_check_constraints"];
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
    fn key_maps_tell_keys_apart_by_length_and_keep_long_ones() {
        let mut m = KeyMap::default();
        m.insert("a", 1);
        m.insert_first("a", 2);
        m.insert("a\0", 3);
        let long = "x".repeat(40);
        m.insert_first(&long, 4);
        assert_eq!((m.get("a"), m.get("a\0"), m.get(&long), m.get(&long[..39])), (Some(1), Some(3), Some(4), None));
    }

    fn purchase_indexes(s: &Store) -> i64 {
        s.conn().query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'purchases'", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn dates_are_written_as_the_codec_writes_them() {
        let at = chrono::NaiveDate::from_ymd_opt(2024, 7, 4).unwrap().and_hms_opt(9, 5, 7).unwrap();
        assert_eq!(write_dt(at, &mut [0; 19]), dt(at));
    }

    #[test]
    fn export_filters_by_ladder_stage_and_rfm_segment_as_the_analysis_places_customers() {
        let mut s = store();
        let person = |last: &str, email: &str| CustomerDraft { last_name: last.into(), emails: vec![email.into()], ..Default::default() };
        let prospect = s.add_customer(person("Sansachat", "a@exemple.fr"), &[], "").unwrap();
        let once = s.add_customer(person("Unefois", "b@exemple.fr"), &[], "").unwrap();
        let regular = s.add_customer(person("Habitué", "c@exemple.fr"), &[], "").unwrap();
        let today = codec::now().date();
        let mut text = String::from("customer_ref,date,amount\n");
        text.push_str(&format!("b@exemple.fr,{},20\n", today - chrono::Days::new(3)));
        for months in 0..18u64 {
            text.push_str(&format!("c@exemple.fr,{},{}\n", today - chrono::Days::new(2 + 20 * months), 40 + months));
        }
        assert_eq!(purchases(&mut s, &text, &PurchaseImportOptions::default()).imported, 19);

        let input = s.analysis_input(today, s.analysis_settings().unwrap()).unwrap();
        let analysis = fidele_analytics::analyze(&input);
        for stage in Stage::ALL {
            let mut expected: Vec<CustomerId> = analysis.stages.iter().flatten().filter(|x| x.stage == stage).map(|x| x.customer).collect();
            expected.sort_by_key(|c| c.0);
            let mut got = s.export_ids(&ExportFilter { stage: Some(stage), ..Default::default() }).unwrap();
            got.sort_by_key(|c| c.0);
            assert_eq!(got, expected, "{stage:?}");
        }
        for segment in Segment::ALL {
            let mut expected: Vec<CustomerId> = analysis.rfm.iter().filter(|r| r.segment == segment).map(|r| r.customer).collect();
            expected.sort_by_key(|c| c.0);
            let mut got = s.export_ids(&ExportFilter { segment: Some(segment), ..Default::default() }).unwrap();
            got.sort_by_key(|c| c.0);
            assert_eq!(got, expected, "{segment:?}");
        }
        assert_eq!(s.export_ids(&ExportFilter { stage: Some(Stage::Prospect), ..Default::default() }).unwrap(), [prospect]);
        let once_segment = analysis.rfm.iter().find(|r| r.customer == once).unwrap().segment;
        assert!(s.export_ids(&ExportFilter { segment: Some(once_segment), ..Default::default() }).unwrap().contains(&once));
        let regular_stage = analysis.stages.iter().flatten().find(|x| x.customer == regular).unwrap().stage;
        assert_ne!(regular_stage, Stage::Prospect);
        let both = ExportFilter { stage: Some(regular_stage), segment: Some(once_segment), ..Default::default() };
        let expected_both: Vec<CustomerId> = [once, regular]
            .into_iter()
            .filter(|c| analysis.stages.iter().flatten().any(|x| x.customer == *c && x.stage == regular_stage))
            .filter(|c| analysis.rfm.iter().any(|r| r.customer == *c && r.segment == once_segment))
            .collect();
        assert_eq!(s.export_ids(&both).unwrap(), expected_both, "both filters: the customers in both");
        assert!(s.export_ids(&ExportFilter { stage: Some(Stage::Prospect), tag: Some("vip".into()), ..Default::default() }).unwrap().is_empty());

        assert_eq!(parse_stage(" Client "), Some(Stage::Client));
        assert_eq!(parse_stage("gold"), None);
        assert_eq!(parse_segment("Can't lose them"), Some(Segment::CantLoseThem));
        assert_eq!(parse_segment("at-risk"), Some(Segment::AtRisk));
        assert_eq!(parse_segment("potential_loyalists"), Some(Segment::PotentialLoyalists));
        assert_eq!(parse_segment("vip"), None);
    }

    #[test]
    fn export_filters_and_household_labels() {
        let mut s = store();
        let home = s.add_household("Dubœuf").unwrap();
        let address = Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Default::default() };
        let person = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), address: address.clone(), ..Default::default() };
        let a = s.add_customer(CustomerDraft { household: Some(home), tags: vec!["vip".into()], ..person("Hélène", "Dubœuf") }, &[(Channel::Post, true)], "").unwrap();
        s.add_customer(CustomerDraft { household: Some(home), ..person("Paul", "Dubœuf") }, &[(Channel::Post, true)], "").unwrap();
        let c = s.add_customer(CustomerDraft { address: Address { country: "BE".into(), ..address.clone() }, ..person("Jan", "Peeters") }, &[(Channel::Post, true)], "").unwrap();
        s.add_customer(person("Zoé", "Sanspost"), &[(Channel::Email, true)], "").unwrap();
        s.add_customer(CustomerDraft { address: Address::default(), ..person("Luc", "Sansadresse") }, &[(Channel::Post, true)], "").unwrap();
        s.record_consent(c, Channel::Post, false, "in shop").unwrap();

        assert_eq!(s.export_ids(&ExportFilter::default()).unwrap().len(), 5);
        assert_eq!(s.export_ids(&ExportFilter { tag: Some("VIP".into()), ..Default::default() }).unwrap(), [a]);
        assert_eq!(s.export_ids(&ExportFilter { consent: Some(Channel::Post), ..Default::default() }).unwrap().len(), 3, "Jan withdrew");
        assert_eq!(s.export_ids(&ExportFilter { search: "peeters".into(), ..Default::default() }).unwrap(), [c]);
        assert!(s.export_ids(&ExportFilter { only: Some(vec![c]), consent: Some(Channel::Post), ..Default::default() }).unwrap().is_empty());

        let labels = s.mailing_labels(&ExportFilter::default(), false).unwrap();
        assert_eq!(labels.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["Hélène Dubœuf", "Paul Dubœuf"]);
        let households = s.mailing_labels(&ExportFilter::default(), true).unwrap();
        assert_eq!(households.len(), 1);
        assert_eq!(households[0].name, "Famille Dubœuf");
        s.record_consent(c, Channel::Post, true, "in shop").unwrap();
        let labels = s.mailing_labels(&ExportFilter { search: "peeters".into(), ..Default::default() }, true).unwrap();
        assert_eq!(labels[0].country_name, "BELGIQUE");
        assert_eq!(family_name("Peeters", Language::Nl), "Familie Peeters");
        assert_eq!(family_name("Smith", Language::En), "The Smith family");
    }
}
