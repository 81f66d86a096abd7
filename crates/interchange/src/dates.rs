//! Dates as shops' files write them: `14/07/2024`, `07/14/2024`, `2024-07-14`, `14.7.2024`,
//! Excel's `14/07/24`, with or without a time; and birthdays, also without the year:
//! `14/07`, `--07-14`, `--0714`, `14 juillet`, `14 juli`, `July 14`.
//!
//! Whether `03/04` is the 3rd of April or the 4th of March is decided once per file from the
//! whole column (`decide_order`), not per value: a file is written by one program in one locale.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use fidele_domain::{Birthday, ErrorCode, Refusal};
use fidele_domain::text::fold;

/// Which comes first in a date whose year is last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// 14/07/2024: Europe, and most of the world.
    DayFirst,
    /// 07/14/2024: the United States (and Square's US exports).
    MonthFirst,
}

impl DateOrder {
    /// Month first for `en-US` (and `en_US.UTF-8`), day first elsewhere: the shops this app
    /// serves are European, and English-speaking ones are mostly British or Irish.
    pub fn for_locale(locale: &str) -> DateOrder {
        let mut parts = locale.split(['-', '_', '.']);
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.next().unwrap_or("").to_ascii_uppercase();
        if lang == "en" && region == "US" {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        }
    }
}

/// What one value says about the order: a first part over 12 can only be a day, a second part
/// over 12 only a day.
pub fn order_evidence(text: &str) -> Option<DateOrder> {
    let n = numeric_parts(text.trim().as_bytes())?;
    if n.year_first {
        return None;
    }
    match (n.a > 12, n.b > 12) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// Tallies evidence over a column; `decide` picks the order most values allow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrderVotes {
    pub day_first: usize,
    pub month_first: usize,
    /// Values that read as two different days, one per order (03/04).
    pub ambiguous: usize,
}

impl OrderVotes {
    pub fn add(&mut self, text: &str) {
        match order_evidence(text) {
            Some(DateOrder::DayFirst) => self.day_first += 1,
            Some(DateOrder::MonthFirst) => self.month_first += 1,
            None => {
                if numeric_parts(text.trim().as_bytes()).is_some_and(|n| !n.year_first && n.a != n.b && n.a <= 12 && n.b <= 12) {
                    self.ambiguous += 1;
                }
            }
        }
    }

    pub fn decide(&self, default: DateOrder) -> DateOrder {
        use std::cmp::Ordering::*;
        match self.day_first.cmp(&self.month_first) {
            Greater => DateOrder::DayFirst,
            Less => DateOrder::MonthFirst,
            Equal => default,
        }
    }
}

/// The order for a whole column; `default` when no value settles it.
pub fn decide_order<'a>(
    values: impl IntoIterator<Item = &'a str>,
    default: DateOrder,
) -> DateOrder {
    let mut votes = OrderVotes::default();
    for v in values {
        votes.add(v);
    }
    votes.decide(default)
}

/// Up to three numbers of a date, and what follows them.
#[derive(Debug, Clone, Copy)]
struct NumericParts<'a> {
    a: u32,
    b: u32,
    /// The third number and its digit count, if any.
    c: Option<(u32, usize)>,
    year_first: bool,
    rest: &'a [u8],
}

fn digits(bytes: &[u8], max: usize) -> Option<(u32, usize)> {
    let n = bytes
        .iter()
        .take(max + 1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if n == 0 || n > max {
        return None;
    }
    let value = bytes[..n]
        .iter()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
    Some((value, n))
}

/// `a/b[/c]` with `/`, `-` or `.` (the same one twice), or `yyyy-mm-dd`.
fn numeric_parts(s: &[u8]) -> Option<NumericParts<'_>> {
    let (a, na) = digits(s, 4)?;
    let sep = *s.get(na)?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let s2 = &s[na + 1..];
    let (b, nb) = digits(s2, 2)?;
    let after_b = &s2[nb..];
    let (c, rest) = match after_b.split_first() {
        Some((&sep2, tail)) if sep2 == sep => match digits(tail, 4) {
            Some((c, nc)) => (Some((c, nc)), &tail[nc..]),
            None => return None,
        },
        _ => (None, after_b),
    };
    if na == 3 || (na == 4 && c.is_none_or(|(_, nc)| nc > 2)) {
        return None;
    }
    Some(NumericParts {
        a,
        b,
        c,
        year_first: na == 4,
        rest,
    })
}

