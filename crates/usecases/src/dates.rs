//! Dates in words, in one language and calendar: "3 mars", "1er mars", "jeudi 12 mars",
//! "semaine du 30 novembre au 6 décembre", "5 ธันวาคม 2569" in the Buddhist Era. Day, month
//! and week are printing's (`print-dates.ftl`: a card and a screen write a date alike); the
//! combinations only the use cases need are `plan-*` messages of `plan-cards.ftl`.

use chrono::{Datelike, NaiveDate};
use fidele_domain::Language;
use fidele_words::{Words, args, words};

/// How years are counted on what the shop prints: the domain's, one type for every crate.
pub use fidele_domain::Calendar;

/// Dates in words, in one language and calendar.
#[derive(Clone, Copy)]
pub struct Dates {
    words: &'static Words,
    calendar: Calendar,
}

impl Dates {
    pub fn new(language: Language, calendar: Calendar) -> Dates {
        Dates { words: words(language), calendar }
    }

    pub fn language(&self) -> Language {
        self.words.language()
    }

    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    pub fn words(&self) -> &'static Words {
        self.words
    }

    /// "mars", "March", "maart", "มีนาคม".
    pub fn month_name(&self, month: u32) -> String {
        fidele_printing::month_name(self.language(), month)
    }

    /// "3 mars", "1er mars", "3 March".
    pub fn day_month(&self, d: NaiveDate) -> String {
        fidele_printing::day_month(self.language(), d)
    }

    /// "3 mars 2026", "3 มีนาคม 2569".
    pub fn day_month_year(&self, d: NaiveDate) -> String {
        fidele_printing::full_date(self.language(), self.calendar, d)
    }

    /// "mars 2026".
    pub fn month_year(&self, d: NaiveDate) -> String {
        self.words.format("plan-month-year", &args!["month" => self.month_name(d.month()), "year" => self.year(d)])
    }

    /// "jeudi 12 mars".
    pub fn weekday_date(&self, d: NaiveDate) -> String {
        let weekday = fidele_printing::weekday_name(self.language(), d.weekday());
        self.words.format("plan-weekday-date", &args!["weekday" => weekday, "date" => self.day_month(d)])
    }

    /// The week by its dates, with the years when it spans two: "semaine du 30 novembre au
    /// 6 décembre", "week of 28 December 2026 to 3 January 2027".
    pub fn week(&self, monday: NaiveDate) -> String {
        fidele_printing::week_label(self.language(), self.calendar, monday)
    }

    /// "3 mars – 9 mars".
    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> String {
        self.words.format("plan-period", &args!["from" => self.day_month(from), "to" => self.day_month(to)])
    }

    /// The year as text, so no number formatting groups its digits; in the Buddhist Era only
    /// when written in Thai, as printing counts it (a French reader counts Gregorian years).
    fn year(&self, d: NaiveDate) -> String {
        let calendar = if self.language() == Language::Th { self.calendar } else { Calendar::Gregorian };
        calendar.year(d.year()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weeks_and_days_in_four_languages() {
        let fr = Dates::new(Language::Fr, Calendar::Gregorian);
        assert_eq!(fr.week(day(2026, 11, 30)), "semaine du 30 novembre au 6 décembre");
        assert_eq!(fr.week(day(2026, 12, 28)), "semaine du 28 décembre 2026 au 3 janvier 2027");
        assert_eq!(fr.day_month(day(2026, 3, 1)), "1er mars");
        assert_eq!(fr.weekday_date(day(2026, 3, 12)), "jeudi 12 mars");
        let en = Dates::new(Language::En, Calendar::Gregorian);
        assert_eq!(en.week(day(2026, 11, 30)), "week of 30 November to 6 December");
        assert_eq!(en.day_month(day(2026, 3, 1)), "1 March");
        assert_eq!(Dates::new(Language::Nl, Calendar::Gregorian).week(day(2026, 11, 30)), "week van 30 november tot 6 december");
        let th = Dates::new(Language::Th, Calendar::Buddhist);
        assert_eq!(th.day_month_year(day(2026, 12, 5)), "5 ธันวาคม 2569");
        assert_eq!(th.weekday_date(day(2026, 12, 5)), "วันเสาร์ที่ 5 ธันวาคม");
        assert_eq!(Dates::new(Language::Th, Calendar::Gregorian).month_year(day(2026, 4, 1)), "เมษายน 2026");
    }

    #[test]
    fn calendars_read_back() {
        for c in [Calendar::Gregorian, Calendar::Buddhist] {
            assert_eq!(Calendar::parse(c.code()), Some(c));
        }
        assert_eq!(Calendar::parse("julian"), None);
    }
}
