//! Text folding for search: what the shopkeeper types and what is stored meet in one form.

/// Folds text to lowercase ASCII words: accents dropped, ligatures expanded, punctuation made
/// a word break. "Hélène Dubœuf" and "helene duboeuf" fold alike.
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut pending_space = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() || c == '@' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// The digits of a text, for matching phone numbers whatever their spacing.
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Trims and turns an empty string into `None`: optional text fields store no empty strings.
pub fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_ligatures_and_case() {
        assert_eq!(fold("Hélène DUBŒUF"), "helene duboeuf");
        assert_eq!(fold("Çedric  Müller-Straße"), "cedric muller strasse");
        assert_eq!(fold("Ĳsbrand van 't Hoff"), "ijsbrand van t hoff");
    }

    #[test]
    fn keeps_email_shape() {
        assert_eq!(fold("Zoë.Lefèvre@Exemple.fr"), "zoe lefevre@exemple fr");
    }

    #[test]
    fn digits_ignore_spacing() {
        assert_eq!(digits("+33 6 12-34.56 78"), "33612345678");
    }

    #[test]
    fn non_empty_trims() {
        assert_eq!(non_empty(Some("  ")), None);
        assert_eq!(non_empty(Some(" a ")), Some("a".into()));
        assert_eq!(non_empty(None), None);
    }
}
