//! End-to-end: PDFs are written to a temp dir and checked with qpdf and poppler's tools.

use std::path::{Path, PathBuf};
use std::process::Command;

use fidele_domain::names::ParticleRule;
use fidele_domain::{Calendar, Formality, Language, Salutation};
use fidele_printing::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn qpdf_ok(path: &Path) {
    let out = Command::new("qpdf").arg("--check").arg(path).output().expect("qpdf is installed");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("No syntax or stream encoding errors"), "{}: {text}", path.display());
}

fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo is installed");
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines().find_map(|l| l.strip_prefix("Pages:")).map(|n| n.trim().parse().unwrap()).expect("page count")
}

fn date() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 30, 0).unwrap()
}

fn card(first: &str, last: &str, salutation: Option<Salutation>) -> Card {
    let voice = Voice::of(salutation, Formality::Formal, first);
    Card {
        language: Language::Fr,
        voice,
        salutation: salutation_line(Language::Fr, salutation, Formality::Formal, first, last, ParticleRule::AsWritten),
        body: default_message(Theme::Christmas, Language::Fr, voice),
        personal: Some(PersonalLine::Offer { percent: 10, until: date().date(), first_purchase: false, code: "NOEL26".into() }),
        signature: "Élodie, Fleurs & Délices".into(),
        recipient: AddressBlock {
            name: format!("{first} {last}"),
            lines: vec!["3 rue de l'Église".into()],
            postal_code: "25000".into(),
            city: "Besançon".into(),
            country: String::new(),
        },
    }
}

fn batch(cards: Vec<Card>) -> CardBatch {
    CardBatch {
        design: CardDesign::month(12),
        language: Language::Fr,
        shop: ShopIdentity { name: "Fleurs & Délices".into(), address_lines: vec!["12 place du Marché".into(), "25000 Besançon".into()], logo_png: None },
        cards,
        created: Some(date()),
    }
}

fn tiny_png() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 4, 2);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&[200u8; 4 * 2 * 4]).unwrap();
    }
    out
}

#[test]
fn postcards_carry_accented_and_thai_names_two_pages_per_card() {
    let dir = tempfile::tempdir().unwrap();
    let cards = vec![
        card("Hélène", "Lefèvre", Some(Salutation::Mrs)),
        card("François", "Dubœuf", Some(Salutation::Mr)),
        card("Thảo", "Nguyễn", None),
        card("สมชาย", "ใจดี", None),
    ];
    let pdf = write(dir.path(), "cards.pdf", &render_cards(&batch(cards), Layout::Postcard).unwrap());
    qpdf_ok(&pdf);
    assert_eq!(pages(&pdf), 8);
    let text = text_of(&pdf);
    for expected in ["Chère Madame Lefèvre,", "Cher Monsieur Dubœuf,", "Thảo Nguyễn", "สมชาย", "ใจดี", "Besançon", "NOEL26", "-10 %", "entourée de ceux", "entouré de ceux"] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    let info = String::from_utf8(Command::new("pdfinfo").arg(&pdf).output().unwrap().stdout).unwrap();
    assert!(info.contains("Joyeux Noël"), "title: {info}");
    assert!(info.contains("2026"), "creation date: {info}");
}

#[test]
fn each_card_is_in_its_recipients_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut pieter = card("Pieter", "de Vries", Some(Salutation::Mr));
    pieter.language = Language::Nl;
    pieter.salutation = salutation_line(Language::Nl, Some(Salutation::Mr), Formality::Formal, "Pieter", "de Vries", ParticleRule::Dutch);
    pieter.voice = Voice::of(Some(Salutation::Mr), Formality::Formal, "Pieter");
    pieter.body = default_message(Theme::Christmas, Language::Nl, pieter.voice);
    let cards = vec![card("Hélène", "Lefèvre", Some(Salutation::Mrs)), pieter];
    let pdf = write(dir.path(), "cards.pdf", &render_cards(&batch(cards), Layout::FourUpA4).unwrap());
    qpdf_ok(&pdf);
    let text = text_of(&pdf);
    for expected in ["Chère Madame Lefèvre,", "Code avantage : NOEL26", "Geachte heer De Vries,", "Kortingscode: NOEL26"] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    // The address side is the shop's: its stamp box says "Timbre" on both cards.
    assert!(!text.contains("Postzegel"));
}

#[test]
fn four_up_gives_a_front_and_a_back_sheet_per_four_cards() {
    let dir = tempfile::tempdir().unwrap();
    for (n, sheets) in [(1, 1), (4, 1), (5, 2), (9, 3)] {
        let cards = (0..n).map(|i| card("Zoë", &format!("Lefèvre{i}"), Some(Salutation::Ms))).collect();
        let pdf = write(dir.path(), &format!("four-{n}.pdf"), &render_cards(&batch(cards), Layout::FourUpA4).unwrap());
        qpdf_ok(&pdf);
        assert_eq!(pages(&pdf), sheets * 2, "{n} cards");
        assert_eq!(text_of(&pdf).matches("Zoë Lefèvre").count(), n, "every address printed once");
    }
}

