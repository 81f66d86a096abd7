//! Fidèle's printing: greeting cards, the weekly follow-up sheet and mailing labels, as
//! print-ready PDF bytes. No IO: the caller writes the file.
//!
//! Text is shaped with rustybuzz over embedded Noto fonts (with a Thai fallback), measured
//! with the same advances it is drawn with, and shrunk or wrapped so it never leaves its box.

mod card;
mod designs;
mod follow_up;
mod fonts;
mod greetings;
mod labels;
mod layout;
mod pdf;
mod shaping;

pub use card::{AddressBlock, Card, CardBatch, PersonalLine, ShopIdentity, render_cards};
pub use designs::{CardDesign, Occasion};
pub use greetings::{default_greeting, default_message, salutation_line};
pub use follow_up::{FollowUpEntry, FollowUpGroup, FollowUpReason, FollowUpSheet, render_follow_up_sheet};
pub use labels::{LabelSheet, render_labels};
pub use layout::Layout;

/// What can go wrong while printing. Odd text never does: it is shrunk, wrapped or cut.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the shop's logo is not a usable PNG: {0}")]
    Logo(String),
    #[error("font problem: {0}")]
    Font(String),
}

pub type Result<T> = std::result::Result<T, Error>;
