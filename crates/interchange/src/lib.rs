//! Fidèle's file interchange: customers and purchases read from the files a shop already has
//! (spreadsheets in whatever encoding Excel chose, Square's export, phone contacts as vCards,
//! the till's sales export), and contact lists written out (CSV for spreadsheets, vCard for
//! phones and mail programs).
//!
//! No database here: bytes become domain records and records become bytes. Matching imported
//! customers to stored ones and writing them in one transaction is the store's job.
//!
//! Readers never panic on malformed input: a record that cannot be read becomes a
//! [`Rejected`] naming its line and what is wrong, and the rest of the file still comes through.

pub mod csv_write;
pub mod customers;
pub mod dates;
pub mod encoding;
pub mod export;
pub mod headers;
pub mod purchases;
pub mod sniff;
pub mod values;
pub mod vcard_read;
pub mod vcard_write;

pub use csv_write::{CsvStyle, write_customers_csv};
pub use customers::{CustomerFile, ImportedCustomer, ReadOptions, read_customers};
pub use dates::DateOrder;
pub use encoding::TextEncoding;
pub use export::ExportCustomer;
pub use headers::{Column, CustomerField, Mapping, parse_override};
pub use purchases::{
    CustomerRef, ImportedPurchase, PurchaseOptions, PurchaseReader, read_purchases,
};
pub use sniff::FileFormat;
pub use vcard_write::{VCardVersion, write_vcards};

/// A record that could not be imported: where it starts in the file, and why in plain words
/// (`birthday: "31/02/1985" is not a day of the calendar`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based physical line where the record starts (a quoted note over three lines moves
    /// the next record three lines down).
    pub line: u64,
    pub reason: String,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Why a whole file cannot be read (as opposed to one record of it).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has no header row")]
    NoHeader,
    #[error(
        "no column holds a name (headers: {headers}); say which one with COLUMN=first_name, last_name, full_name or company"
    )]
    NoNameColumn { headers: String },
    #[error("{0}")]
    Mapping(String),
    #[error("the purchase file needs a {0} column (headers: {1})")]
    MissingColumn(&'static str, String),
    #[error("the file has no vCard in it")]
    NoCards,
    #[error("reading the file failed: {0}")]
    Io(#[from] std::io::Error),
}
