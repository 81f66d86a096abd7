//! Dates as cards and sheets print them: "3 mars", "1er décembre 2026", "5 ธันวาคม 2569".
//! Month and day names come from `locales/<lang>/print-dates.ftl`; the year is counted in the
//! shop's calendar when the date is written in Thai (the Buddhist Era is how Thai readers count
//! years). A French, Dutch or English card from the same shop keeps the Gregorian year its
//! reader counts in.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use fidele_domain::{Calendar, Language};
use fidele_words::{args, words};

/// The month's name, 1..=12 ("mars", "March", "maart", "มีนาคม").
pub fn month_name(language: Language, month: u32) -> String {
    words(language).format("print-month", &args!["month" => month.clamp(1, 12)])
}

/// The weekday's name ("lundi", "Monday", "maandag", "วันจันทร์").
pub fn weekday_name(language: Language, day: Weekday) -> String {
    words(language).format("print-weekday", &args!["day" => day.number_from_monday()])
}

/// Day and month: "3 mars", "1er mars", "3 March", "3 maart", "3 มีนาคม".
pub fn day_month(language: Language, date: NaiveDate) -> String {
    words(language).format("print-date-day-month", &args!["day" => date.day(), "month" => month_name(language, date.month())])
}

/// Day, month and year: "5 décembre 2026", "5 ธันวาคม 2569" (Thai in the Buddhist Era when the
/// shop counts in it).
pub fn full_date(language: Language, calendar: Calendar, date: NaiveDate) -> String {
    // The year as text: a number would be formatted by Fluent, which may group its digits.
    let year = year_in(language, calendar, date.year()).to_string();
    words(language).format("print-date-full", &args!["day" => date.day(), "month" => month_name(language, date.month()), "year" => year])
}

/// The week by its dates: "semaine du 30 novembre au 6 décembre", "week of 30 November to
/// 6 December"; with the years when the week spans two.
pub fn week_label(language: Language, calendar: Calendar, monday: NaiveDate) -> String {
    let sunday = monday + Days::new(6);
    let (from, to) = if monday.year() == sunday.year() {
        (day_month(language, monday), day_month(language, sunday))
    } else {
        (full_date(language, calendar, monday), full_date(language, calendar, sunday))
    };
    words(language).format("print-sheet-week", &args!["from" => from, "to" => to])
}

fn year_in(language: Language, calendar: Calendar, year: i32) -> i32 {
    if language == Language::Th { calendar.year(year) } else { year }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_and_month_in_every_language() {
        assert_eq!(day_month(Language::Fr, d(2026, 3, 3)), "3 mars");
        assert_eq!(day_month(Language::Fr, d(2026, 3, 1)), "1er mars");
        assert_eq!(day_month(Language::En, d(2026, 3, 1)), "1 March");
        assert_eq!(day_month(Language::Nl, d(2026, 8, 21)), "21 augustus");
        assert_eq!(day_month(Language::Th, d(2026, 12, 5)), "5 ธันวาคม");
        assert_eq!(weekday_name(Language::Nl, Weekday::Thu), "donderdag");
        assert_eq!(weekday_name(Language::Th, Weekday::Sun), "วันอาทิตย์");
    }

    #[test]
    fn thai_dates_count_years_in_the_buddhist_era_when_the_shop_does() {
        let day = d(2026, 12, 5);
        assert_eq!(full_date(Language::Th, Calendar::Buddhist, day), "5 ธันวาคม 2569");
        assert_eq!(full_date(Language::Th, Calendar::Gregorian, day), "5 ธันวาคม 2026");
        assert_eq!(full_date(Language::En, Calendar::Buddhist, day), "5 December 2026", "an English reader counts in CE");
        assert_eq!(full_date(Language::Fr, Calendar::Gregorian, d(2026, 12, 1)), "1er décembre 2026");
    }

    #[test]
    fn a_week_names_its_years_only_when_it_spans_two() {
        assert_eq!(week_label(Language::Fr, Calendar::Gregorian, d(2026, 11, 30)), "semaine du 30 novembre au 6 décembre");
        assert_eq!(week_label(Language::Nl, Calendar::Gregorian, d(2026, 11, 30)), "week van 30 november tot 6 december");
        assert_eq!(
            week_label(Language::Th, Calendar::Buddhist, d(2026, 12, 28)),
            "สัปดาห์ระหว่างวันที่ 28 ธันวาคม 2569 ถึง 3 มกราคม 2570"
        );
        assert_eq!(week_label(Language::En, Calendar::Gregorian, d(2026, 12, 28)), "week of 28 December 2026 to 3 January 2027");
    }
}
