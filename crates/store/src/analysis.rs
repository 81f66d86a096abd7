//! What the analysis reads: every customer's facts and purchases, in one consistent snapshot,
//! as fast as SQLite hands them over.
//!
//! Which customers:
//! - erased customers are left out (their personal data is gone and they asked to be
//!   forgotten), and so are their purchases, if any still point at them;
//! - archived customers are kept: archiving hides someone from the daily lists, it does not
//!   undo their history. Leaving them out would drop mostly the customers who stopped coming
//!   and bias the models towards the ones still there (P(alive) too high, drop-out too low),
//!   and shrink the revenue, the 80/20 split and the retention counts. Screens that list
//!   people to call can hide archived ones by id.
//!
//! Purchases after the analysis date are not read at all; sales without a customer (walk-ins,
//! erased customers) are not the analysis' business. Amounts are taken as they are, in the
//! shop's currency: a shop keeps its books in one.
//!
//! Speed: prepared queries in one read transaction, values read as borrowed text where
//! possible, dates parsed from their fixed-width digits ([`parse_date_time`]), one shared
//! allocation per purchase category, purchases in table order and, on a large file, read by
//! two connections at once (see [`Store::analysis_input`]).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use fidele_analytics::{AnalysisInput, AnalysisSettings, CustomerFacts, PurchaseFact, Stage};
use fidele_domain::{CustomerId, Invalid};
use rusqlite::types::{FromSqlError, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::codec::{DATE, DATE_TIME, sql_err};
use crate::{Result, Store};

/// Settings keys the analysis reads (values are text, as every setting). Absent keys keep
/// [`AnalysisSettings::default`]; the margin rate comes from the shop profile.
mod keys {
    pub const SUPPORTER_MIN_PURCHASES: &str = "analytics.supporter_min_purchases";
    pub const DRIFT_THRESHOLD: &str = "analytics.drift_threshold";
    pub const ANNUAL_DISCOUNT_RATE: &str = "analytics.annual_discount_rate";
    pub const GOLD_MARGIN_SHARE: &str = "analytics.gold_margin_share";
    pub const SATISFIED_SILENCE_DAYS: &str = "analytics.satisfied_silence_days";
    pub const MIN_REPEAT_CUSTOMERS: &str = "analytics.min_repeat_customers";
    pub const PARETO_POINTS: &str = "analytics.pareto_points";
}

impl Store {
    /// Everything [`fidele_analytics::analyze`] needs as of `as_of`, read in one transaction so
    /// the customers, complaints and purchases agree with each other.
    ///
    /// Customers come by increasing id (the analysis then finds them in a flat table).
    /// Purchases come in table order, which is the order they were recorded, not grouped by
    /// customer: reading them through the `(customer_id, at)` index would fetch each row from
    /// wherever it was written, one page read per row on a real file, while the table scan
    /// reads each page once; the analysis groups them by customer itself in linear time.
    ///
    /// On a file with many purchases, the later two thirds of the purchases table are read by
    /// a second, read-only connection on another thread while this one reads the customers
    /// and the first third. Its snapshot starts a moment later; nothing writes in between in
    /// practice (writes go through `&mut Store`, and the instance lock keeps other Fidèle
    /// windows out).
    pub fn analysis_input(&self, as_of: NaiveDate, settings: AnalysisSettings) -> Result<AnalysisInput> {
        read_input(self.conn(), self.path(), as_of, settings, PARALLEL_MIN_PURCHASES)
    }

    /// The analysis settings: the defaults, the shop profile's margin rate
    /// (`margin_rate_permille`), and whatever these keys of the settings table say:
    /// `analytics.supporter_min_purchases` (whole number ≥ 1), `analytics.drift_threshold`
    /// (P(alive), 0–1), `analytics.annual_discount_rate` (0–1), `analytics.gold_margin_share`
    /// (above 0, at most 1), `analytics.satisfied_silence_days` (1–364),
    /// `analytics.min_repeat_customers` (≥ 1) and `analytics.pareto_points` (2–10,000). Other
    /// `analytics.*` keys are ignored. A value that does not parse or is out of range is
    /// refused, naming the key.
    pub fn analysis_settings(&self) -> Result<AnalysisSettings> {
        let mut s = AnalysisSettings {
            margin_rate_permille: self.conn().query_row("SELECT margin_rate_permille FROM shop_profile WHERE id = 1", [], |r| r.get(0))?,
            ..AnalysisSettings::default()
        };
        let mut stmt = self.conn().prepare_cached("SELECT key, value FROM settings WHERE key LIKE 'analytics.%'")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut errors = Invalid::default();
        for row in rows {
            let (key, value) = row?;
            let value = value.trim();
            let problem = match key.as_str() {
                keys::SUPPORTER_MIN_PURCHASES => set(&mut s.supporter_min_purchases_12m, value, |&v| v >= 1, ("1", "∞")),
                keys::DRIFT_THRESHOLD => set(&mut s.drift_p_alive_threshold, value, |v| (0.0..=1.0).contains(v), ("0", "1")),
                keys::ANNUAL_DISCOUNT_RATE => set(&mut s.annual_discount_rate, value, |v| (0.0..=1.0).contains(v), ("0", "1")),
                keys::GOLD_MARGIN_SHARE => set(&mut s.gold_margin_share, value, |v| *v > 0.0 && *v <= 1.0, ("0", "1")),
                keys::SATISFIED_SILENCE_DAYS => set(&mut s.satisfied_silence_days, value, |&v| (1..365).contains(&v), ("1", "364")),
                keys::MIN_REPEAT_CUSTOMERS => set(&mut s.min_repeat_customers, value, |&v| v >= 1, ("1", "∞")),
                keys::PARETO_POINTS => set(&mut s.pareto_points, value, |&v| (2..=10_000).contains(&v), ("2", "10000")),
                _ => None,
            };
            if let Some(problem) = problem {
                errors.push(fidele_domain::FieldError::new(key, fidele_domain::ErrorCode::NotInRange).with("value", value).with("min", problem.0).with("max", problem.1));
            }
        }
        errors.into_result()?;
        Ok(s)
    }
}

/// The analysis settings a shopkeeper edits in Settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LadderSettings {
    /// Purchase occasions in the last 12 months that make a supporter.
    pub supporter_min_purchases: u32,
    /// Below this probability of being active, a valuable customer is drifting away.
    pub drift_threshold: f64,
    /// Yearly discount rate of the 12-month lifetime value.
    pub annual_discount_rate: f64,
}

