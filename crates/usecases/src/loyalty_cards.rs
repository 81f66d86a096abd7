//! Printed loyalty cards and the printer's calibration page, one path for both front ends:
//! which customers, on which sheet, with the shop's name and logo, each customer's member
//! number and stage colour, moved by the printer offset set in Settings.

use fidele_domain::Language;
use fidele_printing::{Paper, render_calibration_page};
use fidele_store::Store;

use crate::DrawError;
use crate::settings::Settings;

/// The paper a shop in `country` buys: US Letter in the United States and Canada, A4 elsewhere
/// (as for its label sheets).
pub fn paper_for(country: &str) -> Paper {
    if matches!(country.trim().to_ascii_uppercase().as_str(), "US" | "CA") { Paper::Letter } else { Paper::A4 }
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
