//! 30,000 personalised monthly cards in one PDF, in both layouts, against the targets: ≤ 2.0 s
//! wall time and ≤ 200 MiB peak memory (release build). Run with
//! `cargo bench -p fidele-printing --bench cards` (add a count to change the batch size,
//! `--layout postcard` or `--layout four-up` for one layout, `--in-memory` to render into a
//! `Vec` with `render_cards` instead of streaming into a file with `write_cards`,
//! `--out DIR` to keep the PDFs, `--samples DIR` to write a few sample PDFs there instead).
//!
//! The PDF is written to a file in a temp dir, as the app does. Peak memory is the process's
//! VmHWM (from /proc/self/status), reset before each layout, so it includes the batch itself.

use std::time::Instant;

use fidele_domain::names::ParticleRule;
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
    let voice = Voice::of(salutation, formality, first);
    Card {
        language: Language::Fr,
        voice,
        salutation: salutation_line(Language::Fr, salutation, formality, first, last, ParticleRule::AsWritten),
        body: default_message(Theme::Christmas, Language::Fr, voice),
        personal: Some(if i.is_multiple_of(2) {
            PersonalLine::Offer { percent: 10, until: chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(), first_purchase: false, code: format!("NOEL{:05}", i % 100_000) }
        } else {
            PersonalLine::Thanks { visit: chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap() }
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
    let layouts: Vec<(&str, Layout)> = match args.iter().position(|a| a == "--layout").and_then(|i| args.get(i + 1)) {
        Some(l) if l == "postcard" => vec![("postcard", Layout::Postcard)],
        Some(l) if l == "four-up" => vec![("four-up", Layout::FourUpA4)],
        Some(l) => panic!("unknown layout {l}: postcard or four-up"),
        None => vec![("postcard", Layout::Postcard), ("four-up", Layout::FourUpA4)],
    };
    let in_memory = args.iter().any(|a| a == "--in-memory");
    let temp = tempfile::tempdir().expect("temp dir");
    // `--out DIR` keeps the PDFs there, to check them with qpdf or pdftotext.
    let dir = match args.iter().position(|a| a == "--out").and_then(|i| args.get(i + 1)) {
        Some(d) => std::path::PathBuf::from(d),
        None => temp.path().to_path_buf(),
    };
    let b = batch(n);
    eprintln!("input built, rss {:.0} MiB", peak_rss_mib());
    for (name, layout) in layouts {
        reset_peak_rss();
        let path = dir.join(format!("{name}.pdf"));
        let start = Instant::now();
        if in_memory {
            let pdf = render_cards(&b, layout).expect("render");
            std::fs::write(&path, pdf).expect("write");
        } else {
            let file = std::fs::File::create(&path).expect("create");
            write_cards(&b, layout, file).expect("render");
        }
        let elapsed = start.elapsed().as_secs_f64();
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let pages = match layout {
            Layout::Postcard => n * 2,
            Layout::FourUpA4 => n.div_ceil(4) * 2,
        };
        let how = if in_memory { "render_cards, then written" } else { "write_cards into a file" };
        println!("{name} ({how}): cards: {n}, pages: {pages}, file: {:.1} MiB", size as f64 / 1_048_576.0);
        println!("  wall time: {elapsed:.2} s (target ≤ 2.0 s for 30,000)");
        println!("  peak RSS: {:.0} MiB (target ≤ 200 MiB)", peak_rss_mib());
    }
}

/// Resets VmHWM (Linux: writing 5 to clear_refs) so each layout reports its own peak.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
