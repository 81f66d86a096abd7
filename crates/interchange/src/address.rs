//! Postal addresses put together from the columns files split them into: street, house number
//! and box joined in the country's order ("Keizersgracht 100", "12 rue de l'Église",
//! "Rue Haute 12 bte 3"), Google's and Outlook's numbered or prefixed address columns
//! ("Address 1 - Street", "Home Street", "Rue (domicile)", "Straat thuis"), and a formatted
//! multi-line address when it is the only one.

use fidele_domain::Address;

use crate::headers::CustomerField;
use crate::values::country_code;

/// The address fields a column can feed, and the group it belongs to: "address 1" and
/// "address 2" in a Google file, "home" and "business" in Outlook's, "" for a plain sheet.
pub(crate) fn address_column(folded: &str) -> Option<(String, CustomerField)> {
    use CustomerField::*;
    let part = |p: &str| -> Option<CustomerField> {
        Some(match p {
            "street" | "rue" | "straat" | "address1" | "address 1" | "address line 1" => AddressLine1,
            "street 2" | "street 3" | "street2" | "extended address" | "po box" | "address po box" | "address2"
            | "address 2" | "rue 2" | "rue 3" | "straat 2" | "straat 3" | "bp" | "postbus" => AddressLine2,
            "city" | "ville" | "plaats" => City,
            "postal code" | "zip" | "code postal" | "postcode" => PostalCode,
            "country" | "country region" | "country code" | "pays region" | "pays" | "land regio" | "land" => Country,
            "region" | "state" | "province" | "province code" | "dep region" | "provincie" => Region,
            "formatted" | "address" | "adresse" | "adres" => FormattedAddress,
            "type" | "label" => Ignore,
            _ => return None,
        })
    };
    // Google: "Address 1 - Street"
    if let Some(rest) = folded.strip_prefix("address ") {
        let (n, p) = rest.split_once(' ')?;
        if n.chars().all(|c| c.is_ascii_digit()) {
            return part(p).map(|f| (format!("address {n}"), f));
        }
    }
    // Outlook (English): "Home Street", "Business City"; Shopify: "Default Address Address1";
    // WooCommerce: "billing_address_1", "shipping_city".
    for prefix in ["home", "business", "other", "default address", "billing", "shipping", "physical", "postal"] {
        if let Some(p) = folded.strip_prefix(prefix).and_then(|r| r.strip_prefix(' ')) {
            return part(p).map(|f| (prefix.to_owned(), f));
        }
    }
    // Outlook in French and Dutch: "Rue (domicile) 2", "Ville (bureau)", "Straat thuis 2".
    for suffix in ["domicile", "bureau", "autre", "thuis", "werk", "overig", "anders"] {
        for (p, n) in [(folded.strip_suffix(suffix), ""), (folded.strip_suffix(&format!("{suffix} 2")), " 2"), (folded.strip_suffix(&format!("{suffix} 3")), " 3")] {
            if let Some(p) = p.map(str::trim_end).filter(|p| !p.is_empty()) {
                return part(&format!("{p}{n}")).map(|f| (suffix.to_owned(), f));
            }
        }
    }
    None
}

/// The house-number addition's word, from its column's header: a Belgian "bus" or "bte", an
/// English "box"; none for a Dutch toevoeging ("100 A").
pub(crate) fn addition_word(folded_header: &str) -> &'static str {
    if folded_header.contains("bus") {
        "bus"
    } else if folded_header.contains("boite") || folded_header.contains("bte") {
        "bte"
    } else if folded_header.split(' ').any(|w| w == "box") {
        "box"
    } else {
        ""
    }
}

/// The address columns of one group, as read from one row.
#[derive(Debug, Default, Clone)]
pub(crate) struct AddressParts {
    pub street: String,
    pub number: String,
    /// The addition and the word it is written with ("bte 3", "bus 3", "A").
    pub addition: (String, &'static str),
    pub line2: Vec<String>,
    /// หมู่, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต from their own columns, for Thai order.
    pub thai: Vec<(ThaiPart, String)>,
    pub postal_code: String,
    pub city: String,
    pub region: String,
    pub country: String,
    pub formatted: String,
}

impl AddressParts {
    /// A value of a second-line column: a Thai part when its header names one, else a line.
    pub(crate) fn push_line2(&mut self, header: &str, value: &str) {
        match ThaiPart::of_header(header) {
            Some(part) => self.thai.push((part, value.to_owned())),
            None => self.line2.push(value.to_owned()),
        }
    }

