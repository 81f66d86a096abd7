//! Customers: who they are, how to address them, where to write to them.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::consent::ConsentEvent;
use crate::text::non_empty;
use crate::validation::{ErrorCode, FieldError, Refusal};
use crate::{Invalid, Language};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HouseholdId(pub i64);

/// How a card opens: "Chère Madame", "Geachte heer", "Dear Ms". Kept as a neutral code so
/// each language picks its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Salutation {
    /// Madame, Mevrouw, Mrs
    Mrs,
    /// Madame, Mevrouw, Ms
    Ms,
    /// Monsieur, Meneer, Mr
    Mr,
    /// No gendered title: "Bonjour Camille Martin", "Dear Sam Taylor"
    Mx,
}

impl Salutation {
    pub const ALL: [Salutation; 4] = [Salutation::Mrs, Salutation::Ms, Salutation::Mr, Salutation::Mx];

    pub fn code(self) -> &'static str {
        match self {
            Salutation::Mrs => "mrs",
            Salutation::Ms => "ms",
            Salutation::Mr => "mr",
            Salutation::Mx => "mx",
        }
    }

    pub fn parse(code: &str) -> Option<Salutation> {
        match code.trim().trim_end_matches('.').to_lowercase().as_str() {
            "mrs" | "madame" | "mme" | "mevrouw" | "mevr" | "mw" | "madam" => Some(Salutation::Mrs),
            "ms" | "mlle" | "mademoiselle" | "miss" => Some(Salutation::Ms),
            "mr" | "monsieur" | "m" | "meneer" | "dhr" | "de heer" | "mister" => Some(Salutation::Mr),
            "mx" => Some(Salutation::Mx),
            _ => None,
        }
    }

    /// The title as written before a surname in the given language.
    pub fn title(self, language: Language) -> Option<&'static str> {
        match (self, language) {
            (Salutation::Mx, _) => None,
            (Salutation::Mr, Language::Fr) => Some("Monsieur"),
            (_, Language::Fr) => Some("Madame"),
            (Salutation::Mr, Language::Nl) => Some("heer"),
            (_, Language::Nl) => Some("mevrouw"),
            (Salutation::Mr, Language::En) => Some("Mr"),
            (Salutation::Mrs, Language::En) => Some("Mrs"),
            (Salutation::Ms, Language::En) => Some("Ms"),
            // Thai writes คุณ before the given name whoever the person is.
            (_, Language::Th) => Some("คุณ"),
        }
    }
}

/// Whether the shop writes to someone by title and surname or by first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Formality {
    #[default]
    Formal,
    FirstName,
}

impl Formality {
    pub fn code(self) -> &'static str {
        match self {
            Formality::Formal => "formal",
            Formality::FirstName => "first_name",
        }
    }

    pub fn parse(code: &str) -> Option<Formality> {
        match code.trim() {
            "formal" => Some(Formality::Formal),
            "first_name" | "informal" => Some(Formality::FirstName),
            _ => None,
        }
    }
}

/// A birthday, with or without the year: many customers tell the day but not their age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Birthday {
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
}

impl Birthday {
    /// Checks the day exists (29 February is a real birthday, with or without the year, as
    /// long as a given year is a leap year).
    /// A refusal is `no_such_month` (`month`), `not_a_day` (`value`, as `YYYY-MM-DD` or
    /// `--MM-DD`) or `too_far_back` (`year`).
    pub fn new(year: Option<i32>, month: u32, day: u32) -> Result<Birthday, Refusal> {
        if !(1..=12).contains(&month) {
            return Err(Refusal::new(ErrorCode::NoSuchMonth).with("month", month));
        }
        let check_year = year.unwrap_or(2000); // a leap year, so 29 February passes without one
        if NaiveDate::from_ymd_opt(check_year, month, day).is_none() {
            let day = match year {
                Some(y) => format!("{y}-{month:02}-{day:02}"),
                None => format!("--{month:02}-{day:02}"),
            };
            return Err(Refusal::new(ErrorCode::NotADay).with("value", day));
        }
        if let Some(y) = year
            && y < 1900 {
                return Err(Refusal::new(ErrorCode::TooFarBack).with("year", y));
            }
        Ok(Birthday { month, day, year })
    }

