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
use rusqlite::{Connection, Statement, params, params_from_iter};

use super::IMPORT_SOURCE;
use crate::Result;
use crate::codec::dt;
use crate::customers::{DRAFT_COLUMNS, city_key, draft_values};

/// FTS5's in-memory table while the added customers go into the search index, and its default.
const SEARCH_HASH_BYTES: u64 = 32 << 20;
const FTS5_DEFAULT_HASH_BYTES: u64 = 1 << 20;

/// `?1`..`?19` the draft, `?20` the time, `?21` the till's reference, `?22` and `?23` the sort
/// keys.
fn insert_sql() -> String {
    let n = DRAFT_COLUMNS.len();
    let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO customers ({}, created_at, updated_at, external_ref, sort_key, city_key) VALUES ({}, ?{t}, ?{t}, ?{}, ?{}, ?{})",
        DRAFT_COLUMNS.join(", "),
        marks.join(", "),
        n + 2,
        n + 3,
        n + 4,
        t = n + 1
    )
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

/// Adds customers inside the caller's transaction; [`NewCustomers::finish`] before it commits.
pub(super) struct NewCustomers<'c> {
    conn: &'c Connection,
    at_text: String,
    insert: Statement<'c>,
    email: Statement<'c>,
    phone: Statement<'c>,
    member: Statement<'c>,
    search: Statement<'c>,
    /// The body of the next member number, read at the first customer added.
    next_body: Option<u64>,
    added: u64,
}

impl<'c> NewCustomers<'c> {
    pub(super) fn new(conn: &'c Connection, at: NaiveDateTime) -> Result<NewCustomers<'c>> {
        conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS import_search (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")?;
        Ok(NewCustomers {
            conn,
            at_text: dt(at),
            insert: conn.prepare(&insert_sql())?,
            email: conn.prepare("INSERT INTO customer_emails (customer_id, position, address) VALUES (?1, ?2, ?3)")?,
            phone: conn.prepare("INSERT INTO customer_phones (customer_id, position, number, digits) VALUES (?1, ?2, ?3, ?4)")?,
            member: conn.prepare("INSERT INTO member_numbers (number, customer_id, issued_at) VALUES (?1, ?2, ?3)")?,
            search: conn.prepare("INSERT INTO temp.import_search (id, body) VALUES (?1, ?2)")?,
            next_body: None,
            added: 0,
        })
    }

    /// Adds the customer; returns their id.
    pub(super) fn add(&mut self, c: &PreparedCustomer) -> Result<i64> {
        let keys = [
            Value::from(self.at_text.clone()),
            Value::from(c.external_ref.clone()),
            Value::from(c.sort_key.clone()),
            Value::from(c.city_key.clone()),
        ];
        self.insert.execute(params_from_iter(draft_values(&c.draft).into_iter().chain(keys)))?;
        let id = self.conn.last_insert_rowid();
        for (i, e) in c.draft.emails.iter().enumerate() {
            self.email.execute(params![id, i as i64, e])?;
        }
        for (i, (p, d)) in c.draft.phones.iter().zip(&c.phone_digits).enumerate() {
            self.phone.execute(params![id, i as i64, p, d])?;
        }
        self.search.execute(params![id, c.search_body])?;
        let body = match self.next_body {
            Some(b) => b,
            None => crate::member_numbers::next_body_in(self.conn)?,
        };
        let number = crate::member_numbers::number_with_body(body)?;
        self.member.execute(params![number.value() as i64, id, self.at_text])?;
        self.next_body = Some(body + 1);
        self.added += 1;
        Ok(id)
    }

    /// Puts the added customers' text into the search index, in one statement, and drops the
    /// temporary table.
    pub(super) fn finish(self) -> Result<()> {
        let NewCustomers { conn, added, insert, email, phone, member, search, .. } = self;
        // The temporary table is written by `search`: finalise it before the table goes.
        drop((insert, email, phone, member, search));
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
    fn drafts() -> Vec<(CustomerDraft, Option<&'static str>)> {
        let d = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), source: "import".into(), ..CustomerDraft::default() };
        vec![
            (CustomerDraft { emails: vec!["anneke@voorbeeld.nl".into()], ..d("Anneke", "van den Berg") }, None),
            (CustomerDraft { phones: vec!["06 12 34 56 78".into()], ..d("Hélène", "Dubœuf") }, None),
            (CustomerDraft { phones: vec!["+32 470 12 34 56".into(), "12-34".into()], ..d("Jan", "Peeters") }, None),
            (CustomerDraft { emails: vec!["a@exemple.fr".into(), "b@exemple.fr".into()], ..d("", "C-000042") }, Some("C-000042")),
            (CustomerDraft { company: "Fleurs & Cie".into(), ..d("", "") }, Some("REF-TRÈS-LONGUE-0000000000000000000000000000000001")),
        ]
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
                    tx.execute("UPDATE customers SET external_ref = ?2 WHERE id = ?1", params![id.0, external])?;
                }
                Ok(())
            })
            .unwrap();
        imported
            .write(|tx| {
                let mut adder = NewCustomers::new(tx, at)?;
                for (draft, external) in drafts() {
                    adder.add(&PreparedCustomer::from_draft(draft, external.map(str::to_owned), "NL"))?;
                }
                adder.finish()
            })
            .unwrap();
        assert_eq!(written(&imported), written(&by_hand));
        let refs = "SELECT id, external_ref FROM customers ORDER BY id";
        assert_eq!(rows(&imported, refs), rows(&by_hand, refs));
        assert_eq!(imported.count_customers("peeters").unwrap(), 1);
        assert_eq!(imported.count_customers("0470123456").unwrap(), 1, "found by the national form of a foreign number");
        let temp: i64 = imported.conn().query_row("SELECT count(*) FROM temp.sqlite_schema WHERE name = 'import_search'", [], |r| r.get(0)).unwrap();
        assert_eq!(temp, 0, "the temporary table is gone");
    }
}
