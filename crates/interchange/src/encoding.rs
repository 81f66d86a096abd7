//! Which character encoding a file is in, and its text.
//!
//! The files a shop has come from Excel (Windows-1252 on a French or Dutch Windows, or UTF-8
//! with a BOM when saved as "CSV UTF-8"), from "Unicode text" exports (UTF-16 with a BOM),
//! from phones and web services (UTF-8), and from Thai Excel (Windows-874, the superset of
//! TIS-620 that Thai Windows uses as its ANSI code page). A BOM settles it; otherwise valid
//! UTF-8 is UTF-8; anything else is Windows-874 when it reads as Thai (see `reads_as_thai`),
//! else Windows-1252.
//!
//! `chardetng` was considered for the last case and left out: it chooses among every legacy
//! encoding of the web, and on a short French file it can pick a Central European or
//! Cyrillic code page, while the shops this app serves only meet Windows-1252 (of which
//! ISO-8859-1 is, for printable text, a subset). Thai is told apart by its bytes' shape
//! instead: Thai words are runs of high bytes with no ASCII between them, where French and
//! Dutch put one accented letter among ASCII ones.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_874, WINDOWS_1252};

/// The encoding a file was read in, as reported back to the shopkeeper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 that starts with a byte-order mark, as Excel's "CSV UTF-8" writes it.
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// What Excel writes as "CSV (separator: semicolon)" on a French or Dutch Windows.
    Windows1252,
    /// What Excel writes as "CSV (Comma delimited)" on a Thai Windows: TIS-620 and a few
    /// Windows additions.
    Windows874,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "windows-1252",
            TextEncoding::Windows874 => "windows-874",
        }
    }

    /// Reads a name as `name()` writes it, or a common label (`latin1`, `cp1252`, `utf8`).
    pub fn parse(name: &str) -> Option<TextEncoding> {
        let folded: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        match folded.as_str() {
            "utf8" => Some(TextEncoding::Utf8),
            "utf8withbom" | "utf8bom" => Some(TextEncoding::Utf8Bom),
            "utf16le" | "utf16" => Some(TextEncoding::Utf16Le),
            "utf16be" => Some(TextEncoding::Utf16Be),
            "windows1252" | "cp1252" | "latin1" | "iso88591" | "ansi" => {
                Some(TextEncoding::Windows1252)
            }
            "windows874" | "cp874" | "tis620" | "iso885911" | "thai" => Some(TextEncoding::Windows874),
            _ => None,
        }
    }

    pub(crate) fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1252 => WINDOWS_1252,
            TextEncoding::Windows874 => WINDOWS_874,
        }
    }

    /// Length of this encoding's byte-order mark at the start of `bytes`, if it is there.
    pub(crate) fn bom_len(self, bytes: &[u8]) -> usize {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom if bytes.starts_with(b"\xEF\xBB\xBF") => 3,
            TextEncoding::Utf16Le if bytes.starts_with(b"\xFF\xFE") => 2,
            TextEncoding::Utf16Be if bytes.starts_with(b"\xFE\xFF") => 2,
            _ => 0,
        }
    }
}

impl std::fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Guesses the encoding from the start of a file. `complete` says whether `head` is the
/// whole file: a UTF-8 character cut off at the end of a partial head is not an error.
pub fn detect(head: &[u8], complete: bool) -> TextEncoding {
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return if enc == UTF_8 {
            TextEncoding::Utf8Bom
        } else if enc == UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
    }
    if let Some(utf16) = utf16_without_bom(head) {
        return utf16;
    }
    match std::str::from_utf8(head) {
        Ok(_) => TextEncoding::Utf8,
        // `error_len() == None` means the input ended inside a character.
        Err(e) if !complete && e.error_len().is_none() => TextEncoding::Utf8,
        Err(_) if reads_as_thai(head) => TextEncoding::Windows874,
        Err(_) => TextEncoding::Windows1252,
    }
}

/// Whether 8-bit text is Thai in Windows-874: every byte is one Windows-874 defines, and most
/// of its high bytes stand in runs of three or more (Thai words), where Windows-1252 text has
/// an accented letter between ASCII ones ("Hélène", "Dubœuf"). Three French accents in a row
/// are rare enough ("créées" has two); three Thai letters in a row are nearly every word.
fn reads_as_thai(head: &[u8]) -> bool {
    // Undefined in Windows-874: most of 0x80-0x9F, and 0xDB-0xDE, 0xFC-0xFF.
    let defined = |b: u8| b < 0x80 || matches!(b, 0x80 | 0x85 | 0x91..=0x97 | 0xA0..=0xDA | 0xDF..=0xFB);
    let (mut high, mut in_runs, mut run) = (0usize, 0usize, 0usize);
    for &b in head {
        if !defined(b) {
            return false;
        }
        if b >= 0xA1 {
            high += 1;
            run += 1;
        } else {
            if run >= 3 {
                in_runs += run;
            }
            run = 0;
        }
    }
    if run >= 3 {
        in_runs += run;
    }
    high > 0 && in_runs * 10 >= high * 7
}

