//! A card run and a follow-up sheet in each of the four languages, read back with poppler's
//! `pdftotext`: each holds its own language's words, in one register, and no word of another.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use fidele_domain::names::ParticleRule;
use fidele_domain::{Calendar, Formality, Language, Salutation};
use fidele_printing::*;

/// What `pdftotext` reads, with every space and line break taken out: lines wrap at different
/// places in different words, and Thai puts no spaces between words anyway.
fn text_of(pdf: &[u8], dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext is installed");
    assert!(out.status.success());
    squash(&String::from_utf8(out.stdout).unwrap())
}

fn squash(text: &str) -> String {
    // The fonts have no U+2212 MINUS SIGN: it prints as a hyphen.
    text.chars().filter(|c| !c.is_whitespace()).map(|c| if c == '\u{2212}' { '-' } else { c }).collect()
}

struct Shop {
    language: Language,
    country: &'static str,
    calendar: Calendar,
    name: &'static str,
    signature: &'static str,
    /// (salutation, first, last) of a customer written to by title and one by first name.
    formal: (Salutation, &'static str, &'static str),
    informal: (Salutation, &'static str, &'static str),
}

const SHOPS: [Shop; 4] = [
    Shop {
        language: Language::Fr,
        country: "FR",
        calendar: Calendar::Gregorian,
        name: "Fleurs & Délices",
        signature: "Élodie et toute l'équipe",
        formal: (Salutation::Mrs, "Hélène", "Lefèvre"),
        informal: (Salutation::Mr, "Loïc", "Roux"),
    },
    Shop {
        language: Language::Nl,
        country: "NL",
        calendar: Calendar::Gregorian,
        name: "Bloemen Bakker",
        signature: "Femke en het hele team",
        formal: (Salutation::Mrs, "Sanne", "de Wit"),
        informal: (Salutation::Mrs, "Sanne", "Jansen"),
    },
    Shop {
        language: Language::En,
        country: "GB",
        calendar: Calendar::Gregorian,
        name: "The Corner Florist",
        signature: "Amelia and the team",
        formal: (Salutation::Mr, "Oliver", "Smith"),
        informal: (Salutation::Ms, "Grace", "Taylor"),
    },
    Shop {
        language: Language::Th,
        country: "TH",
        calendar: Calendar::Buddhist,
        name: "ร้านดอกไม้บ้านสวน",
        signature: "ทีมงานร้านบ้านสวน",
        formal: (Salutation::Mr, "สมชาย", "ใจดี"),
        informal: (Salutation::Mrs, "มาลี", "ศรีสุข"),
    },
];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn card(shop: &Shop, design: &CardDesign, who: (Salutation, &str, &str), formality: Formality, personal: PersonalLine) -> Card {
    let (salutation, first, last) = who;
    let voice = Voice::of(Some(salutation), formality, first);
    Card {
        language: shop.language,
        voice,
        salutation: salutation_line(shop.language, Some(salutation), formality, first, last, ParticleRule::for_customer(shop.country, shop.country)),
        body: design.default_message(shop.language, voice),
        personal: Some(personal),
        signature: signature_line(shop.language, shop.language, shop.signature, shop.name),
        recipient: AddressBlock {
            name: format!("{first} {last}"),
            lines: vec!["12".into()],
            postal_code: "10110".into(),
            city: "X".into(),
            country: String::new(),
        },
    }
}

/// The December run of each shop: what it prints, and the words it must hold.
fn december(shop: &Shop) -> (CardBatch, Vec<String>) {
    let year = ShopYear::new(shop.country, shop.calendar, None);
    let design = CardDesign::for_occasion(Occasion::Month(12), year);
    let offer = PersonalLine::Offer { percent: 10, until: day(2027, 1, 31), first_purchase: false, code: "M2612-7KX".into() };
    let thanks = PersonalLine::Thanks { visit: day(2026, 11, 21) };
    let formal = card(shop, &design, shop.formal, Formality::Formal, offer.clone());
    let informal = card(shop, &design, shop.informal, Formality::FirstName, thanks.clone());
    // The greeting and the stamp box are drawn as outlines into the design: not text.
    let mut expected = vec![offer_code_line(shop.language, "M2612-7KX")];
    for c in [&formal, &informal] {
        expected.push(c.salutation.clone());
        expected.push(c.body.clone());
        expected.push(personal_text(c.language, c.voice, c.personal.as_ref().unwrap()));
        expected.push(c.signature.clone());
    }
    let batch = CardBatch {
        design,
        language: shop.language,
        shop: ShopIdentity { name: shop.name.into(), address_lines: vec!["1".into()], logo_png: None },
        cards: vec![formal, informal],
        created: None,
    };
    (batch, expected)
}