    fn has_street(&self) -> bool {
        !self.street.is_empty() || !self.number.is_empty() || self.thai.iter().any(|(p, _)| matches!(p, ThaiPart::Moo | ThaiPart::Soi | ThaiPart::Road))
    }

    fn complete(&self) -> bool {
        self.has_street() && (!self.city.is_empty() || !self.postal_code.is_empty())
    }

    fn is_empty(&self) -> bool {
        !self.has_street() && self.line2.is_empty() && self.thai.is_empty() && self.postal_code.is_empty() && self.city.is_empty()
    }
}

/// The parts of a Thai address that Thai files give columns of their own. Thailand Post's
/// order: house number, หมู่ (village), ซอย (lane), ถนน (road) on the first line; ตำบล and
/// อำเภอ (แขวง and เขต in Bangkok) on the second; the province and the five-digit postcode
/// last ("เชียงใหม่ 50200").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ThaiPart {
    Moo,
    Soi,
    Road,
    Subdistrict,
    District,
}

impl ThaiPart {
    fn of_header(header: &str) -> Option<ThaiPart> {
        Some(match crate::headers::thai_key(header).as_str() {
            "หมู่" | "หมู่ที่" => ThaiPart::Moo,
            "ซอย" => ThaiPart::Soi,
            "ถนน" => ThaiPart::Road,
            "ตำบล" | "แขวง" | "ตำบลแขวง" | "แขวงตำบล" => ThaiPart::Subdistrict,
            "อำเภอ" | "เขต" | "อำเภอเขต" | "เขตอำเภอ" => ThaiPart::District,
            _ => return None,
        })
    }

    /// The value with its word in front, unless it is written already ("ถ.สุขุมวิท" stays).
    fn written(self, value: &str, bangkok: bool) -> String {
        let value = value.trim();
        let (word, already): (&str, &[&str]) = match self {
            ThaiPart::Moo => ("หมู่ ", &["หมู่", "ม."]),
            ThaiPart::Soi => ("ซอย", &["ซอย", "ซ."]),
            ThaiPart::Road => ("ถนน", &["ถนน", "ถ."]),
            ThaiPart::Subdistrict if bangkok => ("แขวง", &["แขวง", "ตำบล", "ต."]),
            ThaiPart::Subdistrict => ("ตำบล", &["ตำบล", "ต.", "แขวง"]),
            ThaiPart::District if bangkok => ("เขต", &["เขต", "อำเภอ", "อ."]),
            ThaiPart::District => ("อำเภอ", &["อำเภอ", "อ.", "เขต"]),
        };
        if already.iter().any(|w| value.starts_with(w)) { value.to_owned() } else { format!("{word}{value}") }
    }
}

