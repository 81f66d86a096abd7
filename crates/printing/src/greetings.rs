//! The words on a card: how it opens ("Chère Madame Lefèvre"), the greeting and message of each
//! occasion, the personal line, the offer code and the signature, in the card's language. The
//! words themselves are in `locales/<lang>/print-cards.ftl`; this module only works out the
//! selectors they choose by (`$salutation`, `$register`) and fills in the names.

use fidele_domain::names::{ParticleRule, family_name_after_first, family_name_alone};
use fidele_domain::{Formality, Language, Salutation};
use fidele_words::{FluentArgs, args, words};

use crate::card::PersonalLine;
use crate::dates::day_month;
use crate::designs::Theme;

/// Whom a card's sentences speak to. French agreement follows the addressee ("entouré",
/// "entourée", "entourés", or a neutral wording), and every language's register follows the
/// customer's formality, on the whole card: a Dutch card that opens "Beste Sanne" says "je"
/// throughout, one that opens "Geachte mevrouw De Wit" says "u".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Voice {
    pub addressee: Addressee,
    pub register: Register,
}

/// Who reads the card, as far as grammar cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Addressee {
    Man,
    Woman,
    /// No gendered title known: neutral wordings.
    #[default]
    Unknown,
    /// A household's card: plural agreement.
    Household,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Register {
    /// By title and surname: "vous", "u", "you".
    #[default]
    Formal,
    /// By first name: "je" in Dutch, a warmer tone elsewhere.
    Informal,
}

impl Voice {
    /// The voice of a card to one person, matching how [`salutation_line`] opens it: informal
    /// only when the shop writes to them by first name and knows that name.
    pub fn of(salutation: Option<Salutation>, formality: Formality, first_name: &str) -> Voice {
        let addressee = match salutation {
            Some(Salutation::Mr) => Addressee::Man,
            Some(Salutation::Mrs | Salutation::Ms) => Addressee::Woman,
            Some(Salutation::Mx) | None => Addressee::Unknown,
        };
        let informal = formality == Formality::FirstName && !first_name.trim().is_empty();
        Voice { addressee, register: if informal { Register::Informal } else { Register::Formal } }
    }

    /// The voice of a household's card.
    pub fn household() -> Voice {
        Voice { addressee: Addressee::Household, register: Register::Formal }
    }

    fn args(self) -> FluentArgs<'static> {
        let salutation = match self.addressee {
            Addressee::Man => "mr",
            Addressee::Woman => "mrs",
            Addressee::Unknown => "none",
            Addressee::Household => "family",
        };
        args!["salutation" => salutation, "register" => self.register.code()]
    }
}

impl Register {
    fn code(self) -> &'static str {
        match self {
            Register::Formal => "formal",
            Register::Informal => "informal",
        }
    }
}

/// How a card opens, without its punctuation: "Chère Madame Lefèvre", "Cher Monsieur Martin",
/// "Beste Pieter", "Geachte mevrouw De Vries", "Dear Amelia", "Dear Mrs Smith", "เรียน คุณสมชาย".
///
/// Formal needs a surname and a gendered title; without either it falls back to the full name
/// with a neutral opening ("Bonjour Camille Martin", "Beste Sam Peeters", "Dear Sam Taylor"),
/// and without any name to a neutral "Dear customer". Thai writes คุณ and the given name.
///
/// `rule` is how the name's country writes a family name's particle: a Dutch name standing
/// after a title takes a capital ("Geachte mevrouw Van den Berg"), not after a first name
/// ("Beste Anneke van den Berg"); see `fidele_domain::names`.
pub fn salutation_line(
    language: Language,
    salutation: Option<Salutation>,
    formality: Formality,
    first_name: &str,
    last_name: &str,
    rule: ParticleRule,
) -> String {
    let first = squash(first_name);
    let last = family_name_alone(&squash(last_name), rule);
    let full = if first.is_empty() { last.clone() } else { squash(&format!("{first} {}", family_name_after_first(&squash(last_name), rule))) };
    let w = words(language);
    if full.is_empty() {
        return w.text("print-card-opening-anonymous");
    }
    let voice = Voice::of(salutation, formality, &first);
    // The title is printed only before a surname, or before the first name when informal.
    let titled = match salutation {
        Some(s @ (Salutation::Mr | Salutation::Mrs | Salutation::Ms)) if voice.register == Register::Informal || !last.is_empty() => s.code(),
        _ => "none",
    };
    let given = if first.is_empty() { full.clone() } else { first };
    w.format(
        "print-card-opening",
        &args!["salutation" => titled, "register" => voice.register.code(), "first" => given, "last" => last, "full" => full],
    )
}

