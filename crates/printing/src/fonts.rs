//! The embedded typefaces. All are Noto (SIL Open Font License 1.1, see assets/fonts/OFL.txt):
//! one family covers French, Dutch, English and Vietnamese accents, and its Thai companion
//! shares its proportions, so a Thai customer's name sits well in a French sentence.
//!
//! The fonts are compiled in so a card prints the same on every machine, with no font lookup.

use std::sync::OnceLock;

use rustybuzz::Face;

/// One embedded font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum FontKey {
    Sans,
    SansBold,
    SansItalic,
    /// Noto Serif Display Italic: the greeting on the front of a card.
    Display,
    Thai,
    ThaiBold,
}

impl FontKey {
    pub(crate) const ALL: [FontKey; 6] =
        [FontKey::Sans, FontKey::SansBold, FontKey::SansItalic, FontKey::Display, FontKey::Thai, FontKey::ThaiBold];

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The PostScript name, used as the embedded font's /BaseFont.
    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            FontKey::Sans => "NotoSans-Regular",
            FontKey::SansBold => "NotoSans-Bold",
            FontKey::SansItalic => "NotoSans-Italic",
            FontKey::Display => "NotoSerifDisplay-Italic",
            FontKey::Thai => "NotoSansThai-Regular",
            FontKey::ThaiBold => "NotoSansThai-Bold",
        }
    }

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            FontKey::Sans => include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            FontKey::SansBold => include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            FontKey::SansItalic => include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
            FontKey::Display => include_bytes!("../../../assets/fonts/NotoSerifDisplay-Italic.ttf"),
            FontKey::Thai => include_bytes!("../../../assets/fonts/NotoSansThai-Regular.ttf"),
            FontKey::ThaiBold => include_bytes!("../../../assets/fonts/NotoSansThai-Bold.ttf"),
        }
    }

    /// The parsed face, built once per process: parsing the tables costs more than shaping a
    /// name.
    pub(crate) fn face(self) -> &'static Face<'static> {
        static FACES: OnceLock<Vec<Face<'static>>> = OnceLock::new();
        let faces = FACES.get_or_init(|| {
            FontKey::ALL
                .iter()
                .map(|k| Face::from_slice(k.bytes(), 0).expect("the embedded fonts are valid TrueType"))
                .collect()
        });
        &faces[self.index()]
    }

    /// Font units per em (1000 for these Noto fonts, read rather than assumed).
    pub(crate) fn units_per_em(self) -> f32 {
        self.face().units_per_em() as f32
    }

    pub(crate) fn covers(self, c: char) -> bool {
        self.face().glyph_index(c).is_some()
    }

    /// Ascender and descender in thousandths of an em (descender negative).
    pub(crate) fn vertical_metrics(self) -> (f32, f32) {
        let face = self.face();
        let scale = 1000.0 / self.units_per_em();
        (face.ascender() as f32 * scale, face.descender() as f32 * scale)
    }
}

/// What a piece of text should look like; each style falls back to other fonts for the
/// characters its own font lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Style {
    Regular,
    Bold,
    Italic,
    Display,
}

impl Style {
    /// Fonts tried in order for each character. Thai comes second so a Thai name keeps
    /// its weight; plain Sans last for whatever the display or italic face lacks.
    pub(crate) fn chain(self) -> &'static [FontKey] {
        match self {
            Style::Regular => &[FontKey::Sans, FontKey::Thai],
            Style::Bold => &[FontKey::SansBold, FontKey::ThaiBold, FontKey::Sans],
            Style::Italic => &[FontKey::SansItalic, FontKey::Thai, FontKey::Sans],
            Style::Display => &[FontKey::Display, FontKey::Thai, FontKey::Sans],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_font_parses_and_has_latin() {
        for key in FontKey::ALL {
            assert!(key.units_per_em() > 0.0, "{key:?}");
            assert!(key.covers(' '), "{key:?} lacks a space");
        }
        for key in [FontKey::Sans, FontKey::SansBold, FontKey::SansItalic, FontKey::Display] {
            assert!(key.covers('é') && key.covers('0'), "{key:?} lacks Latin");
        }
        assert!(FontKey::Sans.covers('ệ'), "Vietnamese precomposed letters");
        assert!(FontKey::Thai.covers('ส'));
        assert!(!FontKey::Sans.covers('ส'));
    }

    #[test]
    fn the_chain_covers_french_dutch_and_thai_in_every_style() {
        for style in [Style::Regular, Style::Bold, Style::Italic, Style::Display] {
            for c in "éèêëàçœÉĳŒ€ñøสมชาย".chars() {
                assert!(style.chain().iter().any(|f| f.covers(c)), "{style:?} cannot print {c}");
            }
        }
    }
}
