//! What the counter reads about the customer in front of it, each an index lookup: customers
//! by phone, and the few facts the counter view shows (stage, birthday, an open complaint).

use fidele_domain::{Birthday, CustomerId};
use rusqlite::{OptionalExtension, params};

use crate::customers::shop_country;
use crate::{Result, Store};

/// The facts the counter view needs beyond the customer's name and purchases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterFacts {
    pub name: String,
    pub birthday: Option<Birthday>,
    /// The stage set by hand, else the last one the month-end ladder recorded; as a code.
    pub stage: Option<String>,
    /// The oldest complaint still open: its summary.
    pub open_complaint: Option<String>,
    pub archived: bool,
    pub erased: bool,
}

impl Store {
    /// Customers (not archived) with this phone number, as dialled in the shop's country or
    /// with its country code.
    pub fn customers_by_phone(&self, typed: &str) -> Result<Vec<CustomerId>> {
        let region = fidele_domain::phone::region_for("", &shop_country(self.conn())?);
        let digits = fidele_domain::phone::match_digits(typed, &region);
        if digits.len() < 6 {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT p.customer_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id
              WHERE p.digits = ?1 AND c.archived_at IS NULL ORDER BY p.customer_id LIMIT 20",
        )?;
        let rows = stmt.query_map([digits], |r| Ok(CustomerId(r.get(0)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The list's rows of these customers, in this order.
    pub fn customer_summaries(&self, ids: &[CustomerId]) -> Result<Vec<fidele_domain::CustomerSummary>> {
        crate::customers::summaries_of(self.conn(), &ids.iter().map(|c| c.0).collect::<Vec<_>>())
    }

    pub fn counter_facts(&self, customer: CustomerId) -> Result<Option<CounterFacts>> {
        let conn = self.conn();
        let found = conn
            .prepare_cached(
                "SELECT first_name, last_name, company, birth_year, birth_month, birth_day,
                        coalesce(manual_stage, (SELECT m.to_stage FROM ladder_moves m WHERE m.customer_id = c.id ORDER BY m.month_end DESC LIMIT 1)),
                        archived_at IS NOT NULL, erased_at IS NOT NULL
                   FROM customers c WHERE id = ?1",
            )?
            .query_row([customer.0], |r| {
                let birthday = match (r.get::<_, Option<i32>>(3)?, r.get::<_, Option<u32>>(4)?, r.get::<_, Option<u32>>(5)?) {
                    (year, Some(month), Some(day)) => Some(Birthday { year, month, day }),
                    _ => None,
                };
                Ok(CounterFacts {
                    name: fidele_domain::customer::display_name(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?, &r.get::<_, String>(2)?),
                    birthday,
                    stage: r.get(6)?,
                    open_complaint: None,
                    archived: r.get(7)?,
                    erased: r.get(8)?,
                })
            })
            .optional()?;
        let Some(mut facts) = found else { return Ok(None) };
        facts.open_complaint = conn
            .prepare_cached(
                "SELECT summary FROM interactions WHERE customer_id = ?1 AND kind = 'complaint' AND status <> 'resolved' ORDER BY at LIMIT 1",
            )?
            .query_row(params![customer.0], |r| r.get(0))
            .optional()?;
        Ok(Some(facts))
    }
}
