//! Cell values cleaned the way a person would: e-mails, phone numbers, yes/no answers,
//! countries, names, and amounts.

use fidele_domain::text::fold;
use fidele_domain::{Currency, ErrorCode, Language, Money, Refusal, Salutation, money::AmountError};

/// Trims, drops a `mailto:` and angle brackets, lower-cases the domain. Several addresses in one
/// cell (`a@x.fr; b@y.fr`) come back separately.
pub fn clean_emails(cell: &str) -> Vec<String> {
    cell.split([';', ',', ' ', '\n', '\t'])
        .map(clean_email)
        .filter(|e| !e.is_empty())
        .collect()
}

pub fn clean_email(text: &str) -> String {
    let t = text.trim().trim_matches(['<', '>', '"', '\'']);
    let t = t
        .strip_prefix("mailto:")
        .or_else(|| t.strip_prefix("MAILTO:"))
        .unwrap_or(t)
        .trim();
    match t.rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
        None => t.to_owned(),
    }
}

/// Trims, drops a `tel:` prefix and the apostrophe Excel users type to keep a leading zero,
/// turns no-break spaces into spaces and collapses runs of them.
pub fn clean_phone(text: &str) -> String {
    let t = text.trim();
    let t = t
        .strip_prefix("tel:")
        .or_else(|| t.strip_prefix("TEL:"))
        .unwrap_or(t);
    let t = t.strip_prefix('\'').unwrap_or(t);
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let c = if matches!(c, '\u{a0}' | '\u{202f}' | '\t') {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// A phone number reduced for matching: its digits, with `+` for an international number
/// (`00` is read as `+`). `+33 6 12 34 56 78` → `+33612345678`, `06 12 34 56 78` → `0612345678`.
pub fn phone_key(text: &str) -> String {
    // One allocation: this runs for every row of a till export keyed by phone.
    let t = text.trim();
    let mut key = String::with_capacity(t.len() + 1);
    let international = t.starts_with('+');
    if international {
        key.push('+');
    }
    key.extend(t.chars().filter(char::is_ascii_digit));
    if !international && key.starts_with("00") {
        key.replace_range(..2, "+");
    }
    key
}

/// A yes/no cell: `Some(true)` for yes, `Some(false)` for no, `None` when empty; an answer that
/// is neither is an error. Square writes "subscribed" / "unsubscribed".
pub fn parse_consent(text: &str) -> Result<Option<bool>, Refusal> {
    let folded = fold(text);
    match folded.as_str() {
        "" => Ok(None),
        "oui" | "o" | "yes" | "y" | "ja" | "j" | "1" | "x" | "true" | "vrai" | "waar"
        | "subscribed" | "opted in" | "opt in" | "inscrit" | "inscrite" | "abonne" | "abonnee"
        | "ingeschreven" | "accepte" | "ok" => Ok(Some(true)),
        "non" | "n" | "no" | "nee" | "0" | "false" | "faux" | "onwaar" | "unsubscribed"
        | "not subscribed" | "opted out" | "opt out" | "desinscrit" | "desinscrite"
        | "desabonne" | "desabonnee" | "uitgeschreven" | "refuse" | "geweigerd" | "afgemeld" | "not opted in"
        | "declined" => Ok(Some(false)),
        // Nobody asked, or the answer is not in yet: no consent either way, and nothing to warn
        // about (Square's "Unknown", Shopify's "pending", Mailchimp's "never subscribed").
        "unknown" | "pending" | "never subscribed" | "not set" | "none" | "n a" | "na" | "inconnu" | "inconnue"
        | "en attente" | "jamais inscrit" | "onbekend" | "in afwachting" | "nooit ingeschreven" | "nvt" | "n v t"
        | "unconfirmed" | "cleaned" | "redacted" => Ok(None),
        _ => Err(Refusal::new(ErrorCode::NotYesNo).with("value", text.trim())),
    }
}

/// A customer's language as a sheet or a phone writes it: a code (`fr`, `nl-BE`) or a name in
/// French, English or Dutch ("Néerlandais", "Dutch", "Vlaams"). `None` when empty.
pub fn language(text: &str) -> Result<Option<Language>, Refusal> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(l) = Language::from_locale(t) {
        return Ok(Some(l));
    }
    if matches!(t, "ไทย" | "ภาษาไทย") {
        return Ok(Some(Language::Th));
    }
    let by_name = |name: &str| match fold(name).as_str() {
        "francais" | "french" | "frans" => Some(Language::Fr),
        "anglais" | "english" | "engels" => Some(Language::En),
        "thai" | "thailandais" | "thais" => Some(Language::Th),
        "neerlandais" | "flamand" | "dutch" | "flemish" | "nederlands" | "vlaams" | "hollandais" => Some(Language::Nl),
        _ => None,
    };
    // Odoo writes "Dutch (BE) / Nederlands (BE)": each name, without its country.
    t.split('/')
        .map(|part| part.split('(').next().unwrap_or(part))
        .find_map(by_name)
        .map(Some)
        .ok_or_else(|| Refusal::new(ErrorCode::NotALanguage).with("value", t))
}

/// Country names as shops write them, to ISO 3166-1 alpha-2. A two-letter code passes as is.
pub fn country_code(text: &str) -> Result<String, Refusal> {
    let t = text.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(t.to_ascii_uppercase());
    }
    if matches!(t, "ไทย" | "ประเทศไทย" | "ราชอาณาจักรไทย") {
        return Ok("TH".to_owned());
    }
    let code = match fold(t).as_str() {
        "" => "",
        "thailand" | "thailande" | "thailandia" => "TH",
        "france" | "frankrijk" => "FR",
        "belgique" | "belgie" | "belgium" | "belgien" => "BE",
        "nederland" | "pays bas" | "netherlands" | "the netherlands" | "holland"
        | "niederlande" => "NL",
        "luxembourg" | "luxemburg" => "LU",
        "allemagne" | "duitsland" | "germany" | "deutschland" => "DE",
        "suisse" | "zwitserland" | "switzerland" | "schweiz" => "CH",
        "royaume uni"
        | "verenigd koninkrijk"
        | "united kingdom"
        | "uk"
        | "great britain"
        | "angleterre"
        | "england" => "GB",
        "irlande" | "ierland" | "ireland" => "IE",
        "espagne" | "spanje" | "spain" | "espana" => "ES",
        "italie" | "italy" | "italia" | "italie " => "IT",
        "portugal" => "PT",
        "monaco" => "MC",
        "etats unis"
        | "verenigde staten"
        | "united states"
        | "usa"
        | "united states of america" => "US",
        "canada" => "CA",
        "autriche" | "oostenrijk" | "austria" => "AT",
        _ => {
            return Err(Refusal::new(ErrorCode::NotACountry).with("value", t));
        }
    };
    Ok(code.to_owned())
}

