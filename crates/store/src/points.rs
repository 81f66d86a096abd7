//! The points (or stamps) ledger: dated entries, never a balance overwritten. A customer's
//! balance is the sum of their entries, always (a property test below checks it over random
//! sales, refunds, spending and expiry).
//!
//! What a sale earns is computed by one SQL statement from the shop's rules
//! ([`LoyaltyRules`]), for one counter sale as for every sale a till's file brings in: a
//! birthday-month sale reads the customer's birth month, a stage bonus reads the stage the
//! shopkeeper set by hand, else the last one the month-end ladder recorded (`ladder_moves`),
//! so neither needs the whole analysis. A purchase earns once (`points_earned_once`).

use chrono::{Months, NaiveDate, NaiveDateTime};
use fidele_domain::loyalty::{Earning, LoyaltyRules, STAGE_CODES};
use fidele_domain::{CustomerId, Invalid};
use rusqlite::{Connection, OptionalExtension, params};

use crate::codec::{self, Dt, dt};
use crate::customers::ensure_live_customer;
use crate::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointsKind {
    Earned,
    Spent,
    Expired,
    Refunded,
    Adjusted,
}

impl PointsKind {
    pub fn code(self) -> &'static str {
        match self {
            PointsKind::Earned => "earned",
            PointsKind::Spent => "spent",
            PointsKind::Expired => "expired",
            PointsKind::Refunded => "refunded",
            PointsKind::Adjusted => "adjusted",
        }
    }

    fn parse(code: &str) -> Option<PointsKind> {
        [PointsKind::Earned, PointsKind::Spent, PointsKind::Expired, PointsKind::Refunded, PointsKind::Adjusted]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// One line of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointsEntry {
    pub id: i64,
    pub customer: CustomerId,
    pub at: NaiveDateTime,
    pub kind: PointsKind,
    /// Signed: what the entry adds to the balance.
    pub points: i64,
    /// The sale that earned, the refund that took back.
    pub purchase: Option<i64>,
    /// What spent points bought, as the shopkeeper named it.
    pub note: String,
}

/// Which purchases a statement earns for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope {
    One(i64),
    /// Every purchase written after this id (a till's import).
    After(i64),
}

impl Store {
    /// The customer's balance: the sum of their entries.
    pub fn points_balance(&self, customer: CustomerId) -> Result<i64> {
        balance_in(self.conn(), customer)
    }

