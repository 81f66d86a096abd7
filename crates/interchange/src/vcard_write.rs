//! Customers written as vCards: 4.0 (RFC 6350) for current address books, 3.0 (RFC 2426) for
//! older phones and mail programs. Text is escaped (`\\`, `\n`, `\,`, `\;`) and lines are
//! folded at 75 octets without splitting a UTF-8 character, with CRLF line ends.

use std::io::{self, Write};

use fidele_domain::Salutation;

use crate::export::ExportCustomer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VCardVersion {
    V3,
    V4,
}

pub fn write_vcards<W: Write>(
    mut out: W,
    customers: &[ExportCustomer],
    version: VCardVersion,
) -> io::Result<()> {
    for c in customers {
        let mut card = Card { out: &mut out };
        card.line("BEGIN:VCARD")?;
        card.line(match version {
            VCardVersion::V3 => "VERSION:3.0",
            VCardVersion::V4 => "VERSION:4.0",
        })?;
        card.line(&format!("FN:{}", escape(&c.display_name())))?;
        let prefix = c.salutation.map(prefix_text).unwrap_or("");
        card.line(&format!(
            "N:{};{};;{};",
            escape(&c.last_name),
            escape(&c.first_name),
            escape(prefix)
        ))?;
        if !c.company.is_empty() {
            card.line(&format!("ORG:{}", escape(&c.company)))?;
        }
        for email in &c.emails {
            match version {
                VCardVersion::V3 => card.line(&format!("EMAIL;TYPE=INTERNET:{}", escape(email)))?,
                VCardVersion::V4 => card.line(&format!("EMAIL:{}", escape(email)))?,
            }
        }
        for phone in &c.phones {
            card.line(&format!("TEL;TYPE=voice:{}", escape(phone)))?;
        }
        let a = &c.address;
        if !(a.line1.is_empty()
            && a.line2.is_empty()
            && a.city.is_empty()
            && a.postal_code.is_empty())
        {
            card.line(&format!(
                "ADR:;{};{};{};;{};{}",
                escape(&a.line2),
                escape(&a.line1),
                escape(&a.city),
                escape(&a.postal_code),
                escape(&a.country)
            ))?;
        }
        if let Some(b) = c.birthday {
            let line = match (version, b.year) {
                (VCardVersion::V4, Some(y)) => format!("BDAY:{y:04}{:02}{:02}", b.month, b.day),
                (VCardVersion::V4, None) => format!("BDAY:--{:02}{:02}", b.month, b.day),
                (VCardVersion::V3, Some(y)) => format!("BDAY:{y:04}-{:02}-{:02}", b.month, b.day),
                // 3.0 has no date without a year; this is how iPhones write one, and what
                // `read_customers` reads back as "no year".
                (VCardVersion::V3, None) => format!(
                    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-{:02}-{:02}",
                    b.month, b.day
                ),
            };
            card.line(&line)?;
        }
        // LANG is vCard 4.0's; 3.0 has no such property.
        if let (VCardVersion::V4, Some(l)) = (version, c.language) {
            card.line(&format!("LANG:{}", l.code()))?;
        }
        if !c.notes.is_empty() {
            card.line(&format!("NOTE:{}", escape(&c.notes)))?;
        }
        if !c.tags.is_empty() {
            let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
            card.line(&format!("CATEGORIES:{}", tags.join(",")))?;
        }
        card.line("END:VCARD")?;
    }
    out.flush()
}

fn prefix_text(s: Salutation) -> &'static str {
    match s {
        Salutation::Mrs => "Mrs.",
        Salutation::Ms => "Ms.",
        Salutation::Mr => "Mr.",
        Salutation::Mx => "",
    }
}

/// Escapes a text value (RFC 6350 3.4): backslash, line breaks, comma and semicolon.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

struct Card<'a, W: Write> {
    out: &'a mut W,
}

impl<W: Write> Card<'_, W> {
    /// Writes a content line folded at 75 octets: the first piece 75, each continuation a
    /// space and 74, cut only on character boundaries.
    fn line(&mut self, line: &str) -> io::Result<()> {
        let mut rest = line;
        let mut limit = 75;
        loop {
            if rest.len() <= limit {
                self.out.write_all(rest.as_bytes())?;
                return self.out.write_all(b"\r\n");
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.write_all(&rest.as_bytes()[..cut])?;
            self.out.write_all(b"\r\n ")?;
            rest = &rest[cut..];
            limit = 74;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let c = ExportCustomer {
            last_name: "Dubœuf".into(),
            notes: "é".repeat(100),
            ..ExportCustomer::default()
        };
        let mut out = Vec::new();
        write_vcards(&mut out, &[c], VCardVersion::V4).unwrap();
        let text = String::from_utf8(out).expect("no character was cut");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("NOTE:{}\r\n", "é".repeat(100))));
    }

    #[test]
    fn birthdays_per_version() {
        let c = ExportCustomer {
            last_name: "X".into(),
            birthday: Some(fidele_domain::Birthday::new(None, 7, 14).unwrap()),
            ..ExportCustomer::default()
        };
        let mut v4 = Vec::new();
        write_vcards(&mut v4, std::slice::from_ref(&c), VCardVersion::V4).unwrap();
        assert!(String::from_utf8(v4).unwrap().contains("BDAY:--0714\r\n"));
        let mut v3 = Vec::new();
        write_vcards(&mut v3, &[c], VCardVersion::V3).unwrap();
        assert!(
            String::from_utf8(v3)
                .unwrap()
                .contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-14\r\n")
        );
    }
}