/// A whole name split into first and last: "Dupont, Marie" (comma: last name first), else the
/// first word is the first name and the rest the last name, which keeps particles together
/// ("Jan van der Berg"). A leading title ("Mme", "M.", "Dhr.") becomes the salutation.
pub fn split_full_name(full: &str) -> (Option<Salutation>, String, String) {
    let full = full.trim();
    if let Some((last, first)) = full.split_once(',') {
        let (salutation, first) = take_title(first.trim());
        return (salutation, first.trim().to_owned(), last.trim().to_owned());
    }
    let (salutation, rest) = take_title(full);
    match rest.split_once(char::is_whitespace) {
        Some((first, last)) => (salutation, first.to_owned(), last.trim().to_owned()),
        // One word: a surname is more useful for a "Chère Madame Dupont" than a first name.
        None => (salutation, String::new(), rest.to_owned()),
    }
}

fn take_title(text: &str) -> (Option<Salutation>, &str) {
    if let Some((word, rest)) = text.split_once(char::is_whitespace)
        && let Some(s) = salutation(word)
    {
        return (Some(s), rest.trim_start());
    }
    // Thai writes the title against the name: "นางสาวสมศรี มีสุข".
    for (title, s) in THAI_TITLES {
        if let Some(rest) = text.strip_prefix(title)
            && rest.starts_with(|c: char| ('\u{0E01}'..='\u{0E2E}').contains(&c) || c.is_whitespace())
        {
            return (Some(*s), rest.trim_start());
        }
    }
    (None, text)
}

/// Thai titles, longest first ("นาง" is the start of "นางสาว"); a child's ด.ช./ด.ญ. is no
/// salutation a card uses.
const THAI_TITLES: &[(&str, Salutation)] =
    &[("นางสาว", Salutation::Ms), ("น.ส.", Salutation::Ms), ("นาง", Salutation::Mrs), ("นาย", Salutation::Mr)];