fn sheet(shop: &Shop) -> FollowUpSheet {
    let entry = |why: String| FollowUpEntry { name: format!("{} {}", shop.formal.1, shop.formal.2), phone: "+66 81 234 5678".into(), why };
    let reasons = [FollowUpReason::BirthdayComing, FollowUpReason::AfterPurchase, FollowUpReason::OpenComplaint, FollowUpReason::DriftingAway, FollowUpReason::NearReward, FollowUpReason::Reminder];
    FollowUpSheet {
        language: shop.language,
        shop_name: shop.name.into(),
        week_of: day(2026, 12, 28),
        calendar: shop.calendar,
        groups: reasons.iter().map(|&reason| FollowUpGroup { reason, entries: vec![entry(day_month(shop.language, day(2026, 12, 31)))] }).collect(),
        created: None,
    }
}

fn sheet_words(language: Language) -> Vec<String> {
    let w = fidele_words::words(language);
    ["print-sheet-title", "print-sheet-reason-birthday", "print-sheet-reason-purchase", "print-sheet-reason-complaint", "print-sheet-reason-drifting", "print-sheet-reason-reminder"]
        .iter()
        .map(|id| w.text(id))
        .collect()
}

#[test]
fn every_language_prints_its_own_cards() {
    let dir = tempfile::tempdir().unwrap();
    for shop in &SHOPS {
        let (batch, expected) = december(shop);
        let name = format!("cards-{}.pdf", shop.language.code());
        let text = text_of(&render_cards(&batch, Layout::Postcard).unwrap(), dir.path(), &name);
        // The greeting is in the document's title.
        let info = String::from_utf8(Command::new("pdfinfo").arg(dir.path().join(&name)).output().unwrap().stdout).unwrap();
        assert!(info.contains(&batch.design.greeting(shop.language)), "{info}");
        for other in SHOPS.iter().filter(|o| o.language != shop.language) {
            assert!(!info.contains(&batch.design.greeting(other.language)), "{info}");
        }
        for words in &expected {
            assert!(text.contains(&squash(words)), "{:?}: {words:?} missing from\n{text}", shop.language);
        }
        // No word of another language: its greeting, stamp box, offer label or messages.
        for other in SHOPS.iter().filter(|o| o.language != shop.language) {
            let theirs = december(other).1;
            for words in [&theirs[2], &theirs[3], &theirs[6], &theirs[7]] {
                assert!(!text.contains(&squash(words)), "{:?} card holds {:?} words: {words:?}", shop.language, other.language);
            }
            let label = offer_code_line(other.language, "");
            assert!(!text.contains(&squash(&label)), "{:?} card holds the {:?} offer label", shop.language, other.language);
        }
    }
}

#[test]
fn the_cards_speak_as_the_issue_asks() {
    let dir = tempfile::tempdir().unwrap();
    let read = |shop: &Shop| text_of(&render_cards(&december(shop).0, Layout::Postcard).unwrap(), dir.path(), "c.pdf");
    let fr = read(&SHOPS[0]);
    assert!(fr.contains(&squash("Chère Madame Lefèvre,")) && fr.contains(&squash("entourée de ceux que vous aimez")));
    assert!(fr.contains(&squash("Cher Loïc,")));
    let nl = read(&SHOPS[1]);
    assert!(nl.contains(&squash("Geachte mevrouw De Wit,")) && nl.contains(&squash("Wij wensen u fijne feestdagen")));
    assert!(nl.contains(&squash("Beste Sanne,")) && nl.contains(&squash("We wensen je fijne feestdagen")) && nl.contains(&squash("Bedankt voor je bezoek")));
    assert!(nl.contains(&squash("Femke en het hele team")), "signed in Dutch");
    let th = read(&SHOPS[3]);
    assert!(th.contains(&squash("เรียน คุณสมชาย")) && th.contains(&squash("ถึง คุณมาลี")));
    assert_eq!(december(&SHOPS[3]).0.design.theme, Theme::YearEnd, "a Thai shop's December is not Christmas");
    assert!(!th.contains("คริสต์มาส"));
}

