//! Customers written as CSV: plain UTF-8 for other software, or the way Excel opens it
//! directly in the shop's language (BOM so accents survive, semicolons where the comma is the
//! decimal separator, headers in the shop's language, dates as the shop writes them).
//!
//! Every data field is quoted, and a cell a spreadsheet would run as a formula starts with a
//! single quote (`formula.rs`).
//!
//! Both are read back by `read_customers` to the same drafts: the tests check the round trip.

use std::io::{self, Write};

use fidele_domain::{Birthday, Language, Salutation};

use crate::export::ExportCustomer;
use crate::formula;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    /// UTF-8 without BOM, commas, English snake_case headers, ISO dates (`1985-07-14`, `--07-14`).
    Plain,
    /// UTF-8 with BOM, headers in the language; semicolons and `14/07/1985` for French and
    /// Dutch, commas for English.
    Excel(Language),
}

const HEADERS_PLAIN: [&str; 17] = [
    "salutation",
    "first_name",
    "last_name",
    "company",
    "email",
    "other_emails",
    "phone",
    "other_phones",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "country",
    "language",
    "birthday",
    "notes",
    "tags",
];
const HEADERS_FR: [&str; 17] = [
    "Civilité",
    "Prénom",
    "Nom",
    "Société",
    "E-mail",
    "Autres e-mails",
    "Téléphone",
    "Autres téléphones",
    "Adresse",
    "Complément d'adresse",
    "Code postal",
    "Ville",
    "Pays",
    "Langue",
    "Date de naissance",
    "Notes",
    "Étiquettes",
];
const HEADERS_NL: [&str; 17] = [
    "Aanhef",
    "Voornaam",
    "Achternaam",
    "Bedrijf",
    "E-mail",
    "Andere e-mails",
    "Telefoon",
    "Andere telefoons",
    "Adres",
    "Adres 2",
    "Postcode",
    "Woonplaats",
    "Land",
    "Taal",
    "Geboortedatum",
    "Opmerkingen",
    "Labels",
];
const HEADERS_EN: [&str; 17] = [
    "Title",
    "First Name",
    "Last Name",
    "Company",
    "Email",
    "Other Emails",
    "Phone",
    "Other Phones",
    "Address",
    "Address 2",
    "Postal Code",
    "City",
    "Country",
    "Language",
    "Birthday",
    "Notes",
    "Tags",
];

pub fn write_customers_csv<W: Write>(
    out: W,
    customers: &[ExportCustomer],
    style: CsvStyle,
) -> io::Result<()> {
    let mut out = out;
    let (headers, delimiter) = match style {
        CsvStyle::Plain => (HEADERS_PLAIN, b','),
        CsvStyle::Excel(language) => {
            out.write_all(b"\xEF\xBB\xBF")?;
            match language {
                Language::Fr => (HEADERS_FR, b';'),
                Language::Nl => (HEADERS_NL, b';'),
                Language::En | Language::Th => (HEADERS_EN, b','),
            }
        }
    };
    // The headers are ours (no separator, quote or formula in them); every data field is
    // quoted, so a cell escaped against formulas is quoted too, as OWASP advises.
    out.write_all(headers.join(std::str::from_utf8(&[delimiter]).unwrap_or(",")).as_bytes())?;
    out.write_all(b"\r\n")?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(out);
    for c in customers {
        let row = [
            c.salutation
                .map(|s| salutation_text(s, style))
                .unwrap_or_default()
                .to_owned(),
            c.first_name.clone(),
            c.last_name.clone(),
            c.company.clone(),
            c.emails.first().cloned().unwrap_or_default(),
            c.emails
                .iter()
                .skip(1)
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
            c.phones.first().cloned().unwrap_or_default(),
            c.phones
                .iter()
                .skip(1)
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
            c.address.line1.clone(),
            c.address.line2.clone(),
            c.address.postal_code.clone(),
            c.address.city.clone(),
            c.address.country.clone(),
            c.language.map(|l| language_text(l, style)).unwrap_or_default().to_owned(),
            c.birthday
                .map(|b| birthday_text(b, style))
                .unwrap_or_default(),
            c.notes.clone(),
            c.tags.join(", "),
        ];
        writer.write_record(row.map(formula::escape))?;
    }
    writer.flush()?;
    Ok(())
}

