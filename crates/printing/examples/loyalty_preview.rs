//! Writes a sheet of loyalty cards, a calibration page and a greeting card to look at:
//! `cargo run -p fidele-printing --example loyalty_preview -- DIR`.
use fidele_domain::Language;
use fidele_printing::*;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let names = ["Hélène Dubœuf", "Pieter van den Berg", "สมชาย ใจดี", "Zoë O'Brien", "Marie-Bernadette de La Tour d'Auvergne-Lauraguais"];
    let numbers = ["1000001", "1000002", "20000003", "0400", "1000005", "123456789012", "1000007", "1000008", "1000009", "1000010"];
    for sheet in CardSheet::ALL {
        let batch = LoyaltyCardBatch {
            shop: ShopIdentity { name: "Fleurs & Délices".into(), address_lines: vec![], logo_png: None },
            language: Language::Fr,
            sheet,
            offset: PrinterOffset::default(),
            cards: numbers
                .iter()
                .enumerate()
                .map(|(i, n)| LoyaltyCard {
                    language: Language::ALL[i % 4],
                    name: names[i % names.len()].into(),
                    member_number: (*n).into(),
                    stage: (i % 3 == 0).then(|| StageMark { name: "Fidèle".into(), colour: 0x2e7d32 }),
                })
                .collect(),
            created: None,
        };
        std::fs::write(dir.join(format!("loyalty-{}.pdf", sheet.code())), render_loyalty_cards(&batch).unwrap()).unwrap();
    }
    for language in Language::ALL {
        let pdf = render_calibration_page(Paper::A4, language, PrinterOffset { x_mm: 0.5, y_mm: -2.0 }, None).unwrap();
        std::fs::write(dir.join(format!("calibration-{}.pdf", language.code())), pdf).unwrap();
    }
    let until = chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
    for month in [1, 12] {
        let card = Card {
            language: Language::Fr,
            voice: Voice::default(),
            salutation: "Chère Madame".into(),
            body: "Toute l'équipe vous remercie de votre fidélité cette année et vous souhaite de belles fêtes.".into(),
            personal: Some(PersonalLine::Offer { percent: 10, until, first_purchase: false, code: "M2701-2K7Q".into() }),
            signature: "Élodie, Fleurs & Délices".into(),
            recipient: AddressBlock { name: "Hélène Dubœuf".into(), lines: vec!["3 rue des Lilas".into()], postal_code: "69003".into(), city: "Lyon".into(), country: String::new() },
        };
        let batch = CardBatch {
            design: CardDesign::month(month),
            language: Language::Fr,
            shop: ShopIdentity { name: "Fleurs & Délices".into(), address_lines: vec![], logo_png: None },
            cards: vec![card],
            created: None,
        };
        std::fs::write(dir.join(format!("greeting-{month}.pdf")), render_cards(&batch, Layout::Postcard).unwrap()).unwrap();
    }
}
