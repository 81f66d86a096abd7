//! The customers a till import adds for references nobody has: 200,000 of them for a shop's
//! history, so each is written by a few prepared statements held for the whole import, and
//! what can wait for the end does.
//!
//! Each gets, in the import's transaction, what a customer added by hand gets: their row with
//! its sort keys and till reference (one INSERT, not an INSERT then UPDATEs), their e-mail or
//! phone (with the digits it is matched by), a member number (after the largest ever issued,
//! read once and counted up), and their text in the search index. That text is gathered in a
//! temporary table and goes into the index in one statement at the end: FTS5 writes out what
//! it holds in memory whenever a statement that may roll back alone starts (every INSERT into
//! a table with a UNIQUE column), which added one small segment to merge per customer.
//!
//! What a customer is written as (their draft, search text, phone digits, sort keys) is made
//! by [`PreparedCustomer::new`], on the reading thread where it can be: reading the phone
//! numbers (libphonenumber) was a sixth of the writing thread's time.

use chrono::NaiveDateTime;
use fidele_domain::CustomerDraft;
use fidele_domain::names::{ParticleRule, sort_key};
use fidele_interchange::CustomerRef;
use fidele_interchange::values::split_full_name;
use rusqlite::types::Value;
use rusqlite::{Connection, Statement};

use super::IMPORT_SOURCE;
use crate::Result;
use crate::codec::dt;
use crate::customers::{DRAFT_COLUMNS, city_key, draft_values};

/// FTS5's in-memory table while the added customers go into the search index, and its default.
const SEARCH_HASH_BYTES: u64 = 32 << 20;
const FTS5_DEFAULT_HASH_BYTES: u64 = 1 << 20;

/// Rows written by one INSERT statement: the per-statement work is shared by this many.
const ROWS_PER_INSERT: usize = 32;

/// Rows of one table gathered into INSERTs of [`ROWS_PER_INSERT`] rows; [`Batched::flush`]
/// writes the last few one by one.
struct Batched<'c> {
    many: Statement<'c>,
    one: Statement<'c>,
    /// Values a row.
    width: usize,
    waiting: Vec<Value>,
}

impl<'c> Batched<'c> {
    /// `into`: the table and its columns, `customers (id, first_name, ...)`.
    fn new(conn: &'c Connection, into: &str, width: usize) -> Result<Batched<'c>> {
        let sql = |rows: usize| {
            let row = format!("({})", vec!["?"; width].join(", "));
            format!("INSERT OR FAIL INTO {into} VALUES {}", vec![row; rows].join(", "))
        };
        Ok(Batched { many: conn.prepare(&sql(ROWS_PER_INSERT))?, one: conn.prepare(&sql(1))?, width, waiting: Vec::with_capacity(width * ROWS_PER_INSERT) })
    }

    fn push(&mut self, row: impl IntoIterator<Item = Value>) {
        let before = self.waiting.len();
        self.waiting.extend(row);
        debug_assert_eq!(self.waiting.len() - before, self.width);
    }

    /// Writes the rows waiting by whole INSERTs of [`ROWS_PER_INSERT`]; returns whether it
    /// wrote any.
    fn write_full(&mut self) -> Result<bool> {
        let full = self.width * ROWS_PER_INSERT;
        let mut wrote = 0;
        while self.waiting.len() - wrote >= full {
            for (i, v) in self.waiting[wrote..wrote + full].iter().enumerate() {
                self.many.raw_bind_parameter(i + 1, v)?;
            }
            self.many.raw_execute()?;
            wrote += full;
        }
        self.waiting.drain(..wrote);
        Ok(wrote > 0)
    }

    fn flush(&mut self) -> Result<()> {
        for row in self.waiting.chunks(self.width) {
            for (i, v) in row.iter().enumerate() {
                self.one.raw_bind_parameter(i + 1, v)?;
            }
            self.one.raw_execute()?;
        }
        self.waiting.clear();
        Ok(())
    }
}

/// The name and contact a customer added for an unknown till reference gets: the till's name
/// for them when it has one, else the reference itself (to be completed). Where they came from
/// is their source ("import") and creation time; their notes stay the shopkeeper's (a sentence
/// written here would be in one language, and searched for each of 200,000 customers).
fn customer_for_ref(r: &CustomerRef, name: &str) -> (CustomerDraft, Option<String>) {
    let mut d = CustomerDraft { source: IMPORT_SOURCE.into(), ..CustomerDraft::default() };
    let mut external = None;
    let stand_in = match r {
        CustomerRef::Email(e) => {
            d.emails.push(e.clone());
            e.clone()
        }
        CustomerRef::Phone(p) => {
            d.phones.push(p.clone());
            p.clone()
        }
        CustomerRef::External(x) => {
            external = Some(x.clone());
            x.chars().take(100).collect()
        }
    };
    let (salutation, first, last) = split_full_name(name);
    if last.is_empty() && first.is_empty() {
        d.last_name = stand_in;
    } else {
        d.salutation = salutation;
        d.first_name = first.chars().take(100).collect();
        d.last_name = last.chars().take(100).collect();
    }
    (d, external)
}

/// A customer to add for a till's reference nobody has, ready to be written.
pub(super) struct PreparedCustomer {
    draft: CustomerDraft,
    external_ref: Option<String>,
    search_body: String,
    /// Each phone's digits as `customer_phones.digits` keeps them.
    phone_digits: Vec<String>,
    sort_key: String,
    city_key: String,
}

impl PreparedCustomer {
    /// The customer for reference `who`, named `name` by the till (else after the reference),
    /// in a shop of `shop_country`.
    pub(super) fn new(who: &CustomerRef, name: &str, shop_country: &str) -> PreparedCustomer {
        let (draft, external_ref) = customer_for_ref(who, name);
        PreparedCustomer::from_draft(draft, external_ref, shop_country)
    }

