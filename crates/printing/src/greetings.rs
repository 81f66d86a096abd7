//! The words on a card: how it opens ("Chère Madame Lefèvre") and the default greetings and
//! messages for each occasion, in French, English and Dutch.

use fidele_domain::names::{ParticleRule, family_name_after_first, family_name_alone};
use fidele_domain::{Formality, Language, Salutation};

use crate::designs::Occasion;

/// How a card opens, without the trailing comma: "Chère Madame Lefèvre", "Cher Monsieur
/// Martin", "Beste Pieter", "Geachte mevrouw De Vries", "Dear Amelia", "Dear Mrs Smith".
///
/// Formal needs a surname and a gendered title; without either it falls back to the full
/// name with a neutral opening ("Bonjour Camille Martin", "Beste Sam Peeters",
/// "Dear Sam Taylor"), and without any name to a neutral "Dear customer".
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
    if full.is_empty() {
        return match language {
            Language::Fr => "Chère cliente, cher client".into(),
            Language::En | Language::Th => "Dear customer".into(),
            Language::Nl => "Beste klant".into(),
        };
    }
    let title = salutation.and_then(|s| s.title(language));
    let feminine = matches!(salutation, Some(Salutation::Mrs | Salutation::Ms));
    let informal = formality == Formality::FirstName && !first.is_empty();
    match (language, informal, title) {
        (Language::Fr, true, Some(_)) => format!("{} {first}", if feminine { "Chère" } else { "Cher" }),
        (Language::Fr, true, None) => format!("Bonjour {first}"),
        (Language::Fr, false, Some(t)) if !last.is_empty() => {
            format!("{} {t} {last}", if feminine { "Chère" } else { "Cher" })
        }
        (Language::Fr, false, _) => format!("Bonjour {full}"),
        (Language::Nl, true, _) => format!("Beste {first}"),
        (Language::Nl, false, Some(t)) if !last.is_empty() => format!("Geachte {t} {last}"),
        (Language::Nl, false, _) => format!("Beste {full}"),
        (Language::En | Language::Th, true, _) => format!("Dear {first}"),
        (Language::En | Language::Th, false, Some(t)) if !last.is_empty() => format!("Dear {t} {last}"),
        (Language::En | Language::Th, false, _) => format!("Dear {full}"),
    }
}

/// Trims and collapses runs of spaces, so a stray double space never shows on a card.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The printed greeting on the front of a card for the occasion.
pub fn default_greeting(occasion: Occasion, language: Language) -> &'static str {
    let [fr, en, nl] = match occasion {
        Occasion::Month(1) => ["Bonne année", "Happy New Year", "Gelukkig nieuwjaar"],
        Occasion::Month(2) => ["Joyeuse Saint-Valentin", "Happy Valentine's Day", "Fijne Valentijnsdag"],
        Occasion::Month(3) => ["Joyeux printemps", "Happy spring", "Fijne lente"],
        Occasion::Month(4) => ["Joyeuses Pâques", "Happy Easter", "Vrolijk Pasen"],
        Occasion::Month(5) => ["Un joli mois de mai", "Lovely May days", "Een fijne meimaand"],
        Occasion::Month(6) => ["Bel été", "Hello summer", "Fijne zomer"],
        Occasion::Month(7) => ["Bonnes vacances", "Happy holidays", "Fijne vakantie"],
        Occasion::Month(8) => ["Un bel été", "Enjoy the summer", "Geniet van de zomer"],
        Occasion::Month(9) => ["Bonne rentrée", "Happy September", "Fijn nieuw seizoen"],
        Occasion::Month(10) => ["Joyeux Halloween", "Happy Halloween", "Fijne Halloween"],
        Occasion::Month(11) => ["Bel automne", "Happy autumn", "Fijne herfst"],
        Occasion::Month(_) => ["Joyeux Noël", "Merry Christmas", "Vrolijk kerstfeest"],
        Occasion::Birthday => ["Joyeux anniversaire", "Happy birthday", "Gefeliciteerd"],
        Occasion::PurchaseAnniversary => ["Déjà un an ensemble", "One year together", "Al een jaar samen"],
    };
    pick(language, fr, en, nl)
}

