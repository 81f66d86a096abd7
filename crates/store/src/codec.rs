//! How domain values are written in SQLite columns. One place, so every query agrees.

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::{Currency, Money};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};

pub(crate) const DATE_TIME: &str = "%Y-%m-%dT%H:%M:%S";
pub(crate) const DATE: &str = "%Y-%m-%d";

pub(crate) fn dt(at: NaiveDateTime) -> String {
    at.format(DATE_TIME).to_string()
}

pub(crate) fn date(d: NaiveDate) -> String {
    d.format(DATE).to_string()
}

pub(crate) fn now() -> NaiveDateTime {
    // Second precision: what the shopkeeper sees, and what sorts and compares as text.
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond_zero()
}

trait NanoZero {
    fn with_nanosecond_zero(self) -> Self;
}

impl NanoZero for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

/// A `TEXT` column holding a date-time written by [`dt`].
pub(crate) struct Dt(pub NaiveDateTime);

impl FromSql for Dt {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        NaiveDateTime::parse_from_str(text, DATE_TIME)
            .or_else(|_| NaiveDate::parse_from_str(text, DATE).map(|d| d.and_time(chrono::NaiveTime::MIN)))
            .map(Dt)
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

/// A `TEXT` column holding a date written by [`date`].
pub(crate) struct Day(pub NaiveDate);

impl FromSql for Day {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), DATE).map(Day).map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

pub(crate) fn currency(code: &str) -> FromSqlResult<Currency> {
    Currency::parse(code).ok_or_else(|| FromSqlError::Other(format!("bad currency code {code:?}").into()))
}

pub(crate) fn money(minor: i64, code: &str) -> FromSqlResult<Money> {
    Ok(Money::new(minor, currency(code)?))
}

/// Reads an enum stored as its code; an unknown code is a corrupt row, not a panic.
pub(crate) fn code<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> FromSqlResult<T> {
    parse(text).ok_or_else(|| FromSqlError::Other(format!("unknown code {text:?}").into()))
}

pub(crate) fn sql_err(e: FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}
