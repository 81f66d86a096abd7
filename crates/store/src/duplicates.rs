//! Probable duplicates: two customer rows that are likely the same person, to be merged by
//! the shopkeeper (see `merge.rs`). Nothing is merged automatically. A pair the shopkeeper
//! said is two people (`not_duplicates`) is never offered again.

use std::collections::{BTreeMap, HashMap};

use fidele_domain::text::fold;
use fidele_domain::{CustomerId, CustomerSummary, Invalid};
use rusqlite::params;

use crate::codec::{self, dt};
use crate::customers::{ensure_live_customer, summaries};
use crate::{Result, Store};

/// Why two customers look like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DuplicateReason {
    /// The same e-mail address, whatever the case.
    Email,
    /// The same phone number (its E.164 digits, so any spacing or a country code).
    Phone,
    /// The same first and last name (accents and case ignored) and postcode.
    NameAndPostcode,
}

impl DuplicateReason {
    pub fn code(self) -> &'static str {
        match self {
            DuplicateReason::Email => "email",
            DuplicateReason::Phone => "phone",
            DuplicateReason::NameAndPostcode => "name_and_postcode",
        }
    }
}

/// Two customers that are probably one; `first` is the older row (lower id).
#[derive(Debug, Clone)]
pub struct DuplicatePair {
    pub first: CustomerSummary,
    pub second: CustomerSummary,
    pub reasons: Vec<DuplicateReason>,
}

impl Store {
    /// Probable duplicates among customers not erased, pairs with the most reasons first, then
    /// by id. At most `limit` pairs.
    pub fn probable_duplicates(&self, limit: usize) -> Result<Vec<DuplicatePair>> {
        let conn = self.conn();
        let mut pairs: BTreeMap<(i64, i64), Vec<DuplicateReason>> = BTreeMap::new();
        let mut add = |a: i64, b: i64, why: DuplicateReason| {
            let reasons = pairs.entry((a.min(b), a.max(b))).or_default();
            if !reasons.contains(&why) {
                reasons.push(why);
            }
        };
        let mut stmt = conn.prepare(
            "SELECT DISTINCT a.customer_id, b.customer_id FROM customer_emails a
             JOIN customer_emails b ON b.address = a.address COLLATE NOCASE AND b.customer_id > a.customer_id",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (a, b) = row?;
            add(a, b, DuplicateReason::Email);
        }
        let mut stmt = conn.prepare(
            "SELECT DISTINCT a.customer_id, b.customer_id FROM customer_phones a
             JOIN customer_phones b ON b.digits = a.digits AND b.customer_id > a.customer_id
             WHERE length(a.digits) >= 6",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (a, b) = row?;
            add(a, b, DuplicateReason::Phone);
        }
        // Folding is Rust's (accents, ligatures), so names are grouped here, not in SQL.
        let mut groups: HashMap<(String, String), Vec<i64>> = HashMap::new();
        let mut stmt = conn.prepare(
            "SELECT id, first_name, last_name, postal_code FROM customers
             WHERE erased_at IS NULL AND postal_code <> '' AND last_name <> '' ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (first, last, postcode): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
            let name = format!("{} {}", fold(&first), fold(&last));
            let postcode: String = postcode.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
            groups.entry((name, postcode)).or_default().push(r.get(0)?);
        }
        for ids in groups.values().filter(|ids| ids.len() > 1) {
            for (i, &a) in ids.iter().enumerate() {
                for &b in &ids[i + 1..] {
                    add(a, b, DuplicateReason::NameAndPostcode);
                }
            }
        }
        let mut stmt = conn.prepare("SELECT a, b FROM not_duplicates")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            pairs.remove(&row?);
        }
        let mut ranked: Vec<((i64, i64), Vec<DuplicateReason>)> = pairs.into_iter().collect();
        ranked.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(&y.0)));
        let mut out = Vec::new();
        for ((a, b), mut reasons) in ranked {
            if out.len() == limit {
                break;
            }
            let (Some(first), Some(second)) = (summary(self, a)?, summary(self, b)?) else { continue };
            reasons.sort();
            out.push(DuplicatePair { first, second, reasons });
        }
        Ok(out)
    }
}

