//! Member numbers as both front ends and the loyalty cards use them: a customer's current
//! number, a lost card reissued, and what a typed or scanned number is.

use fidele_domain::{CustomerId, MemberNumber};
use fidele_store::{MemberLookup, Result, Store};

/// What a member number typed or scanned at the counter turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberAnswer {
    /// The customer's current card.
    Current { customer: CustomerId, number: MemberNumber },
    /// A stopped card (lost and reissued, or its customer erased or merged): whose it was,
    /// and their current number, if any.
    Stopped { was: MemberLookup, current: Option<MemberNumber> },
    /// A well-formed number this file never issued (another shop's card?).
    Unknown(MemberNumber),
}

/// The customer's current number (the one their card prints); `None` once erased.
pub fn number_of(store: &Store, customer: CustomerId) -> Result<Option<MemberNumber>> {
    store.member_number_of(customer)
}

/// A lost card: the old number is stopped (a scan of it says so and names the customer) and
/// the new one returned, to print.
pub fn reissue(store: &mut Store, customer: CustomerId) -> Result<MemberNumber> {
    store.reissue_member_number(customer)
}

pub fn look_up(store: &Store, number: MemberNumber) -> Result<NumberAnswer> {
    Ok(match store.find_member_number(number)? {
        None => NumberAnswer::Unknown(number),
        Some(found) if !found.is_stopped() => NumberAnswer::Current { customer: found.customer, number },
        Some(was) => {
            let current = store.member_number_of(was.customer)?;
            NumberAnswer::Stopped { was, current }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::CustomerDraft;

    #[test]
    fn a_lost_card_s_number_answers_stopped_and_names_whose_it_was() {
        let mut store = Store::open_in_memory().unwrap();
        let c = store.add_customer(CustomerDraft { first_name: "Hélène".into(), last_name: "Dubœuf".into(), ..Default::default() }, &[], "").unwrap();
        let old = number_of(&store, c).unwrap().unwrap();
        assert_eq!(look_up(&store, old).unwrap(), NumberAnswer::Current { customer: c, number: old });
        let new = reissue(&mut store, c).unwrap();
        match look_up(&store, old).unwrap() {
            NumberAnswer::Stopped { was, current } => {
                assert_eq!((was.customer, current), (c, Some(new)));
            }
            other => panic!("{other:?}"),
        }
        let never = MemberNumber::from_body(new.body() + 1000).unwrap();
        assert_eq!(look_up(&store, never).unwrap(), NumberAnswer::Unknown(never));
    }
}