/// How a household's card opens: "Chère famille Dupont", "Beste familie De Vries".
pub fn family_salutation_line(language: Language, family: &str) -> String {
    words(language).format("print-card-opening-family", &args!["family" => squash(family)])
}

/// The opening as printed above the message: with its comma, except in Thai.
pub(crate) fn opening_line(language: Language, opening: &str) -> String {
    words(language).format("print-card-opening-line", &args!["opening" => opening.trim().to_owned()])
}

/// Trims and collapses runs of spaces, so a stray double space never shows on a card.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The printed greeting on the front of a card with this theme.
pub fn default_greeting(theme: Theme, language: Language) -> String {
    words(language).text(&format!("print-card-greeting-{}", theme.code()))
}

/// A ready-made message for the theme, in the card's voice, which the shopkeeper may keep or
/// rewrite. Most months share one message; the feasts and the customer's own occasions have
/// their own.
pub fn default_message(theme: Theme, language: Language, voice: Voice) -> String {
    let id = match theme {
        Theme::NewYear | Theme::Christmas | Theme::YearEnd | Theme::Songkran | Theme::LoyKrathong | Theme::Birthday | Theme::Anniversary => theme.code(),
        _ => "season",
    };
    words(language).format(&format!("print-card-message-{id}"), &voice.args())
}

/// The line naming the offer's code, in the card's language: "Code avantage : M2603-07X",
/// "Offer code: M2603-07X".
pub fn offer_code_line(language: Language, code: &str) -> String {
    words(language).format("print-card-offer-code", &args!["code" => code.trim().to_owned()])
}

/// The personal line in the card's language and voice: "Merci pour votre visite du 3 mars, à
/// très bientôt !", "10% korting op je volgende aankoop, tot 31 januari."
pub fn personal_text(language: Language, voice: Voice, line: &PersonalLine) -> String {
    let mut a = voice.args();
    match line {
        PersonalLine::Thanks { visit } => {
            a.set("date", day_month(language, *visit));
            words(language).format("print-card-thanks", &a)
        }
        PersonalLine::Offer { percent, until, first_purchase, .. } => {
            a.set("percent", *percent);
            a.set("date", day_month(language, *until));
            a.set("purchase", if *first_purchase { "first" } else { "next" });
            words(language).format("print-card-offer", &a)
        }
    }
}

