//! Each tool's customer export, written from its published column list with the odd rows it
//! really writes: every person, name, address, consent, phone and birthday that comes out,
//! and every field left out, with its line, column and reason.

use fidele_interchange::{CustomerFile, FileFormat, ImportedCustomer, ReadOptions, read_customers};

use super::fixture;

fn read(name: &str, locale: &str) -> CustomerFile {
    let options = ReadOptions { locale: locale.into(), ..ReadOptions::default() };
    read_customers(&fixture(name), &options).unwrap()
}

/// One customer as a line: what a shopkeeper would check.
fn person(c: &ImportedCustomer) -> String {
    let d = &c.draft;
    let a = &d.address;
    let consents: Vec<String> = c.consents.iter().map(|(ch, yes)| format!("{}={yes}", ch.code())).collect();
    format!(
        "{} | {} | {} | {} | {} | {} | {:?} | {} | {} | {} | {} | {} | {} | {} | {}",
        c.line,
        d.salutation.map_or("", |s| s.code()),
        d.first_name,
        d.last_name,
        d.company,
        d.emails.join(" "),
        d.phones,
        a.line1,
        a.line2,
        a.postal_code,
        a.city,
        a.country,
        d.birthday.map(|b| b.to_string()).unwrap_or_default(),
        consents.join(" "),
        c.external_ref.as_deref().unwrap_or(""),
    )
}

fn people(f: &CustomerFile) -> Vec<String> {
    f.imported().map(person).collect()
}

fn warnings(f: &CustomerFile) -> Vec<(u64, &str, &str, &'static str, &str)> {
    f.warnings().map(|w| (w.line, w.field.as_str(), w.column.as_str(), w.code.code(), w.value.as_str())).collect()
}

fn check(name: &str, locale: &str, format: FileFormat, want: &[&str]) -> CustomerFile {
    let f = read(name, locale);
    assert_eq!(f.format, format, "{name}");
    assert_eq!(people(&f), want, "{name}");
    f
}

#[test]
fn google_contacts() {
    let f = check("google_contacts.csv", "fr-FR", FileFormat::GoogleContacts, &[
        // "Name" beside "Given Name" and "Family Name" is not doubled; the second e-mail column
        // is kept after the first; the parts win over the formatted address. Anneke's Dutch
        // mobile has the same digits as this French one: two numbers, two people.
        "2 |  | Marguerite | Duras |  | marguerite@exemple.fr m.duras@editions.fr | [\"06 12 34 56 78\"] | 12 rue de l'Église |  | 75006 | Paris | FR | 1914-04-04 |  | ",
        // "Additional Name" holds the tussenvoegsel; " ::: " joins two e-mails in one cell; the
        // formatted address is the only one; " --03-14" is a birthday without a year; the
        // phone is read in the address's country.
        "6 |  | Anneke | van den Berg |  | anneke@example.nl anneke.berg@werk.nl | [\"06 12345678\"] | Keizersgracht 100 |  | 1015 CJ | Amsterdam | NL | --03-14 |  | ",
        // A US phone in a French shop, read with the address's state; the impossible birthday
        // is left out with a warning. "Additional Name" that is not a particle is a second
        // given name, kept (and not doubled by "Name").
        "9 |  | Sam Lee | Taylor | Taylor Books |  | [\"(502) 555-0142\"] | 92 Chestnut Street |  | 40202 | Louisville KY | US |  |  | ",
    ]);
    assert_eq!(warnings(&f), [(9, "birthday", "Birthday", "not_a_day", "1985-02-30")]);
    assert_eq!(f.imported().next().unwrap().draft.notes, "Préfère les éditions de poche.\nRappeler en septembre.");
}

