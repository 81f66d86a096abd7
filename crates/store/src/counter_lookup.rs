//! What the counter reads about the customer in front of it, each an index lookup: customers
//! by phone, and the few facts the counter view shows (stage, birthday, an open complaint).

use fidele_domain::{Birthday, CustomerId};
use rusqlite::{OptionalExtension, params};

use crate::customers::shop_country;
use crate::{Result, Store};

/// Where a number typed without its country code is also looked for: the countries Fidèle's
/// shops are in and their neighbours.
const NEIGHBOUR_REGIONS: [&str; 8] = ["FR", "BE", "NL", "LU", "CH", "DE", "GB", "TH"];

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
    /// with its country code. A number dialled without its country code is also read as the
    /// neighbours' and the other shops' countries would dial it, since a customer abroad has
    /// their number stored with their own country's code (a Belgian "0494..." in a French
    /// shop); the shop's own reading wins when it finds someone.
    pub fn customers_by_phone(&self, typed: &str) -> Result<Vec<CustomerId>> {
        let shop = fidele_domain::phone::region_for("", &shop_country(self.conn())?);
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT p.customer_id FROM customer_phones p JOIN customers c ON c.id = p.customer_id
              WHERE p.digits = ?1 AND c.archived_at IS NULL ORDER BY p.customer_id LIMIT 20",
        )?;
        let mut tried = Vec::new();
        for region in std::iter::once(shop.as_str()).chain(NEIGHBOUR_REGIONS) {
            let digits = fidele_domain::phone::match_digits(typed, region);
            if digits.len() < 6 || tried.contains(&digits) {
                continue;
            }
            let found = stmt.query_map([&digits], |r| Ok(CustomerId(r.get(0)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
            if !found.is_empty() {
                return Ok(found);
            }
            tried.push(digits);
        }
        Ok(Vec::new())
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

#[cfg(test)]
mod tests {
    use fidele_domain::{Address, CustomerDraft};

    use crate::test_support::store;

    #[test]
    fn a_phone_finds_its_customer_as_dialled_at_home_or_abroad() {
        let mut store = store();
        let lyon = store.add_customer(CustomerDraft { last_name: "Dubœuf".into(), phones: vec!["06 12 34 56 78".into()], ..Default::default() }, &[], "").unwrap();
        let liege = store
            .add_customer(
                CustomerDraft {
                    last_name: "Peeters".into(),
                    phones: vec!["0494 12 34 56".into()],
                    address: Address { city: "Liège".into(), country: "BE".into(), ..Address::default() },
                    ..Default::default()
                },
                &[],
                "",
            )
            .unwrap();
        assert_eq!(store.customers_by_phone("0612345678").unwrap(), [lyon]);
        assert_eq!(store.customers_by_phone("+33 6 12 34 56 78").unwrap(), [lyon]);
        assert_eq!(store.customers_by_phone("0494 12 34 56").unwrap(), [liege]);
        assert_eq!(store.customers_by_phone("+32 494 12 34 56").unwrap(), [liege]);
        assert!(store.customers_by_phone("0699999999").unwrap().is_empty());
        assert!(store.customers_by_phone("12").unwrap().is_empty());
    }
}
