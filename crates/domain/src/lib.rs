//! Fidèle's domain: the words of the shop and the rules that hold whatever the storage.
//!
//! This crate does no IO and knows nothing of SQL, JSON or Tauri: values are checked here
//! (a birthday is a real day, money is never a float) so every front end gets the same rules.

pub mod consent;
pub mod customer;
pub mod interaction;
pub mod loyalty;
pub mod member_number;
pub mod money;
pub mod names;
pub mod phone;
pub mod purchase;
pub mod reminder;
pub mod shop;
pub mod text;
pub mod validation;

pub use consent::{Channel, ConsentEvent};
pub use customer::{
    Address, Birthday, Customer, CustomerDraft, CustomerId, CustomerSummary, Formality, HitField,
    HouseholdId, Salutation, SearchHit,
};
pub use interaction::{Interaction, InteractionDraft, InteractionKind, InteractionStatus};
pub use loyalty::{Earning, LoyaltyRules, Reward};
pub use member_number::MemberNumber;
pub use money::{Currency, Money};
pub use purchase::{Purchase, PurchaseDraft};
pub use reminder::{Reminder, ReminderDraft, Repeat};
pub use shop::{Calendar, Language, ShopProfile};
pub use validation::{Arg, Args, ErrorCode, FieldError, Invalid, Refusal};