/// Some tools write UTF-16 without a BOM. Text of Latin letters then has a zero in every other
/// byte, which no real CSV in an 8-bit encoding has.
fn utf16_without_bom(head: &[u8]) -> Option<TextEncoding> {
    let sample = &head[..head.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zeros = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zeros = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_zeros * 10 >= pairs * 9 && even_zeros == 0 {
        Some(TextEncoding::Utf16Le)
    } else if even_zeros * 10 >= pairs * 9 && odd_zeros == 0 {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// The whole text of `bytes` in `encoding`, without its BOM. Malformed sequences become
/// U+FFFD rather than an error: one bad byte should not lose a whole customer list.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Cow<'_, str> {
    let body = &bytes[encoding.bom_len(bytes)..];
    let (text, _had_errors) = encoding.encoding().decode_without_bom_handling(body);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_decide() {
        assert_eq!(
            detect(b"\xEF\xBB\xBFnom;prenom", true),
            TextEncoding::Utf8Bom
        );
        assert_eq!(detect(b"\xFF\xFEn\0o\0m\0", true), TextEncoding::Utf16Le);
        assert_eq!(detect(b"\xFE\xFF\0n\0o\0m", true), TextEncoding::Utf16Be);
    }

    #[test]
    fn plain_utf8_and_windows_1252() {
        assert_eq!(detect("Prénom;Nom".as_bytes(), true), TextEncoding::Utf8);
        // "Prénom;Dubœuf" as French Excel writes it: é = E9, œ = 9C.
        let cp1252 = b"Pr\xE9nom;Dub\x9Cuf";
        assert_eq!(detect(cp1252, true), TextEncoding::Windows1252);
        assert_eq!(decode(cp1252, TextEncoding::Windows1252), "Prénom;Dubœuf");
    }

    #[test]
    fn thai_in_windows_874_is_told_from_french_in_windows_1252() {
        let thai = "ชื่อ,นามสกุล,จังหวัด\r\nสมชาย,ใจดี,เชียงใหม่\r\n";
        let (bytes, _, unmappable) = WINDOWS_874.encode(thai);
        assert!(!unmappable);
        assert_eq!(detect(&bytes, true), TextEncoding::Windows874);
        assert_eq!(decode(&bytes, TextEncoding::Windows874), thai);
        // French with accents, even two in a row and a ligature, stays Windows-1252.
        let (french, _, _) = WINDOWS_1252.encode("Prénom;Nom;Ville\r\nHélène;Dubœuf;Créées à Lyon\r\nZoé;Cœur;Liège\r\n");
        assert_eq!(detect(&french, true), TextEncoding::Windows1252);
        // All capitals with accents in a row ("ÉLÉONORE"): still not Thai, 0xC9 apart.
        let (shouting, _, _) = WINDOWS_1252.encode("NOM;PRÉNOM\r\nDUBŒUF;ÉLÉONORE\r\n");
        assert_eq!(detect(&shouting, true), TextEncoding::Windows1252);
        // A byte Windows-874 leaves undefined rules it out, however Thai-looking the rest.
        let mut odd = bytes.to_vec();
        odd.push(0xFF);
        assert_eq!(detect(&odd, true), TextEncoding::Windows1252);
    }

    #[test]
    fn a_utf8_character_cut_at_the_end_of_a_partial_head_is_still_utf8() {
        let text = "Hélène".as_bytes();
        let cut = &text[..2]; // "H" and the first byte of "é"
        assert_eq!(detect(cut, false), TextEncoding::Utf8);
        assert_eq!(detect(cut, true), TextEncoding::Windows1252);
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "nom;prenom\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(detect(&le, true), TextEncoding::Utf16Le);
        let be: Vec<u8> = "nom;prenom\r\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(detect(&be, true), TextEncoding::Utf16Be);
    }

    #[test]
    fn decode_drops_the_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFa;b", TextEncoding::Utf8Bom), "a;b");
        assert_eq!(decode(b"\xFF\xFEa\0", TextEncoding::Utf16Le), "a");
    }

    #[test]
    fn names_round_trip() {
        for e in [
            TextEncoding::Utf8,
            TextEncoding::Utf8Bom,
            TextEncoding::Utf16Le,
            TextEncoding::Utf16Be,
            TextEncoding::Windows1252,
            TextEncoding::Windows874,
        ] {
            assert_eq!(TextEncoding::parse(e.name()), Some(e));
        }
        assert_eq!(TextEncoding::parse("TIS-620"), Some(TextEncoding::Windows874));
        assert_eq!(
            TextEncoding::parse("Latin-1"),
            Some(TextEncoding::Windows1252)
        );
    }
}