/// A ready-made message for the occasion, which the shopkeeper may keep or rewrite.
pub fn default_message(occasion: Occasion, language: Language) -> &'static str {
    let [fr, en, nl] = match occasion {
        Occasion::Month(1) => [
            "Toute l'équipe vous souhaite une belle et heureuse année, pleine de petits bonheurs. Merci de votre fidélité !",
            "All of us wish you a happy new year, full of small joys. Thank you for your loyalty!",
            "Wij wensen u een gelukkig nieuwjaar vol kleine geluksmomenten. Bedankt voor uw trouw!",
        ],
        Occasion::Month(12) => [
            "Nous vous souhaitons de joyeuses fêtes de fin d'année, entouré de ceux que vous aimez.",
            "We wish you a joyful holiday season, surrounded by the people you love.",
            "Wij wensen u fijne feestdagen, omringd door wie u dierbaar is.",
        ],
        Occasion::Month(_) => [
            "Nous pensons à vous et serions ravis de vous revoir bientôt en boutique.",
            "We are thinking of you and would love to see you again in the shop soon.",
            "We denken aan u en zien u graag binnenkort weer in de winkel.",
        ],
        Occasion::Birthday => [
            "Toute l'équipe vous souhaite un très joyeux anniversaire et une année pleine de belles surprises.",
            "Everyone at the shop wishes you a very happy birthday and a year full of lovely surprises.",
            "Het hele team wenst u een heel fijne verjaardag en een jaar vol mooie verrassingen.",
        ],
        Occasion::PurchaseAnniversary => [
            "Il y a un an, vous poussiez notre porte pour la première fois. Merci pour cette belle année à vos côtés.",
            "A year ago you came into our shop for the first time. Thank you for a wonderful year together.",
            "Een jaar geleden kwam u voor het eerst bij ons binnen. Bedankt voor een mooi jaar samen.",
        ],
    };
    pick(language, fr, en, nl)
}

/// The line naming the offer's code, in the card's language: "Code avantage : M2603-07X",
/// "Offer code: M2603-07X" (French puts a space before the colon).
pub fn offer_code_line(language: Language, code: &str) -> String {
    let label = pick(language, "Code avantage", "Offer code", "Kortingscode");
    let colon = if language == Language::Fr { " :" } else { ":" };
    format!("{label}{colon} {}", code.trim())
}

fn pick(language: Language, fr: &'static str, en: &'static str, nl: &'static str) -> &'static str {
    match language {
        Language::Fr => fr,
        Language::En | Language::Th => en,
        Language::Nl => nl,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParticleRule::{AsWritten, Dutch};
    use Formality::{FirstName, Formal};

    #[test]
    fn formal_openings_per_language() {
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mrs), Formal, "Hélène", "Lefèvre", AsWritten), "Chère Madame Lefèvre");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mr), Formal, "Jean", "Martin", AsWritten), "Cher Monsieur Martin");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Ms), Formal, "Anke", "De Vries", AsWritten), "Geachte mevrouw De Vries");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mr), Formal, "Joost", "Peeters", AsWritten), "Geachte heer Peeters");
        assert_eq!(salutation_line(Language::En, Some(Salutation::Mrs), Formal, "Amelia", "Smith", AsWritten), "Dear Mrs Smith");
        assert_eq!(salutation_line(Language::En, Some(Salutation::Ms), Formal, "Amelia", "Smith", AsWritten), "Dear Ms Smith");
    }

    #[test]
    fn first_name_openings() {
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mr), FirstName, "Pieter", "Jansen", AsWritten), "Beste Pieter");
        assert_eq!(salutation_line(Language::En, None, FirstName, "Amelia", "Smith", AsWritten), "Dear Amelia");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Ms), FirstName, "Zoé", "Roux", AsWritten), "Chère Zoé");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mr), FirstName, "Loïc", "Roux", AsWritten), "Cher Loïc");
        assert_eq!(salutation_line(Language::Fr, None, FirstName, "Camille", "Roux", AsWritten), "Bonjour Camille");
    }

    #[test]
    fn neutral_fallbacks() {
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mx), Formal, "Camille", "Martin", AsWritten), "Bonjour Camille Martin");
        assert_eq!(salutation_line(Language::En, None, Formal, " Sam ", "  Taylor ", AsWritten), "Dear Sam Taylor");
        assert_eq!(salutation_line(Language::Fr, Some(Salutation::Mrs), Formal, "Hélène", "", AsWritten), "Bonjour Hélène");
        assert_eq!(salutation_line(Language::Nl, Some(Salutation::Mrs), FirstName, "", "Smit", AsWritten), "Geachte mevrouw Smit");
        assert_eq!(salutation_line(Language::Fr, None, Formal, " ", "", AsWritten), "Chère cliente, cher client");
        assert_eq!(salutation_line(Language::Nl, None, FirstName, "", "", AsWritten), "Beste klant");
    }

    #[test]
    fn every_occasion_has_distinct_greetings_in_every_language() {
        let occasions: Vec<Occasion> =
            (1..=12).map(Occasion::Month).chain([Occasion::Birthday, Occasion::PurchaseAnniversary]).collect();
        for language in Language::ALL {
            let mut seen: Vec<&str> = occasions.iter().map(|&o| default_greeting(o, language)).collect();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), occasions.len(), "{language:?}");
        }
        assert_eq!(default_greeting(Occasion::Month(1), Language::Nl), "Gelukkig nieuwjaar");
        assert_eq!(default_greeting(Occasion::Month(2), Language::Fr), "Joyeuse Saint-Valentin");
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