impl Store {
    pub fn ladder_settings(&self) -> Result<LadderSettings> {
        let s = self.analysis_settings()?;
        Ok(LadderSettings {
            supporter_min_purchases: s.supporter_min_purchases_12m,
            drift_threshold: s.drift_p_alive_threshold,
            annual_discount_rate: s.annual_discount_rate,
        })
    }

    /// Saves them, checked exactly as [`Store::analysis_settings`] reads them: a bad value is
    /// refused naming its key, and nothing is written.
    pub fn set_ladder_settings(&mut self, l: LadderSettings) -> Result<()> {
        let tx = self.conn().unchecked_transaction()?;
        for (key, value) in [
            (keys::SUPPORTER_MIN_PURCHASES, l.supporter_min_purchases.to_string()),
            (keys::DRIFT_THRESHOLD, l.drift_threshold.to_string()),
            (keys::ANNUAL_DISCOUNT_RATE, l.annual_discount_rate.to_string()),
        ] {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
        self.analysis_settings()?; // dropping `tx` on error rolls the writes back
        tx.commit()?;
        Ok(())
    }

    /// Sets a customer's stage by hand (a partner, say), or gives it back to the analysis. A
    /// stage set by hand goes into the customer's ladder history at once, from the stage they
    /// had by hand or last recorded.
    pub fn set_manual_stage(&mut self, id: CustomerId, stage: Option<Stage>) -> Result<()> {
        let today = crate::codec::now().date();
        self.write(|tx| {
            let previous: Option<Option<String>> = tx
                .query_row(
                    "SELECT coalesce(manual_stage,
                         (SELECT to_stage FROM ladder_moves WHERE customer_id = ?1 ORDER BY month_end DESC LIMIT 1))
                     FROM customers WHERE id = ?1",
                    [id.0],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(previous) = previous else { return Err(crate::Error::NotFound { what: "customer", id: id.0 }) };
            tx.execute("UPDATE customers SET manual_stage = ?2 WHERE id = ?1", params![id.0, stage.map(Stage::code)])?;
            let from = previous.as_deref().and_then(Stage::parse);
            if let Some(to) = stage.filter(|&to| from != Some(to)) {
                crate::ladder_moves::record_manual(tx, id, from, to, today)?;
            }
            Ok(())
        })
    }
}

/// Parses `value` into `slot` when it is valid; otherwise returns what was expected.
/// `None` when `value` was read into `slot`, else the range expected, `(min, max)`.
fn set<T: std::str::FromStr>(slot: &mut T, value: &str, valid: impl Fn(&T) -> bool, expected: (&'static str, &'static str)) -> Option<(&'static str, &'static str)> {
    match value.parse::<T>() {
        Ok(v) if valid(&v) => {
            *slot = v;
            None
        }
        _ => Some(expected),
    }
}

/// Below this many purchases one connection reads everything: a second one is not worth
/// opening.
const PARALLEL_MIN_PURCHASES: i64 = 50_000;

/// Purchases per block of the second reader: it hands its rows over in small blocks, copied
/// into the one vector and freed one by one. One large vector freed after the copy would
/// raise glibc's mmap threshold to its size (tens of MiB), after which the analysis' own
/// large vectors come from the heap, where freed memory is kept: more resident memory for
/// nothing.
const BLOCK: usize = 1024;

/// Share of the purchases' row ids the calling thread reads; it also reads the customers,
/// which take about half as long as the rest of the purchases.
const CALLER_SHARE: f64 = 1.0 / 3.0;

fn read_input(conn: &Connection, path: Option<&Path>, as_of: NaiveDate, settings: AnalysisSettings, parallel_min: i64) -> Result<AnalysisInput> {
    let tx = conn.unchecked_transaction()?;
    // Dates are ISO text: everything before the next day's date is on or before `as_of`.
    let until = as_of.succ_opt().unwrap_or(NaiveDate::MAX).format(DATE).to_string();
    let (first, last, count): (i64, i64, i64) =
        tx.query_row("SELECT coalesce(min(rowid), 0), coalesce(max(rowid), 0), count(*) FROM purchases", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let second = match path {
        Some(path) if count >= parallel_min => Some(Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?),
        _ => None,
    };
    let split = match second {
        Some(_) => first + ((last - first) as f64 * CALLER_SHARE) as i64,
        None => i64::MAX,
    };
    let (customers, erased, mut purchases) = std::thread::scope(|scope| -> Result<_> {
        let later = second.map(|conn| {
            let until = until.as_str();
            scope.spawn(move || -> Result<Vec<Vec<PurchaseFact>>> {
                let tx = conn.unchecked_transaction()?;
                let mut blocks = Vec::new();
                read_purchases(&tx, until, split + 1, i64::MAX, |p| {
                    if blocks.last().is_none_or(|b: &Vec<PurchaseFact>| b.len() == BLOCK) {
                        blocks.push(Vec::with_capacity(BLOCK));
                    }
                    blocks.last_mut().expect("just pushed").push(p);
                })?;
                Ok(blocks)
            })
        });
        let complaints = open_complaints(&tx)?;
        let (customers, erased) = customers(&tx, &complaints)?;
        // Room for the whole table at once (an upper bound: counting exactly would cost a
        // pass), so the later part is appended without growing the vector.
        let mut all = Vec::with_capacity(count as usize);
        read_purchases(&tx, &until, i64::MIN, split, |p| all.push(p))?;
        if let Some(later) = later {
            let blocks = later.join().map_err(|_| crate::Error::Io { context: "the purchase reader stopped".into(), source: std::io::Error::other("thread panicked") })??;
            for block in blocks {
                all.extend(block);
            }
        }
        Ok((customers, erased, all))
    })?;
    drop(tx);
    if !erased.is_empty() {
        purchases.retain(|p| !erased.contains(&p.customer.0));
    }
    Ok(AnalysisInput { as_of, customers, purchases, settings })
}

/// Open complaints (not resolved) per customer. Few rows: the partial index on unresolved
/// interactions finds them without reading the rest.
fn open_complaints(conn: &Connection) -> Result<HashMap<i64, u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, count(*) FROM interactions
         WHERE kind = 'complaint' AND status <> 'resolved' GROUP BY customer_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The customers who were not erased, by id, and the ids of those who were.
fn customers(conn: &Connection, complaints: &HashMap<i64, u32>) -> Result<(Vec<CustomerFacts>, HashSet<i64>)> {
    // An upper bound, from the smallest index: counting only the non-erased would read the
    // whole table once more.
    let count: i64 = conn.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))?;
    let mut out = Vec::with_capacity(count as usize);
    let mut erased = HashSet::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, erased_at IS NOT NULL, created_at, manual_stage, referred_by, first_name, last_name, company
         FROM customers ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if r.get::<_, bool>(1)? {
            erased.insert(id);
            continue;
        }
        let created = date_time(r.get_ref(2)?)?.date();
        let manual_stage = match r.get_ref(3)?.as_str_or_null().map_err(sql_err)? {
            None => None,
            Some(code) => Some(Stage::parse(code).ok_or_else(|| sql_err(FromSqlError::Other(format!("customer {id}: unknown stage {code:?}").into())))?),
        };
        let text = |k: usize| r.get_ref(k).and_then(|v| v.as_str().map_err(sql_err));
        out.push(CustomerFacts {
            id: CustomerId(id),
            created,
            manual_stage,
            referred_by: r.get::<_, Option<i64>>(4)?.map(CustomerId),
            open_complaints: complaints.get(&id).copied().unwrap_or(0),
            name: display_name(text(5)?, text(6)?, text(7)?),
        });
    }
    Ok((out, erased))
}