/// Two-digit years: the most recent year ending so that is not in the future (`24` is 2024,
/// `85` is 1985), as a date of birth or of sale is never ahead of today.
fn expand_year(two_digits: u32) -> i32 {
    static THIS_YEAR: OnceLock<i32> = OnceLock::new();
    let this_year = *THIS_YEAR.get_or_init(|| chrono::Local::now().year());
    let candidate = 2000 + two_digits as i32;
    if candidate <= this_year {
        candidate
    } else {
        candidate - 100
    }
}

/// (year, month, day) from the parts, or why not.
fn ymd(n: &NumericParts<'_>, order: DateOrder) -> Option<(Option<i32>, u32, u32)> {
    if n.year_first {
        let (d, _) = n.c?;
        return Some((Some(n.a as i32), n.b, d));
    }
    let (month, day) = match order {
        DateOrder::DayFirst => (n.b, n.a),
        DateOrder::MonthFirst => (n.a, n.b),
    };
    let year = match n.c {
        None => None,
        Some((y, 2)) => Some(expand_year(y)),
        Some((y, 4)) => Some(y as i32),
        Some(_) => return None,
    };
    Some((year, month, day))
}

fn not_a_date(text: &str) -> Refusal {
    Refusal::new(ErrorCode::NotADate).with("value", text)
}

fn calendar_day(text: &str, year: i32, month: u32, day: u32) -> Result<NaiveDate, Refusal> {
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| Refusal::new(ErrorCode::NotADay).with("value", text))
}

/// Excel writes a date cell formatted as a number as its serial: days since 1899-12-30.
fn excel_serial(text: &str) -> Option<NaiveDate> {
    if text.len() != 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = text.parse().ok()?;
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(chrono::Duration::days(n))
}

/// ISO 8601's basic form, `20240714`, as older tills and CDNOW's file write it.
fn compact_iso(text: &str) -> Option<Result<NaiveDate, Refusal>> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m, d) = (text[..4].parse().ok()?, text[4..6].parse().ok()?, text[6..].parse().ok()?);
    Some(calendar_day(text, y, m, d))
}

/// A date with its year; a time after it, if any, must be a time but is dropped.
pub fn parse_date(text: &str, order: DateOrder) -> Result<NaiveDate, Refusal> {
    parse_date_time(text, order).map(|dt| dt.date())
}

/// A date with an optional time after a space or `T`: `14/07/2024 10:32`, `2024-07-14T10:32:05`,
/// `11/3/26 10:12 AM`, `2026-10-05 14:31:07 +0200` (local time: the offset is dropped),
/// `20240714`. Without a time it is midnight.
pub fn parse_date_time(text: &str, order: DateOrder) -> Result<NaiveDateTime, Refusal> {
    let t = text.trim();
    if let Some(d) = excel_serial(t) {
        return Ok(d.and_time(NaiveTime::MIN));
    }
    if let Some(d) = compact_iso(t) {
        return d.map(|d| d.and_time(NaiveTime::MIN));
    }
    let n = numeric_parts(t.as_bytes()).ok_or_else(|| not_a_date(t))?;
    let (year, month, day) = ymd(&n, order).ok_or_else(|| not_a_date(t))?;
    let year = year.ok_or_else(|| Refusal::new(ErrorCode::NoYear).with("value", t))?;
    let date = calendar_day(t, year, month, day)?;
    let rest = n.rest;
    let time = match rest.split_first() {
        None => NaiveTime::MIN,
        Some((b' ' | b'T', tail)) => {
            // `rest` starts after ASCII digits, so this is a char boundary.
            let tail = std::str::from_utf8(tail).map_err(|_| not_a_date(t))?;
            parse_time(tail).map_err(|_| Refusal::new(ErrorCode::NotATime).with("value", t))?
        }
        Some(_) => return Err(not_a_date(t)),
    };
    Ok(date.and_time(time))
}