#[test]
fn outlook_in_english_french_and_dutch() {
    let f = check("outlook_en.csv", "en-GB", FileFormat::Outlook, &[
        // Home is complete: it wins over the half-filled business address.
        "2 | ms | Zoë | Lefèvre |  | zoe.lefevre@example.co.uk zoe@lefevre.me | [\"+44 7700 900123\"] | 221B Baker Street |  | NW1 6XE | London | GB | 1990-07-14 |  | ",
        // "0/0/00" is Outlook's empty birthday: no warning.
        "3 |  | Paul | Martin | Librairie Martin | paul@exemple.fr | [\"04 78 12 34 56\"] | 3 place Bellecour |  | 69002 | Lyon | FR |  |  | ",
    ]);
    assert!(warnings(&f).is_empty(), "{:?}", warnings(&f));
    assert_eq!(f.imported().next().unwrap().draft.tags, ["Poetry", "VIP"]);
    let f = check("outlook_fr_cp1252.csv", "fr-FR", FileFormat::Outlook, &[
        // "Deuxième prénom" joins the first name.
        "2 | mrs | Hélène Marie | Dubœuf |  | helene@exemple.fr | [\"04 78 00 00 01\", \"06 12 34 56 78\"] | 12, rue de la Façade | Bâtiment B | 69001 | Lyon | FR | 1985-07-14 |  | ",
        "3 |  | Jan | Peeters |  | jan@exemple.be jan.peeters@werk.be | [\"0470 12 34 56\"] | Rue Haute 12 |  | 1000 | Bruxelles | BE |  |  | ",
    ]);
    assert!(warnings(&f).is_empty(), "{:?}", warnings(&f));
    let f = check("outlook_nl_cp1252.csv", "nl-NL", FileFormat::Outlook, &[
        // "Middelste naam" holds the tussenvoegsel, or a second given name, kept in the first.
        "2 |  | Anneke | van den Berg |  | anneke@example.nl | [\"06 12345678\"] | Keizersgracht 100 |  | 1015 CJ | Amsterdam | NL | 1979-03-14 |  | ",
        "3 |  | Pieter Jan | de Vries |  | pieter@example.nl | [\"020 123 4567\"] | Damrak 1 |  | 1012 LG | Amsterdam | NL |  |  | ",
    ]);
    assert!(warnings(&f).is_empty(), "{:?}", warnings(&f));
}

#[test]
fn square_customers_lose_nobody() {
    let f = check("square_customers.csv", "fr-FR", FileFormat::Square, &[
        // A US phone in a French shop, read with the state's country; "07-14" without a year.
        "2 |  | Sam | Taylor |  | sam@example.com | [\"(502) 555-0142\"] | 92 Chestnut Street |  | 40202 | Louisville KY | US | --07-14 | email=true | C-0042",
        // "Unknown" is no consent, and no warning.
        "3 |  | Claire | Fontaine |  | claire.fontaine@exemple.fr | [\"+33 6 11 22 33 44\"] |  |  | 69003 | Lyon |  |  |  | 9XK2M4N8P1Q3R",
        // An impossible birthday and an e-mail without its domain cost those fields only.
        "4 |  | Léa | Moreau |  |  | [] |  |  |  |  |  |  | email=false | 5B7C9D1E3F2G4",
        // A phone-only Instant Profile without a name comes in.
        "6 |  |  |  |  |  | [\"+33 6 98 76 54 32\"] |  |  |  |  |  |  |  | 3H5J7K9L1M2N4",
    ]);
    assert_eq!(
        warnings(&f),
        [(4, "birthday", "Birthday", "not_a_day", "1990-02-30"), (4, "email", "Email Address", "not_an_email", "lea@")]
    );
    assert_eq!(f.rejected().count(), 0);
    let lea = f.imported().nth(2).unwrap();
    assert_eq!(lea.draft.notes, "Carte cadeau offerte,\n\"merci\" pour le salon");
}

#[test]
fn shopify_customers() {
    let f = check("shopify_customers.csv", "fr-BE", FileFormat::Shopify, &[
        // Excel's apostrophes are dropped; the address's phone and the customer's both kept.
        "2 |  | Jan | Peeters |  | jan.peeters@example.be | [\"+32 3 123 45 67\", \"+32470123456\"] | Meir 12 bus 3 |  | 2000 | Antwerpen | BE |  | email=true sms=false | 7281543200001",
        "3 |  | Sophie | Lambert | Atelier Lambert | sophie@exemple.fr | [\"+33611223344\"] | 5 rue du Port |  | 44000 | Nantes | FR |  | email=false sms=true | 7281543200002",
    ]);
    assert!(warnings(&f).is_empty(), "{:?}", warnings(&f));
    assert_eq!(f.imported().next().unwrap().draft.tags, ["newsletter", "vip"]);
}

