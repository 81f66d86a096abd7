//! Fidèle's printing: greeting cards, the weekly follow-up sheet, mailing labels, loyalty cards
//! and the printer's calibration page, as
//! print-ready PDFs: as bytes, or for large card batches streamed into any `std::io::Write`
//! (see [`write_cards`]). No file IO here: the caller opens the file.
//!
//! Text is shaped with rustybuzz over embedded Noto fonts (with a Thai fallback), measured
//! with the same advances it is drawn with, and shrunk or wrapped so it never leaves its box;
//! lines break where ICU4X's segmenter allows, between Thai words too.
//!
//! Every word printed comes from `locales/<lang>/print-*.ftl` through `fidele-words`, chosen by
//! Fluent selectors (the card's register, the reader's gender, plurals), never by code.

mod barcode;
mod calibration;
mod card;
mod dates;
mod designs;
mod follow_up;
mod fonts;
mod greetings;
mod labels;
mod layout;
mod loyalty_card;
mod pdf;
mod shaping;
mod sheets;

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
pub use calibration::{CROSS_INSET_MM, Paper, SCALE_BAR_MM, render_calibration_page};
pub use loyalty_card::{LoyaltyCard, LoyaltyCardBatch, StageMark, render_loyalty_cards};
pub use sheets::{CardSheet, ID1_HEIGHT_MM, ID1_WIDTH_MM, PrinterOffset, SheetGeometry};

/// What can go wrong while printing. Odd text never does: it is shrunk, wrapped or cut.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the shop's logo is not a usable PNG: {0}")]
    Logo(String),
    /// A member number that is not ASCII digits: the barcode and the scan field take digits only.
    #[error("a member number must be digits only: {0:?}")]
    MemberNumber(String),
    #[error("font problem: {0}")]
    Font(String),
    #[error("could not write the PDF: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;