/// `10:32`, `10:32:05`, `10:32:05.123`, `10h32`, `2:05 PM`; a trailing `Z` or UTC offset is
/// dropped (tills export local time).
pub fn parse_time(text: &str) -> Result<NaiveTime, Refusal> {
    let t = text.trim();
    let bad = || Refusal::new(ErrorCode::NotATime).with("value", t);
    let b = t.as_bytes();
    let (mut hour, nh) = digits(b, 2).ok_or_else(bad)?;
    let sep = *b.get(nh).ok_or_else(bad)?;
    if !matches!(sep, b':' | b'h' | b'H' | b'.') {
        return Err(bad());
    }
    let after_h = &b[nh + 1..];
    let (minute, nm) = match digits(after_h, 2) {
        Some((m, 2)) => (m, 2),
        None if sep != b':' && after_h.is_empty() => (0, 0), // "10h"
        _ => return Err(bad()),
    };
    let mut rest = &after_h[nm..];
    let mut second = 0;
    if let [b':', tail @ ..] = rest {
        let (s, ns) = digits(tail, 2).filter(|&(_, n)| n == 2).ok_or_else(bad)?;
        second = s;
        rest = &tail[ns..];
        if let [b'.' | b',', frac @ ..] = rest {
            let nf = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            rest = &frac[nf..];
        }
    }
    let rest = std::str::from_utf8(rest).map_err(|_| bad())?.trim();
    let offset_only = |r: &str| {
        r == "Z"
            || ((r.starts_with('+') || r.starts_with('-'))
                && r[1..].bytes().all(|c| c.is_ascii_digit() || c == b':'))
    };
    match rest.to_ascii_lowercase().as_str() {
        "" => {}
        "am" | "a.m." if (1..=12).contains(&hour) => hour %= 12,
        "pm" | "p.m." if (1..=12).contains(&hour) => hour = hour % 12 + 12,
        _ if offset_only(rest) => {}
        _ => return Err(bad()),
    }
    NaiveTime::from_hms_opt(hour, minute, second).ok_or_else(bad)
}

/// Month names and their usual abbreviations in French, Dutch and English, folded.
const MONTHS: [&[&str]; 12] = [
    &["janvier", "januari", "january", "janv", "jan"],
    &["fevrier", "februari", "february", "fevr", "fev", "feb"],
    &["mars", "maart", "march", "mrt", "mar"],
    &["avril", "april", "avr", "apr"],
    &["mai", "mei", "may"],
    &["juin", "juni", "june", "jun"],
    &["juillet", "juli", "july", "juil", "jul"],
    &["aout", "augustus", "august", "aug"],
    &["septembre", "september", "sept", "sep"],
    &["octobre", "oktober", "october", "oct", "okt"],
    &["novembre", "november", "nov"],
    &["decembre", "december", "dec"],
];

/// The month a word names: a full name, an abbreviation, or the start of names of one month
/// only (`juil`, but not `jui`).
fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if let Some(i) = MONTHS.iter().position(|names| names.contains(&word)) {
        return Some(i as u32 + 1);
    }
    if word.len() < 3 {
        return None;
    }
    let mut found = None;
    for (i, names) in MONTHS.iter().enumerate() {
        if names.iter().any(|n| n.starts_with(word)) {
            if found.is_some() {
                return None;
            }
            found = Some(i as u32 + 1);
        }
    }
    found
}

/// `14 juillet`, `1er juillet 1985`, `July 14, 1985`, `14th of July`, `14 juli`.
fn textual_birthday(text: &str) -> Option<(Option<i32>, u32, u32)> {
    let folded = fold(text);
    let (mut month, mut day, mut year) = (None, None, None);
    for word in folded.split(' ') {
        if let Some(m) = month_of(word) {
            if month.replace(m).is_some() {
                return None;
            }
            continue;
        }
        let digits_len = word.bytes().take_while(u8::is_ascii_digit).count();
        if digits_len > 0 {
            let (num, suffix) = word.split_at(digits_len);
            if !matches!(
                suffix,
                "" | "er" | "e" | "st" | "nd" | "rd" | "th" | "ste" | "de"
            ) {
                return None;
            }
            let value: u32 = num.parse().ok()?;
            if digits_len == 4 && suffix.is_empty() {
                if year.replace(value as i32).is_some() {
                    return None;
                }
            } else if digits_len <= 2 {
                if day.replace(value).is_some() {
                    return None;
                }
            } else {
                return None;
            }
            continue;
        }
        if !matches!(word, "le" | "de" | "of" | "the" | "on" | "") {
            return None;
        }
    }
    Some((year, month?, day?))
}

