//! Offer codes coming back: the personal code a card printed (`card_run_recipients`), found
//! when it is scanned at the counter, and its redemptions with a sale (`offer_redemptions`).
//! A code is redeemed once; one the counter refused that the shopkeeper accepted anyway is
//! recorded with the reason it was refused for.

use chrono::NaiveDateTime;
use fidele_domain::CustomerId;
use rusqlite::{Connection, OptionalExtension, params};

use crate::card_runs::RunKind;
use crate::codec::{self, Dt, dt};
use crate::{Result, Store};

/// Why the counter refuses an offer code (the shopkeeper may still accept it, knowingly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfferRefusal {
    Expired,
    AlreadyUsed,
    /// The code is another customer's.
    OtherCustomer,
}

impl OfferRefusal {
    pub const ALL: [OfferRefusal; 3] = [OfferRefusal::Expired, OfferRefusal::AlreadyUsed, OfferRefusal::OtherCustomer];

    pub fn code(self) -> &'static str {
        match self {
            OfferRefusal::Expired => "expired",
            OfferRefusal::AlreadyUsed => "already_used",
            OfferRefusal::OtherCustomer => "other_customer",
        }
    }

    pub fn parse(code: &str) -> Option<OfferRefusal> {
        OfferRefusal::ALL.into_iter().find(|r| r.code() == code.trim())
    }
}

/// A personal offer a card carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferCard {
    pub code: String,
    pub customer: CustomerId,
    pub kind: RunKind,
    /// The run's period: `YYYY-MM`, or `YYYY-MM-DD/YYYY-MM-DD`.
    pub period: String,
    pub percent: Option<u32>,
    /// When the run was recorded (the card printed).
    pub printed_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redemption {
    pub id: i64,
    pub code: String,
    pub customer: Option<CustomerId>,
    pub purchase: Option<i64>,
    pub at: NaiveDateTime,
    pub accepted_despite: Option<OfferRefusal>,
}

const OFFER_COLUMNS: &str = "r.offer_code, r.customer_id, k.kind, k.period, r.offer_percent, k.created_at";

/// Codes are printed in capitals; a scanner or a hand may type them in either case.
pub fn normalize_code(typed: &str) -> String {
    typed.trim().to_uppercase()
}

impl Store {
    /// The card that printed `code`, whatever its case.
    pub fn find_offer(&self, code: &str) -> Result<Option<OfferCard>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("SELECT {OFFER_COLUMNS} FROM card_run_recipients r JOIN card_runs k ON k.id = r.run_id WHERE r.offer_code = ?1"))?
            .query_row([normalize_code(code)], offer_from_row)
            .optional()?)
    }

    /// The offers printed for a customer, the newest first.
    pub fn offers_of(&self, customer: CustomerId, limit: u32) -> Result<Vec<OfferCard>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {OFFER_COLUMNS} FROM card_run_recipients r JOIN card_runs k ON k.id = r.run_id
              WHERE r.customer_id = ?1 AND r.offer_code IS NOT NULL ORDER BY r.run_id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![customer.0, limit], offer_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every redemption of `code`, the first first.
    pub fn redemptions_of(&self, code: &str) -> Result<Vec<Redemption>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, offer_code, customer_id, purchase_id, at, accepted_despite FROM offer_redemptions WHERE offer_code = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([normalize_code(code)], |r| {
            let despite: Option<String> = r.get(5)?;
            Ok(Redemption {
                id: r.get(0)?,
                code: r.get(1)?,
                customer: r.get::<_, Option<i64>>(2)?.map(CustomerId),
                purchase: r.get(3)?,
                at: r.get::<_, Dt>(4)?.0,
                accepted_despite: despite.as_deref().and_then(OfferRefusal::parse),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn offer_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OfferCard> {
    let kind: String = r.get(2)?;
    Ok(OfferCard {
        code: r.get(0)?,
        customer: CustomerId(r.get(1)?),
        kind: RunKind::parse(&kind).ok_or(rusqlite::Error::InvalidColumnType(2, kind.clone(), rusqlite::types::Type::Text))?,
        period: r.get(3)?,
        percent: r.get(4)?,
        printed_at: r.get::<_, Dt>(5)?.0,
    })
}

pub(crate) fn redeem_in(
    conn: &Connection,
    code: &str,
    customer: Option<CustomerId>,
    purchase: Option<i64>,
    at: NaiveDateTime,
    despite: Option<OfferRefusal>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO offer_redemptions (offer_code, customer_id, purchase_id, at, accepted_despite, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![normalize_code(code), customer.map(|c| c.0), purchase, dt(at), despite.map(OfferRefusal::code), dt(codec::now())])?;
    Ok(conn.last_insert_rowid())
}