#[test]
fn every_language_prints_its_own_follow_up_sheet() {
    let dir = tempfile::tempdir().unwrap();
    for shop in &SHOPS {
        let text = text_of(&render_follow_up_sheet(&sheet(shop)).unwrap(), dir.path(), &format!("sheet-{}.pdf", shop.language.code()));
        for words in sheet_words(shop.language) {
            assert!(text.contains(&squash(&words)), "{:?}: {words:?} missing from\n{text}", shop.language);
        }
        for other in SHOPS.iter().filter(|o| o.language != shop.language) {
            for words in sheet_words(other.language) {
                assert!(!text.contains(&squash(&words)), "{:?} sheet holds the {:?} {words:?}", shop.language, other.language);
            }
        }
    }
    let th = text_of(&render_follow_up_sheet(&sheet(&SHOPS[3])).unwrap(), dir.path(), "th.pdf");
    assert!(th.contains(&squash("สัปดาห์ระหว่างวันที่ 28 ธันวาคม 2569 ถึง 3 มกราคม 2570")), "the Buddhist Era: {th}");
    assert!(th.contains(&squash("หน้า 1 / 1")));
    let nl = text_of(&render_follow_up_sheet(&sheet(&SHOPS[1])).unwrap(), dir.path(), "nl.pdf");
    assert!(nl.contains(&squash("Week van 28 december 2026 tot 3 januari 2027")), "{nl}");
}

/// A long Thai message on a card is wrapped between words: every line of the card's text, as
/// `pdftotext -layout` reads it back, ends where ICU's segmenter offers a break.
#[test]
fn a_thai_card_breaks_its_lines_between_words() {
    let dir = tempfile::tempdir().unwrap();
    let shop = &SHOPS[3];
    let (mut batch, _) = december(shop);
    let body = "ขอบคุณที่เป็นลูกค้าคนสำคัญของเรามาโดยตลอด ทางร้านขออวยพรให้คุณและครอบครัวมีความสุขในเทศกาลส่งท้ายปีเก่าต้อนรับปีใหม่ สุขภาพแข็งแรงและโชคดีตลอดปี \
                หวังว่าจะได้พบคุณอีกครั้งที่ร้านของเราในเร็ววันนี้ ด้วยความเคารพอย่างสูงจากทีมงานทุกคนของร้านดอกไม้บ้านสวน";
    batch.cards.truncate(1);
    batch.cards[0].body = body.into();
    let path = dir.path().join("thai.pdf");
    std::fs::write(&path, render_cards(&batch, Layout::Postcard).unwrap()).unwrap();
    let out = Command::new("pdftotext").args(["-layout", "-f", "1", "-l", "1"]).arg(&path).arg("-").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<String> = text.lines().map(squash).filter(|l| !l.is_empty() && squash(body).contains(l.as_str())).collect();
    assert!(lines.len() >= 3, "the message wraps: {text}");
    assert_eq!(lines.concat(), squash(body), "every line of the message, in order");
    let breaks = thai_breaks(body);
    let mut at = 0;
    for line in &lines[..lines.len() - 1] {
        at += line.chars().count();
        assert!(breaks.contains(&at), "a line ends inside a word: {line:?}\n{text}");
    }
}

/// The segmenter's break opportunities in `text`, counted in characters of `text` without its
/// spaces.
fn thai_breaks(text: &str) -> Vec<usize> {
    let segmenter = icu_segmenter::LineSegmenter::new_dictionary(Default::default());
    segmenter
        .segment_str(text)
        .map(|byte| text[..byte].chars().filter(|c| !c.is_whitespace()).count())
        .collect()
}
