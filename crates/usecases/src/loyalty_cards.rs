//! Printed loyalty cards and the printer's calibration page, one path for both front ends:
//! which customers, on which sheet, with the shop's name and logo, each customer's member
//! number and stage colour, moved by the printer offset set in Settings.

use std::collections::HashMap;

use chrono::NaiveDate;
use fidele_analytics::{Ladder, Ledger, Stage};
use fidele_domain::{CustomerId, Language};
use fidele_printing::{CardSheet, LoyaltyCard, LoyaltyCardBatch, Paper, ShopIdentity, StageMark, render_calibration_page, render_loyalty_cards};
use fidele_store::Store;

use crate::DrawError;
use crate::settings::Settings;

/// Whose cards to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// These customers, in this order (one card each, a customer named twice printed twice:
    /// a second copy).
    Customers(Vec<CustomerId>),
    /// Everyone added on or after the day, still in the file, in name order.
    NewSince(NaiveDate),
}

/// A print of loyalty cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoyaltyCardRequest {
    pub selection: Selection,
    pub sheet: CardSheet,
    /// Each card shows its customer's stage on the loyalty ladder, in the stage's colour.
    pub stage_colour: bool,
}

/// The cards drawn, and for whom.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedCards {
    pub pdf: Vec<u8>,
    pub customers: Vec<CustomerId>,
    /// Pages (sheets, or cards on a card printer).
    pub pages: usize,
}

/// Each stage's colour on the card: cool to warm as the customer climbs the ladder.
pub fn stage_colour(stage: Stage) -> u32 {
    match stage {
        Stage::Prospect => 0x8a8f98,
        Stage::Customer => 0x3f7fbf,
        Stage::Client => 0x2e7d32,
        Stage::Supporter => 0xb07d12,
        Stage::Advocate => 0xc0392b,
        Stage::Partner => 0x6a2c91,
    }
}

/// The selected customers' cards, each with their current member number, their name and their
/// language, on the sheet asked for, moved by the printer offset. A customer named who is not
/// in the file (or was erased: they have no number any more) is refused as not found, before
/// anything is drawn. An empty selection gives no card: the front ends then write no file.
pub fn batch(store: &Store, request: &LoyaltyCardRequest, today: NaiveDate) -> fidele_store::Result<(LoyaltyCardBatch, Vec<CustomerId>)> {
    let ids = match &request.selection {
        Selection::Customers(ids) => ids.clone(),
        Selection::NewSince(day) => store.customers_added_since(*day)?,
    };
    let shop = store.shop_profile()?;
    let stages = if request.stage_colour && !ids.is_empty() { stages(store, today) } else { HashMap::new() };
    let mut cards = Vec::with_capacity(ids.len());
    for &id in &ids {
        let customer = store.customer(id)?;
        let number = store.member_number_of(id)?.ok_or(fidele_store::Error::NotFound { what: "customer", id: id.0 })?;
        let language = customer.draft.language.unwrap_or(shop.language);
        let stage = stages.get(&id).map(|&stage| StageMark {
            name: fidele_words::words(language).text(&format!("stage-{}", stage.code())),
            colour: stage_colour(stage),
        });
        cards.push(LoyaltyCard { language, name: customer.display_name(), member_number: number.to_string(), stage });
    }
    let batch = LoyaltyCardBatch {
        shop: ShopIdentity::from_profile(&shop),
        language: shop.language,
        sheet: request.sheet,
        offset: Settings::of(store).printer_offset()?,
        cards,
        created: None,
    };
    Ok((batch, ids))
}

/// The cards of [`batch`], drawn.
pub fn render(store: &Store, request: &LoyaltyCardRequest, today: NaiveDate) -> Result<PrintedCards, DrawError> {
    let (batch, customers) = batch(store, request, today)?;
    let pages = batch.cards.len().div_ceil(request.sheet.per_page());
    Ok(PrintedCards { pdf: render_loyalty_cards(&batch)?, customers, pages })
}

/// Each customer's stage on the ladder today; none when the ladder cannot be computed (the
/// cards then go without).
fn stages(store: &Store, today: NaiveDate) -> HashMap<CustomerId, Stage> {
    let Ok(input) = store.analysis_settings().and_then(|settings| store.analysis_input(today, settings)) else {
        return HashMap::new();
    };
    let ledger = Ledger::build(&input);
    Ladder::new(&input, &ledger).stages_at(today).into_iter().flatten().map(|s| (s.customer, s.stage)).collect()
}

/// The paper a shop in `country` buys: US Letter in the United States and Canada, A4 elsewhere
/// (as for its label sheets).
pub fn paper_for(country: &str) -> Paper {
    if matches!(country.trim().to_ascii_uppercase().as_str(), "US" | "CA") { Paper::Letter } else { Paper::A4 }
}

