//! Fidèle's file interchange: customers and purchases read from the files a shop already has
//! (spreadsheets in whatever encoding Excel chose, Square's export, phone contacts as vCards,
//! the till's sales export), and contact lists written out (CSV for spreadsheets, vCard for
//! phones and mail programs).
//!
//! No database here: bytes become domain records and records become bytes. Matching imported
//! customers to stored ones and writing them in one transaction is the store's job.
//!
//! Readers never panic on malformed input. A record is refused (a [`Rejected`] naming its line
//! and what is wrong) only when nothing in it identifies anyone; otherwise the customer comes
//! in and each field that cannot be read is left out (or, for a phone, kept as typed) and
//! reported as a [`Warning`]. The rest of the file still comes through.

pub mod address;
pub mod csv_write;
pub mod customers;
pub mod dates;
pub mod encoding;
pub mod export;
pub mod formula;
pub mod headers;
pub mod names;
pub mod newsletter;
pub mod purchase_fields;
pub mod purchases;
mod receipts;
pub mod sniff;
pub mod sources;
pub mod tills;
pub mod values;
pub mod vcard_read;
pub mod vcard_write;

pub use csv_write::{CsvStyle, write_customers_csv};
pub use customers::{CellCorrection, CustomerFile, ImportedCustomer, ReadOptions, read_customers};
pub use dates::DateOrder;
pub use address::postal_lines;
pub use encoding::TextEncoding;
pub use export::ExportCustomer;
pub use headers::{Column, CustomerField, Mapping, parse_override};
pub use newsletter::{NewsletterTool, write_newsletter_csv};
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
/// `no_identity` (no name, company, e-mail, phone or reference: a customer row refused),
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

    /// A problem the domain's validation found, with the code and values it gives.
    pub fn from_validation(error: &fidele_domain::FieldError) -> Problem {
        Problem::new(&error.field, error.code, error.args.clone(), &error.message)
    }
}

/// A field of an imported customer that could not be read: the customer came in without it
/// (a phone is kept as typed). `code` is one of [`Problem`]'s; `value` is the cell as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line where the record starts.
    pub line: u64,
    /// The field's code (`birthday`, `email`, `phone`, `consent_email`...).
    pub field: String,
    /// The column's header as the file writes it (a vCard's property name for vCards).
    pub column: String,
    pub code: &'static str,
    /// The values the code names (as [`Problem::args`]: the value, or a limit).
    pub args: Vec<String>,
    pub value: String,
    /// `field: message` in English (the CLI prints this).
    pub text: String,
}

impl Warning {
    pub fn new(line: u64, column: &str, problem: Problem, value: &str) -> Warning {
        Warning {
            line,
            field: problem.field,
            column: column.to_owned(),
            code: problem.code,
            args: problem.args,
            value: value.to_owned(),
            text: problem.text,
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column \"{}\": {}", self.line, self.column, self.text)
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
        "no column holds a name, an e-mail, a phone or a reference (headers: {headers}); say which one with COLUMN=first_name, last_name, full_name, company, email or phone"
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
