//! What kind of file this is and how its fields are separated, guessed from its start.

/// The separators a spreadsheet or till writes: `,` (English locales), `;` (French and Dutch
/// Excel, where the comma is the decimal separator), tab ("text" exports).
pub const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// How many records of the sample are looked at; enough to see past a header and a few odd
/// rows, few enough to stay instant.
const SAMPLE_RECORDS: usize = 50;

/// The delimiter that splits the sample into the most consistent number of fields (ties go to
/// the most fields). Parsing each candidate with the CSV reader itself keeps quoted fields
/// with embedded delimiters and line breaks from counting. `complete` says whether `sample`
/// is the whole file; if not, its last record may be cut and is not counted.
pub fn detect_delimiter(sample: &str, complete: bool) -> u8 {
    let mut best = (b',', (0u32, 0usize));
    for delimiter in DELIMITERS {
        let counts = field_counts(sample, delimiter, complete);
        let key = consistency(&counts);
        if key > best.1 {
            best = (delimiter, key);
        }
    }
    best.0
}

fn field_counts(sample: &str, delimiter: u8, complete: bool) -> Vec<usize> {
    let mut reader = crate::sniff::csv_reader(delimiter).from_reader(sample.as_bytes());
    let mut counts = Vec::new();
    let mut record = csv::ByteRecord::new();
    while counts.len() <= SAMPLE_RECORDS {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                // A blank line is no evidence either way.
                if !(record.len() == 1 && record[0].is_empty()) {
                    counts.push(record.len());
                }
            }
            Ok(false) | Err(_) => break,
        }
    }
    if !complete && counts.len() > 1 {
        counts.pop();
    }
    counts
}

/// (tenths of the records that have the most common field count, that count); a delimiter
/// that never splits anything scores zero.
fn consistency(counts: &[usize]) -> (u32, usize) {
    let mut tally: Vec<(usize, usize)> = Vec::new();
    for &c in counts {
        match tally.iter_mut().find(|(n, _)| *n == c) {
            Some(slot) => slot.1 += 1,
            None => tally.push((c, 1)),
        }
    }
    let Some(&(mode, seen)) = tally.iter().max_by_key(|(n, seen)| (*seen, *n)) else {
        return (0, 0);
    };
    if mode < 2 {
        return (0, 0);
    }
    ((seen * 10 / counts.len()) as u32, mode)
}

/// The reader settings every CSV here is read with: no header handling (each caller reads its
/// own), ragged rows allowed (they are reported, not fatal), and records ended by `\n` only.
/// With the default CRLF handling the csv crate reports the line of a record that follows a
/// CRLF-ended one a line early (the `\n` is consumed with the next record); here the `\r` stays
/// at the end of the last field instead, and every value is trimmed anyway.
pub(crate) fn csv_reader(delimiter: u8) -> csv::ReaderBuilder {
    let mut builder = csv::ReaderBuilder::new();
    builder
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .has_headers(false)
        .flexible(true);
    builder
}

/// The kinds of customer file read: a CSV from any spreadsheet, the CSV exports of the tools
/// shops use (told apart by their headers, see `sources`), and vCards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileFormat {
    /// Any spreadsheet or software export with a header row.
    Csv,
    /// Square's customer directory export (a CSV with Square's own column names).
    Square,
    GoogleContacts,
    /// Outlook's "Comma Separated Values", with English, French or Dutch headers.
    Outlook,
    Odoo,
    Shopify,
    LightspeedRetail,
    Loyverse,
    WooCommerce,
    /// One or more vCards (2.1, 3.0 or 4.0), as phones and address books export them.
    VCard,
}

impl FileFormat {
    pub const ALL: [FileFormat; 10] = [
        FileFormat::Csv,
        FileFormat::Square,
        FileFormat::GoogleContacts,
        FileFormat::Outlook,
        FileFormat::Odoo,
        FileFormat::Shopify,
        FileFormat::LightspeedRetail,
        FileFormat::Loyverse,
        FileFormat::WooCommerce,
        FileFormat::VCard,
    ];

    /// The name shown to the shopkeeper: the tool the file came from.
    pub fn name(self) -> &'static str {
        match self {
            FileFormat::Csv => "CSV",
            FileFormat::Square => "Square",
            FileFormat::GoogleContacts => "Google Contacts",
            FileFormat::Outlook => "Outlook",
            FileFormat::Odoo => "Odoo",
            FileFormat::Shopify => "Shopify",
            FileFormat::LightspeedRetail => "Lightspeed Retail",
            FileFormat::Loyverse => "Loyverse",
            FileFormat::WooCommerce => "WooCommerce",
            FileFormat::VCard => "vCard",
        }
    }

    /// The stable code, as `--format` and the app take it.
    pub fn code(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Square => "square",
            FileFormat::GoogleContacts => "google",
            FileFormat::Outlook => "outlook",
            FileFormat::Odoo => "odoo",
            FileFormat::Shopify => "shopify",
            FileFormat::LightspeedRetail => "lightspeed",
            FileFormat::Loyverse => "loyverse",
            FileFormat::WooCommerce => "woocommerce",
            FileFormat::VCard => "vcard",
        }
    }

    pub fn parse(code: &str) -> Option<FileFormat> {
        let code = code.trim().to_ascii_lowercase();
        FileFormat::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// vCard when the text starts (after blank lines) with `BEGIN:VCARD`; CSV otherwise. Square is
/// told from CSV later, by its headers.
pub fn detect_format(text: &str) -> FileFormat {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head = start.get(..11).unwrap_or(start);
    if head.eq_ignore_ascii_case("BEGIN:VCARD") {
        FileFormat::VCard
    } else {
        FileFormat::Csv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_with_commas_inside_fields() {
        let text =
            "Nom;Adresse;Ville\nDupont;12, rue Haute;Lyon\nMartin;3 place, bât. B, esc. 2;Paris\n";
        assert_eq!(detect_delimiter(text, true), b';');
    }

    #[test]
    fn commas_with_quoted_semicolons_and_line_breaks() {
        let text = "name,note,city\n\"Dupont\",\"aime; le thé\net le café\",Lyon\nMartin,\"a;b;c;d\",Paris\n";
        assert_eq!(detect_delimiter(text, true), b',');
    }

    #[test]
    fn tabs() {
        assert_eq!(detect_delimiter("a\tb\tc\n1\t2,5\t3\n", true), b'\t');
    }

    #[test]
    fn a_cut_last_record_does_not_count() {
        // The sample stops inside a quoted field: without dropping it, the comma count is ragged.
        let text = "a;b;c\n1;2;3\n4;5;\"x,y,z,w";
        assert_eq!(detect_delimiter(text, false), b';');
    }

    #[test]
    fn a_single_column_file_falls_back_to_comma() {
        assert_eq!(detect_delimiter("email\na@b.fr\n", true), b',');
        assert_eq!(detect_delimiter("", true), b',');
    }

    #[test]
    fn formats() {
        assert_eq!(detect_format("\r\nbegin:vcard\r\n"), FileFormat::VCard);
        assert_eq!(detect_format("Nom;Prénom\n"), FileFormat::Csv);
        assert_eq!(detect_format("BEGIN:VCA"), FileFormat::Csv);
    }
}
