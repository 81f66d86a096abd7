//! At the counter: who is in front of the shopkeeper (a card's member number, an offer code,
//! a phone, a name), their points or stamps, and the sale recorded with its points and offer.

pub mod find;
pub mod members;
pub mod offers;
pub mod purchases;
pub mod rules;
pub mod sale;
pub mod view;

pub use find::{Found, FoundBy, NotFound, find};
pub use members::NumberAnswer;
pub use offers::OfferCheck;
pub use sale::{SaleDone, SaleRequest};
pub use view::CounterView;

#[cfg(test)]
mod tests;
