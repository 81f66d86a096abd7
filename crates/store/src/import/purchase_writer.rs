//! The writing side of a purchase import: rows gathered into multi-row INSERTs, stored sales
//! looked up for duplicates, customers added for unknown references.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use fidele_interchange::{CustomerRef, ImportedPurchase, Problem, Rejected};
use rusqlite::{Connection, params};

use super::matching::{CustomerIndex, FxBuild};
use super::purchases::{PurchaseImportOptions, PurchaseImportReport};
use crate::Result;
use super::new_customers::{NewCustomers, PreparedCustomer};
use crate::customers::shop_country;

/// The rejection of a row whose customer nobody has.
pub(super) fn unknown_customer(line: u64, r: &CustomerRef) -> Rejected {
    let (code, value) = match r {
        CustomerRef::Email(e) => (fidele_domain::ErrorCode::UnknownEmail, e),
        CustomerRef::Phone(p) => (fidele_domain::ErrorCode::UnknownPhone, p),
        CustomerRef::External(x) => (fidele_domain::ErrorCode::UnknownNumber, x),
    };
    Rejected::one(line, Problem::new("customer_ref", code).with("value", value))
}

/// Sales written by one INSERT statement: the per-statement work (finding the table's end,
/// closing the statement) is shared by this many rows.
const ROWS_PER_INSERT: usize = 32;

/// The writing side of a purchase import: its prepared statements, the rows waiting for the
/// next multi-row INSERT, and the customers it added.
pub(super) struct Writer<'c> {
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
    /// Refunds written, to be linked to their sale once every row is in.
    refunds: Vec<RefundToLink>,
    /// Read once: the region a new customer's phone number is read in.
    shop_country: String,
    /// Writes the customers added, from the first one.
    new_customers: Option<NewCustomers<'c>>,
    /// What the rows written add to each customer's kept totals (see `totals::add_appended`).
    appended: HashMap<i64, Appended, FxBuild>,
}

/// The purchases written for one customer: how many, their sum, the latest date.
struct Appended {
    count: i64,
    total_minor: i64,
    last_at: [u8; 19],
}

/// A refund written by the import, and the receipt of the sale it pays back.
#[derive(Debug)]
pub(super) struct RefundToLink {
    customer: i64,
    at: String,
    amount_minor: i64,
    ticket: String,
    sale_ticket: String,
}

/// Links each refund to the customer's sale with the receipt it names (the latest such sale up
/// to the refund's time); returns how many were linked.
pub(super) fn link_refunds(tx: &Connection, refunds: &[RefundToLink]) -> Result<u64> {
    let mut link = tx.prepare(
        "UPDATE purchases SET refund_of = (
             SELECT s.id FROM purchases s
             WHERE s.customer_id = ?1 AND s.ticket_ref = ?5 AND s.amount_minor > 0 AND s.refund_of IS NULL AND s.at <= ?2
             ORDER BY s.at DESC LIMIT 1)
         WHERE id = (SELECT id FROM purchases WHERE customer_id = ?1 AND at = ?2 AND amount_minor = ?3 AND ticket_ref = ?4
                     AND refund_of IS NULL LIMIT 1)
           AND EXISTS (SELECT 1 FROM purchases s WHERE s.customer_id = ?1 AND s.ticket_ref = ?5 AND s.amount_minor > 0 AND s.at <= ?2)",
    )?;
    let mut linked = 0;
    for r in refunds {
        linked += link.execute(params![r.customer, r.at, r.amount_minor, r.ticket, r.sale_ticket])? as u64;
    }
    Ok(linked)
}

/// A sale waiting to be inserted, its text in buffers reused from row to row.
#[derive(Default)]
struct PendingRow {
    customer: i64,
    at: String,
    amount_minor: i64,
    currency: String,
    margin_minor: Option<i64>,
    category: String,
    item_count: Option<u32>,
    ticket: String,
}

/// Parameters per row of the INSERT; `?1` is the import's time, shared by every row.
const PARAMS_PER_ROW: usize = 8;

fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT OR FAIL INTO purchases (customer_id, at, amount_minor, currency, margin_minor, category, item_count, ticket_ref,
            offer_code, refund_of, note, created_at) VALUES ",
    );
    for row in 0..rows {
        let p = 2 + row * PARAMS_PER_ROW;
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("(?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, '', NULL, '', ?1)", p, p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7));
    }
    sql
}

