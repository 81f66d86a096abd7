//! Cells a spreadsheet would run as a formula, neutralised as OWASP advises ("CSV
//! injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
//! single quote in front (and the writer quotes the field), so a name typed as
//! `=HYPERLINK("http://…")` or `+SUM(1+1)` opens as text. Phone numbers in international form
//! (`+33 6 …`) are escaped too: Excel reads `+33 6 12` as a formula as well.
//!
//! Fidèle's own import takes exactly that quote off again ([`unescape`]), so an export read
//! back gives the original text. A value that itself begins with a quote before one of those
//! characters gets a second one, so that it too comes back as it was.

/// The characters that make a spreadsheet read a cell as a formula when they begin it.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` needs a quote in front to open as text (and to come back as it was).
fn needs_quote(text: &str) -> bool {
    match text.chars().next() {
        Some(c) if TRIGGERS.contains(&c) => true,
        Some('\'') => needs_quote(&text[1..]),
        _ => false,
    }
}

/// The cell as an export writes it: `'` in front of a cell a spreadsheet would run.
pub fn escape(cell: String) -> String {
    if needs_quote(&cell) { format!("'{cell}") } else { cell }
}

/// Whether [`escape`] changes `cell` (the writer quotes such fields).
pub fn is_escaped(cell: &str) -> bool {
    cell.strip_prefix('\'').is_some_and(needs_quote)
}

/// A cell as it was before [`escape`]: the import's text fields go through this.
pub fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_gets_a_quote_and_loses_it_again() {
        for text in ["=HYPERLINK(\"http://x\")", "+SUM(1+1)", "-2+3", "@SUM(A1)", "\tx", "\rx", "+33 6 12 34 56 78", "'=1", "''+1", "'"] {
            let escaped = escape(text.to_owned());
            assert_eq!(unescape(&escaped), text, "{escaped:?}");
        }
        assert_eq!(escape("=1+1".into()), "'=1+1");
        assert_eq!(escape("'=1".into()), "''=1");
        assert!(is_escaped("'=1+1"));
    }

    #[test]
    fn other_text_is_left_alone_both_ways() {
        for text in ["Dupont", "", "O'Brien", "'quoted'", "06 12 34 56 78", "a=b", "l'@ssiette"] {
            assert_eq!(escape(text.to_owned()), text);
            assert_eq!(unescape(text), text);
            assert!(!is_escaped(text));
        }
    }
}
