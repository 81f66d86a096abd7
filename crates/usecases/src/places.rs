//! Who and where, in words: a country's name on the last line of an address, a household's
//! name. One table of countries (`locales/*/plan-countries.ftl`) serves cards and labels, so
//! Monaco is "Monaco" on both (a label writes it in capitals, as the post asks).

use fidele_domain::Language;
use fidele_domain::names::{ParticleRule, family_name_alone};
use fidele_words::{args, words};

/// The country of `code` (ISO 3166-1 alpha-2) in `language`; the code itself when the table
/// does not know it. "UK" is read as GB.
pub fn country_name(code: &str, language: Language) -> String {
    let code = code.trim().to_ascii_uppercase();
    let code = if code == "UK" { "GB".to_owned() } else { code };
    let id = format!("country-{}", code.to_ascii_lowercase());
    let w = words(language);
    if code.len() == 2 && w.has(&id) { w.text(&id) } else { code }
}

/// The country as an address sent from the shop prints it: nothing within the shop's own
/// country.
pub fn country_line(code: &str, shop_country: &str, language: Language) -> String {
    let code = code.trim();
    if code.is_empty() || code.eq_ignore_ascii_case(shop_country.trim()) { String::new() } else { country_name(code, language) }
}

/// The household's name from its members' surnames: "Dupont", or "Dupont et Martin"; a Dutch
/// particle takes its capital there ("Van den Berg"). `None` when no one has a surname.
pub fn family_of(last_names: &[&str], language: Language, rule: ParticleRule) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for n in last_names.iter().map(|n| family_name_alone(n, rule)).filter(|n| !n.is_empty()) {
        if !names.iter().any(|m| m.to_lowercase() == n.to_lowercase()) {
            names.push(n);
        }
    }
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [a, b] => Some(words(language).format("plan-family-two", &args!["a" => a.as_str(), "b" => b.as_str()])),
        [first, ..] => Some(first.clone()),
    }
}

/// "Famille Dubœuf", "Familie Peeters", "The Smith family"; a name already written so
/// ("Famille Dubœuf" as the household's own name) stays as it is.
pub fn household_address(family: &str, language: Language) -> String {
    let lower = family.to_lowercase();
    if lower.starts_with("famil") || lower.starts_with("the ") || family.starts_with("ครอบครัว") {
        return family.to_owned();
    }
    words(language).format("plan-household-address", &args!["family" => family])
}

/// Puts customer `id` in the household of `with`; a household made now is named after `with`'s
/// family in the shop's language ("Famille Dubœuf", "Familie Peeters").
pub fn link_household(store: &mut fidele_store::Store, id: fidele_domain::CustomerId, with: fidele_domain::CustomerId) -> fidele_store::Result<fidele_domain::HouseholdId> {
    let language = store.shop_profile()?.language;
    store.link_household(id, with, |family| household_address(family, language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_country_table_for_cards_and_labels() {
        assert_eq!(country_name("MC", Language::Fr), "Monaco");
        assert_eq!(country_name("be", Language::Nl), "België");
        assert_eq!(country_name("UK", Language::En), "United Kingdom");
        assert_eq!(country_name("TH", Language::Th), "ประเทศไทย");
        assert_eq!(country_name("ZZ", Language::Fr), "ZZ");
        assert_eq!(country_line("FR", "FR", Language::Fr), "");
        assert_eq!(country_line("BE", "FR", Language::Fr), "Belgique");
    }

    #[test]
    fn a_household_made_now_is_named_in_the_shop_s_language() {
        let mut store = fidele_store::Store::open_in_memory().unwrap();
        let mut shop = store.shop_profile().unwrap();
        shop.language = Language::Nl;
        store.set_shop_profile(&shop).unwrap();
        let add = |store: &mut fidele_store::Store, first: &str| {
            store.add_customer(fidele_domain::CustomerDraft { first_name: first.into(), last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap()
        };
        let (a, b) = (add(&mut store, "An"), add(&mut store, "Jef"));
        link_household(&mut store, b, a).unwrap();
        assert_eq!(store.customer_page(a, 1).unwrap().customer.household_name.as_deref(), Some("Familie Peeters"));
    }

    #[test]
    fn households_are_named_in_their_language() {
        assert_eq!(household_address("Peeters", Language::Nl), "Familie Peeters");
        assert_eq!(household_address("Smith", Language::En), "The Smith family");
        assert_eq!(household_address("Famille Dubœuf", Language::Fr), "Famille Dubœuf");
        assert_eq!(fidele_printing::family_salutation_line(Language::Nl, "De Wit"), "Beste familie De Wit");
        assert_eq!(family_of(&["van den Berg", "Jansen"], Language::Nl, ParticleRule::Dutch).as_deref(), Some("Van den Berg en Jansen"));
        assert_eq!(family_of(&["Dupont", "dupont"], Language::Fr, ParticleRule::AsWritten).as_deref(), Some("Dupont"));
        assert_eq!(family_of(&["", ""], Language::Fr, ParticleRule::AsWritten), None);
    }
}
