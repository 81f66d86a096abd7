//! Customers out: CSV (plain or as Excel opens it), vCard 4 or 3, the files Mailchimp and
//! Brevo import, and mailing labels, for the customers an export filter selects. One function
//! makes the file's bytes for both front ends; the app writes them where its dialog says, the
//! CLI where `--output` says, both whole or not at all.

use std::path::Path;

use fidele_interchange::{CsvStyle, ExportCustomer, NewsletterTool, VCardVersion, write_customers_csv, write_newsletter_csv, write_vcards};
use fidele_printing::LabelSheet;
use fidele_store::{ExportFilter, Store};

use crate::files::{WriteError, write_bytes};

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// UTF-8, commas, English headers: for other software.
    Csv,
    /// BOM, the shop language's headers and separator: opens in Excel as it is.
    CsvExcel,
    Vcard,
    Vcard3,
    /// Only customers who consent to e-mail, with the columns the tool matches by itself.
    Newsletter(NewsletterTool),
    Labels(LabelSheet),
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::Csv,
        ExportFormat::CsvExcel,
        ExportFormat::Vcard,
        ExportFormat::Vcard3,
        ExportFormat::Newsletter(NewsletterTool::Mailchimp),
        ExportFormat::Newsletter(NewsletterTool::Brevo),
        ExportFormat::Labels(LabelSheet::AveryL7160),
        ExportFormat::Labels(LabelSheet::Avery5160),
    ];

    /// The code both front ends take: `csv`, `csv-excel`, `vcard`, `vcard3`,
    /// `newsletter-mailchimp`, `newsletter-brevo`, `labels-l7160`, `labels-5160`.
    pub fn code(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::CsvExcel => "csv-excel",
            ExportFormat::Vcard => "vcard",
            ExportFormat::Vcard3 => "vcard3",
            ExportFormat::Newsletter(NewsletterTool::Mailchimp) => "newsletter-mailchimp",
            ExportFormat::Newsletter(NewsletterTool::Brevo) => "newsletter-brevo",
            ExportFormat::Labels(LabelSheet::AveryL7160) => "labels-l7160",
            ExportFormat::Labels(LabelSheet::Avery5160) => "labels-5160",
        }
    }

    pub fn parse(code: &str) -> Option<ExportFormat> {
        ExportFormat::ALL.into_iter().find(|f| f.code() == code.trim().to_ascii_lowercase())
    }

    pub fn is_labels(self) -> bool {
        matches!(self, ExportFormat::Labels(_))
    }

    pub fn is_newsletter(self) -> bool {
        matches!(self, ExportFormat::Newsletter(_))
    }
}

/// An export that could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] fidele_store::Error),
    #[error("the labels could not be drawn: {0}")]
    Draw(#[from] fidele_printing::Error),
    #[error("the export could not be written: {0}")]
    Encode(std::io::Error),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// The export's bytes and how many customers (or labels) it holds. `per_household` addresses
/// one label per household (labels only).
pub fn export_bytes(store: &Store, format: ExportFormat, filter: &ExportFilter, per_household: bool) -> Result<(Vec<u8>, usize), ExportError> {
    if let ExportFormat::Labels(sheet) = format {
        return crate::labels::render(store, filter, per_household, sheet).map_err(|e| match e {
            crate::DrawError::Store(e) => ExportError::Store(e),
            crate::DrawError::Draw(e) => ExportError::Draw(e),
        });
    }
    let customers: Vec<ExportCustomer> = store.export_customers(filter)?.iter().map(|c| ExportCustomer::from(&c.draft)).collect();
    let mut out = Vec::new();
    let written = match format {
        ExportFormat::Newsletter(tool) => write_newsletter_csv(&mut out, &customers, tool),
        ExportFormat::Csv => write_customers_csv(&mut out, &customers, CsvStyle::Plain).map(|()| customers.len()),
        ExportFormat::CsvExcel => write_customers_csv(&mut out, &customers, CsvStyle::Excel(store.shop_profile()?.language)).map(|()| customers.len()),
        ExportFormat::Vcard => write_vcards(&mut out, &customers, VCardVersion::V4).map(|()| customers.len()),
        ExportFormat::Vcard3 => write_vcards(&mut out, &customers, VCardVersion::V3).map(|()| customers.len()),
        ExportFormat::Labels(_) => unreachable!("labels are drawn above"),
    }
    .map_err(ExportError::Encode)?;
    Ok((out, written))
}

/// The export written into `path`, whole or not at all; how many it holds.
pub fn export_to(store: &Store, format: ExportFormat, filter: &ExportFilter, per_household: bool, path: &Path) -> Result<usize, ExportError> {
    let (bytes, count) = export_bytes(store, format, filter, per_household)?;
    write_bytes(path, &bytes)?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Address, Channel, CustomerDraft};

    #[test]
    fn every_format_reads_back_and_writes_its_customers() {
        for f in ExportFormat::ALL {
            assert_eq!(ExportFormat::parse(f.code()), Some(f));
        }
        assert_eq!(ExportFormat::parse("xlsx"), None);
        let mut store = Store::open_in_memory().unwrap();
        let address = Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Default::default() };
        let zoe = CustomerDraft { first_name: "Zoé".into(), last_name: "Lefèvre".into(), emails: vec!["zoe@exemple.fr".into()], address, ..Default::default() };
        store.add_customer(zoe, &[(Channel::Post, true), (Channel::Email, true)], "").unwrap();
        let dir = tempfile::tempdir().unwrap();
        for f in ExportFormat::ALL {
            let path = dir.path().join(f.code());
            assert_eq!(export_to(&store, f, &ExportFilter::default(), false, &path).unwrap(), 1, "{f:?}");
            let bytes = std::fs::read(&path).unwrap();
            if f.is_labels() {
                assert!(bytes.starts_with(b"%PDF"));
            } else {
                assert!(String::from_utf8_lossy(&bytes).contains("zoe@exemple.fr"), "{f:?}");
            }
        }
        let excel = String::from_utf8(export_bytes(&store, ExportFormat::CsvExcel, &ExportFilter::default(), false).unwrap().0).unwrap();
        assert!(excel.starts_with('\u{feff}') && excel.contains(';'), "French Excel: BOM and semicolons");
    }
}
