//! Phone numbers, read with a port of Google's libphonenumber (the `phonenumber` crate).
//!
//! A number is stored as the person typed it, and beside it in E.164 (`+33612345678`) so that
//! "06 12 34 56 78" and "+33 6 12 34 56 78" are known to be the same line. A number written
//! without a country code is read in a default region: the customer's country when their
//! address has one, else the shop's country. Numbers are shown in the national format of that
//! region ("06 12 34 56 78"), and in the international format when they are foreign.

use phonenumber::{Mode, PhoneNumber, country};

use crate::validation::{ErrorCode, Refusal};

/// A phone number understood: the forms Fidèle matches and shows it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `+33612345678`
    pub e164: String,
    /// `06 12 34 56 78`, as dialled inside its own country.
    pub national: String,
    /// `+33 6 12 34 56 78`
    pub international: String,
    /// ISO 3166-1 alpha-2 of the number's country, when the number tells it.
    pub region: Option<String>,
}

impl Phone {
    /// The E.164 form without its `+`: what `customer_phones.digits` holds for matching.
    pub fn e164_digits(&self) -> &str {
        self.e164.trim_start_matches('+')
    }

    /// The digits of the national form ("0612345678"): what people type when they search.
    pub fn national_digits(&self) -> String {
        crate::text::digits(&self.national)
    }

    /// How the number is shown to a shop in `shop_region`: national for a local number,
    /// international for a foreign one.
    pub fn display(&self, shop_region: &str) -> &str {
        match &self.region {
            Some(r) if r.eq_ignore_ascii_case(shop_region) => &self.national,
            _ => &self.international,
        }
    }
}

/// The region a number without country code is read in: `country` (the customer's address)
/// when it is a code libphonenumber knows, else `fallback` (the shop's), else France.
pub fn region_for(country: &str, fallback: &str) -> String {
    for c in [country, fallback] {
        if region_id(c).is_some() {
            return c.trim().to_ascii_uppercase();
        }
    }
    "FR".to_owned()
}

fn region_id(code: &str) -> Option<country::Id> {
    let code = code.trim().to_ascii_uppercase();
    if code.len() != 2 {
        return None;
    }
    code.parse::<country::Id>().ok()
}

/// Reads `text` as a phone number, in `region` when it has no country code (`+32 ...`,
/// `0032 ...`). A refusal is `not_a_phone` (`value`), or `phone_not_in_use` (`value`,
/// `country`) when the number of digits or the prefix does not exist in its country.
pub fn parse(text: &str, region: &str) -> Result<Phone, Refusal> {
    read(text, region).map(|number| understood(&number))
}

/// `parse` before any formatting.
fn read(text: &str, region: &str) -> Result<PhoneNumber, Refusal> {
    let t = text.trim();
    let bad = || Refusal::new(ErrorCode::NotAPhone).with("value", t);
    let allowed = t.chars().all(|c| c.is_ascii_digit() || " +-.()/\u{a0}".contains(c));
    if t.is_empty() || !allowed {
        return Err(bad());
    }
    let number = phonenumber::parse(region_id(region), t).map_err(|_| bad())?;
    // Valid: a range in use. Failing that, libphonenumber's "possible" test (a length the
    // country's numbers have), so a newly opened range is not refused by older metadata.
    if !phonenumber::is_valid(&number) && !possible_length(&number) {
        return Err(match number.country().id() {
            Some(id) => Refusal::new(ErrorCode::PhoneNotInUse).with("value", t).with("country", id.as_ref()),
            None => bad(),
        });
    }
    Ok(number)
}

fn possible_length(number: &PhoneNumber) -> bool {
    let digits = number.national().to_string().len() as u16;
    let db = &phonenumber::metadata::DATABASE;
    let metas = db.by_code(&number.code().value()).unwrap_or_default();
    metas.iter().any(|meta| {
        let d = meta.descriptors();
        [Some(d.general()), d.fixed_line(), d.mobile()].into_iter().flatten().any(|desc| desc.possible_length().contains(&digits))
    })
}

fn understood(number: &PhoneNumber) -> Phone {
    Phone {
        e164: number.format().mode(Mode::E164).to_string(),
        national: number.format().mode(Mode::National).to_string(),
        international: number.format().mode(Mode::International).to_string(),
        region: number.country().id().map(|id| id.as_ref().to_owned()),
    }
}

/// The digits a stored number is matched by: its E.164 digits when it can be read, else the
/// digits as typed (an older or imported number libphonenumber does not accept).
pub fn match_digits(text: &str, region: &str) -> String {
    // Only the E.164 form: the national and international ones cost two more passes of
    // libphonenumber's formatting rules, for each of the customers an import adds.
    match read(text, region) {
        Ok(number) => number.format().mode(Mode::E164).to_string().trim_start_matches('+').to_owned(),
        Err(_) => crate::text::digits(text),
    }
}

/// How a stored number is shown: national format for a number of the shop's region,
/// international for a foreign one, as typed when it cannot be read.
pub fn display(text: &str, region: &str) -> String {
    match parse(text, region) {
        Ok(p) => p.display(region).to_owned(),
        Err(_) => text.trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_mobile_in_every_spelling_is_one_number() {
        for typed in ["06 12 34 56 78", "06.12.34.56.78", "0612345678", "+33 6 12 34 56 78", "0033 612 345 678", "+33 (0)6 12 34 56 78"] {
            let p = parse(typed, "FR").unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(p.e164, "+33612345678", "{typed}");
            assert_eq!(p.national, "06 12 34 56 78", "{typed}");
            assert_eq!(p.national_digits(), "0612345678");
        }
    }

    #[test]
    fn the_region_reads_national_numbers() {
        let be = parse("0470 12 34 56", "BE").unwrap();
        assert_eq!(be.e164, "+32470123456");
        assert_eq!(be.region.as_deref(), Some("BE"));
        let nl = parse("06 12345678", "NL").unwrap();
        assert_eq!(nl.e164, "+31612345678");
        // A Belgian number in a French shop is shown internationally.
        assert_eq!(be.display("FR"), "+32 470 12 34 56");
        assert_eq!(be.display("BE"), "0470 12 34 56");
    }

    #[test]
    fn wrong_numbers_say_why() {
        assert_eq!(parse("call me", "FR").unwrap_err(), Refusal::new(ErrorCode::NotAPhone).with("value", "call me"));
        assert_eq!(parse("06 12 34", "FR").unwrap_err().code, ErrorCode::PhoneNotInUse);
        assert!(parse("+33 6 12 34 56 78 99", "FR").is_err());
        // An unassigned range of the right length passes (metadata lags new ranges).
        assert_eq!(parse("+32 3 123 45 67", "FR").unwrap().e164, "+3231234567");
        assert!(parse("", "FR").is_err());
    }

    #[test]
    fn region_falls_back_to_the_shop_then_france() {
        assert_eq!(region_for("be", "FR"), "BE");
        assert_eq!(region_for("", "NL"), "NL");
        assert_eq!(region_for("", ""), "FR");
        assert_eq!(region_for("XX", "GB"), "GB");
    }

    #[test]
    fn unreadable_numbers_still_match_by_their_digits() {
        assert_eq!(match_digits("+33 6 12 34 56 78", "FR"), "33612345678");
        assert_eq!(match_digits("06 12 34 56 78", "FR"), "33612345678");
        assert_eq!(match_digits("12-34", "FR"), "1234");
        assert_eq!(display("0612345678", "FR"), "06 12 34 56 78");
        assert_eq!(display("12-34", "FR"), "12-34");
    }
}
