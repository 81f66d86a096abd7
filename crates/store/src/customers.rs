//! Customers: add, edit, read, list and search.

use std::sync::LazyLock;

use chrono::NaiveDateTime;
use fidele_domain::customer::display_name;
use fidele_domain::names::{ParticleRule, sort_key};
use fidele_domain::text::fold;
use fidele_domain::{
    Address, Birthday, Channel, ConsentEvent, Customer, CustomerDraft, CustomerId, CustomerSummary, Formality,
    HouseholdId, Interaction, Invalid, Language, Purchase, Salutation,
};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use crate::codec::{self, Dt, code, dt, sql_err};
use crate::{Error, Result, Store, search};

/// Everything the customer page shows.
#[derive(Debug, Clone)]
pub struct CustomerPage {
    pub customer: Customer,
    /// Customers this one brought to the shop.
    pub referrals: Vec<CustomerSummary>,
    /// The other members of the household.
    pub household_members: Vec<CustomerSummary>,
    /// Newest first.
    pub purchases: Vec<Purchase>,
    pub purchase_count: i64,
    pub total_minor: i64,
    /// Newest first.
    pub interactions: Vec<Interaction>,
    /// The number on their loyalty card (`None` once erased).
    pub member_number: Option<fidele_domain::MemberNumber>,
}

/// Searches finding up to this many customers list them best match first; broader ones in
/// customer order (see `search_customers`).
const RANKED_MATCHES: i64 = 300;

/// A page of the customer list and the size of the whole list (or search result).
#[derive(Debug, Clone)]
pub struct CustomerList {
    pub rows: Vec<CustomerSummary>,
    pub total: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListOrder {
    /// Last name, then first name.
    #[default]
    Name,
    /// Newest customers first.
    Newest,
}

impl Store {
    /// Adds a customer with their current consents; returns the new id.
    pub fn add_customer(&mut self, draft: CustomerDraft, consents: &[(Channel, bool)], consent_source: &str) -> Result<CustomerId> {
        let draft = draft.normalized();
        draft.validate_in(&shop_country(self.conn())?)?;
        let now = codec::now();
        self.write(|tx| {
            check_references(tx, &draft, None)?;
            let id = insert_customer_in(tx, &draft, now)?;
            for &(channel, granted) in consents {
                insert_consent_in(tx, id, channel, granted, now, consent_source)?;
            }
            Ok(id)
        })
    }

    /// Replaces a customer's details. Consents, purchases and interactions are not touched.
    pub fn update_customer(&mut self, id: CustomerId, draft: CustomerDraft) -> Result<()> {
        let draft = draft.normalized();
        draft.validate_in(&shop_country(self.conn())?)?;
        self.write(|tx| {
            ensure_live_customer(tx, id)?;
            check_references(tx, &draft, Some(id))?;
            update_customer_in(tx, id, &draft, codec::now())
        })
    }

    /// Records that a customer granted or withdrew consent on a channel. The history is kept.
    pub fn record_consent(&mut self, id: CustomerId, channel: Channel, granted: bool, source: &str) -> Result<()> {
        self.write(|tx| {
            ensure_live_customer(tx, id)?;
            insert_consent_in(tx, id, channel, granted, codec::now(), source)
        })
    }

    pub fn customer(&self, id: CustomerId) -> Result<Customer> {
        read_customer(self.conn(), id)
    }

