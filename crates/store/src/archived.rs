//! Archived customers, findable again. They leave the list and its search index (`search.rs`
//! indexes only the customers in the list), so they are searched here, among the archived only
//! (a few rows), with the same folding as the index: accents, case and phone spacing ignored.
//! Erased customers are archived shells with nothing to find; they are left out.

use chrono::NaiveDateTime;
use fidele_domain::text::fold;
use fidele_domain::CustomerSummary;

use crate::codec::Dt;
use crate::customers::summaries;
use crate::{Result, Store};

#[derive(Debug, Clone)]
pub struct ArchivedCustomer {
    pub summary: CustomerSummary,
    pub archived_at: NaiveDateTime,
}

impl Store {
    /// The archived customers whose name, company, city, postcode, e-mail or phone holds every
    /// word of `search` (all of them when empty), the most recently archived first.
    pub fn archived_customers(&self, search: &str, limit: usize) -> Result<Vec<ArchivedCustomer>> {
        let words: Vec<String> = fold(search).split_whitespace().map(str::to_owned).collect();
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.archived_at, c.first_name || ' ' || c.last_name || ' ' || c.company || ' ' || c.city || ' ' || c.postal_code
                    || ' ' || coalesce((SELECT group_concat(address, ' ') FROM customer_emails WHERE customer_id = c.id), '')
                    || ' ' || coalesce((SELECT group_concat(replace(number, ' ', '') || ' ' || digits, ' ') FROM customer_phones WHERE customer_id = c.id), '')
             FROM customers c WHERE c.archived_at IS NOT NULL AND c.erased_at IS NULL ORDER BY c.archived_at DESC, c.id DESC",
        )?;
        let mut found = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if found.len() == limit {
                break;
            }
            let text = fold(&r.get::<_, String>(2)?);
            if words.iter().all(|w| text.contains(w.as_str())) {
                found.push((r.get::<_, i64>(0)?, r.get::<_, Dt>(1)?.0));
            }
        }
        let mut out = Vec::with_capacity(found.len());
        for (id, archived_at) in found {
            if let Some(summary) = summaries(self.conn(), "WHERE c.id = ?1", [id])?.into_iter().next() {
                out.push(ArchivedCustomer { summary, archived_at });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::store;
    use fidele_domain::{CustomerDraft, CustomerId};

    #[test]
    fn archived_customers_are_found_by_name_phone_or_city_and_the_erased_are_not() {
        let mut store = store();
        let add = |store: &mut crate::Store, first: &str, last: &str, phone: &str| {
            store
                .add_customer(
                    CustomerDraft { first_name: first.into(), last_name: last.into(), phones: vec![phone.into()], ..CustomerDraft::default() },
                    &[],
                    "",
                )
                .unwrap()
        };
        let helene = add(&mut store, "Hélène", "Dubœuf", "06 12 34 56 78");
        let paul = add(&mut store, "Paul", "Roux", "04 78 00 00 01");
        let kept = add(&mut store, "Hélène", "Martin", "06 00 00 00 00");
        let erased = add(&mut store, "Hélène", "Erasée", "06 11 11 11 11");
        for id in [helene, paul, erased] {
            store.archive_customer(id).unwrap();
        }
        store.erase_customer(erased).unwrap();
        let ids = |store: &crate::Store, search: &str| store.archived_customers(search, 10).unwrap().iter().map(|a| a.summary.id).collect::<Vec<CustomerId>>();
        assert_eq!(ids(&store, "helene duboeuf"), [helene]);
        assert_eq!(ids(&store, "0612"), [helene]);
        assert!(ids(&store, "helene").iter().all(|id| *id != kept && *id != erased), "only the archived, never the erased");
        let mut all = ids(&store, "");
        all.sort();
        assert_eq!(all, [helene, paul]);
        store.unarchive_customer(paul).unwrap();
        assert_eq!(ids(&store, ""), [helene]);
    }
}
