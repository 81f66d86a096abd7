//! Fidèle's printing: greeting cards, the weekly follow-up sheet and mailing labels, as
//! print-ready PDFs: as bytes, or for large card batches streamed into any `std::io::Write`
//! (see [`write_cards`]). No file IO here: the caller opens the file.
//!
//! Text is shaped with rustybuzz over embedded Noto fonts (with a Thai fallback), measured
//! with the same advances it is drawn with, and shrunk or wrapped so it never leaves its box;
//! lines break where ICU4X's segmenter allows, between Thai words too.
//!
//! Every word printed comes from `locales/<lang>/print-*.ftl` through `fidele-words`, chosen by
//! Fluent selectors (the card's register, the reader's gender, plurals), never by code.

mod card;
mod dates;
mod designs;
mod follow_up;
mod fonts;
mod greetings;
mod labels;
mod layout;
mod pdf;
mod shaping;

pub use card::{AddressBlock, Card, CardBatch, PersonalLine, ShopIdentity, render_cards, write_cards};
pub use dates::{day_month, full_date, month_name, week_label, weekday_name};
pub use designs::{CardDesign, Occasion, ShopYear, Theme};
pub use fidele_domain::Calendar;
pub use greetings::{
    Addressee, Register, Voice, default_greeting, default_message, family_salutation_line, offer_code_line, personal_text,
    salutation_line, signature_line,
};
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
