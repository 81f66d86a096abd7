//! Fidèle's printing: greeting cards, the weekly follow-up sheet and mailing labels, as
//! print-ready PDFs: as bytes, or for large card batches streamed into any `std::io::Write`
//! (see [`write_cards`]). No file IO here: the caller opens the file.
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

pub use card::{AddressBlock, Card, CardBatch, PersonalLine, ShopIdentity, render_cards, write_cards};
pub use designs::{CardDesign, Occasion};
pub use greetings::{default_greeting, default_message, offer_code_line, salutation_line};
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
    #[error("could not write the PDF: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;
