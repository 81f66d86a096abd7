//! Archived customers, findable again through the list's "archived" filter (`list.rs`). They
//! leave the list and its search index (`search.rs` indexes only the customers in the list), so
//! a search among them is answered here, over the archived only (a few rows), with the same
//! folding as the index: accents, case and phone spacing ignored. Erased customers are archived
//! shells with nothing to find; they are left out.

use fidele_domain::text::fold;
use rusqlite::Connection;

use crate::Result;

/// The archived customers (not erased) holding every word of `search`, folded, in their name,
/// company, town, postcode, e-mails or phones, the most recently archived first.
pub(crate) fn matching(conn: &Connection, search: &str) -> Result<Vec<i64>> {
    let words: Vec<String> = fold(search).split_whitespace().map(str::to_owned).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.first_name || ' ' || c.last_name || ' ' || c.company || ' ' || c.city || ' ' || c.postal_code
                || ' ' || coalesce((SELECT group_concat(address, ' ') FROM customer_emails WHERE customer_id = c.id), '')
                || ' ' || coalesce((SELECT group_concat(replace(number, ' ', '') || ' ' || digits, ' ') FROM customer_phones WHERE customer_id = c.id), '')
         FROM customers c WHERE c.archived_at IS NOT NULL AND c.erased_at IS NULL ORDER BY c.archived_at DESC, c.id DESC",
    )?;
    let mut found = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let text = fold(&r.get::<_, String>(1)?);
        if words.iter().all(|w| text.contains(w.as_str())) {
            found.push(r.get(0)?);
        }
    }
    Ok(found)
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
        let ids = |store: &crate::Store, search: &str| super::matching(store.conn(), search).unwrap().into_iter().map(CustomerId).collect::<Vec<CustomerId>>();
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