/// The sheet a shop in `country` buys: Avery 5371 (Letter) in the United States and Canada,
/// C32011 (A4) elsewhere.
pub fn sheet_for(country: &str) -> CardSheet {
    match paper_for(country) {
        Paper::Letter => CardSheet::Avery5371,
        Paper::A4 => CardSheet::AveryC32011,
    }
}

/// The calibration page in `language` (the reader's: the interface's in the app, the CLI's
/// on the command line), on the shop's paper, quoting the offset set now.
pub fn calibration_page(store: &Store, language: Language) -> Result<Vec<u8>, DrawError> {
    let shop = store.shop_profile()?;
    let offset = Settings::of(store).printer_offset()?;
    Ok(render_calibration_page(paper_for(&shop.country), language, offset, None)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SettingsMut;
    use fidele_domain::CustomerDraft;

    fn today() -> NaiveDate {
        chrono::Local::now().date_naive()
    }

    #[test]
    fn each_card_carries_its_customer_s_current_number_name_and_language() {
        let mut store = Store::open_in_memory().unwrap();
        let draft = |first: &str, language| CustomerDraft { first_name: first.into(), last_name: "Martin".into(), language, ..Default::default() };
        let anne = store.add_customer(draft("Anne", None), &[], "").unwrap();
        let pieter = store.add_customer(draft("Pieter", Some(Language::Nl)), &[], "").unwrap();
        SettingsMut::of(&mut store).set_printer_offset("1", "-0,5").unwrap();
        let request = LoyaltyCardRequest { selection: Selection::Customers(vec![pieter, anne]), sheet: CardSheet::AveryC32011, stage_colour: false };
        let (batch, ids) = batch(&store, &request, today()).unwrap();
        assert_eq!(ids, [pieter, anne]);
        let numbers = |c: CustomerId| store.member_number_of(c).unwrap().unwrap().to_string();
        let cards: Vec<(&str, &str, Language)> = batch.cards.iter().map(|c| (c.name.as_str(), c.member_number.as_str(), c.language)).collect();
        assert_eq!(cards, [("Pieter Martin", numbers(pieter).as_str(), Language::Nl), ("Anne Martin", numbers(anne).as_str(), store.shop_profile().unwrap().language)]);
        assert_eq!(batch.offset, fidele_printing::PrinterOffset { x_mm: 1.0, y_mm: -0.5 });
        // A lost card: the reprint carries the new number, never the stopped one.
        let old = numbers(anne);
        let new = store.reissue_member_number(anne).unwrap().to_string();
        let request = LoyaltyCardRequest { selection: Selection::Customers(vec![anne]), ..request };
        let printed = render(&store, &request, today()).unwrap();
        let (batch, _) = super::batch(&store, &request, today()).unwrap();
        assert_eq!(batch.cards[0].member_number, new);
        assert_ne!(new, old);
        assert!(printed.pdf.starts_with(b"%PDF") && printed.pages == 1);
        // Someone not in the file is refused, naming them.
        let request = LoyaltyCardRequest { selection: Selection::Customers(vec![CustomerId(999)]), ..request };
        assert!(matches!(render(&store, &request, today()), Err(DrawError::Store(fidele_store::Error::NotFound { id: 999, .. }))));
    }

    #[test]
    fn new_since_takes_the_customers_added_since_the_day_with_their_stage() {
        let mut store = Store::open_in_memory().unwrap();
        let anne = store.add_customer(CustomerDraft { first_name: "Anne".into(), ..Default::default() }, &[], "").unwrap();
        let request = LoyaltyCardRequest { selection: Selection::NewSince(today()), sheet: CardSheet::Single, stage_colour: true };
        let (batch, ids) = batch(&store, &request, today()).unwrap();
        assert_eq!(ids, [anne]);
        let stage = batch.cards[0].stage.clone().expect("a stage from the ladder");
        assert_eq!(stage.colour, stage_colour(Stage::Prospect), "no purchase yet");
        assert!(!stage.name.is_empty());
        let tomorrow = LoyaltyCardRequest { selection: Selection::NewSince(today() + chrono::Days::new(1)), ..request };
        assert!(batch_of(&store, &tomorrow).is_empty());
    }

    fn batch_of(store: &Store, request: &LoyaltyCardRequest) -> Vec<LoyaltyCard> {
        batch(store, request, today()).unwrap().0.cards
    }

    #[test]
    fn the_calibration_page_quotes_the_offset_set_on_the_shop_s_paper() {
        let mut store = Store::open_in_memory().unwrap();
        SettingsMut::of(&mut store).set_printer_offset("-1,5", "0,5").unwrap();
        let pdf = calibration_page(&store, Language::En).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        assert_eq!(paper_for("ca"), Paper::Letter);
        assert_eq!(paper_for("BE"), Paper::A4);
    }
}