impl<'c> Writer<'c> {
    pub(super) fn new(tx: &'c Connection, options: &'c PurchaseImportOptions, now: NaiveDateTime, now_text: &str) -> Result<Writer<'c>> {
        let mut insert_many = tx.prepare(&insert_sql(ROWS_PER_INSERT))?;
        insert_many.raw_bind_parameter(1, now_text)?;
        let mut insert_one = tx.prepare(&insert_sql(1))?;
        insert_one.raw_bind_parameter(1, now_text)?;
        let exists = tx.prepare(
            "SELECT 1 FROM purchases WHERE id = ?1 AND customer_id = ?2 AND at = ?3 AND amount_minor = ?4 AND ticket_ref = ?5",
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
            refunds: Vec::new(),
            shop_country: shop_country(tx)?,
            new_customers: None,
            appended: HashMap::default(),
        })
    }

    /// Writes one purchase. `prepared`: the customer to add for its reference when nobody has
    /// it, made ready on the reading thread (else made here).
    pub(super) fn write(
        &mut self,
        report: &mut PurchaseImportReport,
        p: &ImportedPurchase,
        customer: Option<i64>,
        prepared: Option<&PreparedCustomer>,
        at: &str,
        stored_rows: &[i64],
    ) -> Result<()> {
        let Some(who) = &p.customer_ref else {
            report.anonymous += 1;
            return Ok(());
        };
        let customer = match customer.or_else(|| self.added.find_ref(who, &mut self.key)) {
            Some(id) => id,
            None if self.options.create_customers => self.add_customer(report, p, who, prepared)?,
            None => {
                report.reject(unknown_customer(p.line, who));
                return Ok(());
            }
        };
        // Only purchases stored before the import can match, so the rows still waiting for
        // their INSERT need not be looked at; those stored are looked at by id.
        for &id in stored_rows {
            if self.exists.exists(params![id, customer, at, p.amount.minor, p.ticket])? {
                report.duplicates += 1;
                return Ok(());
            }
        }
        report.imported += 1;
        report.warn(&p.warnings);
        if p.refund_of.is_some() {
            report.refunds += 1;
        }
        if self.options.dry_run {
            return Ok(());
        }
        if let Some(sale) = &p.refund_of {
            let sale_ticket = if sale.is_empty() { &p.ticket } else { sale };
            if !sale_ticket.is_empty() {
                self.refunds.push(RefundToLink {
                    customer,
                    at: at.to_owned(),
                    amount_minor: p.amount.minor,
                    ticket: p.ticket.clone(),
                    sale_ticket: sale_ticket.clone(),
                });
            }
        }
        let added = self.appended.entry(customer).or_insert(Appended { count: 0, total_minor: 0, last_at: [0; 19] });
        added.count += 1;
        added.total_minor += p.amount.minor;
        if at.as_bytes() > &added.last_at[..] {
            added.last_at.copy_from_slice(at.as_bytes());
        }
        let row = &mut self.pending[self.waiting];
        row.customer = customer;
        refill(&mut row.at, at);
        row.amount_minor = p.amount.minor;
        row.margin_minor = p.margin.map(|m| m.minor);
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

    /// The refunds written, for `link_refunds` once the rows are all in.
    pub(super) fn take_refunds(&mut self) -> Vec<RefundToLink> {
        std::mem::take(&mut self.refunds)
    }

    /// Inserts the rows still waiting.
    pub(super) fn finish(&mut self) -> Result<()> {
        for row in &self.pending[..self.waiting] {
            bind_rows(&mut self.insert_one, std::slice::from_ref(row))?;
            self.insert_one.raw_execute()?;
        }
        self.waiting = 0;
        Ok(())
    }

    /// Writes the customers added whose rows still wait.
    pub(super) fn flush_customers(&mut self) -> Result<()> {
        match &mut self.new_customers {
            Some(adder) => adder.flush(),
            None => Ok(()),
        }
    }

    /// Puts the customers added into the search index.
    pub(super) fn finish_customers(&mut self) -> Result<()> {
        match self.new_customers.take() {
            Some(adder) => adder.finish(),
            None => Ok(()),
        }
    }

    /// Adds what the rows written bring to their customers' kept totals, in customer order.
    pub(super) fn add_to_totals(&mut self) -> Result<()> {
        let mut appended: Vec<(i64, Appended)> = std::mem::take(&mut self.appended).into_iter().collect();
        appended.sort_unstable_by_key(|(customer, _)| *customer);
        crate::totals::add_appended(
            self.tx,
            appended.iter().map(|(customer, a)| crate::totals::Appended {
                customer: *customer,
                count: a.count,
                total_minor: a.total_minor,
                last_at: std::str::from_utf8(&a.last_at).unwrap_or(""),
            }),
        )
    }

    /// Adds a customer for a reference nobody has (or, in a dry run, counts one).
    fn add_customer(&mut self, report: &mut PurchaseImportReport, p: &ImportedPurchase, who: &CustomerRef, prepared: Option<&PreparedCustomer>) -> Result<i64> {
        let id = if self.options.dry_run {
            self.next_fake_id -= 1;
            self.next_fake_id
        } else {
            let adder = match &mut self.new_customers {
                Some(adder) => adder,
                None => self.new_customers.insert(NewCustomers::new(self.tx, self.now)?),
            };
            match prepared {
                Some(c) => adder.add(c)?,
                None => adder.add(&PreparedCustomer::new(who, &p.customer_name, &self.shop_country))?,
            }
        };
        self.added.add_ref(who, id, &mut self.key);
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
        insert.raw_bind_parameter(p + 4, row.margin_minor)?;
        insert.raw_bind_parameter(p + 5, row.category.as_str())?;
        insert.raw_bind_parameter(p + 6, row.item_count)?;
        insert.raw_bind_parameter(p + 7, row.ticket.as_str())?;
    }
    Ok(())
}
