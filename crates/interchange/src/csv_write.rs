//! Customers written as CSV: plain UTF-8 for other software, or the way Excel opens it
//! directly in the shop's language (BOM so accents survive, semicolons where the comma is the
//! decimal separator, headers in the shop's language, dates as the shop writes them).
//!
//! Both are read back by `read_customers` to the same drafts: the tests check the round trip.

use std::io::{self, Write};

use fidele_domain::{Birthday, Language, Salutation};

use crate::export::ExportCustomer;

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
                Language::En => (HEADERS_EN, b','),
            }
        }
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(headers)?;
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
        let row = row.map(|cell| {
            if matches!(style, CsvStyle::Excel(_)) {
                defuse_formula(cell)
            } else {
                cell
            }
        });
        writer.write_record(&row)?;
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
        CsvStyle::Excel(Language::En) => ["French", "English", "Dutch"],
        CsvStyle::Excel(Language::Nl) => ["Frans", "Engels", "Nederlands"],
    };
    match l {
        Language::Fr => fr,
        Language::En => en,
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
        (CsvStyle::Excel(Language::En), Salutation::Mrs) => "Mrs",
        (CsvStyle::Excel(Language::En), Salutation::Ms) => "Ms",
        (CsvStyle::Excel(Language::En), Salutation::Mr) => "Mr",
    }
}

fn birthday_text(b: Birthday, style: CsvStyle) -> String {
    match (style, b.year) {
        (CsvStyle::Plain, _) => b.to_string(),
        (CsvStyle::Excel(_), Some(y)) => format!("{:02}/{:02}/{y:04}", b.day, b.month),
        (CsvStyle::Excel(_), None) => format!("{:02}/{:02}", b.day, b.month),
    }
}

/// Excel runs a cell that starts with `=`, `@`, or `+`/`-` before a letter or bracket as a
/// formula; a note such as "=HYPERLINK(...)" typed by anyone must stay text. A leading
/// apostrophe is what Excel itself uses for that. Phone numbers (`+33 6...`) and negative
/// numbers are left alone.
fn defuse_formula(cell: String) -> String {
    let mut chars = cell.chars();
    let risky = match (chars.next(), chars.next()) {
        (Some('=' | '@' | '\t' | '\r'), _) => true,
        (Some('+' | '-'), Some(c)) => !(c.is_ascii_digit() || c == ' ' || c == '.' || c == ','),
        _ => false,
    };
    if risky { format!("'{cell}") } else { cell }
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
            text.contains("Mme;Hélène;Dubœuf;;helene@exemple.fr;h.d@travail.fr;06 12 34 56 78;"),
            "{text}"
        );
        assert!(
            text.contains(";14/07;\"Aime le thé; pas le café\n=1+1\";fidèle, vip\r\n"),
            "{text}"
        );
    }

    #[test]
    fn plain_is_utf8_commas_and_iso_dates() {
        let mut out = Vec::new();
        write_customers_csv(&mut out, &[helene()], CsvStyle::Plain).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("salutation,first_name,last_name,"));
        assert!(text.contains("mrs,Hélène,Dubœuf,"));
        assert!(text.contains(",--07-14,"));
    }

    #[test]
    fn formulas_are_defused_but_phones_are_not() {
        assert_eq!(
            defuse_formula("=HYPERLINK(\"x\")".into()),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(defuse_formula("+SUM(A1)".into()), "'+SUM(A1)");
        assert_eq!(defuse_formula("@x".into()), "'@x");
        assert_eq!(
            defuse_formula("+33 6 12 34 56 78".into()),
            "+33 6 12 34 56 78"
        );
        assert_eq!(defuse_formula("-12,50".into()), "-12,50");
        assert_eq!(defuse_formula("Dupont".into()), "Dupont");
    }
}