    pub fn customer_page(&self, id: CustomerId, purchases_limit: u32) -> Result<CustomerPage> {
        let customer = self.customer(id)?;
        let conn = self.conn();
        let referrals = summaries(conn, "WHERE c.referred_by = ?1 ORDER BY c.created_at", params![id.0])?;
        let household_members = match customer.draft.household {
            Some(h) => summaries(conn, "WHERE c.household_id = ?1 AND c.id <> ?2 ORDER BY c.first_name", params![h.0, id.0])?,
            None => Vec::new(),
        };
        let (purchase_count, total_minor) = conn.query_row(
            "SELECT count(*), coalesce(sum(amount_minor), 0) FROM purchases WHERE customer_id = ?1",
            [id.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(CustomerPage {
            member_number: crate::member_numbers::current_in(conn, id)?,
            purchases: self.purchases_of(id, purchases_limit, 0)?,
            interactions: self.interactions_of(id)?,
            customer,
            referrals,
            household_members,
            purchase_count,
            total_minor,
        })
    }

    /// One page of the customer list and how many customers it holds, searched when `search`
    /// has something to search by. Archived customers are left out.
    ///
    /// The list screen asks for both on every keystroke, so the search is evaluated once where
    /// it can be: the first hits, with the text they were found in, answer a specific search
    /// (a few hundred customers at most) completely, ranked and counted. Only a broad search
    /// ("ma", "06") is evaluated a second time, to count it.
    pub fn search_customers(&self, search: &str, order: ListOrder, limit: u32, offset: u32) -> Result<CustomerList> {
        let conn = self.conn();
        // A card's number (current or stopped) names one customer: the search index does not
        // hold it, and a number with a right check digit cannot be a phone or a name.
        if let Ok(number) = fidele_domain::MemberNumber::parse(search)
            && let Some(found) = crate::member_numbers::find_in(conn, number)?
        {
            let rows = summaries(conn, "WHERE c.id = ?1 AND c.archived_at IS NULL", [found.customer.0])?;
            let total = rows.len() as i64;
            return Ok(CustomerList { rows: if offset == 0 { rows } else { Vec::new() }, total });
        }
        let Some(q) = search::fts_query(search) else {
            let order = match order {
                ListOrder::Name => "c.sort_key, c.id",
                ListOrder::Newest => "c.id DESC",
            };
            let rows = summaries(conn, &format!("WHERE c.archived_at IS NULL ORDER BY {order} LIMIT ?1 OFFSET ?2"), params![limit, offset])?;
            return Ok(CustomerList { rows, total: count_listed(conn)? });
        };
        let first = search::first_hits(conn, &q, RANKED_MATCHES + 1)?;
        if first.len() as i64 <= RANKED_MATCHES {
            // Ranking sorts every match: fine for the few hundred a specific search finds.
            let hits = search::rank(&q, &first);
            let rows = summaries(
                conn,
                "JOIN json_each(?1) h ON c.id = h.value ->> 0
                 WHERE c.archived_at IS NULL ORDER BY h.value ->> 1, c.last_name, c.first_name LIMIT ?2 OFFSET ?3",
                params![search::hits_json(&hits), limit, offset],
            )?;
            return Ok(CustomerList { rows, total: hits.len() as i64 });
        }
        // Too slow to rank the tens of thousands "06" or "ma" find while typing: those come in
        // customer order, which the index gives without sorting, and page consistently.
        let (start, end) = (offset as usize, offset as usize + limit as usize);
        let rows = if end <= first.len() {
            let window: Vec<i64> = first[start..end].iter().map(|h| h.0).collect();
            summaries_of(conn, &window)?
        } else {
            summaries(
                conn,
                "JOIN (SELECT rowid AS hit FROM customer_search WHERE customer_search MATCH ?1 ORDER BY rowid) s ON s.hit = c.id
                 WHERE c.archived_at IS NULL ORDER BY s.hit LIMIT ?2 OFFSET ?3",
                params![q, limit, offset],
            )?
        };
        Ok(CustomerList { rows, total: search::count(conn, &q)? })
    }

    /// One page of the customer list (see [`Store::search_customers`]).
    pub fn list_customers(&self, search: &str, order: ListOrder, limit: u32, offset: u32) -> Result<Vec<CustomerSummary>> {
        Ok(self.search_customers(search, order, limit, offset)?.rows)
    }

    /// How many customers a search finds (all active customers for an empty search).
    pub fn count_customers(&self, search: &str) -> Result<i64> {
        let conn = self.conn();
        match search::fts_query(search) {
            Some(q) => search::count(conn, &q),
            None => count_listed(conn),
        }
    }

    /// Takes a customer out of the list, search and card runs; their history stays.
    pub fn archive_customer(&mut self, id: CustomerId) -> Result<()> {
        self.write(|tx| {
            ensure_live_customer(tx, id)?;
            tx.execute("UPDATE customers SET archived_at = coalesce(archived_at, ?2), updated_at = ?2 WHERE id = ?1", params![id.0, dt(codec::now())])?;
            search::unindex(tx, id.0)

        })
    }

    /// Brings an archived customer back. An erased customer stays archived.
    pub fn unarchive_customer(&mut self, id: CustomerId) -> Result<()> {
        self.write(|tx| {
            ensure_live_customer(tx, id)?;
            tx.execute("UPDATE customers SET archived_at = NULL, updated_at = ?2 WHERE id = ?1", params![id.0, dt(codec::now())])?;
            let customer = read_customer(tx, id)?;
            search::index(tx, id.0, &customer.draft)

        })
    }

    pub fn add_household(&mut self, name: &str) -> Result<HouseholdId> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Invalid::one(fidele_domain::FieldError::new("household", fidele_domain::ErrorCode::HouseholdNoName)).into());
        }
        self.write(|tx| add_household_in(tx, name, codec::now()))
    }
}

