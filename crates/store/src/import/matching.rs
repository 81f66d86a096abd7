//! Matching a file's rows to stored customers: by e-mail (case ignored), phone digits or
//! customer number, through in-memory maps built once per import.

use std::collections::HashMap;

use fidele_interchange::{CustomerRef, ImportedCustomer};
use rusqlite::Connection;

use crate::Result;

/// The key a phone number is matched by: its digits, with an international number of the
/// shops' countries (+33, +32, +31, +352, +44, +41, or 00…) in its national form, so
/// "+33 6 12 34 56 78" and "06 12 34 56 78" match.
pub fn phone_match_key(text: &str) -> String {
    let mut out = String::new();
    phone_match_key_into(text, &mut out);
    out
}

pub(super) fn phone_match_key_into(text: &str, out: &mut String) {
    out.clear();
    let t = text.trim();
    out.extend(t.chars().filter(char::is_ascii_digit));
    let international = t.starts_with('+') || t.starts_with("00");
    if !international {
        return;
    }
    let skip = if out.starts_with("00") { 2 } else { 0 };
    for cc in ["352", "33", "32", "31", "44", "41", "66"] {
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

pub(super) fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    Ok(row.get_ref(i)?.as_str()?)
}

/// A fast hash for the import's in-memory maps (the FxHash of rustc: one multiply per word).
/// Their keys come from the shop's own files and database, so the default SipHash's defence
/// against chosen collisions buys nothing here, and it was a tenth of a large import's time.
#[derive(Default, Clone, Copy)]
pub(super) struct FxHasher(u64);

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

pub(super) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Customers (or lines of a file) by one of their keys. Keys of up to 31 bytes (nearly every
/// e-mail, phone key and customer number) are kept inline in the table, so a lookup reads one
/// slot rather than a slot and then the key's own allocation: the till's 600,000 random
/// lookups were half of the reading thread's time.
#[derive(Default)]
pub(super) struct KeyMap {
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
    pub(super) fn with_capacity(keys: usize) -> KeyMap {
        KeyMap { short: HashMap::with_capacity_and_hasher(keys, FxBuild::default()), long: HashMap::default() }
    }

    pub(super) fn get(&self, key: &str) -> Option<i64> {
        match inline_key(key) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(key).copied(),
        }
    }

    pub(super) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(super) fn insert(&mut self, key: &str, value: i64) {
        match inline_key(key) {
            Some(k) => self.short.insert(k, value),
            None => self.long.insert(key.to_owned(), value),
        };
    }

    /// Inserts unless the key is already there (the first one wins).
    pub(super) fn insert_first(&mut self, key: &str, value: i64) {
        match inline_key(key) {
            Some(k) => self.short.entry(k).or_insert(value),
            None => self.long.entry(key.to_owned()).or_insert(value),
        };
    }
}

/// Stored customers by e-mail (lower case), phone key and customer number.
#[derive(Default)]
pub(super) struct CustomerIndex {
    pub(super) emails: KeyMap,
    pub(super) phones: KeyMap,
    pub(super) refs: KeyMap,
}

impl CustomerIndex {
    pub(super) fn load(conn: &Connection) -> Result<CustomerIndex> {
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
    pub(super) fn find_ref(&self, r: &CustomerRef, key: &mut String) -> Option<i64> {
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

    /// Files `id` under the reference, as [`CustomerIndex::find_ref`] looks for it.
    pub(super) fn add_ref(&mut self, r: &CustomerRef, id: i64, key: &mut String) {
        match r {
            CustomerRef::Email(e) => self.emails.insert(e, id),
            CustomerRef::Phone(p) => {
                phone_match_key_into(p, key);
                self.phones.insert(key, id);
            }
            CustomerRef::External(x) => self.refs.insert(x, id),
        }
    }
}

/// What one row of a customer file matched, and by which value.
pub(super) fn match_in(
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

/// The key a row without e-mail, phone or number is matched by: its name and street address,
/// folded. `None` for a row that has any other key (those match by it, never by name).
pub(super) fn name_key(c: &ImportedCustomer) -> Option<String> {
    let d = &c.draft;
    if !d.emails.is_empty() || !d.phones.is_empty() || c.external_ref.is_some() {
        return None;
    }
    let fold = fidele_domain::text::fold;
    Some(format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        fold(&d.first_name),
        fold(&d.last_name),
        fold(&d.company),
        fold(&d.address.line1),
        fold(&d.address.postal_code)
    ))
}

/// The stored customer without e-mail, phone or number whose name and address give `key`.
pub(super) fn find_by_name(conn: &Connection, c: &ImportedCustomer) -> Result<Option<i64>> {
    let Some(key) = name_key(c) else { return Ok(None) };
    let d = &c.draft;
    // Narrowed by SQL on the exact last name or company, then compared folded.
    let mut stmt = conn.prepare_cached(
        "SELECT id, first_name, last_name, company, address_line1, postal_code FROM customers c
         WHERE erased_at IS NULL AND external_ref IS NULL AND (last_name = ?1 AND company = ?2)
           AND NOT EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id)",
    )?;
    let mut rows = stmt.query(rusqlite::params![d.last_name, d.company])?;
    let fold = fidele_domain::text::fold;
    while let Some(r) = rows.next()? {
        let stored = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            fold(text(r, 1)?),
            fold(text(r, 2)?),
            fold(text(r, 3)?),
            fold(text(r, 4)?),
            fold(text(r, 5)?)
        );
        if stored == key {
            return Ok(Some(r.get(0)?));
        }
    }
    Ok(None)
}

/// What an imported row was recognised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKey {
    CustomerNumber,
    Email,
    Phone,
    /// A row with no e-mail, phone or number: the same name at the same address (or with no
    /// address on either side), so importing the same sheet twice adds nobody.
    NameAndAddress,
}

impl MatchKey {
    /// A stable code for the front ends to word.
    pub fn code(self) -> &'static str {
        match self {
            MatchKey::CustomerNumber => "customer_number",
            MatchKey::Email => "email",
            MatchKey::Phone => "phone",
            MatchKey::NameAndAddress => "name_and_address",
        }
    }
}

/// One thing an imported row adds to the stored customer it matched: a stable `code`
/// (`salutation`, `first_name`, `last_name`, `company`, `email`, `phone`, `address`, `country`,
/// `language`, `birthday`, `birth_year`, `notes`, `tag`, `consent_given`, `consent_withdrawn`,
/// `customer_number`) and the value it names, if any (the e-mail, the tag, the channel, the
/// language's code...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    pub code: &'static str,
    pub value: String,
}

impl RowChange {
    pub(super) fn new(code: &'static str, value: impl Into<String>) -> RowChange {
        RowChange { code, value: value.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn phone_keys_match_national_and_international_forms() {
        assert_eq!(phone_match_key("+33 6 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("0033 6 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("06 12 34 56 78"), "0612345678");
        assert_eq!(phone_match_key("+32 470 12 34 56"), "0470123456");
        assert_eq!(phone_match_key("+1 555 123 4567"), "15551234567");
        // Thailand: mobiles 06/08/09 and a Bangkok line, as a Thai till writes them.
        assert_eq!(phone_match_key("+66 81 234 5678"), "0812345678");
        assert_eq!(phone_match_key("081-234-5678"), "0812345678");
        assert_eq!(phone_match_key("+66 2 123 4567"), "021234567");
        assert_eq!(phone_match_key("3312345678"), "3312345678", "no + or 00: as written");
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
}