    fn from_draft(draft: CustomerDraft, external_ref: Option<String>, shop_country: &str) -> PreparedCustomer {
        let rule = ParticleRule::for_customer(&draft.address.country, shop_country);
        let (search_body, phone_digits) = crate::search::body_and_phone_digits(&draft, shop_country);
        PreparedCustomer {
            sort_key: sort_key(&draft.first_name, &draft.last_name, &draft.company, rule),
            city_key: city_key(&draft.address.city),
            draft,
            external_ref,
            search_body,
            phone_digits,
        }
    }
}

/// Adds customers inside the caller's transaction; [`NewCustomers::flush`] before anything
/// reads them, [`NewCustomers::finish`] before the commit. Each gets the id SQLite would give (after the largest), at once, while their
/// rows wait for the next multi-row INSERT of each table.
pub(super) struct NewCustomers<'c> {
    conn: &'c Connection,
    at_text: String,
    customers: Batched<'c>,
    emails: Batched<'c>,
    phones: Batched<'c>,
    members: Batched<'c>,
    search: Batched<'c>,
    /// The next customer's id and member number's body, read at the first customer added.
    next: Option<(i64, u64)>,
    added: u64,
}

impl<'c> NewCustomers<'c> {
    pub(super) fn new(conn: &'c Connection, at: NaiveDateTime) -> Result<NewCustomers<'c>> {
        conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS import_search (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")?;
        let columns = format!("customers (id, {}, created_at, updated_at, external_ref, sort_key, city_key)", DRAFT_COLUMNS.join(", "));
        Ok(NewCustomers {
            conn,
            at_text: dt(at),
            customers: Batched::new(conn, &columns, DRAFT_COLUMNS.len() + 6)?,
            emails: Batched::new(conn, "customer_emails (customer_id, position, address)", 3)?,
            phones: Batched::new(conn, "customer_phones (customer_id, position, number, digits)", 4)?,
            members: Batched::new(conn, "member_numbers (number, customer_id, issued_at)", 3)?,
            search: Batched::new(conn, "temp.import_search (id, body)", 2)?,
            next: None,
            added: 0,
        })
    }

    /// Adds the customer; returns their id.
    pub(super) fn add(&mut self, c: &PreparedCustomer) -> Result<i64> {
        let (id, body) = match self.next {
            Some(next) => next,
            None => {
                let id = self.conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM customers", [], |r| r.get(0))?;
                (id, crate::member_numbers::next_body_in(self.conn)?)
            }
        };
        let number = crate::member_numbers::number_with_body(body)?;
        self.next = Some((id + 1, body + 1));
        let at = Value::from(self.at_text.clone());
        let row = [Value::from(id)].into_iter().chain(draft_values(&c.draft)).chain([
            at.clone(),
            at.clone(),
            Value::from(c.external_ref.clone()),
            Value::from(c.sort_key.clone()),
            Value::from(c.city_key.clone()),
        ]);
        self.customers.push(row);
        for (i, e) in c.draft.emails.iter().enumerate() {
            self.emails.push([Value::from(id), Value::from(i as i64), Value::from(e.clone())]);
        }
        for (i, (p, d)) in c.draft.phones.iter().zip(&c.phone_digits).enumerate() {
            self.phones.push([Value::from(id), Value::from(i as i64), Value::from(p.clone()), Value::from(d.clone())]);
        }
        self.search.push([Value::from(id), Value::from(c.search_body.clone())]);
        self.members.push([Value::from(number.value() as i64), Value::from(id), at]);
        // A row naming a customer goes in only once the customer's has.
        if self.customers.write_full()? {
            for table in [&mut self.emails, &mut self.phones, &mut self.members, &mut self.search] {
                table.write_full()?;
            }
        }
        self.added += 1;
        Ok(id)
    }

    /// Writes the rows still waiting, the customers' first.
    pub(super) fn flush(&mut self) -> Result<()> {
        for table in [&mut self.customers, &mut self.emails, &mut self.phones, &mut self.members, &mut self.search] {
            table.flush()?;
        }
        Ok(())
    }

    /// Puts the added customers' text into the search index, in one statement, and drops the
    /// temporary table.
    pub(super) fn finish(mut self) -> Result<()> {
        self.flush()?;
        let NewCustomers { conn, added, customers, emails, phones, members, search, .. } = self;
        // The temporary table is written by `search`: finalise it before the table goes.
        drop((customers, emails, phones, members, search));
        if added > 0 {
            // FTS5 gathers the rows in a larger in-memory table than its default (`hashsize`,
            // 1 MiB) before writing a segment, and does not merge segments as it writes them
            // (`automerge`): fewer, larger segments, merged once after. Both put back.
            conn.execute_batch(&format!(
                "INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 0);
                 INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', {SEARCH_HASH_BYTES});
                 INSERT INTO customer_search (rowid, body) SELECT id, body FROM temp.import_search ORDER BY id;
                 INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 4);
                 INSERT INTO customer_search (customer_search, rank) VALUES ('hashsize', {FTS5_DEFAULT_HASH_BYTES});
                 INSERT INTO customer_search (customer_search, rank) VALUES ('merge', -16);"
            ))?;
        }
        conn.execute_batch("DROP TABLE temp.import_search")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::test_support::store;

    /// Customers as a till names them, odd ones included: a Dutch name with its particle, a
    /// phone libphonenumber cannot read, a foreign number, two e-mails, nothing but a company,
    /// a long reference.
    /// Fifteen of each, so that some go in by the multi-row INSERTs and the last few one by one.
    fn drafts() -> Vec<(CustomerDraft, Option<String>)> {
        let d = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), source: "import".into(), ..CustomerDraft::default() };
        (0..15)
            .flat_map(|i| {
                [
                    (CustomerDraft { emails: vec![format!("anneke{i}@voorbeeld.nl")], ..d("Anneke", "van den Berg") }, None),
                    (CustomerDraft { phones: vec![format!("06 12 34 56 {i:02}")], ..d("Hélène", "Dubœuf") }, None),
                    (CustomerDraft { phones: vec!["+32 470 12 34 56".into(), "12-34".into()], ..d("Jan", "Peeters") }, None),
                    (CustomerDraft { emails: vec!["a@exemple.fr".into(), "b@exemple.fr".into()], ..d("", &format!("C-{i:06}")) }, Some(format!("C-{i:06}"))),
                    (CustomerDraft { company: "Fleurs & Cie".into(), ..d("", "") }, Some(format!("REF-TRÈS-LONGUE-000000000000000000000000000000000{i}"))),
                ]
            })
            .collect()
    }