pub(crate) fn add_household_in(conn: &Connection, name: &str, at: NaiveDateTime) -> Result<HouseholdId> {
    conn.prepare_cached("INSERT INTO households (name, created_at) VALUES (?1, ?2)")?.execute(params![name, dt(at)])?;
    Ok(HouseholdId(conn.last_insert_rowid()))
}

/// The shop's country (ISO 3166-1 alpha-2): the default region of phone numbers.
pub(crate) fn shop_country(conn: &Connection) -> Result<String> {
    Ok(conn.prepare_cached("SELECT country FROM shop_profile WHERE id = 1")?.query_row([], |r| r.get(0)).optional()?.unwrap_or_default())
}

/// The customer exists and was not erased (an erased row is kept only so purchases count).
pub(crate) fn ensure_live_customer(conn: &Connection, id: CustomerId) -> Result<()> {
    let erased: Option<Option<String>> =
        conn.prepare_cached("SELECT erased_at FROM customers WHERE id = ?1")?.query_row([id.0], |r| r.get(0)).optional()?;
    match erased {
        None => Err(Error::NotFound { what: "customer", id: id.0 }),
        Some(Some(_)) => Err(Invalid::one(fidele_domain::FieldError::new("customer", fidele_domain::ErrorCode::CustomerErased).with("id", id.0)).into()),
        Some(None) => Ok(()),
    }
}

pub(crate) fn ensure_customer(conn: &Connection, id: CustomerId) -> Result<()> {
    let found = conn.prepare_cached("SELECT 1 FROM customers WHERE id = ?1")?.exists([id.0])?;
    if found { Ok(()) } else { Err(Error::NotFound { what: "customer", id: id.0 }) }
}

/// Links to other rows are checked here so the message names the field, not a constraint.
fn check_references(conn: &Connection, draft: &CustomerDraft, this: Option<CustomerId>) -> Result<()> {
    let mut errors = Invalid::default();
    if let Some(r) = draft.referred_by {
        if Some(r) == this {
            errors.push(fidele_domain::FieldError::new("referred_by", fidele_domain::ErrorCode::ReferSelf));
        } else if ensure_customer(conn, r).is_err() {
            errors.push(fidele_domain::FieldError::new("referred_by", fidele_domain::ErrorCode::NoSuchCustomer).with("id", r.0));
        }
    }
    if let Some(h) = draft.household
        && !conn.prepare_cached("SELECT 1 FROM households WHERE id = ?1")?.exists([h.0])? {
            errors.push(fidele_domain::FieldError::new("household", fidele_domain::ErrorCode::NoSuchHousehold).with("id", h.0));
        }
    Ok(errors.into_result()?)
}

/// The columns a draft fills, in the order of [`draft_values`]: one list for the INSERT and
/// the UPDATE, so a new field cannot be saved by one and forgotten by the other.
pub(crate) const DRAFT_COLUMNS: [&str; 19] = [
    "salutation", "formality", "first_name", "last_name", "company", "address_line1", "address_line2", "postal_code",
    "city", "country", "birth_year", "birth_month", "birth_day", "household_id", "referred_by", "language",
    "preferences", "notes", "source",
];

