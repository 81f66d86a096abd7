//! The shop itself: who sends the cards, in which language, with which money.

use crate::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    Fr,
    En,
    Nl,
    Th,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Fr, Language::En, Language::Nl, Language::Th];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
            Language::Nl => "nl",
            Language::Th => "th",
        }
    }

    /// Reads `fr`, `fr-BE`, `nl_NL.UTF-8`, `en-GB` and the like; `None` for other languages.
    pub fn from_locale(tag: &str) -> Option<Language> {
        let lang = tag.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == lang)
    }
}

/// How the shop counts years on what it prints: the Gregorian calendar, or the Buddhist Era
/// (Thailand's official calendar, 543 years ahead: 2026 is 2569 BE). Only the year differs;
/// months and days are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Calendar {
    #[default]
    Gregorian,
    Buddhist,
}

impl Calendar {
    pub fn code(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Buddhist => "buddhist",
        }
    }

    pub fn parse(code: &str) -> Option<Calendar> {
        [Calendar::Gregorian, Calendar::Buddhist].into_iter().find(|c| c.code() == code.trim().to_ascii_lowercase())
    }

    /// The year as this calendar numbers it.
    pub fn year(self, gregorian_year: i32) -> i32 {
        match self {
            Calendar::Gregorian => gregorian_year,
            Calendar::Buddhist => gregorian_year + 543,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopProfile {
    pub name: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2, also the default region for phone numbers.
    pub country: String,
    pub language: Language,
    pub currency: Currency,
    pub phone: String,
    pub email: String,
    pub signature: String,
    /// The shop's gross margin in per mille, used where a purchase's own margin is unknown.
    pub margin_rate_permille: u16,
    pub logo_png: Option<Vec<u8>>,
}

impl Default for ShopProfile {
    fn default() -> Self {
        ShopProfile {
            name: String::new(),
            address_line1: String::new(),
            address_line2: String::new(),
            postal_code: String::new(),
            city: String::new(),
            country: "FR".into(),
            language: Language::Fr,
            currency: Currency::EUR,
            phone: String::new(),
            email: String::new(),
            signature: String::new(),
            margin_rate_permille: 400,
            logo_png: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locales() {
        assert_eq!(Language::from_locale("fr-BE"), Some(Language::Fr));
        assert_eq!(Language::from_locale("nl_NL.UTF-8"), Some(Language::Nl));
        assert_eq!(Language::from_locale("EN"), Some(Language::En));
        assert_eq!(Language::from_locale("de-DE"), None);
    }
}