impl Store {
    /// Records that two customers are two people: the pair is no longer a probable duplicate.
    /// Marking a pair twice changes nothing.
    pub fn mark_not_duplicates(&mut self, a: CustomerId, b: CustomerId) -> Result<()> {
        if a == b {
            return Err(Invalid::one(fidele_domain::FieldError::new("other", fidele_domain::ErrorCode::SameCustomer)).into());
        }
        self.write(|tx| {
            ensure_live_customer(tx, a)?;
            ensure_live_customer(tx, b)?;
            tx.execute(
                "INSERT OR IGNORE INTO not_duplicates (a, b, marked_at) VALUES (?1, ?2, ?3)",
                params![a.0.min(b.0), a.0.max(b.0), dt(codec::now())],
            )?;
            Ok(())
        })
    }
}

fn summary(store: &Store, id: i64) -> Result<Option<CustomerSummary>> {
    Ok(summaries(store.conn(), "WHERE c.id = ?1 AND c.erased_at IS NULL", params![id])?.into_iter().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Address, CustomerDraft};

    fn draft(first: &str, last: &str, email: &str, phone: &str, postcode: &str) -> CustomerDraft {
        CustomerDraft {
            first_name: first.into(),
            last_name: last.into(),
            emails: if email.is_empty() { vec![] } else { vec![email.into()] },
            phones: if phone.is_empty() { vec![] } else { vec![phone.into()] },
            address: Address { postal_code: postcode.into(), city: "Lyon".into(), ..Address::default() },
            ..CustomerDraft::default()
        }
    }

    #[test]
    fn pairs_by_email_phone_and_name_with_postcode() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store.add_customer(draft("Hélène", "Dubœuf", "Helene@Exemple.fr", "06 12 34 56 78", "69003"), &[], "").unwrap();
        let b = store.add_customer(draft("helene", "DUBOEUF", "helene@exemple.fr", "+33 6 12 34 56 78", "69 003"), &[], "").unwrap();
        let c = store.add_customer(draft("Paul", "Roux", "", "0033 6 12 34 56 78", "75011"), &[], "").unwrap();
        let d = store.add_customer(draft("Anne", "Roux", "anne@exemple.fr", "", "75011"), &[], "").unwrap();
        let e = store.add_customer(draft("Paul", "Roux", "", "", "13001"), &[], "").unwrap();
        let found = store.probable_duplicates(100).unwrap();
        let seen: Vec<(CustomerId, CustomerId, Vec<&str>)> =
            found.iter().map(|p| (p.first.id, p.second.id, p.reasons.iter().map(|r| r.code()).collect())).collect();
        assert_eq!(
            seen,
            vec![
                (a, b, vec!["email", "phone", "name_and_postcode"]),
                (a, c, vec!["phone"]),
                (b, c, vec!["phone"]),
            ]
        );
        // Same name elsewhere, same postcode other name: not duplicates.
        assert!(!seen.iter().any(|(x, y, _)| [*x, *y].contains(&d) || [*x, *y].contains(&e)));
        assert_eq!(store.probable_duplicates(1).unwrap().len(), 1);

        // Two people after all: the pair is gone for good, the others stay.
        store.mark_not_duplicates(c, b).unwrap();
        store.mark_not_duplicates(b, c).unwrap();
        let left: Vec<(CustomerId, CustomerId)> = store.probable_duplicates(100).unwrap().iter().map(|p| (p.first.id, p.second.id)).collect();
        assert_eq!(left, vec![(a, b), (a, c)]);
        assert!(store.mark_not_duplicates(a, a).is_err());
        assert!(matches!(store.mark_not_duplicates(a, CustomerId(99)), Err(crate::Error::NotFound { .. })));
    }
}