    /// Customers on file (neither archived nor erased) whose balance is at least `min`, by id:
    /// the follow-up's customers close to a reward.
    pub fn balances_at_least(&self, min: i64) -> Result<Vec<(CustomerId, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.customer_id, sum(e.points) FROM points_entries e JOIN customers c ON c.id = e.customer_id
              WHERE c.archived_at IS NULL AND c.erased_at IS NULL
              GROUP BY e.customer_id HAVING sum(e.points) >= ?1 ORDER BY e.customer_id",
        )?;
        let rows = stmt.query_map([min], |r| Ok((CustomerId(r.get(0)?), r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The customer's ledger, newest first.
    pub fn points_entries(&self, customer: CustomerId, limit: u32) -> Result<Vec<PointsEntry>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, customer_id, at, kind, points, purchase_id, note FROM points_entries WHERE customer_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![customer.0, limit], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Spends `points` of the balance on a reward (`note` names it); refused when the balance
    /// is smaller. Returns the new balance.
    pub fn spend_points(&mut self, customer: CustomerId, points: i64, note: &str, at: NaiveDateTime) -> Result<i64> {
        self.write(|tx| {
            ensure_live_customer(tx, customer)?;
            spend_in(tx, customer, points, note, at)?;
            balance_in(tx, customer)
        })
    }

    /// A correction by hand (`points` either way). Returns the new balance.
    pub fn adjust_points(&mut self, customer: CustomerId, points: i64, note: &str, at: NaiveDateTime) -> Result<i64> {
        self.write(|tx| {
            ensure_live_customer(tx, customer)?;
            insert_in(tx, customer, at, PointsKind::Adjusted, points, None, note)?;
            balance_in(tx, customer)
        })
    }

    /// Writes the expiry of the customer's points earned before `today` less the rules'
    /// months, oldest spent first; returns the points expired (0 when nothing was due, and
    /// then nothing is written).
    pub fn expire_points(&mut self, customer: CustomerId, rules: &LoyaltyRules, today: NaiveDate) -> Result<i64> {
        if rules.expiry_months.is_none() || due_to_expire(self.conn(), customer, rules, today)? == 0 {
            return Ok(0);
        }
        self.write(|tx| expire_in(tx, customer, rules, today))
    }
}

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PointsEntry> {
    let kind: String = r.get(3)?;
    Ok(PointsEntry {
        id: r.get(0)?,
        customer: CustomerId(r.get(1)?),
        at: r.get::<_, Dt>(2)?.0,
        kind: PointsKind::parse(&kind).ok_or(rusqlite::Error::InvalidColumnType(3, kind.clone(), rusqlite::types::Type::Text))?,
        points: r.get(4)?,
        purchase: r.get(5)?,
        note: r.get(6)?,
    })
}

pub(crate) fn entry(conn: &Connection, id: i64) -> Result<PointsEntry> {
    Ok(conn
        .prepare_cached("SELECT id, customer_id, at, kind, points, purchase_id, note FROM points_entries WHERE id = ?1")?
        .query_row([id], entry_from_row)?)
}

pub(crate) fn balance_in(conn: &Connection, customer: CustomerId) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT coalesce(sum(points), 0) FROM points_entries WHERE customer_id = ?1")?.query_row([customer.0], |r| r.get(0))?)
}

fn insert_in(conn: &Connection, customer: CustomerId, at: NaiveDateTime, kind: PointsKind, points: i64, purchase: Option<i64>, note: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO points_entries (customer_id, at, kind, points, purchase_id, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![customer.0, dt(at), kind.code(), points, purchase, note, dt(codec::now())])?;
    Ok(())
}

pub(crate) fn spend_in(conn: &Connection, customer: CustomerId, points: i64, note: &str, at: NaiveDateTime) -> Result<()> {
    let balance = balance_in(conn, customer)?;
    if points <= 0 || points > balance {
        return Err(Invalid::one(
            fidele_domain::FieldError::new("points", fidele_domain::ErrorCode::NotEnoughPoints).with("balance", balance).with("cost", points),
        )
        .into());
    }
    insert_in(conn, customer, at, PointsKind::Spent, -points, None, note)
}

/// The SQL expression of what purchase `p` of customer `c` earns under `rules` (their numbers
/// are the shop's settings, integers, written into the statement).
fn earned_expr(rules: &LoyaltyRules, minor_digits: u32) -> String {
    let base = match rules.earning {
        Earning::Points { per_unit } => format!("(p.amount_minor / {}) * {per_unit}", 10_i64.pow(minor_digits)),
        Earning::Stamps { min_minor } => format!("(p.amount_minor >= {min_minor})"),
    };
    let times = if rules.birthday_double { "(CASE WHEN c.birth_month = CAST(substr(p.at, 6, 2) AS INTEGER) THEN 2 ELSE 1 END)" } else { "1" };
    let with_birthday = format!("({base}) * {times}");
    if rules.stage_bonus_percent.iter().all(|p| *p == 0) {
        return with_birthday;
    }
    let cases: String =
        STAGE_CODES.iter().zip(rules.stage_bonus_percent).map(|(code, pct)| format!(" WHEN '{code}' THEN {pct}")).collect();
    let stage = "coalesce(c.manual_stage, (SELECT m.to_stage FROM ladder_moves m WHERE m.customer_id = c.id ORDER BY m.month_end DESC LIMIT 1))";
    format!("{with_birthday} + {with_birthday} * (CASE {stage}{cases} ELSE 0 END) / 100")
}

/// Writes what the purchases in `scope` earn (sales of a customer not erased, not yet
/// earned). Returns the points written.
pub(crate) fn earn_in(conn: &Connection, rules: &LoyaltyRules, minor_digits: u32, scope: Scope) -> Result<i64> {
    if !rules.enabled {
        return Ok(0);
    }
    let (cond, id) = match scope {
        Scope::One(id) => ("p.id = ?1", id),
        Scope::After(id) => ("p.id > ?1", id),
    };
    let sql = format!(
        "INSERT INTO points_entries (customer_id, at, kind, points, purchase_id, note, created_at)
         SELECT customer_id, at, 'earned', pts, id, '', ?2 FROM (
             SELECT p.customer_id, p.at, p.id, {} AS pts FROM purchases p JOIN customers c ON c.id = p.customer_id
              WHERE {cond} AND p.amount_minor > 0 AND p.refund_of IS NULL AND c.erased_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM points_entries e WHERE e.purchase_id = p.id AND e.kind = 'earned')
         ) WHERE pts > 0
         RETURNING points",
        earned_expr(rules, minor_digits)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![id, dt(codec::now())])?;
    let mut total = 0;
    while let Some(r) = rows.next()? {
        total += r.get::<_, i64>(0)?;
    }
    Ok(total)
}

/// A refund (purchase `refund`, linked to its sale) takes back what the sale no longer earns:
/// the sale keeps what its amount left after every refund earns, in proportion (a stamp
/// while it still reaches the minimum). Written even when the points were spent: the balance
/// goes below zero and the next sales pay it back. Returns the (negative) points written.
pub(crate) fn take_back_in(conn: &Connection, rules: &LoyaltyRules, refund: i64, at: NaiveDateTime) -> Result<i64> {
    let found: Option<(Option<i64>, Option<i64>)> = conn
        .prepare_cached("SELECT customer_id, refund_of FROM purchases WHERE id = ?1")?
        .query_row([refund], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((Some(customer), Some(sale))) = found else { return Ok(0) };
    // What the sale earns whole: its earned entry and the corrections made to it by hand.
    let earned: Option<(i64, i64)> = conn
        .prepare_cached(
            "SELECT sum(e.points), p.amount_minor FROM points_entries e JOIN purchases p ON p.id = e.purchase_id
              WHERE e.purchase_id = ?1 AND e.kind IN ('earned', 'adjusted')
              GROUP BY p.id HAVING count(CASE WHEN e.kind = 'earned' THEN 1 END) > 0",
        )?
        .query_row([sale], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((earned, amount)) = earned else { return Ok(0) };
    let (net, taken): (i64, i64) = conn.prepare_cached(
        "SELECT ?2 + coalesce((SELECT sum(amount_minor) FROM purchases WHERE refund_of = ?1), 0),
                coalesce((SELECT sum(e.points) FROM points_entries e JOIN purchases r ON r.id = e.purchase_id WHERE r.refund_of = ?1), 0)",
    )?
    .query_row(params![sale, amount], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let back = rules.kept_after_refund(earned, amount, net) - earned - taken;
    if back < 0 {
        insert_in(conn, CustomerId(customer), at, PointsKind::Refunded, back, Some(refund), "")?;
    }
    Ok(back.min(0))
}

/// The sales a till's import wrote (every purchase after `last_before`) earn, in one
/// statement; then its refunds take back, each in turn (a sale refunded twice in one file).
/// Returns the points written.
pub(crate) fn earn_imported_in(conn: &Connection, rules: &LoyaltyRules, last_before: i64) -> Result<i64> {
    if !rules.enabled {
        return Ok(0);
    }
    let currency: String = conn.query_row("SELECT currency FROM shop_profile WHERE id = 1", [], |r| r.get(0))?;
    let digits = fidele_domain::Currency::parse(&currency).map_or(2, |c| c.minor_digits());
    let mut total = earn_in(conn, rules, digits, Scope::After(last_before))?;
    let refunds: Vec<(i64, Dt)> = conn
        .prepare("SELECT id, at FROM purchases WHERE id > ?1 AND refund_of IS NOT NULL ORDER BY id")?
        .query_map([last_before], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (refund, at) in refunds {
        total += take_back_in(conn, rules, refund, at.0)?;
    }
    Ok(total)
}

fn due_to_expire(conn: &Connection, customer: CustomerId, rules: &LoyaltyRules, today: NaiveDate) -> Result<i64> {
    let Some(months) = rules.expiry_months else { return Ok(0) };
    let Some(cutoff) = today.checked_sub_months(Months::new(months)) else { return Ok(0) };
    // Points are used oldest first: whatever was taken off the balance (spent, expired,
    // refunded) came off the points earned before the cutoff first; what is left of those
    // expires.
    let (old, used): (i64, i64) = conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN points > 0 AND at < ?2 THEN points END), 0), coalesce(-sum(CASE WHEN points < 0 THEN points END), 0)
               FROM points_entries WHERE customer_id = ?1",
        )?
        .query_row(params![customer.0, codec::date(cutoff)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok((old - used).max(0))
}

pub(crate) fn expire_in(conn: &Connection, customer: CustomerId, rules: &LoyaltyRules, today: NaiveDate) -> Result<i64> {
    let due = due_to_expire(conn, customer, rules, today)?;
    if due > 0 {
        insert_in(conn, customer, today.and_time(chrono::NaiveTime::MIN), PointsKind::Expired, -due, None, "")?;
    }
    Ok(due)
}

mod hand;
pub(crate) use hand::{corrected_in, deleted_in, refunds_changed_in, undeleted_in, written_in};

#[cfg(test)]
mod tests;
