//! Member numbers: the number on a customer's loyalty card (see
//! `fidele_domain::member_number` for its form). Every customer gets one when they are written
//! (added by hand, by an import, by the demo, or by migration 9 for those already there); a
//! lost card is reissued under a new number and the old one is stopped, not forgotten, so a
//! scan of the old card can say whose it was.
//!
//! Numbers are issued in sequence after the largest ever issued (stopped ones included), so a
//! stopped number is never given to anyone else.

use chrono::NaiveDateTime;
use fidele_domain::member_number::FIRST_BODY;
use fidele_domain::{CustomerId, MemberNumber};
use rusqlite::{Connection, OptionalExtension, params};

use crate::codec::{self, Dt, dt};
use crate::customers::ensure_live_customer;
use crate::{Error, Result, Store};

/// What a member number was found to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLookup {
    pub number: MemberNumber,
    pub customer: CustomerId,
    pub issued_at: NaiveDateTime,
    /// When the number was stopped (a lost card reissued, the customer erased); `None` while
    /// it is the customer's current number.
    pub stopped_at: Option<NaiveDateTime>,
}

impl MemberLookup {
    pub fn is_stopped(&self) -> bool {
        self.stopped_at.is_some()
    }
}

impl Store {
    /// The customer's current member number; `None` only for an erased customer.
    pub fn member_number_of(&self, customer: CustomerId) -> Result<Option<MemberNumber>> {
        current_in(self.conn(), customer)
    }

