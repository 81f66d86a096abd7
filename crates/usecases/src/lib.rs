//! What both of Fidèle's front ends do, one path each.
//!
//! The `fidele` CLI and the app (`src-tauri`) parse what they are given, call one function
//! here and serialize its answer; neither glues the crates together itself. This layer sits
//! between them and the store: it plans card runs and follow-up sheets and writes them as PDF
//! (streamed to the file, in the app as in the CLI), words them from the Fluent files
//! (`fidele-words`), prints labels, and reads and writes the typed settings the store keeps as
//! text.
//!
//! Absent here: serialization (only the front ends serialize), windows and terminals, and
//! any sentence written in code (words come from `locales/*/plan-*.ftl`).

pub mod analysis;
pub mod campaigns;
pub mod cards;
pub mod counter;
pub mod dates;
pub mod demo;
pub mod exports;
pub mod files;
pub mod imports;
pub mod follow_up;
pub mod labels;
pub mod loyalty_cards;
pub mod places;
pub mod purchase_imports;
pub mod settings;

pub use cards::{
    CardPlan, PlannedCard, RunRequest, SkipReason, Skipped, StageSource, design_code, offer_code, parse_iso_week, parse_layout,
    parse_month, parse_occasion,
};
pub use dates::{Calendar, Dates};
pub use files::{WriteError, write_whole};
pub use follow_up::{FollowUp, FollowUpDetail, FollowUpItem};
pub use settings::{CardSettings, CardTexts, FollowUpSettings, Settings, SettingsMut};

/// The printing vocabulary the front ends name (a run's layout, a label sheet, a sheet's
/// reasons, a card's personal line and its words): they reach it through this layer, which
/// prints.
pub mod print {
    pub use fidele_printing::{CardSheet, FollowUpReason, LabelSheet, Layout, Paper, PersonalLine, PrinterOffset, month_name, offer_code_line, personal_text};
}

/// A PDF made in memory could not be: the file's data could not be read, or the drawing failed.
#[derive(Debug, thiserror::Error)]
pub enum DrawError {
    #[error(transparent)]
    Store(#[from] fidele_store::Error),
    #[error("the PDF could not be drawn: {0}")]
    Draw(#[from] fidele_printing::Error),
}