/// Who signs a card: the shop's own signature on cards in the shop's language (it was written
/// in that language), and "The Fleurs & Délices team", "Het team van Fleurs & Délices" on cards
/// in another, so an English or Dutch card is not signed in French.
pub fn signature_line(card_language: Language, shop_language: Language, own_signature: &str, shop_name: &str) -> String {
    let (own, shop) = (own_signature.trim(), shop_name.trim());
    if card_language != shop_language && !shop.is_empty() {
        return words(card_language).format("print-card-signature", &args!["shop" => shop.to_owned()]);
    }
    if own.is_empty() { shop } else { own }.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Formality::{FirstName, Formal};
    use ParticleRule::{AsWritten, Dutch};

    #[test]
    fn formal_openings_per_language() {
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mrs), Formal, "Hélène", "Lefèvre", AsWritten), "Chère Madame Lefèvre");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mr), Formal, "Jean", "Martin", AsWritten), "Cher Monsieur Martin");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Ms), Formal, "Anke", "De Vries", AsWritten), "Geachte mevrouw De Vries");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mr), Formal, "Joost", "Peeters", AsWritten), "Geachte heer Peeters");
        assert_eq!(salutation_line(Language::En, Some(Salutation::Mrs), Formal, "Amelia", "Smith", AsWritten), "Dear Mrs Smith");
        assert_eq!(salutation_line(Language::En, Some(Salutation::Ms), Formal, "Amelia", "Smith", AsWritten), "Dear Ms Smith");
        assert_eq!(salutation_line(Language::Th, Some(Salutation::Mr), Formal, "สมชาย", "ใจดี", AsWritten), "เรียน คุณสมชาย");
    }

    #[test]
    fn first_name_openings() {
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mr), FirstName, "Pieter", "Jansen", AsWritten), "Beste Pieter");
        assert_eq!(salutation_line(Language::En, None, FirstName, "Amelia", "Smith", AsWritten), "Dear Amelia");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Ms), FirstName, "Zoé", "Roux", AsWritten), "Chère Zoé");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mr), FirstName, "Loïc", "Roux", AsWritten), "Cher Loïc");
        assert_eq!(salutation_line(Language::Fr, None, FirstName, "Camille", "Roux", AsWritten), "Bonjour Camille");
        assert_eq!(salutation_line(Language::Th, Some(Salutation::Mrs), FirstName, "มาลี", "ใจดี", AsWritten), "ถึง คุณมาลี");
    }

    #[test]
    fn neutral_fallbacks() {
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mx), Formal, "Camille", "Martin", AsWritten), "Bonjour Camille Martin");
        assert_eq!(salutation_line(Language::En, None, Formal, " Sam ", "  Taylor ", AsWritten), "Dear Sam Taylor");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mrs), Formal, "Hélène", "", AsWritten), "Bonjour Hélène");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mrs), FirstName, "", "Smit", AsWritten), "Geachte mevrouw Smit");
        assert_eq!(salutation_line(Language::Fr, None, Formal, " ", "", AsWritten), "Chère cliente, cher client");
        assert_eq!(salutation_line(Language::Nl, None, FirstName, "", "", AsWritten), "Beste klant");
        assert_eq!(salutation_line(Language::Th, None, Formal, "", "", AsWritten), "เรียน ลูกค้าผู้มีอุปการคุณ");
        assert_eq!(salutation_line(Language::Th, None, Formal, "", "Smith", AsWritten), "เรียน คุณSmith");
    }

    #[test]
    fn the_opening_line_takes_a_comma_except_in_thai() {
        assert_eq!(opening_line(Language::Fr, "Chère Zoé"), "Chère Zoé,");
        assert_eq!(opening_line(Language::Th, "เรียน คุณสมชาย"), "เรียน คุณสมชาย");
    }

    #[test]
    fn every_theme_has_distinct_greetings_in_every_language() {
        for language in Language::ALL {
            let mut seen: Vec<String> = Theme::ALL.iter().map(|&t| default_greeting(t, language)).collect();
            assert!(seen.iter().all(|g| !g.starts_with("print-")), "{language:?}: {seen:?}");
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), Theme::ALL.len(), "{language:?}");
        }
        assert_eq!(default_greeting(Theme::NewYear, Language::Nl), "Gelukkig nieuwjaar");
        assert_eq!(default_greeting(Theme::Songkran, Language::Th), "สุขสันต์วันสงกรานต์");
    }

    #[test]
    fn french_agreement_follows_the_salutation() {
        let christmas = |salutation, formality| default_message(Theme::Christmas, Language::Fr, Voice::of(salutation, formality, "Zoé"));
        assert!(christmas(Some(Salutation::Mrs), Formal).contains("entourée de ceux"));
        assert!(christmas(Some(Salutation::Ms), FirstName).contains("entourée de ceux"));
        assert!(christmas(Some(Salutation::Mr), Formal).contains(", entouré de ceux"));
        assert!(default_message(Theme::Christmas, Language::Fr, Voice::household()).contains("entourés de ceux"));
        let neutral = christmas(None, Formal);
        assert!(!neutral.contains("entouré"), "{neutral}");
        assert!(neutral.contains("auprès de ceux que vous aimez"));
    }

    #[test]
    fn a_dutch_card_keeps_one_register() {
        let informal = Voice::of(Some(Salutation::Mrs), FirstName, "Sanne");
        let formal = Voice::of(Some(Salutation::Mrs), Formal, "Sanne");
        let offer = PersonalLine::Offer {
            percent: 10,
            until: chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
            first_purchase: false,
            code: "X".into(),
        };
        let thanks = PersonalLine::Thanks { visit: chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap() };
        let you = |text: &str, word: &str| text.split(|c: char| !c.is_alphabetic()).any(|w| w == word);
        for theme in Theme::ALL {
            let je = default_message(theme, Language::Nl, informal);
            let u = default_message(theme, Language::Nl, formal);
            assert!(!you(&je, "u") && !you(&je, "uw"), "{theme:?}: {je}");
            assert!(!you(&u, "je") && !you(&u, "jij"), "{theme:?}: {u}");
        }
        for line in [&offer, &thanks] {
            let je = personal_text(Language::Nl, informal, line);
            let u = personal_text(Language::Nl, formal, line);
            assert!(you(&je, "je") && !you(&je, "uw"), "{je}");
            assert!(you(&u, "uw") && !you(&u, "je"), "{u}");
        }
        assert_eq!(personal_text(Language::Nl, informal, &offer), "10% korting op je volgende aankoop, tot 31 januari.");
        assert_eq!(personal_text(Language::Fr, formal, &thanks), "Merci pour votre visite du 3 novembre, à très bientôt\u{a0}!");
    }

    #[test]
    fn cards_in_another_language_are_signed_in_it() {
        assert_eq!(signature_line(Language::Fr, Language::Fr, "Élodie et toute l'équipe", "Fleurs & Délices"), "Élodie et toute l'équipe");
        assert_eq!(signature_line(Language::Nl, Language::Fr, "Élodie et toute l'équipe", "Fleurs & Délices"), "Het team van Fleurs & Délices");
        assert_eq!(signature_line(Language::En, Language::Fr, "", "Fleurs & Délices"), "The Fleurs & Délices team");
        assert_eq!(signature_line(Language::Th, Language::Fr, "", "Fleurs & Délices"), "ทีมงาน Fleurs & Délices");
        assert_eq!(signature_line(Language::Fr, Language::Fr, "", "Fleurs & Délices"), "Fleurs & Délices");
    }

    #[test]
    fn dutch_particles_take_a_capital_after_a_title_only_in_the_netherlands() {
        let s = |title, formality, first: &str, last: &str, rule| salutation_line(Language::Nl, title, formality, first, last, rule);
        assert_eq!(s(Some(Salutation::Mrs), Formal, "Anneke", "van den Berg", Dutch), "Geachte mevrouw Van den Berg");
        assert_eq!(s(Some(Salutation::Mr), Formal, "Jan", "de Wit", Dutch), "Geachte heer De Wit");
        assert_eq!(s(None, Formal, "Anneke", "Van den Berg", Dutch), "Beste Anneke van den Berg");
        assert_eq!(s(None, Formal, "", "van den Berg", Dutch), "Beste Van den Berg");
        // Belgian names are written as registered.
        assert_eq!(s(Some(Salutation::Mr), Formal, "Wim", "van den Bossche", AsWritten), "Geachte heer van den Bossche");
        assert_eq!(s(Some(Salutation::Mr), Formal, "Wim", "Van den Bossche", AsWritten), "Geachte heer Van den Bossche");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mrs), Formal, "Anneke", "van den Berg", Dutch), "Chère Madame Van den Berg");
    }
}
