//! A measured run's draw packed in one blob (`card_run_draws`, schema 11), and read from its
//! rows when the blob is missing (a change to the run's rows drops it; see the migration).
//!
//! The blob: a format byte, then for each member by customer: the customer's number as the
//! LEB128 difference from the previous one, a byte of group (bits 0–1) and stage (bits 2–4,
//! 0 for none, else its place in [`Stage::ALL`] plus one), and a byte of offer percent (0 for
//! none). About 3 bytes a member: 180 kB for a run of 60,000.

use std::collections::HashMap;

use fidele_analytics::Stage;
use rusqlite::{Connection, params};

use super::{CampaignMember, MemberGroup};
use crate::Result;

const FORMAT: u8 = 1;

/// The run's members from its rows, by customer.
pub(super) fn from_rows(conn: &Connection, run: i64) -> Result<Vec<CampaignMember>> {
    let stage_of = |v: rusqlite::types::ValueRef<'_>| v.as_str().ok().and_then(Stage::parse);
    let mut out = Vec::new();
    let mut sent = conn.prepare_cached("SELECT customer_id, in_draw, stage, offer_percent FROM card_run_recipients WHERE run_id = ?1")?;
    let mut rows = sent.query([run])?;
    while let Some(r) = rows.next()? {
        out.push(CampaignMember {
            customer: r.get(0)?,
            group: if r.get::<_, bool>(1)? { MemberGroup::Recipient } else { MemberGroup::RecipientOutsideDraw },
            stage: stage_of(r.get_ref(2)?),
            offer_percent: r.get(3)?,
        });
    }
    let mut held = conn.prepare_cached("SELECT customer_id, stage FROM card_run_holdouts WHERE run_id = ?1")?;
    let mut rows = held.query([run])?;
    while let Some(r) = rows.next()? {
        out.push(CampaignMember { customer: r.get(0)?, group: MemberGroup::HeldOut, stage: stage_of(r.get_ref(1)?), offer_percent: None });
    }
    // Sent before held out for one customer (the recording never does both).
    out.sort_by_key(|m| (m.customer, m.group == MemberGroup::HeldOut));
    Ok(out)
}

/// The run's cards: a household's card counted once.
pub(super) fn cards(conn: &Connection, run: i64) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT count(DISTINCT card_to) FROM card_run_recipients WHERE run_id = ?1")?.query_row([run], |r| r.get(0))?)
}

pub(super) fn encode(members: &[CampaignMember]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + members.len() * 3);
    out.push(FORMAT);
    let mut last = 0i64;
    for m in members {
        let mut delta = (m.customer - last) as u64;
        last = m.customer;
        loop {
            let low = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(low);
                break;
            }
            out.push(low | 0x80);
        }
        let group = match m.group {
            MemberGroup::Recipient => 0,
            MemberGroup::RecipientOutsideDraw => 1,
            MemberGroup::HeldOut => 2,
        };
        let stage = m.stage.and_then(|s| Stage::ALL.iter().position(|x| *x == s)).map_or(0, |i| i as u8 + 1);
        out.push(group | stage << 2);
        out.push(m.offer_percent.and_then(|p| u8::try_from(p).ok()).unwrap_or(0));
    }
    out
}

/// Appends the blob's members to `out`; false (with `out` partly filled) when the blob is not
/// one this version wrote.
pub(super) fn decode(blob: &[u8], out: &mut Vec<CampaignMember>) -> bool {
    let Some((&FORMAT, mut rest)) = blob.split_first() else { return false };
    out.reserve(rest.len() / 3);
    let mut customer = 0i64;
    while !rest.is_empty() {
        let mut delta = 0u64;
        let mut shift = 0;
        loop {
            let Some((&b, tail)) = rest.split_first() else { return false };
            rest = tail;
            delta |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 63 {
                return false;
            }
        }
        let [flags, offer, tail @ ..] = rest else { return false };
        rest = tail;
        customer += delta as i64;
        let group = match flags & 3 {
            0 => MemberGroup::Recipient,
            1 => MemberGroup::RecipientOutsideDraw,
            2 => MemberGroup::HeldOut,
            _ => return false,
        };
        let stage = match (flags >> 2) as usize {
            0 => None,
            i if i <= Stage::ALL.len() => Some(Stage::ALL[i - 1]),
            _ => return false,
        };
        out.push(CampaignMember { customer, group, stage, offer_percent: (*offer > 0).then_some(u32::from(*offer)) });
    }
    true
}

/// Packs every measured run (monthly, with a hold-out) that has no packed draw: in the
/// transaction that records a run, and once for the runs a file had before schema 11.
pub(crate) fn pack_missing(conn: &Connection) -> Result<()> {
    let runs: Vec<i64> = conn
        .prepare_cached(
            "SELECT k.id FROM card_runs k
             WHERE k.kind = 'monthly' AND EXISTS (SELECT 1 FROM card_run_holdouts h WHERE h.run_id = k.id)
               AND NOT EXISTS (SELECT 1 FROM card_run_draws d WHERE d.run_id = k.id)",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut insert = conn.prepare_cached("INSERT INTO card_run_draws (run_id, cards, members) VALUES (?1, ?2, ?3)")?;
    for run in runs {
        insert.execute(params![run, cards(conn, run)?, encode(&from_rows(conn, run)?)])?;
    }
    Ok(())
}

/// Which recipient (run, customer) printed each of these codes (a code is unique).
pub(super) fn code_owners(conn: &Connection, codes: &[(usize, String)]) -> Result<HashMap<String, (i64, i64)>> {
    let mut owners = HashMap::new();
    let mut owner = conn.prepare_cached("SELECT run_id, customer_id FROM card_run_recipients WHERE offer_code = ?1")?;
    for (_, code) in codes {
        if owners.contains_key(code) {
            continue;
        }
        if let Some(found) = owner.query([code])?.next()?.map(|r| Ok::<_, rusqlite::Error>((r.get(0)?, r.get(1)?))).transpose()? {
            owners.insert(code.clone(), found);
        }
    }
    Ok(owners)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draw_packs_and_unpacks_to_the_same_members() {
        let members = vec![
            CampaignMember { customer: 1, group: MemberGroup::Recipient, stage: Some(Stage::Client), offer_percent: Some(10) },
            CampaignMember { customer: 200, group: MemberGroup::HeldOut, stage: None, offer_percent: None },
            CampaignMember { customer: 200_000, group: MemberGroup::RecipientOutsideDraw, stage: Some(Stage::Partner), offer_percent: Some(90) },
            CampaignMember { customer: 1 << 40, group: MemberGroup::Recipient, stage: Some(Stage::Prospect), offer_percent: None },
        ];
        let blob = encode(&members);
        let mut back = Vec::new();
        assert!(decode(&blob, &mut back));
        assert_eq!(back, members);
        assert!(!decode(&[2, 1, 0, 0], &mut Vec::new()), "another format");
        assert!(!decode(&blob[..blob.len() - 1], &mut Vec::new()), "cut short");
        assert!(decode(&[FORMAT], &mut Vec::new()), "an empty draw");
    }
}
