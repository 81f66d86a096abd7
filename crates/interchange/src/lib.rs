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
    CustomerRef, FieldWarning, ImportedPurchase, PurchaseOptions, PurchaseReader, read_purchase_headers, read_purchases, read_purchases_seekable,
};
pub use tills::Till;
pub use sniff::FileFormat;
pub use vcard_write::{VCardVersion, write_vcards};

use fidele_domain::{Arg, Args, ErrorCode, FieldError, Refusal};

/// A record that could not be imported: where it starts in the file, and what is wrong with
/// it, as problems with stable codes a front end words in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based physical line where the record starts (a quoted note over three lines moves
    /// the next record three lines down).
    pub line: u64,
    pub problems: Vec<Problem>,
}

impl Rejected {
    pub fn new(line: u64, problems: Vec<Problem>) -> Rejected {
        Rejected { line, problems }
    }

    pub fn one(line: u64, problem: Problem) -> Rejected {
        Rejected::new(line, vec![problem])
    }

    /// Whether one of its problems has `code`.
    pub fn has(&self, code: ErrorCode) -> bool {
        self.problems.iter().any(|p| p.code == code)
    }
}

/// For logs and tests only (codes, not words).
impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: ", self.line)?;
        for (i, p) in self.problems.iter().enumerate() {
            write!(f, "{}{p}", if i > 0 { "; " } else { "" })?;
        }
        Ok(())
    }
}

/// One thing wrong with a record: the field, a stable code (the domain's [`ErrorCode`]) and
/// the values it names (`value`, the cell as written; or a limit), for a boundary to word in
/// the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field (`date`, `amount`, `email`, `customer_ref`...), empty for the whole record.
    pub field: String,
    pub code: ErrorCode,
    pub args: Args,
}

impl Problem {
    pub fn new(field: &str, code: ErrorCode) -> Problem {
        Problem { field: field.to_owned(), code, args: Vec::new() }
    }

    /// The same problem, naming one more value.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Problem {
        self.args.push((name, value.into()));
        self
    }

    /// A value refused by the domain's rules, in `field`.
    pub fn refused(field: &str, refusal: Refusal) -> Problem {
        Problem { field: field.to_owned(), code: refusal.code, args: refusal.args }
    }

    /// A problem the domain's validation found.
    pub fn from_validation(error: &FieldError) -> Problem {
        Problem { field: error.field.clone(), code: error.code, args: error.args.clone() }
    }

    /// The domain's field error this problem is: the same field, code and values, which the
    /// front ends word as they word a form's.
    pub fn as_field_error(&self) -> FieldError {
        FieldError { field: self.field.clone(), code: self.code, args: self.args.clone() }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_field_error().fmt(f)
    }
}

/// A field of an imported customer that could not be read: the customer came in without it
/// (a phone is kept as typed). `value` is the cell as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line where the record starts.
    pub line: u64,
    /// The field's code (`birthday`, `email`, `phone`, `consent_email`...).
    pub field: String,
    /// The column's header as the file writes it (a vCard's property name for vCards).
    pub column: String,
    pub code: ErrorCode,
    /// The values the code names (as [`Problem::args`]: the value, or a limit).
    pub args: Args,
    pub value: String,
}

impl Warning {
    pub fn new(line: u64, column: &str, problem: Problem, value: &str) -> Warning {
        Warning { line, field: problem.field, column: column.to_owned(), code: problem.code, args: problem.args, value: value.to_owned() }
    }

    /// What was wrong, as a problem of the record.
    pub fn problem(&self) -> Problem {
        Problem { field: self.field.clone(), code: self.code, args: self.args.clone() }
    }
}

/// For logs and tests only (codes, not words).
impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column \"{}\": {}", self.line, self.column, self.problem())
    }
}

/// Why a whole file cannot be read (as opposed to one record of it).
#[derive(Debug)]
pub enum ImportError {
    Empty,
    NoHeader,
    /// No column holds a name, an e-mail, a phone or a reference; the headers, joined.
    NoNameColumn { headers: String },
    /// A `COLUMN=FIELD` correction that does not apply.
    Mapping(Refusal),
    /// The purchase field (`date`, `amount`) no column holds, and the headers.
    MissingColumn(&'static str, String),
    NoCards,
    Io(std::io::Error),
}

impl ImportError {
    /// What is wrong with the file, as a code and its values; `None` for a read that failed
    /// (the system's error, [`ImportError::Io`]).
    pub fn refusal(&self) -> Option<Refusal> {
        Some(match self {
            ImportError::Empty => Refusal::new(ErrorCode::FileEmpty),
            ImportError::NoHeader => Refusal::new(ErrorCode::NoHeader),
            ImportError::NoNameColumn { headers } => Refusal::new(ErrorCode::NoNameColumn).with("headers", headers),
            ImportError::Mapping(r) => r.clone(),
            ImportError::MissingColumn(column, headers) => {
                Refusal::new(ErrorCode::MissingColumn).with("column", *column).with("headers", headers)
            }
            ImportError::NoCards => Refusal::new(ErrorCode::NoCards),
            ImportError::Io(_) => return None,
        })
    }
}

impl From<std::io::Error> for ImportError {
    fn from(e: std::io::Error) -> ImportError {
        ImportError::Io(e)
    }
}

/// For logs and tests only (codes, not words).
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self, self.refusal()) {
            (_, Some(r)) => r.fmt(f),
            (ImportError::Io(e), None) => write!(f, "read_error ({e})"),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for ImportError {}
