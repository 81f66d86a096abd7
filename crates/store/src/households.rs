//! Households: the customers who live at one address, so a family gets one card and each
//! member's page shows the others.

use fidele_domain::customer::display_name;
use fidele_domain::{CustomerId, HouseholdId, Invalid};
use rusqlite::{OptionalExtension, params};

use crate::customers::{add_household_in, ensure_customer, ensure_live_customer};
use crate::{Result, Store, codec};

impl Store {
    /// Puts `id` in the household of `with` (creating it when `with` has none yet, named by
    /// `name` from `with`'s family name: the words are the caller's). Returns the household.
    pub fn link_household(&mut self, id: CustomerId, with: CustomerId, name: impl FnOnce(&str) -> String) -> Result<HouseholdId> {
        if id == with {
            return Err(Invalid::one(fidele_domain::FieldError::new("household", fidele_domain::ErrorCode::HouseholdSelf)).into());
        }
        self.write(|tx| {
            // An erased customer is nobody's family any more (see erase.rs).
            ensure_live_customer(tx, id)?;
            ensure_live_customer(tx, with).map_err(|e| match e {
                crate::Error::NotFound { .. } => Invalid::one(fidele_domain::FieldError::new("household", fidele_domain::ErrorCode::NoSuchCustomer).with("id", with.0)).into(),
                e => e,
            })?;
            let (existing, first, last, company): (Option<i64>, String, String, String) = tx.query_row(
                "SELECT household_id, first_name, last_name, company FROM customers WHERE id = ?1",
                [with.0],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
            let household = match existing {
                Some(h) => HouseholdId(h),
                None => {
                    let family = if last.trim().is_empty() { display_name(&first, &last, &company) } else { last };
                    let h = add_household_in(tx, &name(&family), codec::now())?;
                    tx.execute("UPDATE customers SET household_id = ?1 WHERE id = ?2", params![h.0, with.0])?;
                    h
                }
            };
            tx.execute("UPDATE customers SET household_id = ?1 WHERE id = ?2", params![household.0, id.0])?;
            Ok(household)
        })
    }

    /// Takes a customer out of their household; a household left with one member is dissolved.
    pub fn leave_household(&mut self, id: CustomerId) -> Result<()> {
        self.write(|tx| {
            ensure_customer(tx, id)?;
            let household: Option<i64> = tx.query_row("SELECT household_id FROM customers WHERE id = ?1", [id.0], |r| r.get(0)).optional()?.flatten();
            let Some(h) = household else { return Ok(()) };
            tx.execute("UPDATE customers SET household_id = NULL WHERE id = ?1", [id.0])?;
            let left: i64 = tx.query_row("SELECT count(*) FROM customers WHERE household_id = ?1", [h], |r| r.get(0))?;
            if left <= 1 {
                // ON DELETE SET NULL frees the last member.
                tx.execute("DELETE FROM households WHERE id = ?1", [h])?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::CustomerDraft;

    fn add(store: &mut Store, first: &str, last: &str) -> CustomerId {
        store.add_customer(CustomerDraft { first_name: first.into(), last_name: last.into(), ..Default::default() }, &[], "").unwrap()
    }

    #[test]
    fn linking_creates_the_family_household_then_joins_it() {
        let mut store = Store::open_in_memory().unwrap();
        let (a, b, c) = (add(&mut store, "Hélène", "Dubœuf"), add(&mut store, "Paul", "Dubœuf"), add(&mut store, "Léa", "Dubœuf"));
        let famille = |f: &str| format!("Famille {f}");
        let h = store.link_household(b, a, famille).unwrap();
        assert_eq!(store.link_household(c, b, |_| unreachable!("the household exists")).unwrap(), h);
        let page = store.customer_page(a, 10).unwrap();
        assert_eq!(page.customer.household_name.as_deref(), Some("Famille Dubœuf"));
        assert_eq!(page.household_members.len(), 2);
        assert!(store.link_household(a, a, famille).is_err());
        assert!(store.link_household(a, CustomerId(99), famille).unwrap_err().to_string().contains("household"));

        store.leave_household(c).unwrap();
        store.leave_household(b).unwrap(); // a is left alone: the household goes
        assert_eq!(store.customer(a).unwrap().draft.household, None);
        assert!(store.check_integrity().unwrap().is_empty());
    }
}