/// Purchases with a customer, dated before `until`, with row ids in `from..=to`, in table
/// order, handed to `push`.
fn read_purchases(conn: &Connection, until: &str, from: i64, to: i64, mut push: impl FnMut(PurchaseFact)) -> Result<()> {
    // NOT INDEXED: left to itself SQLite walks the `at` index for `at < ?` and fetches every
    // row from the table through it; when (nearly) every row qualifies, the plain scan of the
    // table is a third faster, and its order is the same (rows are written as sales happen).
    // The row id range is still a seek.
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, at, amount_minor, margin_minor, category FROM purchases NOT INDEXED
         WHERE rowid BETWEEN ?2 AND ?3 AND customer_id IS NOT NULL AND at < ?1",
    )?;
    let mut categories = Categories::default();
    let mut rows = stmt.query(params![until, from, to])?;
    while let Some(r) = rows.next()? {
        push(PurchaseFact {
            customer: CustomerId(r.get(0)?),
            at: date_time(r.get_ref(1)?)?,
            amount_minor: r.get(2)?,
            margin_minor: r.get(3)?,
            category: categories.get(r.get_ref(4)?.as_str().map_err(sql_err)?),
        });
    }
    Ok(())
}

/// One shared allocation per category name.
#[derive(Default)]
struct Categories {
    last: Option<Arc<str>>,
    all: HashMap<Box<str>, Arc<str>>,
}