pub(crate) fn draft_values(d: &CustomerDraft) -> [Value; 19] {
    [
        d.salutation.map(|s| s.code().to_owned()).into(),
        d.formality.code().to_owned().into(),
        d.first_name.clone().into(),
        d.last_name.clone().into(),
        d.company.clone().into(),
        d.address.line1.clone().into(),
        d.address.line2.clone().into(),
        d.address.postal_code.clone().into(),
        d.address.city.clone().into(),
        d.address.country.clone().into(),
        d.birthday.and_then(|b| b.year).into(),
        d.birthday.map(|b| b.month).into(),
        d.birthday.map(|b| b.day).into(),
        d.household.map(|h| h.0).into(),
        d.referred_by.map(|r| r.0).into(),
        d.language.map(|l| l.code().to_owned()).into(),
        d.preferences.clone().into(),
        d.notes.clone().into(),
        d.source.clone().into(),
    ]
}

/// `?1`..`?19` the draft, `?20` the time (created and updated).
static INSERT_SQL: LazyLock<String> = LazyLock::new(|| {
    let n = DRAFT_COLUMNS.len();
    let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    format!("INSERT INTO customers ({}, created_at, updated_at) VALUES ({}, ?{t}, ?{t})", DRAFT_COLUMNS.join(", "), marks.join(", "), t = n + 1)
});

/// `?1`..`?19` the draft, `?20` the time, `?21` the id.
static UPDATE_SQL: LazyLock<String> = LazyLock::new(|| {
    let n = DRAFT_COLUMNS.len();
    let sets: Vec<String> = DRAFT_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
    format!("UPDATE customers SET {}, updated_at = ?{} WHERE id = ?{}", sets.join(", "), n + 1, n + 2)
});

/// Inserts a validated, normalised customer inside the caller's transaction.
pub(crate) fn insert_customer_in(conn: &Connection, draft: &CustomerDraft, at: NaiveDateTime) -> Result<CustomerId> {
    conn.prepare_cached(&INSERT_SQL)?.execute(params_from_iter(draft_values(draft).into_iter().chain([Value::from(dt(at))])))?;
    let id = conn.last_insert_rowid();
    write_contacts_in(conn, id, draft)?;
    search::index(conn, id, draft)?;
    write_sort_keys(conn, id, draft)?;
    crate::member_numbers::issue_in(conn, CustomerId(id), at)?;
    Ok(CustomerId(id))
}

/// Replaces a validated, normalised customer's details inside the caller's transaction.
pub(crate) fn update_customer_in(conn: &Connection, id: CustomerId, draft: &CustomerDraft, at: NaiveDateTime) -> Result<()> {
    conn.prepare_cached(&UPDATE_SQL)?.execute(params_from_iter(draft_values(draft).into_iter().chain([Value::from(dt(at)), Value::from(id.0)])))?;
    write_contacts_in(conn, id.0, draft)?;
    search::index(conn, id.0, draft)?;
    write_sort_keys(conn, id.0, draft)?;
    Ok(())
}

/// The keys the list sorts names and cities by (see migration 0006).
pub(crate) fn write_sort_keys(conn: &Connection, id: i64, draft: &CustomerDraft) -> Result<()> {
    let rule = ParticleRule::for_customer(&draft.address.country, &shop_country(conn)?);
    conn.prepare_cached("UPDATE customers SET sort_key = ?2, city_key = ?3 WHERE id = ?1")?.execute(params![
        id,
        sort_key(&draft.first_name, &draft.last_name, &draft.company, rule),
        city_key(&draft.address.city)
    ])?;
    Ok(())
}

/// The folded town; "~" (after every folded letter and digit) for none, so that customers
/// without a town come last in the list sorted by town, straight from its index.
pub(crate) const NO_TOWN: &str = "~";

