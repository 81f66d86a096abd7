//! Customers written for a newsletter tool: only those with an e-mail address, one row each,
//! under the column names the tool's import recognises without mapping.
//!
//! Two files rather than one, because the two tools match columns by different names and a
//! file carrying both spellings would import the e-mail twice or ask to map the extras:
//! - Mailchimp matches `Email Address`, `First Name`, `Last Name` and `Tags` (comma-separated
//!   tags in one quoted cell) to its audience's default fields; `Language` goes to a text field.
//! - Brevo matches its default attributes `EMAIL`, `FIRSTNAME` and `LASTNAME`; `TAGS` and
//!   `LANGUAGE` become text attributes (its import offers to create them the first time).
//!
//! Both: UTF-8 without BOM, commas, every field quoted, cells that would run as formulas
//! escaped (`formula.rs`). Who may be written (the e-mail consent) is the caller's filter.

use std::io::{self, Write};

use crate::export::ExportCustomer;
use crate::formula;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewsletterTool {
    Mailchimp,
    Brevo,
}

impl NewsletterTool {
    fn headers(self) -> [&'static str; 5] {
        match self {
            NewsletterTool::Mailchimp => ["Email Address", "First Name", "Last Name", "Tags", "Language"],
            NewsletterTool::Brevo => ["EMAIL", "FIRSTNAME", "LASTNAME", "TAGS", "LANGUAGE"],
        }
    }
}

/// Writes one row per customer who has an e-mail address (their first); returns how many.
pub fn write_newsletter_csv<W: Write>(mut out: W, customers: &[ExportCustomer], tool: NewsletterTool) -> io::Result<usize> {
    out.write_all(tool.headers().join(",").as_bytes())?;
    out.write_all(b"\r\n")?;
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).quote_style(csv::QuoteStyle::Always).from_writer(out);
    let mut written = 0;
    for c in customers {
        let Some(email) = c.emails.first().filter(|e| !e.trim().is_empty()) else { continue };
        let row = [
            email.clone(),
            c.first_name.clone(),
            c.last_name.clone(),
            c.tags.join(", "),
            c.language.map(|l| l.code().to_owned()).unwrap_or_default(),
        ];
        writer.write_record(row.map(formula::escape))?;
        written += 1;
    }
    writer.flush()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use fidele_domain::Language;

    use super::*;

    fn customers() -> Vec<ExportCustomer> {
        vec![
            ExportCustomer {
                first_name: "Hélène".into(),
                last_name: "Dubœuf".into(),
                emails: vec!["helene@exemple.fr".into(), "h.d@travail.fr".into()],
                tags: vec!["fidèle".into(), "club, lecture".into()],
                language: Some(Language::Fr),
                ..ExportCustomer::default()
            },
            ExportCustomer { last_name: "Sans adresse".into(), ..ExportCustomer::default() },
            ExportCustomer { first_name: "=1+1".into(), emails: vec!["x@exemple.be".into()], ..ExportCustomer::default() },
        ]
    }

    #[test]
    fn mailchimp_columns_and_only_customers_with_an_address() {
        let mut out = Vec::new();
        assert_eq!(write_newsletter_csv(&mut out, &customers(), NewsletterTool::Mailchimp).unwrap(), 2);
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "Email Address,First Name,Last Name,Tags,Language");
        assert_eq!(lines[1], "\"helene@exemple.fr\",\"Hélène\",\"Dubœuf\",\"fidèle, club, lecture\",\"fr\"");
        assert_eq!(lines[2], "\"x@exemple.be\",\"'=1+1\",\"\",\"\",\"\"");
        assert!(!text.contains("Sans adresse"));
    }

    #[test]
    fn brevo_columns() {
        let mut out = Vec::new();
        write_newsletter_csv(&mut out, &customers(), NewsletterTool::Brevo).unwrap();
        assert!(String::from_utf8(out).unwrap().starts_with("EMAIL,FIRSTNAME,LASTNAME,TAGS,LANGUAGE\r\n\"helene@exemple.fr\",\"Hélène\""));
    }
}