    /// Reads `YYYY-MM-DD`, or `--MM-DD` (ISO 8601's form without a year); anything else is
    /// refused as `not_iso_birthday` (`value`).
    pub fn parse(text: &str) -> Result<Birthday, Refusal> {
        let text = text.trim();
        let bad = || Refusal::new(ErrorCode::NotIsoBirthday).with("value", text);
        if let Some(rest) = text.strip_prefix("--") {
            let (m, d) = rest.split_once('-').ok_or_else(bad)?;
            let (m, d) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
            return Birthday::new(None, m, d);
        }
        let mut parts = text.splitn(3, '-');
        let (y, m, d) = match (parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d)) if y.len() == 4 => (y, m, d),
            _ => return Err(bad()),
        };
        Birthday::new(Some(y.parse().map_err(|_| bad())?), m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?)
    }

    /// The birthday's next date on or after `from`. A 29 February birthday falls on
    /// 28 February in years without one.
    pub fn next_on_or_after(&self, from: NaiveDate) -> NaiveDate {
        for year in from.year()..=from.year() + 1 {
            let date = self.in_year(year);
            if date >= from {
                return date;
            }
        }
        unreachable!("a birthday comes back within a year")
    }

    pub fn in_year(&self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day - 1))
            .expect("validated on construction")
    }

    /// Age reached on `on`, when the year is known.
    pub fn age_on(&self, on: NaiveDate) -> Option<i32> {
        let year = self.year?;
        let had_birthday = (on.month(), on.day()) >= (self.month, self.day);
        Some(on.year() - year - if had_birthday { 0 } else { 1 })
    }
}

impl std::fmt::Display for Birthday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pub line1: String,
    pub line2: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2; empty means the shop's country.
    pub country: String,
}

impl Address {
    /// A card can be posted: a street line and a city.
    pub fn is_usable(&self) -> bool {
        !self.line1.trim().is_empty() && !self.city.trim().is_empty()
    }
}

/// What a person enters to add or edit a customer. Validate it before it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CustomerDraft {
    pub salutation: Option<Salutation>,
    pub formality: Formality,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub address: Address,
    pub birthday: Option<Birthday>,
    pub household: Option<HouseholdId>,
    pub referred_by: Option<CustomerId>,
    pub language: Option<Language>,
    pub preferences: String,
    pub notes: String,
    pub tags: Vec<String>,
    /// How the customer came: "walk-in", "referral", "import", ...
    pub source: String,
}

impl CustomerDraft {
    /// Trims every field and drops empty list entries, so what is stored is what is meant.
    pub fn normalized(mut self) -> CustomerDraft {
        for s in [
            &mut self.first_name,
            &mut self.last_name,
            &mut self.company,
            &mut self.preferences,
            &mut self.notes,
            &mut self.source,
            &mut self.address.line1,
            &mut self.address.line2,
            &mut self.address.postal_code,
            &mut self.address.city,
        ] {
            *s = s.trim().to_owned();
        }
        self.address.country = self.address.country.trim().to_ascii_uppercase();
        self.emails = self.emails.iter().filter_map(|e| non_empty(Some(e))).collect();
        self.phones = self.phones.iter().filter_map(|p| non_empty(Some(p))).collect();
        let mut tags: Vec<String> = self.tags.iter().filter_map(|t| non_empty(Some(t))).collect();
        tags.sort();
        tags.dedup();
        self.tags = tags;
        self
    }

    /// Every problem at once, each naming its field. Phone numbers without a country code are
    /// read in the customer's country, else France; the store uses [`Self::validate_in`] with
    /// the shop's country.
    pub fn validate(&self) -> Result<(), Invalid> {
        self.validate_in("")
    }

    /// [`Self::validate`], reading phone numbers without a country code in the customer's
    /// country, else `shop_country`.
    pub fn validate_in(&self, shop_country: &str) -> Result<(), Invalid> {
        let region = crate::phone::region_for(&self.address.country, shop_country);
        let mut errors = Invalid::default();
        if self.first_name.trim().is_empty() && self.last_name.trim().is_empty() && self.company.trim().is_empty() {
            errors.push(FieldError::new("last_name", ErrorCode::NoName));
        }
        for (field, value, max) in [
            ("first_name", &self.first_name, 100),
            ("last_name", &self.last_name, 100),
            ("company", &self.company, 200),
            ("notes", &self.notes, 20_000),
            ("preferences", &self.preferences, 5_000),
        ] {
            if value.chars().count() > max {
                errors.push(FieldError::new(field, ErrorCode::TooLong).with("max", max));
            }
        }
        for email in &self.emails {
            if let Err(why) = check_email(email) {
                errors.push(why.on("email"));
            }
        }
        for phone in &self.phones {
            if let Err(why) = check_phone(phone, &region) {
                errors.push(why.on("phone"));
            }
        }
        let country = &self.address.country;
        let is_code = country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic());
        if !country.is_empty() && !is_code {
            errors.push(FieldError::new("country", ErrorCode::NotACountry).with("value", country));
        }
        if let (Some(b), Some(year)) = (self.birthday, self.birthday.and_then(|b| b.year)) {
            let today = chrono::Local::now().date_naive();
            if b.in_year(year) > today {
                errors.push(FieldError::new("birthday", ErrorCode::InTheFuture).with("value", b.to_string()));
            }
        }
        errors.into_result()
    }
}

