//! Mailing labels: the customers an export selects, worded (a household's name, the country in
//! the shop's language and in capitals, as the post asks for the destination country), drawn
//! on a sheet of labels.

use fidele_printing::{AddressBlock, LabelSheet};
use fidele_store::{ExportFilter, Result, Store};

use crate::DrawError;
use crate::places::{country_line, household_address};

/// The sheet a shop in `country` buys: Avery 5160 (Letter) in the United States and Canada,
/// L7160 (A4) elsewhere.
pub fn sheet_for(country: &str) -> LabelSheet {
    if matches!(country.trim().to_ascii_uppercase().as_str(), "US" | "CA") { LabelSheet::Avery5160 } else { LabelSheet::AveryL7160 }
}

/// The label sheet's code as typed: `l7160` or `5160` (with or without `labels-`).
pub fn parse_sheet(code: &str) -> Option<LabelSheet> {
    match code.trim().to_ascii_lowercase().trim_start_matches("labels-") {
        "l7160" => Some(LabelSheet::AveryL7160),
        "5160" => Some(LabelSheet::Avery5160),
        _ => None,
    }
}

/// The address blocks of everyone the filter selects who consents to post and has a usable
/// address; with `per_household`, one label per household.
pub fn addresses(store: &Store, filter: &ExportFilter, per_household: bool) -> Result<Vec<AddressBlock>> {
    let shop = store.shop_profile()?;
    let labels = store.mailing_labels(filter, per_household)?;
    Ok(labels
        .iter()
        .map(|l| {
            let name = match &l.household {
                Some(h) => household_address(&h.family, h.language),
                None => l.name.clone(),
            };
            let country = country_line(&l.address.country, &shop.country, shop.language).to_uppercase();
            AddressBlock::from_address(&name, &l.address, &country)
        })
        .collect())
}

/// The labels as a PDF, moved by the printer offset set in Settings, and how many.
pub fn render(store: &Store, filter: &ExportFilter, per_household: bool, sheet: LabelSheet) -> std::result::Result<(Vec<u8>, usize), DrawError> {
    let blocks = addresses(store, filter, per_household)?;
    let offset = crate::settings::Settings::of(store).printer_offset()?;
    let pdf = fidele_printing::render_labels(&blocks, sheet, offset, store.shop_profile()?.language, None)?;
    Ok((pdf, blocks.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Address, Channel, CustomerDraft, Salutation};

    #[test]
    fn labels_word_households_and_countries_from_the_one_table() {
        let mut s = Store::open_in_memory().unwrap();
        let home = s.add_household("Dubœuf").unwrap();
        let address = Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Default::default() };
        let person = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), address: address.clone(), ..Default::default() };
        let post = [(Channel::Post, true)];
        s.add_customer(CustomerDraft { household: Some(home), ..person("Hélène", "Dubœuf") }, &post, "").unwrap();
        s.add_customer(CustomerDraft { household: Some(home), ..person("Paul", "Dubœuf") }, &post, "").unwrap();
        let monaco = Address { country: "MC".into(), postal_code: "98000".into(), city: "Monaco".into(), ..address.clone() };
        s.add_customer(CustomerDraft { salutation: Some(Salutation::Mr), address: monaco, ..person("Louis", "Grimaldi") }, &post, "").unwrap();
        let blocks = addresses(&s, &ExportFilter::default(), true).unwrap();
        let names: Vec<&str> = blocks.iter().map(|b| b.name.as_str()).collect();
        assert!(names.contains(&"Famille Dubœuf"), "{names:?}");
        let louis = blocks.iter().find(|b| b.name.contains("Grimaldi")).unwrap();
        assert_eq!(louis.country, "MONACO", "the label's capitals, from the cards' table");
        assert_eq!(sheet_for("CA"), LabelSheet::Avery5160);
        assert_eq!(parse_sheet("labels-l7160"), Some(LabelSheet::AveryL7160));
        let (pdf, n) = render(&s, &ExportFilter::default(), true, LabelSheet::AveryL7160).unwrap();
        assert!(pdf.starts_with(b"%PDF") && n == 2);
    }
}
