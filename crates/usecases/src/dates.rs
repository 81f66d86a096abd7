//! Dates in words, in one language and calendar: "3 mars", "1er mars", "jeudi 12 mars",
//! "semaine du 30 novembre au 6 décembre", "5 ธันวาคม 2569" in the Buddhist Era. The words are
//! `plan-*` messages of `locales/*/plan-cards.ftl`.

use chrono::{Datelike, Days, NaiveDate};
use fidele_domain::Language;
use fidele_words::{Words, args, words};

/// How years are counted on what the shop prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Calendar {
    #[default]
    Gregorian,
    /// The Thai solar calendar: the Gregorian months, years of the Buddhist Era (2026 is 2569).
    Buddhist,
}

impl Calendar {
    pub const ALL: [Calendar; 2] = [Calendar::Gregorian, Calendar::Buddhist];

    pub fn code(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Buddhist => "buddhist",
        }
    }

    pub fn parse(code: &str) -> Option<Calendar> {
        Calendar::ALL.into_iter().find(|c| c.code() == code.trim())
    }

    /// The year of `date` as this calendar counts it.
    pub fn year(self, date: NaiveDate) -> i32 {
        match self {
            Calendar::Gregorian => date.year(),
            Calendar::Buddhist => date.year() + 543,
        }
    }
}

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

    pub fn words(&self) -> &'static Words {
        self.words
    }

    /// "mars", "March", "maart", "มีนาคม".
    pub fn month_name(&self, month: u32) -> String {
        self.words.format("plan-month-name", &args!["month" => month.clamp(1, 12)])
    }

    /// "3 mars", "1er mars", "3 March".
    pub fn day_month(&self, d: NaiveDate) -> String {
        self.words.format("plan-day-month", &args!["day" => d.day(), "month" => self.month_name(d.month())])
    }

    /// "3 mars 2026", "3 มีนาคม 2569".
    pub fn day_month_year(&self, d: NaiveDate) -> String {
        self.words.format("plan-day-month-year", &args!["date" => self.day_month(d), "year" => self.year(d)])
    }

    /// "mars 2026".
    pub fn month_year(&self, d: NaiveDate) -> String {
        self.words.format("plan-month-year", &args!["month" => self.month_name(d.month()), "year" => self.year(d)])
    }

    /// "jeudi 12 mars".
    pub fn weekday_date(&self, d: NaiveDate) -> String {
        let weekday = self.words.format("plan-weekday-name", &args!["day" => d.weekday().number_from_monday()]);
        self.words.format("plan-weekday-date", &args!["weekday" => weekday, "date" => self.day_month(d)])
    }

    /// The week by its dates, with the years when it spans two: "semaine du 30 novembre au
    /// 6 décembre", "week of 28 December 2026 to 3 January 2027".
    pub fn week(&self, monday: NaiveDate) -> String {
        let sunday = monday + Days::new(6);
        let (from, to) = if monday.year() == sunday.year() {
            (self.day_month(monday), self.day_month(sunday))
        } else {
            (self.day_month_year(monday), self.day_month_year(sunday))
        };
        self.words.format("plan-week", &args!["from" => from, "to" => to])
    }

    /// "3 mars – 9 mars".
    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> String {
        self.words.format("plan-period", &args!["from" => self.day_month(from), "to" => self.day_month(to)])
    }

    /// The year as text, so no number formatting groups its digits.
    fn year(&self, d: NaiveDate) -> String {
        self.calendar.year(d).to_string()
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
        for c in Calendar::ALL {
            assert_eq!(Calendar::parse(c.code()), Some(c));
        }
        assert_eq!(Calendar::parse("julian"), None);
    }
}
