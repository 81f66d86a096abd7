//! One field takes whatever is typed or scanned at the counter: a card's member number, an
//! offer code from a greeting card, a phone number, a name. What it found is data; the front
//! ends word it.

use chrono::NaiveDate;
use fidele_domain::member_number::{LENGTH, NotAMemberNumber};
use fidele_domain::{CustomerId, CustomerSummary, MemberNumber};
use fidele_store::{ListOrder, MemberLookup, Result, Store};

use super::members::{self, NumberAnswer};
use super::offers::{self, OfferCheck};

/// How the customer was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundBy {
    MemberNumber,
    Offer,
    Phone,
    Name,
}

impl FoundBy {
    pub fn code(self) -> &'static str {
        match self {
            FoundBy::MemberNumber => "member_number",
            FoundBy::Offer => "offer",
            FoundBy::Phone => "phone",
            FoundBy::Name => "name",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// One customer.
    Customer { customer: CustomerId, by: FoundBy },
    /// An offer code: the card's customer, and whether the counter refuses the code.
    Offer(OfferCheck),
    /// A stopped card's number: whose it was, and their current number.
    Stopped { was: MemberLookup, name: String, current: Option<MemberNumber> },
    /// Several customers (a shared phone, a common name): the shopkeeper picks.
    Choices { customers: Vec<CustomerSummary>, by: FoundBy },
    /// Nothing: why, as a code (`member_number_check`, `no_such_member_number`, `nothing`).
    Nothing { reason: NotFound },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFound {
    /// Ten digits whose check digit is wrong: misread or mistyped, never someone else's.
    CheckDigit,
    /// A valid number this file never issued.
    UnknownNumber,
    Nothing,
}

impl NotFound {
    pub fn code(self) -> &'static str {
        match self {
            NotFound::CheckDigit => "member_number_check",
            NotFound::UnknownNumber => "no_such_member_number",
            NotFound::Nothing => "nothing",
        }
    }
}

/// At most this many customers for a name.
pub const MAX_CHOICES: u32 = 8;

/// Finds who `typed` names on `today`.
pub fn find(store: &Store, typed: &str, today: NaiveDate) -> Result<Found> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(Found::Nothing { reason: NotFound::Nothing });
    }
    let digits_only = typed.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
    match MemberNumber::parse(typed) {
        Ok(number) => {
            return Ok(match members::look_up(store, number)? {
                NumberAnswer::Current { customer, .. } => Found::Customer { customer, by: FoundBy::MemberNumber },
                NumberAnswer::Stopped { was, current } => {
                    let name = store.customer_name(was.customer)?;
                    Found::Stopped { was, name, current }
                }
                // A phone number can also be ten digits (without the leading 0 rule, abroad).
                NumberAnswer::Unknown(_) => match by_phone(store, typed)? {
                    Some(found) => found,
                    None => Found::Nothing { reason: NotFound::UnknownNumber },
                },
            });
        }
        // Ten digits not starting with 0 and a wrong check digit: a misread card, refused
        // rather than matched to anyone (a phone would start with 0 or +).
        Err(NotAMemberNumber::CheckDigit) if typed.chars().filter(char::is_ascii_digit).count() == LENGTH => {
            return Ok(Found::Nothing { reason: NotFound::CheckDigit });
        }
        Err(_) => {}
    }
    if !digits_only && let Some(check) = offers::check(store, typed, None, today)? {
        return Ok(Found::Offer(check));
    }
    if typed.chars().filter(char::is_ascii_digit).count() >= 6
        && typed.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c))
        && let Some(found) = by_phone(store, typed)?
    {
        return Ok(found);
    }
    let list = store.search_customers(typed, ListOrder::Name, MAX_CHOICES, 0)?;
    Ok(match list.rows.len() {
        0 => Found::Nothing { reason: NotFound::Nothing },
        1 => Found::Customer { customer: list.rows[0].id, by: FoundBy::Name },
        _ => Found::Choices { customers: list.rows, by: FoundBy::Name },
    })
}

fn by_phone(store: &Store, typed: &str) -> Result<Option<Found>> {
    let ids = store.customers_by_phone(typed)?;
    Ok(match ids.len() {
        0 => None,
        1 => Some(Found::Customer { customer: ids[0], by: FoundBy::Phone }),
        _ => {
            Some(Found::Choices { customers: store.customer_summaries(&ids)?, by: FoundBy::Phone })
        }
    })
}