pub(crate) fn city_key(city: &str) -> String {
    let key = fold(city);
    if key.is_empty() { NO_TOWN.to_owned() } else { key }
}

/// Computes the sort keys a file from before schema 6 lacks, or all of them after the shop
/// moved to another country (whose particle rule may differ), in one transaction.
pub(crate) fn fill_missing_sort_keys(conn: &Connection) -> Result<()> {
    let missing: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM customers WHERE sort_key IS NULL)", [], |r| r.get(0))?;
    if missing {
        let tx = conn.unchecked_transaction()?;
        refresh_sort_keys(&tx, true)?;
        tx.commit()?;
    }
    Ok(())
}

/// Rewrites the sort keys (only the missing ones with `only_missing`), inside the caller's
/// transaction.
pub(crate) fn refresh_sort_keys(tx: &Connection, only_missing: bool) -> Result<()> {
    let shop = shop_country(tx)?;
    {
        let mut read = tx.prepare(&format!(
            "SELECT id, first_name, last_name, company, country, city FROM customers {}",
            if only_missing { "WHERE sort_key IS NULL" } else { "" }
        ))?;
        let mut write = tx.prepare("UPDATE customers SET sort_key = ?2, city_key = ?3 WHERE id = ?1")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (first, last, company, country, city): (String, String, String, String, String) =
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
            let rule = ParticleRule::for_customer(&country, &shop);
            write.execute(params![r.get::<_, i64>(0)?, sort_key(&first, &last, &company, rule), city_key(&city)])?;
        }
    }
    Ok(())
}

pub(crate) fn write_contacts_in(conn: &Connection, id: i64, draft: &CustomerDraft) -> Result<()> {
    conn.prepare_cached("DELETE FROM customer_emails WHERE customer_id = ?1")?.execute([id])?;
    conn.prepare_cached("DELETE FROM customer_phones WHERE customer_id = ?1")?.execute([id])?;
    conn.prepare_cached("DELETE FROM customer_tags WHERE customer_id = ?1")?.execute([id])?;
    let mut email = conn.prepare_cached("INSERT INTO customer_emails (customer_id, position, address) VALUES (?1, ?2, ?3)")?;
    for (i, e) in draft.emails.iter().enumerate() {
        email.execute(params![id, i as i64, e])?;
    }
    // `digits` holds the number's E.164 digits ("33612345678") when libphonenumber reads it,
    // so "06 12 34 56 78" and "+33 6 12 34 56 78" match; else the digits as typed.
    let region = fidele_domain::phone::region_for(&draft.address.country, &shop_country(conn)?);
    let mut phone = conn.prepare_cached("INSERT INTO customer_phones (customer_id, position, number, digits) VALUES (?1, ?2, ?3, ?4)")?;
    for (i, p) in draft.phones.iter().enumerate() {
        phone.execute(params![id, i as i64, p, fidele_domain::phone::match_digits(p, &region)])?;
    }
    let mut tag = conn.prepare_cached("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?;
    let mut link = conn.prepare_cached("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2")?;
    for t in &draft.tags {
        tag.execute([t])?;
        link.execute(params![id, t])?;
    }
    Ok(())
}

pub(crate) fn insert_consent_in(
    conn: &Connection,
    id: CustomerId,
    channel: Channel,
    granted: bool,
    at: NaiveDateTime,
    source: &str,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO consent_events (customer_id, channel, granted, at, source) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![id.0, channel.code(), granted, dt(at), source])?;
    Ok(())
}

