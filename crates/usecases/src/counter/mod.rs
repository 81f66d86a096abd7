//! At the counter: who is in front of the shopkeeper (a card's member number, an offer code,
//! a phone, a name), their points or stamps, and the sale recorded with its points and offer.

pub mod members;

pub use members::NumberAnswer;
