//! 30,000 personalised monthly cards in one PDF, against the targets: ≤ 2.0 s wall time and
//! ≤ 200 MiB peak memory (release build). Run with
//! `cargo bench -p fidele-printing --bench cards` (add a count to change the batch size,
//! `--samples DIR` to also write a few sample PDFs there).

use std::time::Instant;

use fidele_domain::{Formality, Language, Salutation};
use fidele_printing::*;

const FIRST: [&str; 16] = [
    "Hélène", "François", "Zoë", "Loïc", "Amélie", "Jérôme", "Maëlle", "Noël", "Chloé", "Benoît", "Anaïs", "Gaëtan",
    "Ángel", "Søren", "Thảo", "Somchai",
];
const LAST: [&str; 16] = [
    "Lefèvre", "Dubœuf", "Müller", "Château", "Gaëlle-Brûlé", "Nguyễn", "De Vries", "Ó Briain", "Łukasiewicz",
    "Peña", "Çelik", "Van den Broeck", "Dvořák", "สมชาย", "Fontaine-Lévêque", "Crémieux",
];
const CITIES: [&str; 8] = ["Besançon", "Liège", "Saint-Étienne", "Gent", "Orléans", "Nîmes", "Évreux", "Düsseldorf"];

fn card(i: usize) -> Card {
    let first = FIRST[i % FIRST.len()];
    let last = LAST[(i / FIRST.len()) % LAST.len()];
    let salutation = [Some(Salutation::Mrs), Some(Salutation::Mr), None][i % 3];
    let formality = if i.is_multiple_of(4) { Formality::FirstName } else { Formality::Formal };
    Card {
        salutation: salutation_line(Language::Fr, salutation, formality, first, last),
        body: default_message(Occasion::Month(12), Language::Fr).to_owned(),
        personal: Some(if i.is_multiple_of(2) {
            PersonalLine::Offer { text: "−10 % sur votre prochain achat avant le 31 janvier.".into(), code: format!("NOEL{:05}", i % 100_000) }
        } else {
            PersonalLine::Thanks("Merci pour votre fidélité depuis tant d'années.".into())
        }),
        signature: "Élodie et toute l'équipe".into(),
        recipient: AddressBlock {
            name: format!("{first} {last}"),
            lines: vec![format!("{} rue de l'Église", 1 + i % 180)],
            postal_code: format!("{:05}", 10_000 + (i * 37) % 89_000),
            city: CITIES[i % CITIES.len()].into(),
            country: String::new(),
        },
    }
}

fn batch(n: usize) -> CardBatch {
    CardBatch {
        design: CardDesign::month(12),
        language: Language::Fr,
        shop: ShopIdentity {
            name: "Fleurs & Délices".into(),
            address_lines: vec!["12 place du Marché".into(), "25000 Besançon".into()],
            logo_png: None,
        },
        cards: (0..n).map(card).collect(),
        created: None,
    }
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<f64>().unwrap_or(0.0)))
        .unwrap_or(0.0)
        / 1024.0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(pos) = args.iter().position(|a| a == "--samples") {
        let dir = std::path::PathBuf::from(args.get(pos + 1).expect("--samples DIR"));
        std::fs::create_dir_all(&dir).expect("sample dir");
        for month in 1..=12 {
            let mut b = batch(4);
            b.design = CardDesign::month(month);
            b.language = [Language::Fr, Language::En, Language::Nl][month as usize % 3];
            std::fs::write(dir.join(format!("month-{month:02}.pdf")), render_cards(&b, Layout::Postcard).unwrap()).unwrap();
        }
        for (name, design) in [("birthday", CardDesign::birthday()), ("anniversary", CardDesign::purchase_anniversary())] {
            let mut b = batch(4);
            b.design = design;
            std::fs::write(dir.join(format!("{name}.pdf")), render_cards(&b, Layout::Postcard).unwrap()).unwrap();
        }
        std::fs::write(dir.join("four-up.pdf"), render_cards(&batch(6), Layout::FourUpA4).unwrap()).unwrap();
        return;
    }
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(30_000);
    let b = batch(n);
    let start = Instant::now();
    eprintln!("input built, rss {:.0} MiB", peak_rss_mib());
    let pdf = render_cards(&b, Layout::Postcard).expect("render");
    let elapsed = start.elapsed().as_secs_f64();
    let pages = n * 2;
    println!("cards: {n}, pages: {pages}, file: {:.1} MiB", pdf.len() as f64 / 1_048_576.0);
    println!("wall time: {elapsed:.2} s (target ≤ 2.0 s for 30,000)");
    println!("peak RSS: {:.0} MiB (target ≤ 200 MiB)", peak_rss_mib());
}