/// A salutation cell: "Mme", "Mevrouw", "Mr." (as `Salutation::parse` reads them) or a Thai
/// title (นาย, นาง, นางสาว).
pub fn salutation(text: &str) -> Option<Salutation> {
    let t = text.trim();
    Salutation::parse(t).or_else(|| THAI_TITLES.iter().find(|(title, _)| *title == t).map(|(_, s)| *s))
}

/// Tags from one cell: separated by commas, semicolons or pipes.
pub fn split_tags(cell: &str) -> Vec<String> {
    cell.split([',', ';', '|'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `Money::parse`, with a fast path for the plain amounts a till writes (`-12.50`, `1249,00`,
/// `7`): optional sign, digits, optional `.` or `,` and one to the currency's number of
/// decimals. Anything else (thousands separators, symbols, spaces) goes to `Money::parse`,
/// whose reading is the reference: the tests check both agree.
pub fn parse_amount(text: &str, currency: Currency) -> Result<Money, AmountError> {
    fast_amount(text, currency).map_or_else(|| Money::parse(text, currency), Ok)
}

/// The amounts tills write (`12,50`, `-3.5`, `1 249,00 €`) without `Money::parse`'s
/// allocations; `None` for anything else, which `Money::parse` then reads. It drops exactly
/// the characters `Money::parse` drops (spaces, no-break spaces, apostrophes, currency
/// symbols) and takes only digits, separators and a sign, so what is left is the text
/// `Money::parse` would read, and [`plain_amount`] agrees with it on that.
fn fast_amount(text: &str, currency: Currency) -> Option<Money> {
    let mut kept = [0u8; 32];
    let mut len = 0;
    for c in text.trim().chars() {
        match c {
            '0'..='9' | ',' | '.' | '-' => {
                *kept.get_mut(len)? = c as u8;
                len += 1;
            }
            ' ' | '\u{a0}' | '\u{202f}' | '\'' | '€' | '£' | '$' => {}
            _ => return None,
        }
    }
    plain_amount(&kept[..len], currency)
}

/// Digits with at most one leading minus and one decimal separator.
fn plain_amount(b: &[u8], currency: Currency) -> Option<Money> {
    let (negative, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    // Past 15 digits an i64 of minor units could overflow; leave those to the full parser.
    if int_len == 0 || int_len > 15 {
        return None;
    }
    let digits = currency.minor_digits() as usize;
    let (frac, frac_len) = match &b[int_len..] {
        [] => (&b[..0], 0),
        [b'.' | b',', frac @ ..]
            if !frac.is_empty() && frac.len() <= digits && frac.iter().all(u8::is_ascii_digit) =>
        {
            // "1.249" with two-decimal money is a thousands separator in Money::parse.
            if frac.len() == 3 {
                return None;
            }
            (frac, frac.len())
        }
        _ => return None,
    };
    let mut minor: i64 = 0;
    for &c in &b[..int_len] {
        minor = minor * 10 + i64::from(c - b'0');
    }
    for &c in frac {
        minor = minor * 10 + i64::from(c - b'0');
    }
    for _ in frac_len..digits {
        minor *= 10;
    }
    Some(Money::new(if negative { -minor } else { minor }, currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            clean_emails(" Marie.Dupont@Exemple.FR ; <jan@Example.be>"),
            ["Marie.Dupont@exemple.fr", "jan@example.be"]
        );
        assert_eq!(clean_email("mailto:a@B.fr"), "a@b.fr");
        assert!(clean_emails("  ").is_empty());
    }

    #[test]
    fn phones() {
        assert_eq!(clean_phone(" '06\u{a0}12  34 56 78 "), "06 12 34 56 78");
        assert_eq!(clean_phone("tel:+32470123456"), "+32470123456");
        assert_eq!(phone_key("+33 6 12-34.56 78"), "+33612345678");
        assert_eq!(phone_key("0032 470 12 34 56"), "+32470123456");
        assert_eq!(phone_key("06 12 34 56 78"), "0612345678");
    }

    #[test]
    fn consents_in_three_languages_and_squares_words() {
        for yes in ["oui", "Yes", "ja", "1", "x", "X", "subscribed", "Vrai"] {
            assert_eq!(parse_consent(yes), Ok(Some(true)), "{yes}");
        }
        for no in ["non", "No", "nee", "0", "unsubscribed", "Désinscrit", "opt-out", "false", "Unsubscribed"] {
            assert_eq!(parse_consent(no), Ok(Some(false)), "{no}");
        }
        for yes in ["opt-in", "true", "Subscribed", "ja", "oui"] {
            assert_eq!(parse_consent(yes), Ok(Some(true)), "{yes}");
        }
        for nobody_asked in ["Unknown", "pending", "Never subscribed", "inconnu", "onbekend", ""] {
            assert_eq!(parse_consent(nobody_asked), Ok(None), "{nobody_asked}");
        }
        assert_eq!(parse_consent(" "), Ok(None));
        assert_eq!(parse_consent("peut-être"), Err(Refusal::new(ErrorCode::NotYesNo).with("value", "peut-être")));
    }

    #[test]
    fn countries() {
        assert_eq!(country_code("België").unwrap(), "BE");
        assert_eq!(country_code("fr").unwrap(), "FR");
        assert_eq!(country_code("Pays-Bas").unwrap(), "NL");
        assert_eq!(country_code("").unwrap(), "");
        assert_eq!(country_code("Atlantis"), Err(Refusal::new(ErrorCode::NotACountry).with("value", "Atlantis")));
    }

    #[test]
    fn full_names() {
        let s = |t| split_full_name(t);
        assert_eq!(s("Marie Dupont"), (None, "Marie".into(), "Dupont".into()));
        assert_eq!(s("Dupont, Marie"), (None, "Marie".into(), "Dupont".into()));
        assert_eq!(
            s("Jan van der Berg"),
            (None, "Jan".into(), "van der Berg".into())
        );
        assert_eq!(
            s("Mme Hélène Dubœuf"),
            (Some(Salutation::Mrs), "Hélène".into(), "Dubœuf".into())
        );
        assert_eq!(s("Dupont"), (None, String::new(), "Dupont".into()));
    }

    #[test]
    fn tags() {
        assert_eq!(
            split_tags("vip, fleurs;; cadeaux|"),
            ["vip", "fleurs", "cadeaux"]
        );
    }

    #[test]
    fn the_fast_amount_path_agrees_with_money_parse() {
        let eur = Currency::EUR;
        for text in [
            "12,50",
            "12.5",
            "-12,50",
            "7",
            "0",
            "-0,01",
            "1249,00",
            "1.249",
            "12,500",
            "999999999999999",
            "1,2,3",
            "1 249,00 €",
            "€1,249.00",
            "",
            "-",
            ",5",
            "5,",
            "12,505",
            "0012.30",
            "1.2.3",
            "1 249,00€",
            "-1 249,00 €",
            "1\u{a0}249,00\u{a0}€",
            "1\u{202f}249,50",
            "£12.50",
            "$ 1,249.00",
            "1'249.50",
            "12,50 EUR",
            "1 2 3",
            "€",
            "- 12,50",
            "12-50",
            "--12",
            "1 249,00 ₤",
            "\t12,50\n",
            "123456789012345678901234567890,00",
        ] {
            assert_eq!(parse_amount(text, eur), Money::parse(text, eur), "{text}");
        }
        let yen = Currency::parse("JPY").unwrap();
        assert_eq!(parse_amount("1500", yen), Money::parse("1500", yen));
        assert_eq!(parse_amount("15,5", yen), Money::parse("15,5", yen));
        let dinar = Currency::parse("KWD").unwrap();
        assert_eq!(parse_amount("1.249", dinar), Money::parse("1.249", dinar));
    }

    #[test]
    fn languages_by_code_or_name() {
        for (text, want) in [
            ("fr", Some(Language::Fr)),
            ("nl-BE", Some(Language::Nl)),
            (" Néerlandais ", Some(Language::Nl)),
            ("Vlaams", Some(Language::Nl)),
            ("English", Some(Language::En)),
            ("th", Some(Language::Th)),
            ("ภาษาไทย", Some(Language::Th)),
            ("Thaï", Some(Language::Th)),
            ("anglais", Some(Language::En)),
            ("Frans", Some(Language::Fr)),
            ("Dutch (BE) / Nederlands (BE)", Some(Language::Nl)),
            ("French / Français", Some(Language::Fr)),
            ("", None),
        ] {
            assert_eq!(language(text), Ok(want), "{text}");
        }
        assert_eq!(language("Deutsch"), Err(Refusal::new(ErrorCode::NotALanguage).with("value", "Deutsch")));
    }
}