pub(crate) fn read_customer(conn: &Connection, id: CustomerId) -> Result<Customer> {
    let row = conn
        .prepare_cached(
            "SELECT c.salutation, c.formality, c.first_name, c.last_name, c.company, c.address_line1, c.address_line2,
                    c.postal_code, c.city, c.country, c.birth_year, c.birth_month, c.birth_day, c.household_id,
                    c.referred_by, c.language, c.preferences, c.notes, c.source, c.created_at, c.archived_at,
                    h.name, r.first_name, r.last_name, r.company, c.erased_at
             FROM customers c
             LEFT JOIN households h ON h.id = c.household_id
             LEFT JOIN customers r ON r.id = c.referred_by
             WHERE c.id = ?1",
        )?
        .query_row([id.0], |r| customer_from_row(id, r))
        .optional()?;
    let mut customer = row.ok_or(Error::NotFound { what: "customer", id: id.0 })?;
    customer.draft.emails = strings(conn, "SELECT address FROM customer_emails WHERE customer_id = ?1 ORDER BY position", id.0)?;
    customer.draft.phones = strings(conn, "SELECT number FROM customer_phones WHERE customer_id = ?1 ORDER BY position", id.0)?;
    customer.draft.tags = strings(
        conn,
        "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ?1 ORDER BY t.name",
        id.0,
    )?;
    let mut stmt = conn.prepare_cached("SELECT channel, granted, at, source FROM consent_events WHERE customer_id = ?1 ORDER BY at, id")?;
    customer.consents = stmt
        .query_map([id.0], |r| {
            Ok(ConsentEvent {
                channel: code(&r.get::<_, String>(0)?, Channel::parse).map_err(sql_err)?,
                granted: r.get(1)?,
                at: r.get::<_, Dt>(2)?.0,
                source: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(customer)
}

fn customer_from_row(id: CustomerId, r: &Row<'_>) -> rusqlite::Result<Customer> {
    let birthday = match (r.get::<_, Option<i32>>(10)?, r.get::<_, Option<u32>>(11)?, r.get::<_, Option<u32>>(12)?) {
        (year, Some(month), Some(day)) => Birthday::new(year, month, day).ok(),
        _ => None,
    };
    let referrer = match r.get::<_, Option<String>>(22)? {
        Some(first) => Some(display_name(&first, &r.get::<_, String>(23)?, &r.get::<_, String>(24)?)),
        None => None,
    };
    Ok(Customer {
        id,
        draft: CustomerDraft {
            salutation: r.get::<_, Option<String>>(0)?.map(|s| code(&s, Salutation::parse)).transpose().map_err(sql_err)?,
            formality: code(&r.get::<_, String>(1)?, Formality::parse).map_err(sql_err)?,
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            company: r.get(4)?,
            emails: Vec::new(),
            phones: Vec::new(),
            address: Address {
                line1: r.get(5)?,
                line2: r.get(6)?,
                postal_code: r.get(7)?,
                city: r.get(8)?,
                country: r.get(9)?,
            },
            birthday,
            household: r.get::<_, Option<i64>>(13)?.map(HouseholdId),
            referred_by: r.get::<_, Option<i64>>(14)?.map(CustomerId),
            language: r.get::<_, Option<String>>(15)?.and_then(|l| Language::from_locale(&l)),
            preferences: r.get(16)?,
            notes: r.get(17)?,
            tags: Vec::new(),
            source: r.get(18)?,
        },
        created_at: r.get::<_, Dt>(19)?.0,
        archived_at: r.get::<_, Option<Dt>>(20)?.map(|d| d.0),
        erased_at: r.get::<_, Option<Dt>>(25)?.map(|d| d.0),
        household_name: r.get(21)?,
        referred_by_name: referrer,
        consents: Vec::new(),
    })
}

fn strings(conn: &Connection, sql: &str, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// List rows with their purchase totals; `tail` is the WHERE/JOIN/ORDER part over `customers c`.
///
/// Two steps: the ids of the page first (the ORDER BY and LIMIT see only the customers table
/// and the search index), then each listed row with its purchase figures from the
/// `purchases_customer_at` index. Joining a grouped sub-select of all purchases instead made
/// SQLite materialise the 2,000,000-row grouping on every keystroke (about 10 s).
pub(crate) fn summaries(conn: &Connection, tail: &str, params: impl rusqlite::Params) -> Result<Vec<CustomerSummary>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT c.id FROM customers c {tail}"))?;
    let ids: Vec<i64> = stmt.query_map(params, |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    summaries_of(conn, &ids)
}

/// The list rows of `ids`, in that order.
pub(crate) fn summaries_of(conn: &Connection, ids: &[i64]) -> Result<Vec<CustomerSummary>> {
    let mut row = conn.prepare_cached(
        "SELECT c.id, c.first_name, c.last_name, c.company, c.city,
                (SELECT address FROM customer_emails WHERE customer_id = c.id ORDER BY position LIMIT 1),
                (SELECT number FROM customer_phones WHERE customer_id = c.id ORDER BY position LIMIT 1),
                c.purchase_count, c.total_minor, c.last_purchase_at
         FROM customers c WHERE c.id = ?1",
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for &id in ids {
        out.push(row.query_row([id], |r| {
            Ok(CustomerSummary {
                id: CustomerId(r.get(0)?),
                name: display_name(&r.get::<_, String>(1)?, &r.get::<_, String>(2)?, &r.get::<_, String>(3)?),
                company: r.get(3)?,
                city: r.get(4)?,
                email: r.get(5)?,
                phone: r.get(6)?,
                // Kept on the row by every write of purchases (totals.rs).
                purchase_count: r.get(7)?,
                total_minor: r.get(8)?,
                last_purchase_at: r.get::<_, Option<Dt>>(9)?.map(|d| d.0),
                hit: None,
            })
        })?);
    }
    Ok(out)
}

/// Customers in the list: one row per indexed customer in FTS5's own table (the index holds
/// exactly the listed customers, see search.rs), counted from its b-tree pages, where
/// `archived_at IS NULL` over the customers is a full scan.
pub(crate) fn count_listed(conn: &Connection) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT count(*) FROM customer_search_docsize")?.query_row([], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helene() -> CustomerDraft {
        CustomerDraft {
            salutation: Some(Salutation::Mrs),
            first_name: "Hélène".into(),
            last_name: "Dubœuf".into(),
            emails: vec!["helene@exemple.fr".into()],
            phones: vec!["06 12 34 56 78".into()],
            address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
            birthday: Some(Birthday::parse("--02-29").unwrap()),
            tags: vec!["romans".into()],
            ..CustomerDraft::default()
        }
    }

    #[test]
    fn add_then_read_back() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(helene(), &[(Channel::Post, true)], "in shop").unwrap();
        let c = store.customer(id).unwrap();
        assert_eq!(c.draft, helene());
        assert_eq!(c.consents.len(), 1);
        assert_eq!(c.display_name(), "Hélène Dubœuf");
    }

    #[test]
    fn search_ignores_accents_case_and_phone_spacing() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(helene(), &[], "").unwrap();
        store.add_customer(CustomerDraft { last_name: "Martin".into(), ..CustomerDraft::default() }, &[], "").unwrap();
        for q in ["helene", "HÉLÈNE", "duboeuf", "dub hel", "0612", "06 12 34", "lyon", "romans", "helene@exemple"] {
            let hits = store.list_customers(q, ListOrder::Name, 10, 0).unwrap();
            assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), vec![id], "query {q:?}");
        }
        assert!(store.list_customers("zzz", ListOrder::Name, 10, 0).unwrap().is_empty());
        assert_eq!(store.count_customers("").unwrap(), 2);
        assert_eq!(store.count_customers("hel").unwrap(), 1);
    }

    #[test]
    fn a_broad_search_lists_in_customer_order_and_pages() {
        let mut store = Store::open_in_memory().unwrap();
        let ids: Vec<CustomerId> = (0..RANKED_MATCHES + 10)
            .map(|i| {
                let last = if i % 2 == 0 { "Martin" } else { "Martinez" };
                store.add_customer(CustomerDraft { first_name: format!("N{i}"), last_name: last.into(), ..CustomerDraft::default() }, &[], "").unwrap()
            })
            .collect();
        store.archive_customer(ids[1]).unwrap();
        let first = store.list_customers("mart", ListOrder::Name, 5, 0).unwrap();
        assert_eq!(first.iter().map(|r| r.id).collect::<Vec<_>>(), [ids[0], ids[2], ids[3], ids[4], ids[5]]);
        let next = store.list_customers("mart", ListOrder::Name, 2, 5).unwrap();
        assert_eq!(next.iter().map(|r| r.id).collect::<Vec<_>>(), [ids[6], ids[7]]);
        assert_eq!(store.count_customers("mart").unwrap(), RANKED_MATCHES + 9);
        // A narrower search (N3, N30..N39, N300..N309) is ranked, ties by name: Martin first.
        let narrow = store.list_customers("n3", ListOrder::Name, 100, 0).unwrap();
        assert_eq!(narrow.len(), 21);
        assert_eq!(narrow[0].name, "N30 Martin");
        assert_eq!(store.search_customers("n3", ListOrder::Name, 5, 0).unwrap().total, 21);
        // Pages past the first hits the search kept come from a second query, in the same order.
        let all: Vec<CustomerId> = ids.iter().copied().filter(|&id| id != ids[1]).collect();
        let deep = store.search_customers("mart", ListOrder::Name, 20, 290).unwrap();
        assert_eq!(deep.rows.iter().map(|r| r.id).collect::<Vec<_>>(), all[290..309]);
        assert_eq!(deep.total, RANKED_MATCHES + 9);
    }

    #[test]
    fn list_totals_count_every_purchase() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(helene(), &[], "").unwrap();
        for (day, cents) in [(3, 1250), (9, 4000), (5, -1250)] {
            let at = chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap().and_hms_opt(10, 0, 0).unwrap();
            store.add_purchase(crate::test_support::sale(id, at, cents)).unwrap();
        }
        for search in ["", "helene"] {
            let list = store.search_customers(search, ListOrder::Name, 10, 0).unwrap();
            assert_eq!(list.total, 1, "{search:?}");
            let row = &list.rows[0];
            assert_eq!((row.purchase_count, row.total_minor), (3, 4000), "{search:?}");
            assert_eq!(row.last_purchase_at.map(|d| d.date().to_string()).as_deref(), Some("2026-03-09"));
        }
    }

    #[test]
    fn update_reindexes() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(helene(), &[], "").unwrap();
        store.update_customer(id, CustomerDraft { last_name: "Lefèvre".into(), ..helene() }).unwrap();
        assert!(store.list_customers("duboeuf", ListOrder::Name, 10, 0).unwrap().is_empty());
        assert_eq!(store.list_customers("lefevre", ListOrder::Name, 10, 0).unwrap().len(), 1);
    }

    #[test]
    fn bad_references_name_the_field_and_write_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let draft = CustomerDraft { referred_by: Some(CustomerId(99)), household: Some(HouseholdId(5)), ..helene() };
        let err = store.add_customer(draft, &[], "").unwrap_err();
        let Error::Invalid(invalid) = err else { panic!("{err}") };
        let fields: Vec<&str> = invalid.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["referred_by", "household"]);
        assert_eq!(store.count_customers("").unwrap(), 0);
    }

    #[test]
    fn invalid_draft_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store.add_customer(CustomerDraft::default(), &[], "").unwrap_err();
        assert!(matches!(err, Error::Invalid(_)));
        assert!(matches!(store.customer(CustomerId(1)), Err(Error::NotFound { .. })));
    }

    #[test]
    fn page_lists_referrals_and_household() {
        let mut store = Store::open_in_memory().unwrap();
        let home = store.add_household("Famille Dubœuf").unwrap();
        let a = store.add_customer(CustomerDraft { household: Some(home), ..helene() }, &[], "").unwrap();
        let b = store
            .add_customer(
                CustomerDraft { first_name: "Paul".into(), household: Some(home), referred_by: Some(a), ..helene() },
                &[],
                "",
            )
            .unwrap();
        let page = store.customer_page(a, 50).unwrap();
        assert_eq!(page.referrals.iter().map(|r| r.id).collect::<Vec<_>>(), [b]);
        assert_eq!(page.household_members.iter().map(|r| r.id).collect::<Vec<_>>(), [b]);
        assert_eq!(page.customer.household_name.as_deref(), Some("Famille Dubœuf"));
        assert_eq!(store.customer(b).unwrap().referred_by_name.as_deref(), Some("Hélène Dubœuf"));
    }
}