/// A code in a plain file; in a sheet, the language's name in the sheet's (which the import
/// reads back either way).
fn language_text(l: Language, style: CsvStyle) -> &'static str {
    let [fr, en, nl] = match style {
        CsvStyle::Plain => return l.code(),
        CsvStyle::Excel(Language::Fr) => ["Français", "Anglais", "Néerlandais"],
        CsvStyle::Excel(Language::En | Language::Th) => ["French", "English", "Dutch"],
        CsvStyle::Excel(Language::Nl) => ["Frans", "Engels", "Nederlands"],
    };
    match l {
        Language::Fr => fr,
        Language::En | Language::Th => en,
        Language::Nl => nl,
    }
}

fn salutation_text(s: Salutation, style: CsvStyle) -> &'static str {
    match (style, s) {
        (CsvStyle::Plain, s) => s.code(),
        (_, Salutation::Mx) => "",
        (CsvStyle::Excel(Language::Fr), Salutation::Mrs) => "Mme",
        (CsvStyle::Excel(Language::Fr), Salutation::Ms) => "Mlle",
        (CsvStyle::Excel(Language::Fr), Salutation::Mr) => "M.",
        (CsvStyle::Excel(Language::Nl), Salutation::Mr) => "Dhr.",
        (CsvStyle::Excel(Language::Nl), _) => "Mevr.",
        (CsvStyle::Excel(Language::En | Language::Th), Salutation::Mrs) => "Mrs",
        (CsvStyle::Excel(Language::En | Language::Th), Salutation::Ms) => "Ms",
        (CsvStyle::Excel(Language::En | Language::Th), Salutation::Mr) => "Mr",
    }
}

fn birthday_text(b: Birthday, style: CsvStyle) -> String {
    match (style, b.year) {
        (CsvStyle::Plain, _) => b.to_string(),
        (CsvStyle::Excel(_), Some(y)) => format!("{:02}/{:02}/{y:04}", b.day, b.month),
        (CsvStyle::Excel(_), None) => format!("{:02}/{:02}", b.day, b.month),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helene() -> ExportCustomer {
        ExportCustomer {
            salutation: Some(Salutation::Mrs),
            first_name: "Hélène".into(),
            last_name: "Dubœuf".into(),
            emails: vec!["helene@exemple.fr".into(), "h.d@travail.fr".into()],
            phones: vec!["06 12 34 56 78".into()],
            birthday: Some(Birthday::new(None, 7, 14).unwrap()),
            notes: "Aime le thé; pas le café\n=1+1".into(),
            tags: vec!["fidèle".into(), "vip".into()],
            ..ExportCustomer::default()
        }
    }

    #[test]
    fn excel_french_has_bom_semicolons_and_french_headers() {
        let mut out = Vec::new();
        write_customers_csv(&mut out, &[helene()], CsvStyle::Excel(Language::Fr)).unwrap();
        assert!(out.starts_with(b"\xEF\xBB\xBFCivilit\xC3\xA9;Pr\xC3\xA9nom;Nom;"));
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\"Mme\";\"Hélène\";\"Dubœuf\";\"\";\"helene@exemple.fr\";\"h.d@travail.fr\";\"06 12 34 56 78\";"),
            "{text}"
        );
        assert!(
            text.contains(";\"14/07\";\"Aime le thé; pas le café\n=1+1\";\"fidèle, vip\"\r\n"),
            "{text}"
        );
    }

    #[test]
    fn plain_is_utf8_commas_and_iso_dates() {
        let mut out = Vec::new();
        write_customers_csv(&mut out, &[helene()], CsvStyle::Plain).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("salutation,first_name,last_name,"));
        assert!(text.contains("\"mrs\",\"Hélène\",\"Dubœuf\","));
        assert!(text.contains(",\"'--07-14\","), "a birthday without its year would be 7 - 14 in a sheet");
    }

    /// Every export style: a cell that starts like a formula opens as text, quoted.
    #[test]
    fn formulas_are_escaped_in_every_style() {
        let hostile = ExportCustomer {
            first_name: "=HYPERLINK(\"http://x\",\"y\")".into(),
            last_name: "+SUM(1+1)".into(),
            company: "@cmd".into(),
            phones: vec!["+33 6 12 34 56 78".into()],
            notes: "-2+3".into(),
            ..ExportCustomer::default()
        };
        for style in [CsvStyle::Plain, CsvStyle::Excel(Language::Fr), CsvStyle::Excel(Language::En)] {
            let mut out = Vec::new();
            write_customers_csv(&mut out, std::slice::from_ref(&hostile), style).unwrap();
            let text = String::from_utf8(out).unwrap();
            for cell in ["\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+SUM(1+1)\"", "\"'@cmd\"", "\"'+33 6 12 34 56 78\"", "\"'-2+3\""] {
                assert!(text.contains(cell), "{style:?}: {cell} in {text}");
            }
        }
    }
}
