//! The demo shop, for trying Fidèle before the shop's own files come in: a Lyon bookshop, or
//! for a Thai reader a craft shop in Chiang Mai with Thai customers, addresses and baht, so the
//! demo reads in the shopkeeper's language from the first screen.

use fidele_domain::Language;
pub use fidele_demo::{DemoOptions, DemoSummary};
use fidele_store::{Result, Store};

/// Fills `store` with the demo shop for a reader of `language`, in one transaction, its
/// profile included. The front ends refuse first when the file already has customers (the
/// CLI's `--force` adds them anyway).
pub fn load(store: &mut Store, language: Language, options: DemoOptions) -> Result<DemoSummary> {
    fidele_demo::generate_shop(store, options, fidele_demo::DemoShop::for_language(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thai_reader_gets_the_thai_shop_and_others_the_french_one() {
        let options = DemoOptions { customers: 20, seed: 1, today: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap() };
        for (language, country) in [(Language::Th, "TH"), (Language::Nl, "FR"), (Language::Fr, "FR")] {
            let mut store = Store::open_in_memory().unwrap();
            assert_eq!(load(&mut store, language, options).unwrap().customers, 20);
            assert_eq!(store.shop_profile().unwrap().country, country, "{language:?}");
        }
    }
}