/// An address as RFC 5321/5322 allow it (the `email_address` crate), without a display name
/// ("Anne <anne@x.fr>") or an IP literal, and with a dotted domain: a shop's customers have no
/// mailbox on `localhost`. Deliverability is not knowable offline.
/// A refusal is `not_an_email` (`value`).
pub fn check_email(email: &str) -> Result<(), Refusal> {
    let e = email.trim();
    let options = email_address::Options { minimum_sub_domains: 2, allow_domain_literal: false, allow_display_text: false };
    match email_address::EmailAddress::parse_with_options(e, options) {
        Ok(_) if !e.chars().any(char::is_whitespace) => Ok(()),
        _ => Err(Refusal::new(ErrorCode::NotAnEmail).with("value", e)),
    }
}

/// A number libphonenumber accepts, read in `region` (ISO 3166-1 alpha-2) when it has no
/// country code. See [`crate::phone`].
pub fn check_phone(phone: &str, region: &str) -> Result<(), Refusal> {
    crate::phone::parse(phone, region).map(|_| ())
}

/// A stored customer, as the customer page shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: CustomerId,
    pub draft: CustomerDraft,
    pub household_name: Option<String>,
    pub referred_by_name: Option<String>,
    pub consents: Vec<ConsentEvent>,
    pub created_at: NaiveDateTime,
    pub archived_at: Option<NaiveDateTime>,
    /// Set when the customer's personal data was erased on request.
    pub erased_at: Option<NaiveDateTime>,
}

impl Customer {
    pub fn display_name(&self) -> String {
        display_name(&self.draft.first_name, &self.draft.last_name, &self.draft.company)
    }
}

/// "Hélène Dubœuf", or the company when there is no personal name.
pub fn display_name(first: &str, last: &str, company: &str) -> String {
    let person = format!("{} {}", first.trim(), last.trim()).trim().to_owned();
    if person.is_empty() { company.trim().to_owned() } else { person }
}

/// One row of the customer list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerSummary {
    pub id: CustomerId,
    pub name: String,
    pub company: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub purchase_count: i64,
    pub total_minor: i64,
    pub last_purchase_at: Option<NaiveDateTime>,
    /// For a search, what found the row when its name, company and city do not show it.
    pub hit: Option<SearchHit>,
}

/// The text of a customer that a search matched, to show beside the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub field: HitField,
    /// The value as stored (a phone number, an e-mail, a tag), or a short extract of a note.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitField {
    Email,
    Phone,
    PostalCode,
    Tag,
    Preferences,
    Notes,
}