    /// Every number the customer has had, the newest first.
    pub fn member_numbers_of(&self, customer: CustomerId) -> Result<Vec<MemberLookup>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT number, customer_id, issued_at, stopped_at FROM member_numbers WHERE customer_id = ?1 ORDER BY issued_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([customer.0], lookup_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whose number this is, current or stopped; `None` when it was never issued.
    pub fn find_member_number(&self, number: MemberNumber) -> Result<Option<MemberLookup>> {
        find_in(self.conn(), number)
    }

    /// A lost card: stops the customer's current number and issues a new one, which is
    /// returned.
    pub fn reissue_member_number(&mut self, customer: CustomerId) -> Result<MemberNumber> {
        let now = codec::now();
        self.write(|tx| {
            ensure_live_customer(tx, customer)?;
            stop_in(tx, customer, now)?;
            issue_in(tx, customer, now)
        })
    }
}

fn lookup_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MemberLookup> {
    let number: i64 = r.get(0)?;
    Ok(MemberLookup {
        number: stored(number)?,
        customer: CustomerId(r.get(1)?),
        issued_at: r.get::<_, Dt>(2)?.0,
        stopped_at: r.get::<_, Option<Dt>>(3)?.map(|d| d.0),
    })
}

/// A stored number is valid: only [`issue_in`] and migration 9 write them.
fn stored(number: i64) -> rusqlite::Result<MemberNumber> {
    MemberNumber::parse(&number.to_string()).map_err(|_| rusqlite::Error::IntegralValueOutOfRange(0, number))
}

pub(crate) fn current_in(conn: &Connection, customer: CustomerId) -> Result<Option<MemberNumber>> {
    let n: Option<i64> = conn
        .prepare_cached("SELECT number FROM member_numbers WHERE customer_id = ?1 AND stopped_at IS NULL")?
        .query_row([customer.0], |r| r.get(0))
        .optional()?;
    Ok(n.map(stored).transpose()?)
}

pub(crate) fn find_in(conn: &Connection, number: MemberNumber) -> Result<Option<MemberLookup>> {
    Ok(conn
        .prepare_cached("SELECT number, customer_id, issued_at, stopped_at FROM member_numbers WHERE number = ?1")?
        .query_row([number.value() as i64], lookup_from_row)
        .optional()?)
}

/// Issues the next number to `customer`, inside the caller's transaction. The caller makes
/// sure they have no current one (the unique index refuses a second).
pub(crate) fn issue_in(conn: &Connection, customer: CustomerId, at: NaiveDateTime) -> Result<MemberNumber> {
    let number = number_with_body(next_body_in(conn)?)?;
    conn.prepare_cached("INSERT INTO member_numbers (number, customer_id, issued_at) VALUES (?1, ?2, ?3)")?
        .execute(params![number.value() as i64, customer.0, dt(at)])?;
    Ok(number)
}

/// The body of the next number to issue: after the largest ever issued. A job issuing many
/// inside one transaction (a till import adding customers) reads it once and counts up.
pub(crate) fn next_body_in(conn: &Connection) -> Result<u64> {
    let largest: Option<i64> = conn.prepare_cached("SELECT max(number) FROM member_numbers")?.query_row([], |r| r.get(0))?;
    Ok(largest.map(|n| n as u64 / 10).unwrap_or(FIRST_BODY) + 1)
}

/// The number of `body`, its check digit added.
pub(crate) fn number_with_body(body: u64) -> Result<MemberNumber> {
    // Nine hundred million numbers: a shop never gets there; refused rather than wrapped.
    MemberNumber::from_body(body).ok_or(Error::NotFound { what: "member number", id: body as i64 })
}

/// Stops the customer's current number, if any (a lost card, an erasure).
pub(crate) fn stop_in(conn: &Connection, customer: CustomerId, at: NaiveDateTime) -> Result<()> {
    conn.prepare_cached("UPDATE member_numbers SET stopped_at = ?2 WHERE customer_id = ?1 AND stopped_at IS NULL")?
        .execute(params![customer.0, dt(at)])?;
    Ok(())
}

/// A merge: the other customer's numbers become the kept customer's, stopped (the kept
/// customer keeps their own card; a scan of the other's card then names the kept customer).
pub(crate) fn fold_into(conn: &Connection, keep: i64, other: i64, at: NaiveDateTime) -> Result<()> {
    conn.execute(
        "UPDATE member_numbers SET customer_id = ?1, stopped_at = coalesce(stopped_at, ?3) WHERE customer_id = ?2",
        params![keep, other, dt(at)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::store;
    use fidele_domain::CustomerDraft;

    fn add(store: &mut Store, name: &str) -> CustomerId {
        store.add_customer(CustomerDraft { last_name: name.into(), ..CustomerDraft::default() }, &[], "").unwrap()
    }

    #[test]
    fn every_new_customer_gets_the_next_number() {
        let mut store = store();
        let a = add(&mut store, "Dubœuf");
        let b = add(&mut store, "Mulder");
        let na = store.member_number_of(a).unwrap().unwrap();
        let nb = store.member_number_of(b).unwrap().unwrap();
        assert_eq!(na, MemberNumber::from_body(FIRST_BODY + 1).unwrap());
        assert_eq!(na.to_string(), "1000000018");
        assert_eq!(nb.body(), na.body() + 1);
        let found = store.find_member_number(nb).unwrap().unwrap();
        assert_eq!((found.customer, found.is_stopped()), (b, false));
    }

    #[test]
    fn a_reissued_card_stops_the_old_number_which_still_names_its_customer() {
        let mut store = store();
        let a = add(&mut store, "Dubœuf");
        let old = store.member_number_of(a).unwrap().unwrap();
        let new = store.reissue_member_number(a).unwrap();
        assert_ne!(old, new);
        assert_eq!(store.member_number_of(a).unwrap(), Some(new));
        let was = store.find_member_number(old).unwrap().unwrap();
        assert_eq!(was.customer, a);
        assert!(was.is_stopped());
        // Never given again, not even after the newest is stopped too.
        let b = add(&mut store, "Mulder");
        let nb = store.member_number_of(b).unwrap().unwrap();
        assert!(nb != old && nb != new);
        assert_eq!(store.member_numbers_of(a).unwrap().len(), 2);
    }

    #[test]
    fn a_number_never_issued_is_not_found() {
        let store = store();
        assert_eq!(store.find_member_number(MemberNumber::from_body(FIRST_BODY + 5).unwrap()).unwrap(), None);
    }

    #[test]
    fn a_merge_stops_the_other_s_card_under_the_kept_customer_and_its_undo_gives_it_back() {
        let mut store = store();
        let keep = add(&mut store, "Mulder");
        let other = add(&mut store, "Mulder");
        let (nk, no) = (store.member_number_of(keep).unwrap().unwrap(), store.member_number_of(other).unwrap().unwrap());
        let ticket = store.merge_customers(keep, other).unwrap().undo;
        assert_eq!(store.member_number_of(keep).unwrap(), Some(nk));
        let was = store.find_member_number(no).unwrap().unwrap();
        assert_eq!((was.customer, was.is_stopped()), (keep, true));
        store.undo(ticket.id).unwrap();
        assert_eq!(store.member_number_of(other).unwrap(), Some(no));
        assert_eq!(store.member_number_of(keep).unwrap(), Some(nk));
    }

    #[test]
    fn an_erased_customer_s_card_is_stopped() {
        let mut store = store();
        let a = add(&mut store, "Dubœuf");
        let n = store.member_number_of(a).unwrap().unwrap();
        store.erase_customer(a).unwrap();
        assert_eq!(store.member_number_of(a).unwrap(), None);
        assert!(store.find_member_number(n).unwrap().unwrap().is_stopped());
    }
}