#[test]
fn lightspeed_loyverse_woocommerce_and_odoo_customers() {
    let f = check("lightspeed_customers.csv", "fr-BE", FileFormat::LightspeedRetail, &[
        "2 | mr | Marc | Dubois |  | marc@exemple.be marc.dubois@travail.be | [\"04 222 33 44\", \"0477 11 22 33\"] | Rue Neuve 45 |  | 4000 | Liège | BE | 1970-05-02 |  | 17",
        // A Canadian province gives the phone its country.
        "3 |  | Emma | Wilson |  | emma@example.ca | [\"416-555-0199\"] | 10 Queen Street |  | M5H 2N2 | Toronto ON | CA |  |  | 18",
    ]);
    assert_eq!(warnings(&f), [(3, "birthday", "Date of Birth", "in_the_future", "2031-01-01")]);
    let f = check("loyverse_customers.csv", "fr-FR", FileFormat::Loyverse, &[
        "2 |  | Isabelle | Girard |  | isabelle@exemple.fr | [\"0601020304\"] | 8 avenue Foch |  | 59000 | Lille | FR |  |  | L-0001",
        "3 |  |  | Tom |  |  | [\"+31 6 12345678\"] |  |  |  |  |  |  |  | L-0002",
    ]);
    assert!(warnings(&f).is_empty(), "{:?}", warnings(&f));
    check("woocommerce_customers.csv", "fr-FR", FileFormat::WooCommerce, &[
        "2 |  | Nathalie | Roux |  | nathalie@exemple.fr | [] |  |  | 33000 | Bordeaux | FR |  |  | ",
        "3 |  | Lotte | de Jong |  | lotte@example.nl | [] |  |  | 3511 AB | Utrecht | NL |  |  | ",
    ]);
    let f = check("odoo_contacts.csv", "fr-FR", FileFormat::Odoo, &[
        // "Is a Company": the name is the company's; "Display Name" is not a person's name.
        "2 |  |  |  | Vélos Martin SARL | contact@velos-martin.fr | [\"04 72 00 00 00\"] | 1 quai Rambaud |  | 69002 | Lyon | FR |  |  | ",
        "3 | mrs | Lucie | Martin |  | lucie@example.be | [\"0486 12 34 56\"] | Kerkstraat 5 | 2de verdieping | 9000 | Gent | BE |  |  | ",
    ]);
    let languages: Vec<_> = f.imported().map(|c| c.draft.language.map(|l| l.code())).collect();
    assert_eq!(languages, [Some("fr"), Some("nl")]);
}

#[test]
fn excel_sheets_in_dutch_french_and_english() {
    let f = check("dutch_sheet_cp1252.csv", "nl-NL", FileFormat::Csv, &[
        // Tussenvoegsel and house number come back to the name and the street.
        "2 |  | Anneke | van den Berg |  | anneke@example.nl | [\"020 123 4567\", \"06 12345678\"] | Keizersgracht 100 |  | 1015 CJ | Amsterdam |  | 1979-03-14 | email=true | ",
        "3 |  | Joëlle | Jansen |  | joelle@example.nl | [] | Oudegracht 12 bis |  | 3511 AB | Utrecht |  |  | email=false | ",
    ]);
    assert_eq!((f.encoding, f.delimiter), (fidele_interchange::TextEncoding::Windows1252, Some(b';')));
    let f = check("belgian_sheet_cp1252.csv", "fr-BE", FileFormat::Csv, &[
        "2 |  | Chloé | Lambert |  | chloe@exemple.be | [\"0470 12 34 56\"] | Rue Haute 12 bte 3 |  | 1000 | Bruxelles | BE |  | email=true | ",
    ]);
    assert_eq!(f.encoding, fidele_interchange::TextEncoding::Windows1252);
    let f = check("english_sheet_utf8_bom.csv", "en-GB", FileFormat::Csv, &[
        "2 |  | Oliver | Smith |  | oliver@example.co.uk | [\"01865 123456\"] | 14 High Street |  | OX1 4AP | Oxford | GB | 1980-03-02 | email=true | ",
        "3 |  | Amy | Brown |  | amy@example.co.uk | [] |  |  |  |  |  |  | email=false | ",
    ]);
    assert_eq!((f.encoding, f.delimiter), (fidele_interchange::TextEncoding::Utf8Bom, Some(b',')));
    let f = check("french_sheet_odd_cp1252.csv", "fr-FR", FileFormat::Csv, &[
        // An impossible birthday and an e-mail without a domain: the name, address and phone
        // still come in.
        "2 | mrs | Anne | Petit |  |  | [\"05 56 00 00 00\"] | 4 rue Verte |  | 33000 | Bordeaux |  |  | email=true | ",
    ]);
    assert_eq!(
        warnings(&f),
        [(2, "birthday", "Date de naissance", "not_a_day", "31/02/1985"), (2, "email", "E-mail", "not_an_email", "anne.petit@")]
    );
    let refused: Vec<_> = f.rejected().map(|r| (r.line, r.problems.last().unwrap().code.code())).collect();
    assert_eq!(refused, [(3, "no_identity")], "a row with only a city identifies nobody");
}

#[test]
fn format_forces_a_source_name() {
    let options = ReadOptions { format: Some(FileFormat::Outlook), ..ReadOptions::default() };
    let f = read_customers(&fixture("google_contacts.csv"), &options).unwrap();
    assert_eq!(f.format, FileFormat::Outlook);
    assert_eq!(f.imported().count(), 3, "the columns are read the same");
}