#[test]
fn every_design_renders_with_a_logo_and_odd_names() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Marie-Bernadette-Hortense-Eugénie de La Tour d'Auvergne-Lauraguais-Montmorency";
    let designs: Vec<CardDesign> = (1..=12)
        .map(CardDesign::month)
        .chain([CardDesign::birthday(), CardDesign::purchase_anniversary().with_greeting(Language::Fr, "Merci pour cette année !")])
        // The Thai year's own designs: Songkran, Loy Krathong, the end of the year.
        .chain([4, 11, 12].map(|m| CardDesign::for_occasion(Occasion::Month(m), ShopYear::new("TH", Calendar::Gregorian, None))))
        .collect();
    for (i, design) in designs.into_iter().enumerate() {
        let mut b = batch(vec![card("", "", None), card(long, long, Some(Salutation::Mrs)), card("Zoé 🎉", "O'Brien", None)]);
        b.design = design;
        b.language = Language::ALL[i % 4];
        b.shop.logo_png = Some(tiny_png());
        b.cards[1].body = "Très long message. ".repeat(80);
        let pdf = write(dir.path(), &format!("design-{i}.pdf"), &render_cards(&b, Layout::Postcard).unwrap());
        qpdf_ok(&pdf);
        let text = text_of(&pdf);
        assert!(text.contains("Chère cliente, cher client"), "the cards are French whatever the shop's language");
        assert!(text.contains("Zoé"));
    }
}

#[test]
fn a_broken_logo_is_an_error_not_a_panic() {
    let mut b = batch(vec![card("Anne", "Roux", None)]);
    b.shop.logo_png = Some(b"not a png".to_vec());
    assert!(matches!(render_cards(&b, Layout::Postcard), Err(Error::Logo(_))));
}

#[test]
fn labels_fill_21_or_30_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let addresses: Vec<AddressBlock> = (0..45)
        .map(|i| AddressBlock {
            name: if i == 7 { "Maximilienne-Françoise de Saint-Exupéry-Lagrange-Dubœuf".into() } else { format!("Amélie Lefèvre {i}") },
            lines: vec![format!("{i} chaussée de Louvain"), "Boîte 3".into()],
            postal_code: "1030".into(),
            city: "Schaerbeek".into(),
            country: "Belgique".into(),
        })
        .collect();
    for (sheet, expected_pages) in [(LabelSheet::AveryL7160, 3), (LabelSheet::Avery5160, 2)] {
        let pdf = write(dir.path(), &format!("{sheet:?}.pdf"), &render_labels(&addresses, sheet, PrinterOffset::default(), Language::Fr, Some(date())).unwrap());
        qpdf_ok(&pdf);
        assert_eq!(pages(&pdf), expected_pages, "{sheet:?}");
        let text = text_of(&pdf);
        assert!(text.contains("Amélie Lefèvre 44") && text.contains("BELGIQUE"), "{sheet:?}");
    }
    let pdf = write(dir.path(), "none.pdf", &render_labels(&[], LabelSheet::AveryL7160, PrinterOffset::default(), Language::Th, None).unwrap());
    qpdf_ok(&pdf);
}

#[test]
fn follow_up_sheet_paginates_with_repeated_group_headers() {
    let dir = tempfile::tempdir().unwrap();
    let entries = |n: usize, why: &str| {
        (0..n)
            .map(|i| FollowUpEntry { name: format!("Jérôme Château {i}"), phone: "06 12 34 56 78".into(), why: format!("{why} ({i})") })
            .collect()
    };
    let sheet = FollowUpSheet {
        language: Language::Fr,
        shop_name: "Fleurs & Délices".into(),
        week_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        calendar: Calendar::Gregorian,
        groups: vec![
            FollowUpGroup { reason: FollowUpReason::BirthdayComing, entries: entries(5, "anniversaire jeudi") },
            FollowUpGroup { reason: FollowUpReason::OpenComplaint, entries: entries(60, "réclamation ouverte depuis 12 jours, le client attend un appel") },
            FollowUpGroup { reason: FollowUpReason::Reminder, entries: vec![] },
        ],
        created: Some(date()),
    };
    let pdf = write(dir.path(), "follow-up.pdf", &render_follow_up_sheet(&sheet).unwrap());
    qpdf_ok(&pdf);
    let n = pages(&pdf);
    assert!(n >= 2, "{n} pages");
    let text = text_of(&pdf);
    assert!(text.contains("Anniversaires à venir · 5"));
    assert!(text.contains("Semaine du 30 novembre au 6 décembre"), "the week named by its dates");
    assert!(text.contains("Réclamations en attente (suite)"));
    assert!(text.contains("Jérôme Château 59"));
    assert!(text.contains(&format!("page {n} / {n}")));
    assert!(!text.contains("Rappels"), "empty groups are left out");
}

#[test]
fn write_cards_streams_the_pdf_render_cards_returns() {
    // 300 cards: 600 postcard pages, enough for the compressing thread and a page tree
    // with several nodes.
    let dir = tempfile::tempdir().unwrap();
    let b = batch((0..300).map(|i| card("Zoë", &format!("Lefèvre{i}"), Some(Salutation::Ms))).collect());
    for (layout, expected_pages) in [(Layout::Postcard, 600), (Layout::FourUpA4, 150)] {
        let in_memory = render_cards(&b, layout).unwrap();
        let path = dir.path().join(format!("{layout:?}.pdf"));
        write_cards(&b, layout, std::fs::File::create(&path).unwrap()).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), in_memory, "{layout:?}: same bytes either way");
        qpdf_ok(&path);
        assert_eq!(pages(&path), expected_pages);
        let text = text_of(&path);
        let names: std::collections::BTreeSet<&str> = text.lines().map(|l| l.trim_start_matches('\u{c}')).filter(|l| l.starts_with("Zoë Lefèvre")).collect();
        assert_eq!(names.len(), 300, "{layout:?}: every address printed");
    }
}

#[test]
fn a_failing_writer_is_an_error_not_a_panic() {
    struct Full(usize);
    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if buf.len() > self.0 {
                return Err(std::io::Error::other("disk full"));
            }
            self.0 -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let b = batch((0..300).map(|i| card("Anne", &format!("Roux{i}"), None)).collect());
    for room in [0, 1000, 300_000] {
        assert!(matches!(write_cards(&b, Layout::Postcard, Full(room)), Err(Error::Io(_))), "{room} bytes of room");
    }
}