/// A birthday, with or without its year. Apple's no-year marker (year 1604) and year 0 read as
/// no year.
/// A refusal is `not_a_birthday` or `not_a_day` naming the cell as written, or the domain's
/// `no_such_month` or `too_far_back`.
pub fn parse_birthday(text: &str, order: DateOrder) -> Result<Birthday, Refusal> {
    let t = text.trim();
    let bad = || Refusal::new(ErrorCode::NotABirthday).with("value", t);
    let (year, month, day) = if let Some(rest) = t.strip_prefix("--") {
        // ISO 8601 / vCard without a year: --07-14 or --0714.
        let b = rest.as_bytes();
        match b {
            [m1, m2, b'-', d1, d2] | [m1, m2, d1, d2]
                if [m1, m2, d1, d2].iter().all(|c| c.is_ascii_digit()) =>
            {
                let m = u32::from(m1 - b'0') * 10 + u32::from(m2 - b'0');
                let d = u32::from(d1 - b'0') * 10 + u32::from(d2 - b'0');
                (None, m, d)
            }
            _ => return Err(bad()),
        }
    } else if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        // vCard's basic format: 19850714.
        let n = |r: std::ops::Range<usize>| t[r].parse::<u32>().unwrap_or(0);
        (Some(n(0..4) as i32), n(4..6), n(6..8))
    } else if let Some(d) = excel_serial(t) {
        (Some(d.year()), d.month(), d.day())
    } else if let Some(n) = numeric_parts(t.as_bytes()) {
        // A time after the date (Excel's "14/07/1985 00:00") is allowed and dropped.
        let rest = std::str::from_utf8(n.rest).map_err(|_| bad())?;
        if !rest.is_empty() {
            let time_ok =
                matches!(rest.as_bytes()[0], b' ' | b'T') && parse_time(&rest[1..]).is_ok();
            if !time_ok {
                return Err(bad());
            }
        }
        ymd(&n, order).ok_or_else(bad)?
    } else {
        textual_birthday(t).ok_or_else(bad)?
    };
    let year = year.filter(|&y| y != 0 && y != 1604);
    Birthday::new(year, month, day).map_err(|why| match why.code {
        // Named as the cell writes it, not as the date was read.
        ErrorCode::NotADay => Refusal::new(ErrorCode::NotADay).with("value", t),
        _ => why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateOrder::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn numeric_dates_in_every_shape() {
        assert_eq!(parse_date("14/07/2024", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("07/14/2024", MonthFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("2024-07-14", MonthFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("2024/07/14", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("14.7.2024", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("4-7-2024", DayFirst), Ok(d(2024, 7, 4)));
        assert_eq!(parse_date("14/07/24", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("45487", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("20240714", DayFirst), Ok(d(2024, 7, 14)));
        assert_eq!(parse_date("20241314", DayFirst).unwrap_err().code, ErrorCode::NotADay);
    }

    #[test]
    fn dates_and_times_as_tills_write_them() {
        let at = |y, m, day, h, min, s| d(y, m, day).and_hms_opt(h, min, s).unwrap();
        // Loyverse (US): month first, two-digit year, AM/PM.
        assert_eq!(parse_date_time("11/3/26 10:12 AM", MonthFirst), Ok(at(2026, 11, 3, 10, 12, 0)));
        assert_eq!(parse_date_time("11/3/26 1:05 PM", MonthFirst), Ok(at(2026, 11, 3, 13, 5, 0)));
        // Shopify: ISO with the shop's UTC offset, kept as the local time it is.
        assert_eq!(parse_date_time("2026-10-05 14:31:07 +0200", DayFirst), Ok(at(2026, 10, 5, 14, 31, 7)));
        assert_eq!(parse_date_time("03/11/2026 10:12", DayFirst), Ok(at(2026, 11, 3, 10, 12, 0)));
        assert_eq!(parse_date_time("05.11.2026", DayFirst), Ok(at(2026, 11, 5, 0, 0, 0)));
        // The whole column decides: one unambiguous value settles the ambiguous ones.
        let column = ["03/11/2026 10:12", "04/11/2026 09:00", "11/13/2026 18:40"];
        assert_eq!(decide_order(column, DayFirst), MonthFirst);
    }

    #[test]
    fn bad_dates_say_why() {
        assert_eq!(parse_date("31/02/2024", DayFirst).unwrap_err().code, ErrorCode::NotADay);
        assert_eq!(parse_date("14/07", DayFirst).unwrap_err().code, ErrorCode::NoYear);
        assert_eq!(parse_date("hier", DayFirst).unwrap_err().code, ErrorCode::NotADate);
        assert!(parse_date("14/07-2024", DayFirst).is_err());
        assert!(parse_date("2024-07", DayFirst).is_err());
        assert!(parse_date("123-07-14", DayFirst).is_err());
        assert!(parse_date("14/07/2024x", DayFirst).is_err());
        assert_eq!(parse_date("14/07/2024 25:00", DayFirst).unwrap_err().code, ErrorCode::NotATime);
    }

    #[test]
    fn two_digit_years_are_never_in_the_future() {
        let this_year = chrono::Local::now().year();
        let yy = (this_year + 1) % 100;
        let text = format!("01/01/{yy:02}");
        assert_eq!(
            parse_date(&text, DayFirst).unwrap().year(),
            this_year + 1 - 100
        );
        assert_eq!(parse_date("01/01/85", DayFirst).unwrap().year(), 1985);
    }

    #[test]
    fn dates_with_times() {
        let at = |h, m, s| d(2024, 7, 14).and_hms_opt(h, m, s).unwrap();
        assert_eq!(
            parse_date_time("14/07/2024 10:32", DayFirst),
            Ok(at(10, 32, 0))
        );
        assert_eq!(
            parse_date_time("2024-07-14T10:32:05", DayFirst),
            Ok(at(10, 32, 5))
        );
        assert_eq!(
            parse_date_time("2024-07-14 10:32:05.250Z", DayFirst),
            Ok(at(10, 32, 5))
        );
        assert_eq!(
            parse_date_time("07/14/2024 2:05 PM", MonthFirst),
            Ok(at(14, 5, 0))
        );
        assert_eq!(parse_date_time("14/07/2024", DayFirst), Ok(at(0, 0, 0)));
        assert_eq!(
            parse_time("10h32"),
            Ok(NaiveTime::from_hms_opt(10, 32, 0).unwrap())
        );
        assert_eq!(parse_time("12:00 am"), Ok(NaiveTime::MIN));
        assert!(parse_time("10:3").is_err());
        assert!(parse_time("13:00 PM").is_err());
        assert!(parse_time("10:00 tomorrow").is_err());
    }

    #[test]
    fn the_column_decides_day_or_month_first() {
        assert_eq!(
            decide_order(["01/02/2024", "03/04/2024"], MonthFirst),
            MonthFirst
        );
        assert_eq!(
            decide_order(["01/02/2024", "25/04/2024"], MonthFirst),
            DayFirst
        );
        assert_eq!(
            decide_order(["01/02/2024", "04/25/2024"], DayFirst),
            MonthFirst
        );
        assert_eq!(decide_order(["2024-12-25", "", "x"], DayFirst), DayFirst);
        assert_eq!(DateOrder::for_locale("en_US.UTF-8"), MonthFirst);
        assert_eq!(DateOrder::for_locale("en-GB"), DayFirst);
        assert_eq!(DateOrder::for_locale("fr-BE"), DayFirst);
    }

    #[test]
    fn birthdays_with_and_without_year() {
        let b = |y, m, d| Birthday::new(y, m, d).unwrap();
        assert_eq!(
            parse_birthday("14/07/1985", DayFirst),
            Ok(b(Some(1985), 7, 14))
        );
        assert_eq!(
            parse_birthday("14/07/85", DayFirst),
            Ok(b(Some(1985), 7, 14))
        );
        assert_eq!(
            parse_birthday("14/07/1985 00:00", DayFirst),
            Ok(b(Some(1985), 7, 14))
        );
        assert_eq!(parse_birthday("14/07", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(parse_birthday("07/14", MonthFirst), Ok(b(None, 7, 14)));
        assert_eq!(parse_birthday("--07-14", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(parse_birthday("--0714", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(
            parse_birthday("19850714", DayFirst),
            Ok(b(Some(1985), 7, 14))
        );
        assert_eq!(parse_birthday("1604-07-14", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(parse_birthday("14 juillet", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(
            parse_birthday("1er Juillet 1985", DayFirst),
            Ok(b(Some(1985), 7, 1))
        );
        assert_eq!(parse_birthday("14 juli", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(parse_birthday("July 14", DayFirst), Ok(b(None, 7, 14)));
        assert_eq!(
            parse_birthday("July 14th, 1985", DayFirst),
            Ok(b(Some(1985), 7, 14))
        );
        assert_eq!(parse_birthday("14 févr.", DayFirst), Ok(b(None, 2, 14)));
        assert_eq!(parse_birthday("29/02", DayFirst), Ok(b(None, 2, 29)));
    }

    #[test]
    fn bad_birthdays_say_why() {
        assert_eq!(parse_birthday("30/02", DayFirst).unwrap_err(), Refusal::new(ErrorCode::NotADay).with("value", "30/02"));
        assert_eq!(parse_birthday("14 jui", DayFirst).unwrap_err().code, ErrorCode::NotABirthday);
        assert!(parse_birthday("le 14", DayFirst).is_err());
        assert!(parse_birthday("14 juillet juillet", DayFirst).is_err());
        assert_eq!(parse_birthday("--13-01", DayFirst).unwrap_err().code, ErrorCode::NoSuchMonth);
        assert_eq!(parse_birthday("14/07/1850", DayFirst).unwrap_err().code, ErrorCode::TooFarBack);
        assert!(parse_birthday("14/07/1985 midi", DayFirst).is_err());
        assert!(parse_birthday("", DayFirst).is_err());
    }
}