impl Categories {
    fn get(&mut self, name: &str) -> Arc<str> {
        if let Some(last) = &self.last
            && **last == *name
        {
            return last.clone();
        }
        let shared = match self.all.get(name) {
            Some(shared) => shared.clone(),
            None => {
                let shared: Arc<str> = name.into();
                self.all.insert(name.into(), shared.clone());
                shared
            }
        };
        self.last = Some(shared.clone());
        shared
    }
}

/// [`fidele_domain::customer::display_name`] in one allocation.
fn display_name(first: &str, last: &str, company: &str) -> String {
    let (first, last) = (first.trim(), last.trim());
    match (first.is_empty(), last.is_empty()) {
        (true, true) => company.trim().to_owned(),
        (false, true) => first.to_owned(),
        (true, false) => last.to_owned(),
        (false, false) => {
            let mut name = String::with_capacity(first.len() + 1 + last.len());
            name.push_str(first);
            name.push(' ');
            name.push_str(last);
            name
        }
    }
}

fn date_time(value: ValueRef<'_>) -> rusqlite::Result<NaiveDateTime> {
    let text = value.as_str().map_err(sql_err)?;
    parse_date_time(text).ok_or_else(|| sql_err(FromSqlError::Other(format!("bad date {text:?}").into())))
}

