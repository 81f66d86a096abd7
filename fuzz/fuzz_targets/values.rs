//! Dates, birthdays, times and amounts from any text. Must not panic, and the fast amount
//! path must agree with `Money::parse`.
#![no_main]
use fidele_domain::{Currency, Money};
use fidele_interchange::{DateOrder, dates, values};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
        let _ = dates::parse_date_time(text, order);
        let _ = dates::parse_birthday(text, order);
    }
    let _ = dates::parse_time(text);
    for currency in [Currency::EUR, Currency::parse("JPY").unwrap(), Currency::parse("KWD").unwrap()] {
        assert_eq!(values::parse_amount(text, currency), Money::parse(text, currency), "{text:?}");
    }
    let _ = values::parse_consent(text);
    let _ = values::country_code(text);
    let _ = values::split_full_name(text);
    let _ = values::clean_emails(text);
    let _ = values::clean_phone(text);
});
