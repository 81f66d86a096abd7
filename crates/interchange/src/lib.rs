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
pub mod purchase_fields;
pub mod purchases;
mod receipts;
pub mod sniff;
pub mod tills;
pub mod values;
pub mod vcard_read;
pub mod vcard_write;

pub use csv_write::{CsvStyle, write_customers_csv};
pub use customers::{CustomerFile, ImportedCustomer, ReadOptions, read_customers};
pub use dates::DateOrder;
pub use encoding::TextEncoding;
pub use export::ExportCustomer;
pub use headers::{Column, CustomerField, Mapping, parse_override};
pub use purchase_fields::{PurchaseColumn, PurchaseField, PurchaseMapping, parse_purchase_override};
pub use purchases::{
    CustomerRef, FieldWarning, ImportedPurchase, PurchaseOptions, PurchaseReader, read_purchase_headers, read_purchases,
};
pub use tills::Till;
pub use sniff::FileFormat;
pub use vcard_write::{VCardVersion, write_vcards};

/// A record that could not be imported: where it starts in the file, and why in plain words
/// (`birthday: "31/02/1985" is not a day of the calendar`), and the same as problems with
/// stable codes for a boundary to word in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based physical line where the record starts (a quoted note over three lines moves
    /// the next record three lines down).
    pub line: u64,
    /// Every problem in English, joined by "; " (the CLI prints this).
    pub reason: String,
    /// The same problems, one by one.
    pub problems: Vec<Problem>,
}

impl Rejected {
    pub fn new(line: u64, problems: Vec<Problem>) -> Rejected {
        let reason = problems.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("; ");
        Rejected { line, reason, problems }
    }

    pub fn one(line: u64, problem: Problem) -> Rejected {
        Rejected::new(line, vec![problem])
    }
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// One thing wrong with a record. `code` is stable and `args` are the values it names, so the
/// app can say it in French or Dutch; `text` is the English sentence, used as is for `other`.
///
/// Codes: `field_count` (args: fields found, fields expected), `not_text`, `empty`, `zero`,
/// `not_a_date` (the date), `not_an_amount`, `too_precise`, `too_large` (the amount),
/// `too_long` (the maximum length), `not_whole_number`, `not_yes_no`, `not_a_country`,
/// `not_a_birthday`, `not_an_email`, `not_a_phone` (the value), `no_name`, `in_the_future`,
/// `unknown_email`, `unknown_phone`, `unknown_number` (the reference, from the store),
/// `card_not_closed`, `card_unreadable`, `read_error` (the error), `other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field (`date`, `amount`, `email`, `customer_ref`...), empty for the whole record.
    pub field: String,
    pub code: &'static str,
    pub args: Vec<String>,
    /// `field: message` in English.
    pub text: String,
}

impl Problem {
    pub fn new(field: &str, code: &'static str, args: Vec<String>, message: impl std::fmt::Display) -> Problem {
        let text = if field.is_empty() { message.to_string() } else { format!("{field}: {message}") };
        Problem { field: field.to_owned(), code, args, text }
    }

    /// A problem the domain's validation found (its messages are English sentences): coded by
    /// what they say, `other` when unknown.
    pub fn from_validation(field: &str, message: &str) -> Problem {
        let quoted = || message.split('"').nth(1).map(str::to_owned).into_iter().collect::<Vec<_>>();
        let (code, args) = if message.starts_with("give a name") {
            ("no_name", Vec::new())
        } else if let Some(rest) = message.strip_prefix("is longer than ") {
            ("too_long", vec![rest.chars().take_while(char::is_ascii_digit).collect()])
        } else if message == "is in the future" {
            ("in_the_future", Vec::new())
        } else if field == "email" {
            ("not_an_email", quoted())
        } else if field == "phone" {
            ("not_a_phone", quoted())
        } else if field == "country" {
            ("not_a_country", quoted())
        } else {
            ("other", Vec::new())
        };
        Problem::new(field, code, args, message)
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
    #[error("the purchase file needs {article} column (headers: {1})", article = with_article(.0))]
    MissingColumn(&'static str, String),
    #[error("the file has no vCard in it")]
    NoCards,
    #[error("reading the file failed: {0}")]
    Io(#[from] std::io::Error),
}

/// "a date", "an amount".
fn with_article(word: &str) -> String {
    let an = word.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {word}", if an { "an" } else { "a" })
}