/// The store's date-times, `YYYY-MM-DDTHH:MM:SS` (or a bare `YYYY-MM-DD`, midnight), read
/// from their fixed-width digits: several times faster than chrono's format parser, which
/// interprets the format string on every call. Anything else goes to that parser, so this
/// accepts exactly what the store's other readers accept.
pub(crate) fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    fixed_width(text.as_bytes()).or_else(|| {
        NaiveDateTime::parse_from_str(text, DATE_TIME)
            .or_else(|_| NaiveDate::parse_from_str(text, DATE).map(|d| d.and_time(NaiveTime::MIN)))
            .ok()
    })
}

/// The fast path of [`parse_date_time`]; `None` for anything it does not handle itself (a
/// leap second, say), which then goes to chrono.
fn fixed_width(b: &[u8]) -> Option<NaiveDateTime> {
    match b.len() {
        19 if b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':' && b[16] == b':' => {
            let time = NaiveTime::from_hms_opt(digits(&b[11..13])?, digits(&b[14..16])?, digits(&b[17..19])?)?;
            Some(ymd(b)?.and_time(time))
        }
        10 if b[4] == b'-' && b[7] == b'-' => Some(ymd(b)?.and_time(NaiveTime::MIN)),
        _ => None,
    }
}

fn ymd(b: &[u8]) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// ASCII digits only (no sign, no space).
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk;
    use chrono::Duration;
    use fidele_domain::{CustomerDraft, Currency, InteractionDraft, InteractionKind, InteractionStatus, Money, PurchaseDraft};

    fn chrono_parse(text: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(text, DATE_TIME)
            .or_else(|_| NaiveDate::parse_from_str(text, DATE).map(|d| d.and_time(NaiveTime::MIN)))
            .ok()
    }

    #[test]
    fn fixed_width_dates_parse_exactly_as_chrono_does() {
        let mut at = NaiveDate::from_ymd_opt(1899, 12, 28).unwrap().and_hms_opt(0, 0, 0).unwrap();
        let end = NaiveDate::from_ymd_opt(2101, 3, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
        let mut checked = 0;
        while at < end {
            let text = at.format(DATE_TIME).to_string();
            assert_eq!(parse_date_time(&text), Some(at), "{text}");
            assert_eq!(parse_date_time(&text[..10]), Some(at.date().and_time(NaiveTime::MIN)));
            // A prime step in seconds walks every day, hour, minute and second pattern.
            at += Duration::seconds(86_413 * 3 + 7);
            checked += 1;
        }
        assert!(checked > 20_000);
        for text in [
            "2025-02-29T10:00:00", "2024-02-30T00:00:00", "2025-13-01T00:00:00", "2025-00-10T00:00:00", "2025-04-31",
            "2025-01-01T24:00:00", "2025-01-01T23:60:00", "2025-01-01T23:59:60", "2025-01-01 10:00:00", "2025-1-01T10:00:00",
            "+025-01-01T10:00:00", "2025-01-0aT10:00:00", "2025-01-01T1 :00:00", "2025/01/01", "", "2025-01-01T10:00",
            "2025-01-01T10:00:00.5", "20250101", "2025-01-01T10:00:00Z", "１２３４-01-01", "2025-٠1-01",
        ] {
            assert_eq!(parse_date_time(text), chrono_parse(text), "{text:?}");
        }
        assert_eq!(parse_date_time("2024-02-29T23:59:59"), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap().and_hms_opt(23, 59, 59));
    }

    #[test]
    fn display_name_matches_the_domain_rule() {
        use fidele_domain::customer::display_name as domain;
        for (f, l, c) in [("Hélène", "Dubœuf", "X"), (" Ann ", "", "Co"), ("", " Lee", ""), ("", "", " Librairie "), ("  ", " ", ""), ("A", "B", "")] {
            assert_eq!(display_name(f, l, c), domain(f, l, c), "{f:?} {l:?} {c:?}");
        }
    }

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(10, 30, 0).unwrap()
    }

    fn buy(customer: Option<CustomerId>, when: NaiveDateTime, minor: i64, category: &str) -> PurchaseDraft {
        PurchaseDraft {
            customer,
            at: when,
            amount: Money::new(minor, Currency::EUR),
            margin: (minor == 999).then(|| Money::new(333, Currency::EUR)),
            category: category.into(),
            item_count: None,
            ticket_ref: String::new(),
            offer_code: String::new(),
            refund_of: None,
            note: String::new(),
        }
    }

    #[test]
    fn the_input_has_what_the_analysis_needs_and_nothing_else() {
        let mut store = Store::open_in_memory().unwrap();
        let person = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), ..Default::default() };
        let (a, b, c, d) = store
            .write(|tx| {
                let a = bulk::insert_customer(tx, &person("Ann", "Lee"), at(2024, 1, 5))?;
                let b = bulk::insert_customer(tx, &CustomerDraft { referred_by: Some(a), ..person("", "Bo") }, at(2024, 2, 1))?;
                let c = bulk::insert_customer(tx, &person("Cy", "Erased"), at(2024, 3, 1))?;
                let d = bulk::insert_customer(tx, &CustomerDraft { company: "Archived SARL".into(), ..Default::default() }, at(2024, 4, 1))?;
                for p in [
                    buy(Some(b), at(2025, 3, 2), 1_500, "Livres"),
                    buy(Some(a), at(2025, 3, 1), 999, "Livres"),
                    buy(Some(a), at(2025, 3, 4), -200, "BD"),
                    buy(Some(c), at(2025, 3, 5), 700, "BD"),
                    buy(None, at(2025, 3, 6), 800, "BD"),
                    buy(Some(d), at(2025, 3, 31), 400, "Jeux"),
                    buy(Some(a), at(2025, 4, 1), 100, "Livres"),
                ] {
                    bulk::insert_purchase(tx, &p, at(2025, 4, 2))?;
                }
                bulk::refresh_purchase_totals(tx)?;
                for (customer, kind, status) in [
                    (a, InteractionKind::Complaint, InteractionStatus::Open),
                    (a, InteractionKind::Complaint, InteractionStatus::InProgress),
                    (a, InteractionKind::Complaint, InteractionStatus::Resolved),
                    (b, InteractionKind::Call, InteractionStatus::Open),
                    (d, InteractionKind::Complaint, InteractionStatus::Resolved),
                ] {
                    let draft = InteractionDraft {
                        customer,
                        kind,
                        status,
                        at: at(2025, 3, 3),
                        summary: "x".into(),
                        details: String::new(),
                        due: None,
                        resolution: String::new(),
                    };
                    bulk::insert_interaction(tx, &draft, at(2025, 3, 3))?;
                }
                tx.execute("UPDATE customers SET erased_at = '2025-03-20T09:00:00' WHERE id = ?1", [c.0])?;
                tx.execute("UPDATE customers SET archived_at = '2025-03-20T09:00:00', manual_stage = 'partner' WHERE id = ?1", [d.0])?;
                Ok((a, b, c, d))
            })
            .unwrap();
        let settings = AnalysisSettings { supporter_min_purchases_12m: 2, ..AnalysisSettings::default() };
        let input = store.analysis_input(NaiveDate::from_ymd_opt(2025, 3, 31).unwrap(), settings.clone()).unwrap();
        assert_eq!(input.settings, settings);
        let ids: Vec<_> = input.customers.iter().map(|c| c.id).collect();
        assert_eq!(ids, [a, b, d], "erased customer left out, archived one kept, by id");
        assert!(!input.purchases.iter().any(|p| p.customer == c));
        let names: Vec<_> = input.customers.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee", "Bo", "Archived SARL"]);
        assert_eq!(input.customers.iter().map(|c| c.open_complaints).collect::<Vec<_>>(), [2, 0, 0]);
        assert_eq!(input.customers[1].referred_by, Some(a));
        assert_eq!(input.customers[0].created, NaiveDate::from_ymd_opt(2024, 1, 5).unwrap());
        assert_eq!(input.customers[2].manual_stage, Some(Stage::Partner));
        // No walk-in, no erased customer's sale, nothing after the 31st (in no set order).
        let mut got: Vec<_> = input.purchases.iter().map(|p| (p.customer, p.at, p.amount_minor, p.margin_minor, &*p.category)).collect();
        got.sort_by_key(|p| (p.0, p.1));
        assert_eq!(
            got,
            [
                (a, at(2025, 3, 1), 999, Some(333), "Livres"),
                (a, at(2025, 3, 4), -200, None, "BD"),
                (b, at(2025, 3, 2), 1_500, None, "Livres"),
                (d, at(2025, 3, 31), 400, None, "Jeux"),
            ]
        );
        let livres: Vec<_> = input.purchases.iter().filter(|p| &*p.category == "Livres").collect();
        assert!(Arc::ptr_eq(&livres[0].category, &livres[1].category), "one allocation per category");
        // And it runs: Ann bought on two days (a refund is no visit), Bo on one.
        let analysis = fidele_analytics::analyze(&input);
        assert_eq!((analysis.customers, analysis.buyers, analysis.ignored_purchases), (3, 3, 0));
        assert_eq!(analysis.stages[0].unwrap().stage, Stage::Advocate);
        assert_eq!(analysis.stages[2].unwrap(), fidele_analytics::StageAt { customer: d, stage: Stage::Partner, manual: true });
    }

    #[test]
    fn two_connections_read_exactly_what_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("shop.db")).unwrap();
        let categories = ["Livres", "BD", "Jeux"];
        let erased = store
            .write(|tx| {
                let ids: Vec<CustomerId> = (0..30)
                    .map(|k| bulk::insert_customer(tx, &CustomerDraft { last_name: format!("C{k}"), ..Default::default() }, at(2024, 1, 1)))
                    .collect::<Result<_>>()?;
                // In time order, each day's sales spread over the customers, as a till writes them.
                for k in 0..600u32 {
                    let when = at(2025, 1 + k / 60, 1 + (k % 60) / 3);
                    let p = buy(Some(ids[(k * 7 % 30) as usize]), when, 100 + i64::from(k), categories[(k % 3) as usize]);
                    bulk::insert_purchase(tx, &p, when)?;
                }
                bulk::refresh_purchase_totals(tx)?;
                tx.execute("UPDATE customers SET erased_at = '2025-06-01T00:00:00' WHERE id = ?1", [ids[4].0])?;
                Ok(ids[4])
            })
            .unwrap();
        let as_of = NaiveDate::from_ymd_opt(2025, 8, 31).unwrap();
        let read = |parallel_min| read_input(store.conn(), store.path(), as_of, AnalysisSettings::default(), parallel_min).unwrap();
        let (serial, parallel) = (read(i64::MAX), read(0));
        assert_eq!(serial, parallel);
        assert_eq!(serial.customers.len(), 29);
        // 8 months of 60 sales, less the erased customer's share (every 30th sale).
        assert_eq!(serial.purchases.len(), 480 - 16);
        assert!(serial.purchases.iter().all(|p| p.customer != erased && p.at.date() <= as_of));
        assert!(serial.purchases.is_sorted_by_key(|p| p.at), "table order is time order here");
        assert_eq!(store.analysis_input(as_of, AnalysisSettings::default()).unwrap(), serial);
    }

    #[test]
    fn an_unknown_manual_stage_is_a_corrupt_row() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(CustomerDraft { last_name: "Vip".into(), ..Default::default() }, &[], "").unwrap();
        store.write(|tx| Ok(tx.execute("UPDATE customers SET manual_stage = 'vip' WHERE id = ?1", [id.0])?)).unwrap();
        let err = store.analysis_input(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), AnalysisSettings::default()).unwrap_err();
        assert!(err.to_string().contains("unknown stage \"vip\""), "{err}");
    }

    #[test]
    fn settings_come_from_the_profile_and_the_settings_table() {
        let mut store = Store::open_in_memory().unwrap();
        let defaults = AnalysisSettings::default();
        assert_eq!(store.analysis_settings().unwrap(), defaults);
        let mut profile = store.shop_profile().unwrap();
        profile.margin_rate_permille = 250;
        store.set_shop_profile(&profile).unwrap();
        store.set_setting(keys::SUPPORTER_MIN_PURCHASES, "6").unwrap();
        store.set_setting(keys::DRIFT_THRESHOLD, " 0.35 ").unwrap();
        store.set_setting(keys::GOLD_MARGIN_SHARE, "0.7").unwrap();
        store.set_setting(keys::PARETO_POINTS, "21").unwrap();
        store.set_setting("analytics.something_newer", "ignored").unwrap();
        store.set_setting("ui.language", "fr").unwrap();
        let s = store.analysis_settings().unwrap();
        assert_eq!(
            s,
            AnalysisSettings {
                margin_rate_permille: 250,
                supporter_min_purchases_12m: 6,
                drift_p_alive_threshold: 0.35,
                gold_margin_share: 0.7,
                pareto_points: 21,
                ..defaults
            }
        );
        store.set_setting(keys::DRIFT_THRESHOLD, "1.5").unwrap();
        store.set_setting(keys::SUPPORTER_MIN_PURCHASES, "four").unwrap();
        let err = store.analysis_settings().unwrap_err().to_string();
        assert!(err.contains(keys::DRIFT_THRESHOLD) && err.contains("not_in_range (value=1.5, min=0, max=1)"), "{err}");
        assert!(err.contains(keys::SUPPORTER_MIN_PURCHASES) && err.contains("value=four"), "{err}");
    }

    #[test]
    fn ladder_settings_round_trip_and_bad_values_write_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let fresh = store.ladder_settings().unwrap();
        let edited = LadderSettings { supporter_min_purchases: 6, drift_threshold: 0.35, annual_discount_rate: 0.08 };
        store.set_ladder_settings(edited).unwrap();
        assert_eq!(store.ladder_settings().unwrap(), edited);
        assert_eq!(store.analysis_settings().unwrap().supporter_min_purchases_12m, 6);
        let err = store.set_ladder_settings(LadderSettings { drift_threshold: 1.5, ..fresh }).unwrap_err();
        assert!(err.to_string().contains("analytics.drift_threshold"), "{err}");
        assert_eq!(store.ladder_settings().unwrap(), edited, "nothing written");
    }

    #[test]
    fn a_manual_stage_wins() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store.add_customer(fidele_domain::CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        store.set_manual_stage(id, Some(Stage::Partner)).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let input = store.analysis_input(today, store.analysis_settings().unwrap()).unwrap();
        assert_eq!(input.customers[0].manual_stage, Some(Stage::Partner));
        store.set_manual_stage(id, None).unwrap();
        let input = store.analysis_input(today, store.analysis_settings().unwrap()).unwrap();
        assert_eq!(input.customers[0].manual_stage, None);
        assert!(store.set_manual_stage(CustomerId(999), None).is_err());
    }
}