fn is_thai_script(text: &str) -> bool {
    text.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

/// Bangkok's subdistricts and districts are แขวง and เขต, the rest of Thailand's ตำบล and อำเภอ.
fn is_bangkok(province: &str) -> bool {
    let p = province.trim();
    p.starts_with("กรุงเทพ") || p.starts_with("กทม") || fidele_domain::text::fold(p) == "bangkok"
}

/// The two street lines of a Thai address in Thailand Post's order.
fn thai_lines(g: &AddressParts, first: String) -> (String, String) {
    let bangkok = is_bangkok(&g.city);
    let words = |parts: &[ThaiPart]| -> Vec<String> {
        parts.iter().flat_map(|want| g.thai.iter().filter(move |(p, _)| p == want)).map(|(p, v)| p.written(v, bangkok)).collect()
    };
    let line1: Vec<String> = std::iter::once(first).chain(words(&[ThaiPart::Moo, ThaiPart::Soi, ThaiPart::Road])).filter(|s| !s.is_empty()).collect();
    let line2: Vec<String> = g.line2.iter().cloned().chain(words(&[ThaiPart::Subdistrict, ThaiPart::District])).collect();
    (line1.join(" "), line2.join(" "))
}

/// The row's address: the first complete group (street and city or postal code), else the first
/// with anything in it, else a formatted address. `country` is the group's country cell (or
/// the row's Country column), still to be read; `default_country` orders a street and its
/// number when the row names none.
pub(crate) struct Assembled {
    pub address: Address,
    /// The country cell read, as typed, when it is not one this app knows.
    pub country_cell: String,
}

pub(crate) fn assemble(groups: &[AddressParts], row_country: &str, default_country: &str) -> Assembled {
    let chosen = groups
        .iter()
        .find(|g| g.complete())
        .or_else(|| groups.iter().find(|g| !g.is_empty()));
    let country_cell = chosen.map(|g| g.country.as_str()).filter(|c| !c.is_empty()).unwrap_or(row_country).to_owned();
    // A US state or Canadian province gives the country when none is written.
    let region = chosen.map(|g| g.region.clone()).unwrap_or_default();
    let mut country = country_code(&country_cell).unwrap_or_default();
    if country.is_empty() {
        country = region_country(&region).unwrap_or_default().to_owned();
    }
    // A Thai address in a shop elsewhere: its ตำบล/อำเภอ columns or a province in Thai script
    // say Thailand, so its phones are read there and it is written in Thai order.
    if country.is_empty() && default_country != "TH" && chosen.is_some_and(|g| !g.thai.is_empty() || is_thai_script(&g.city)) {
        country = "TH".to_owned();
    }
    let order_country = if country.is_empty() { default_country } else { &country };
    let mut address = match chosen {
        Some(g) if order_country == "TH" || !g.thai.is_empty() => {
            let (line1, line2) = thai_lines(g, street_line(g, "TH"));
            Address { line1, line2, postal_code: g.postal_code.clone(), city: g.city.clone(), country: String::new() }
        }
        Some(g) => Address {
            line1: street_line(g, order_country),
            line2: g.line2.join(", "),
            postal_code: g.postal_code.clone(),
            city: city_line(&g.city, &g.region, &country),
            country: String::new(),
        },
        None => groups.iter().map(|g| g.formatted.as_str()).find(|f| !f.trim().is_empty()).map(parse_formatted).unwrap_or_default(),
    };
    if address.country.is_empty() {
        address.country = country;
    }
    let readable = country_code(&country_cell).is_ok();
    Assembled { address, country_cell: if readable { String::new() } else { country_cell } }
}

/// A US or Canadian address keeps its state or province after the city ("Louisville KY"), as
/// the post writes it; elsewhere a region is not part of the address.
fn city_line(city: &str, region: &str, country: &str) -> String {
    let code = region.trim();
    if matches!(country, "US" | "CA") && code.len() == 2 && !city.is_empty() {
        format!("{city} {}", code.to_ascii_uppercase())
    } else {
        city.to_owned()
    }
}

/// Countries that write the number before the street.
const NUMBER_FIRST: &[&str] = &["FR", "GB", "IE", "US", "CA", "AU", "NZ", "LU", "MC", "TH"];

/// An address as the post of its country reads it, line by line: the street lines, then
/// "69001 Lyon" (postcode first) or, in Thailand, "เชียงใหม่ 50200" (province first), then the
/// country's code when it is not `shop_country`.
pub fn postal_lines(address: &Address, shop_country: &str) -> Vec<String> {
    let country = if address.country.is_empty() { shop_country } else { address.country.as_str() };
    let (postal, city) = (address.postal_code.trim(), address.city.trim());
    let last = if country.eq_ignore_ascii_case("TH") { format!("{city} {postal}") } else { format!("{postal} {city}") };
    let foreign = (!address.country.is_empty() && !address.country.eq_ignore_ascii_case(shop_country)).then(|| address.country.clone());
    [Some(address.line1.trim().to_owned()), Some(address.line2.trim().to_owned()), Some(last.trim().to_owned()), foreign]
        .into_iter()
        .flatten()
        .filter(|l| !l.is_empty())
        .collect()
}

/// The street line in the country's order: "12 rue de l'Église" in France, "Keizersgracht 100"
/// in the Netherlands, "Rue Haute 12 bte 3" in Belgium. A street that already holds its number
/// is left as written.
pub(crate) fn street_line(parts: &AddressParts, country: &str) -> String {
    let street = parts.street.trim();
    let number = parts.number.trim();
    let (addition, word) = (parts.addition.0.trim(), parts.addition.1);
    let addition = match (addition, word) {
        ("", _) => String::new(),
        (a, "") => a.to_owned(),
        (a, w) => format!("{w} {a}"),
    };
    let number = [number, addition.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
    if number.is_empty() {
        return street.to_owned();
    }
    if street.is_empty() || street.split_whitespace().any(|w| w.trim_matches(',') == parts.number.trim()) {
        return if street.is_empty() { number } else { street.to_owned() };
    }
    if NUMBER_FIRST.contains(&country) && word != "bte" && word != "bus" {
        format!("{number} {street}")
    } else {
        format!("{street} {number}")
    }
}

/// A formatted address as Google and Outlook write it, one part a line: the street (and more
/// street lines), then "69001 Lyon", "1011 AB Amsterdam" or "Louisville, KY 40202", then the
/// country when it is not the shop's.
pub(crate) fn parse_formatted(text: &str) -> Address {
    let mut lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut address = Address::default();
    if lines.len() > 1
        && let Some(last) = lines.last()
        && let Ok(code) = country_code(last)
        && !code.is_empty()
        && !last.chars().any(|c| c.is_ascii_digit())
    {
        address.country = code;
        lines.pop();
    }
    if lines.len() > 1
        && let Some((postal, city)) = lines.last().and_then(|l| postal_and_city(l))
    {
        address.postal_code = postal;
        address.city = city;
        lines.pop();
    }
    if let Some((first, rest)) = lines.split_first() {
        address.line1 = (*first).to_owned();
        address.line2 = rest.join(", ");
    }
    address
}

/// "69001 Lyon", "1011 AB Amsterdam", "B-1000 Bruxelles", "Louisville, KY 40202".
fn postal_and_city(line: &str) -> Option<(String, String)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = *words.first()?;
    let digits = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    if digits(first) {
        let dutch_letters = words.get(1).filter(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        let (postal, rest) = match dutch_letters {
            Some(l) if first.len() == 4 => (format!("{first} {l}"), &words[2..]),
            _ => (first.to_owned(), &words[1..]),
        };
        return (!rest.is_empty()).then(|| (postal, rest.join(" ")));
    }
    let last = *words.last()?;
    if digits(last) && words.len() > 1 {
        let city = words[..words.len() - 1].join(" ").replace(',', "");
        return Some((last.to_owned(), city));
    }
    None
}

const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
];
const CA_PROVINCES: &[&str] = &["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

/// The country a state or province column tells: a US state's or Canadian province's code or
/// a few names as shops write them. Codes both countries use are read as the US state.
pub(crate) fn region_country(region: &str) -> Option<&'static str> {
    let r = region.trim();
    let upper = r.to_ascii_uppercase();
    if US_STATES.contains(&upper.as_str()) {
        return Some("US");
    }
    if CA_PROVINCES.contains(&upper.as_str()) {
        return Some("CA");
    }
    match fidele_domain::text::fold(r).as_str() {
        "california" | "new york" | "texas" | "florida" | "illinois" | "washington" | "massachusetts" | "kentucky" => Some("US"),
        "ontario" | "quebec" | "british columbia" | "alberta" | "manitoba" | "nova scotia" => Some("CA"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(street: &str, number: &str, addition: (&str, &'static str)) -> AddressParts {
        AddressParts { street: street.into(), number: number.into(), addition: (addition.0.into(), addition.1), ..Default::default() }
    }

    #[test]
    fn street_and_number_in_the_countrys_order() {
        assert_eq!(street_line(&parts("Keizersgracht", "100", ("", "")), "NL"), "Keizersgracht 100");
        assert_eq!(street_line(&parts("Keizersgracht", "100", ("A", "")), "NL"), "Keizersgracht 100 A");
        assert_eq!(street_line(&parts("rue de l'Église", "12", ("", "")), "FR"), "12 rue de l'Église");
        assert_eq!(street_line(&parts("Rue Haute", "12", ("3", "bte")), "BE"), "Rue Haute 12 bte 3");
        assert_eq!(street_line(&parts("Kerkstraat", "12", ("3", "bus")), "BE"), "Kerkstraat 12 bus 3");
        assert_eq!(street_line(&parts("Main Street", "221", ("", "")), "US"), "221 Main Street");
        assert_eq!(street_line(&parts("Keizersgracht 100", "100", ("", "")), "NL"), "Keizersgracht 100");
        assert_eq!(street_line(&parts("Keizersgracht", "", ("", "")), "NL"), "Keizersgracht");
    }

    #[test]
    fn numbered_and_prefixed_columns() {
        use CustomerField::*;
        for (header, group, field) in [
            ("address 1 street", "address 1", AddressLine1),
            ("address 2 postal code", "address 2", PostalCode),
            ("address 1 formatted", "address 1", FormattedAddress),
            ("home street 2", "home", AddressLine2),
            ("business country region", "business", Country),
            ("home state", "home", Region),
            ("rue domicile", "domicile", AddressLine1),
            ("rue domicile 2", "domicile", AddressLine2),
            ("code postal bureau", "bureau", PostalCode),
            ("pays region domicile", "domicile", Country),
            ("straat thuis", "thuis", AddressLine1),
            ("land regio werk", "werk", Country),
            ("default address address1", "default address", AddressLine1),
            ("default address province code", "default address", Region),
            ("billing address 1", "billing", AddressLine1),
            ("shipping postcode", "shipping", PostalCode),
        ] {
            assert_eq!(address_column(header), Some((group.to_owned(), field)), "{header}");
        }
        assert_eq!(address_column("home phone"), None);
        assert_eq!(address_column("address 1 type"), Some(("address 1".to_owned(), Ignore)));
        assert_eq!(address_column("first name"), None);
    }

    #[test]
    fn the_first_complete_group_wins() {
        let work = AddressParts { city: "Paris".into(), ..Default::default() };
        let home = AddressParts { street: "rue Haute".into(), number: "3".into(), city: "Lyon".into(), postal_code: "69001".into(), ..Default::default() };
        let a = assemble(&[work, home], "", "FR").address;
        assert_eq!((a.line1.as_str(), a.city.as_str()), ("3 rue Haute", "Lyon"));
    }

    #[test]
    fn a_state_gives_the_country_and_follows_the_city() {
        let g = AddressParts { street: "Chestnut Street 92".into(), city: "Louisville".into(), region: "KY".into(), postal_code: "40202".into(), ..Default::default() };
        let a = assemble(&[g], "", "FR");
        assert_eq!((a.address.city.as_str(), a.address.country.as_str()), ("Louisville KY", "US"));
    }

    #[test]
    fn formatted_addresses() {
        let a = parse_formatted("12 rue de l'Église\nBâtiment B\n69001 Lyon\nFrance");
        assert_eq!(
            (a.line1.as_str(), a.line2.as_str(), a.postal_code.as_str(), a.city.as_str(), a.country.as_str()),
            ("12 rue de l'Église", "Bâtiment B", "69001", "Lyon", "FR")
        );
        let a = parse_formatted("Keizersgracht 100\n1015 CJ Amsterdam\nNederland");
        assert_eq!((a.postal_code.as_str(), a.city.as_str(), a.country.as_str()), ("1015 CJ", "Amsterdam", "NL"));
        let a = parse_formatted("92 Chestnut Street\nLouisville, KY 40202");
        assert_eq!((a.postal_code.as_str(), a.city.as_str()), ("40202", "Louisville KY"));
    }
}