    type Rows = Vec<Vec<rusqlite::types::Value>>;

    fn rows(s: &Store, sql: &str) -> Rows {
        let mut stmt = s.conn().prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|i| r.get::<_, rusqlite::types::Value>(i)).collect()).unwrap().map(Result::unwrap).collect()
    }

    /// Everything a customer is written as, but their till reference.
    fn written(s: &Store) -> [Rows; 5] {
        let columns = DRAFT_COLUMNS.join(", ");
        [
            rows(s, &format!("SELECT id, {columns}, created_at, updated_at, sort_key, city_key FROM customers ORDER BY id")),
            rows(s, "SELECT customer_id, position, address FROM customer_emails ORDER BY customer_id, position"),
            rows(s, "SELECT customer_id, position, number, digits FROM customer_phones ORDER BY customer_id, position"),
            rows(s, "SELECT number, customer_id, issued_at, stopped_at FROM member_numbers ORDER BY id"),
            rows(s, "SELECT rowid, body FROM customer_search ORDER BY rowid"),
        ]
    }

    #[test]
    fn a_customer_added_by_an_import_is_written_as_one_added_by_hand() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(10, 0, 0).unwrap();
        let (mut by_hand, mut imported) = (store(), store());
        for s in [&mut by_hand, &mut imported] {
            let mut shop = s.shop_profile().unwrap();
            shop.country = "NL".into();
            s.set_shop_profile(&shop).unwrap();
        }
        by_hand
            .write(|tx| {
                for (draft, external) in drafts() {
                    let id = crate::bulk::insert_customer(tx, &draft, at)?;
                    tx.execute("UPDATE customers SET external_ref = ?2 WHERE id = ?1", rusqlite::params![id.0, external])?;
                }
                Ok(())
            })
            .unwrap();
        imported
            .write(|tx| {
                let mut adder = NewCustomers::new(tx, at)?;
                for (draft, external) in drafts() {
                    adder.add(&PreparedCustomer::from_draft(draft, external, "NL"))?;
                }
                adder.finish()
            })
            .unwrap();
        assert_eq!(written(&imported), written(&by_hand));
        let refs = "SELECT id, external_ref FROM customers ORDER BY id";
        assert_eq!(rows(&imported, refs), rows(&by_hand, refs));
        assert_eq!(imported.count_customers("peeters").unwrap(), 15);
        assert_eq!(imported.count_customers("0470123456").unwrap(), 15, "found by the national form of a foreign number");
        let temp: i64 = imported.conn().query_row("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'import_search'", [], |r| r.get(0)).unwrap();
        assert_eq!(temp, 0, "the temporary table is gone");
    }
}