impl HitField {
    pub fn code(self) -> &'static str {
        match self {
            HitField::Email => "email",
            HitField::Phone => "phone",
            HitField::PostalCode => "postal_code",
            HitField::Tag => "tag",
            HitField::Preferences => "preferences",
            HitField::Notes => "notes",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthday_with_and_without_year() {
        assert_eq!(Birthday::parse("1984-03-07").unwrap(), Birthday { year: Some(1984), month: 3, day: 7 });
        assert_eq!(Birthday::parse("--02-29").unwrap(), Birthday { year: None, month: 2, day: 29 });
        let refused = |text: &str| Birthday::parse(text).unwrap_err();
        assert_eq!(refused("1983-02-29"), Refusal::new(ErrorCode::NotADay).with("value", "1983-02-29"));
        assert_eq!(refused("--02-31"), Refusal::new(ErrorCode::NotADay).with("value", "--02-31"));
        assert_eq!(refused("1984-13-01"), Refusal::new(ErrorCode::NoSuchMonth).with("month", 13));
        assert_eq!(refused("1850-01-01"), Refusal::new(ErrorCode::TooFarBack).with("year", 1850));
        assert_eq!(refused("07/03/1984"), Refusal::new(ErrorCode::NotIsoBirthday).with("value", "07/03/1984"));
        assert_eq!(Birthday::parse("--02-29").unwrap().to_string(), "--02-29");
    }

    #[test]
    fn leap_day_birthday_falls_on_28_february_in_common_years() {
        let b = Birthday::new(None, 2, 29).unwrap();
        let from = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
        assert_eq!(b.next_on_or_after(from), NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
        let from = NaiveDate::from_ymd_opt(2028, 1, 10).unwrap();
        assert_eq!(b.next_on_or_after(from), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap());
        let from = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert_eq!(b.next_on_or_after(from), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
    }

    #[test]
    fn age() {
        let b = Birthday::parse("1990-06-15").unwrap();
        assert_eq!(b.age_on(NaiveDate::from_ymd_opt(2025, 6, 14).unwrap()), Some(34));
        assert_eq!(b.age_on(NaiveDate::from_ymd_opt(2025, 6, 15).unwrap()), Some(35));
    }

    #[test]
    fn validation_names_each_field() {
        let draft = CustomerDraft {
            emails: vec!["not-an-address".into()],
            phones: vec!["call me".into()],
            address: Address { country: "France".into(), ..Address::default() },
            ..CustomerDraft::default()
        };
        let err = draft.validate().unwrap_err();
        let fields: Vec<&str> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["last_name", "email", "phone", "country"]);
        let codes: Vec<(ErrorCode, Option<String>)> = err.errors.iter().map(|e| (e.code, e.arg("value").map(|v| v.to_string()))).collect();
        assert_eq!(
            codes,
            [
                (ErrorCode::NoName, None),
                (ErrorCode::NotAnEmail, Some("not-an-address".to_owned())),
                (ErrorCode::NotAPhone, Some("call me".to_owned())),
                (ErrorCode::NotACountry, Some("France".to_owned())),
            ]
        );
    }

    #[test]
    fn a_plain_customer_is_valid() {
        let draft = CustomerDraft {
            first_name: " Hélène ".into(),
            last_name: "Dubœuf".into(),
            emails: vec!["helene@exemple.fr".into(), " ".into()],
            phones: vec!["06 12 34 56 78".into()],
            tags: vec!["b".into(), "a".into(), "b".into()],
            ..CustomerDraft::default()
        }
        .normalized();
        assert_eq!(draft.first_name, "Hélène");
        assert_eq!(draft.emails, ["helene@exemple.fr"]);
        assert_eq!(draft.tags, ["a", "b"]);
        draft.validate().unwrap();
    }

    #[test]
    fn emails_are_checked_by_the_rfc() {
        for ok in ["helene@exemple.fr", "jan.peeters+boeken@telenet.be", "o'brien@example.co.uk"] {
            check_email(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
        }
        for bad in ["helene", "helene@", "@exemple.fr", "helene@exemple", "Hélène <helene@exemple.fr>", "a b@exemple.fr", "a@@b.fr", "a@b..fr"] {
            assert_eq!(check_email(bad).unwrap_err(), Refusal::new(ErrorCode::NotAnEmail).with("value", bad), "{bad}");
        }
    }

    #[test]
    fn phones_are_read_in_the_customers_then_the_shops_country() {
        let draft = |country: &str, phone: &str| CustomerDraft {
            last_name: "Peeters".into(),
            phones: vec![phone.into()],
            address: Address { country: country.into(), ..Address::default() },
            ..CustomerDraft::default()
        };
        // 0470... is a Belgian mobile but too long for a Dutch one.
        draft("BE", "0470 12 34 56").validate_in("NL").unwrap();
        draft("", "0470 12 34 56").validate_in("BE").unwrap();
        let err = draft("", "06 12 34").validate_in("FR").unwrap_err();
        assert_eq!(err.errors[0], FieldError::new("phone", ErrorCode::PhoneNotInUse).with("value", "06 12 34").with("country", "FR"));
    }

    #[test]
    fn future_birthday_is_refused() {
        let draft = CustomerDraft {
            last_name: "Peeters".into(),
            birthday: Some(Birthday::new(Some(2999), 1, 1).unwrap()),
            ..CustomerDraft::default()
        };
        assert_eq!(draft.validate().unwrap_err().errors[0], FieldError::new("birthday", ErrorCode::InTheFuture).with("value", "2999-01-01"));
    }

    #[test]
    fn salutations_per_language() {
        assert_eq!(Salutation::parse("Mme"), Some(Salutation::Mrs));
        assert_eq!(Salutation::parse("Dhr."), Some(Salutation::Mr));
        assert_eq!(Salutation::Mrs.title(Language::Fr), Some("Madame"));
        assert_eq!(Salutation::Mr.title(Language::Nl), Some("heer"));
        assert_eq!(Salutation::Mx.title(Language::En), None);
    }

    #[test]
    fn display_name_falls_back_to_company() {
        assert_eq!(display_name("", "", "Vélos Martin"), "Vélos Martin");
        assert_eq!(display_name("Anne", "", "X"), "Anne");
    }
}
