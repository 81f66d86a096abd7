//! Imports: customers and purchases read by `fidele-interchange`, matched against the customer
//! file and written in one transaction.
//!
//! A customer row is *new* (nobody stored or earlier in the file has its e-mail, phone digits
//! or customer number), *updated* (it matches a stored customer and brings something the
//! file lacks: an e-mail, a phone, an empty field, a tag, a changed consent), a *duplicate*
//! (it matches an earlier row of the same file, or a stored customer it adds nothing to), or
//! *rejected* by the reader. Every matched row says whom it matched and why. Importing the
//! same file twice therefore adds nothing the second time.
//!
//! Purchases are streamed: one pass over the reader's records, customers matched through an
//! in-memory index built once, prepared multi-row inserts, one transaction. Cancelling rolls
//! everything back.

mod customers;
mod matching;
mod new_customers;
mod pragmas;
mod purchase_writer;
mod purchases;
mod remembered;

pub use customers::{CustomerAction, CustomerImportReport, CustomerRowPlan};
pub use matching::{MatchKey, RowChange, phone_match_key};
pub use purchases::{PurchaseImportOptions, PurchaseImportReport};
pub use remembered::MappingKind;

/// Where consents read from a file are recorded as coming from.
pub const IMPORT_SOURCE: &str = "import";

/// At most this many rejected rows are kept with their reasons (all are counted).
pub const MAX_REJECTED_LISTED: usize = 1000;
