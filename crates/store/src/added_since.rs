//! Who joined the file since a day: the customers whose loyalty cards a shop prints in one
//! go ("everyone new since the last sheet").

use chrono::NaiveDate;
use fidele_domain::CustomerId;

use crate::codec;
use crate::{Result, Store};

impl Store {
    /// The customers added on or after `since`, neither archived nor erased, in the list's
    /// name order.
    pub fn customers_added_since(&self, since: NaiveDate) -> Result<Vec<CustomerId>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM customers
             WHERE created_at >= ?1 AND archived_at IS NULL AND erased_at IS NULL
             ORDER BY sort_key, id",
        )?;
        let rows = stmt.query_map([codec::date(since)], |r| r.get(0).map(CustomerId))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::CustomerDraft;

    #[test]
    fn only_the_customers_added_since_the_day_and_still_here() {
        let mut store = Store::open_in_memory().unwrap();
        let person = |first: &str| CustomerDraft { first_name: first.into(), last_name: "Martin".into(), ..Default::default() };
        let zoe = store.add_customer(person("Zoé"), &[], "").unwrap();
        let anne = store.add_customer(person("Anne"), &[], "").unwrap();
        let gone = store.add_customer(person("Paul"), &[], "").unwrap();
        store.archive_customer(gone).unwrap();
        store.conn().execute("UPDATE customers SET created_at = '2026-01-31 18:00:00' WHERE id = ?1", [zoe.0]).unwrap();
        store.conn().execute("UPDATE customers SET created_at = '2026-02-01 09:00:00' WHERE id = ?1", [anne.0]).unwrap();
        let feb = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        assert_eq!(store.customers_added_since(feb).unwrap(), [anne]);
        let jan = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(store.customers_added_since(jan).unwrap(), [anne, zoe], "in name order");
    }
}
