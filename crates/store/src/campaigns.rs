//! What the measurement of the cards reads: each monthly run that kept a hold-out, who was in
//! its draw (recipients who could have been held out, and those held out), and their sales
//! in the year after. The arithmetic is `fidele_usecases::campaigns`' and
//! `fidele_analytics::uplift`'s; the store only reads.
//!
//! Speed (24 runs of 60,000 customers, 2,000,000 purchases): each run's draw comes packed in
//! one blob (`draws.rs`, schema 11), or from its rows when its copy was dropped by a change;
//! the sales come from one walk of the purchases' date index, which carries every column
//! read (schema 11), on a file split in two date ranges read by two connections at once.

mod draws;

use std::ops::Range;

use chrono::{Days, NaiveDate};
use fidele_analytics::Stage;
use rusqlite::{Connection, OpenFlags, params};

use crate::codec::{self, Dt};
use crate::{Result, Store};

pub(crate) use draws::pack_missing;

/// A monthly run with a hold-out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRun {
    pub id: i64,
    /// `2026-11`.
    pub period: String,
    pub design: String,
    /// The day the run was recorded: day 0 of its windows.
    pub day0: NaiveDate,
    pub holdout_percent: i64,
    /// Cards printed (a household's card counted once): what the run cost.
    pub cards: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MemberGroup {
    /// Got the card and could have been held out.
    Recipient,
    /// Got the card outside the draw (held out last time, "always send").
    RecipientOutsideDraw,
    HeldOut,
}

/// A customer in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CampaignMember {
    pub customer: i64,
    pub group: MemberGroup,
    pub stage: Option<Stage>,
    /// The offer printed on their card (none for the hold-out).
    pub offer_percent: Option<u32>,
}

/// A sale (or refund) of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CampaignPurchase {
    pub customer: i64,
    pub at: NaiveDate,
    pub amount_minor: i64,
    pub margin_minor: Option<i64>,
    /// The run whose card's offer code this sale carried, when the card was this customer's
    /// own (codes compared trimmed and in upper case).
    pub redeemed_run: Option<i64>,
}

/// Everything the measurement needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignFacts {
    /// Oldest first.
    pub runs: Vec<CampaignRun>,
    /// Run by run (`run_members[i]` is run `i`'s range), each run's by customer (a customer
    /// both sent a card and held out, which the recording never does, comes sent first).
    pub members: Vec<CampaignMember>,
    pub run_members: Vec<Range<usize>>,
    /// Members' purchases from the first run's day 0 to a year after the last, by customer
    /// then date.
    pub purchases: Vec<CampaignPurchase>,
}

impl CampaignFacts {
    /// The members of run `i` (in [`CampaignFacts::runs`]' order).
    pub fn members_of(&self, i: usize) -> &[CampaignMember] {
        &self.members[self.run_members[i].clone()]
    }
}

/// Below this many run members (and so about as many sales) one connection reads the sales:
/// a second one is not worth opening.
const PARALLEL_MIN_MEMBERS: usize = 50_000;

impl Store {
    /// The monthly runs that kept a hold-out, their members and the members' sales.
    pub fn campaign_facts(&self) -> Result<CampaignFacts> {
        let second = if self.is_encrypted() { None } else { self.path() };
        read_facts(self.conn(), second, PARALLEL_MIN_MEMBERS)
    }
}

fn read_facts(conn: &Connection, path: Option<&std::path::Path>, parallel_min: usize) -> Result<CampaignFacts> {
    let tx = conn.unchecked_transaction()?;
    let mut runs = Vec::new();
    let mut members = Vec::new();
    let mut run_members = Vec::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT k.id, k.period, k.design, k.created_at, k.holdout_percent, d.cards, d.members
             FROM card_runs k LEFT JOIN card_run_draws d ON d.run_id = k.id
             WHERE k.kind = 'monthly' AND EXISTS (SELECT 1 FROM card_run_holdouts h WHERE h.run_id = k.id)
             ORDER BY k.created_at, k.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let start = members.len();
            let packed = match (r.get::<_, Option<i64>>(5)?, r.get_ref(6)?.as_blob_or_null().map_err(codec::sql_err)?) {
                (Some(cards), Some(blob)) => draws::decode(blob, &mut members).then_some(cards),
                _ => None,
            };
            let cards = match packed {
                Some(cards) => cards,
                None => {
                    members.truncate(start);
                    members.extend(draws::from_rows(&tx, id)?);
                    draws::cards(&tx, id)?
                }
            };
            run_members.push(start..members.len());
            runs.push(CampaignRun {
                id,
                period: r.get(1)?,
                design: r.get(2)?,
                day0: r.get::<_, Dt>(3)?.0.date(),
                holdout_percent: r.get(4)?,
                cards,
            });
        }
    }
    let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
        return Ok(CampaignFacts::default());
    };
    let (from, until) = (first.day0, last.day0.checked_add_days(Days::new(366)).unwrap_or(last.day0));

    // Who is a member, by customer number (numbers are dense).
    let top = members.iter().map(|m| m.customer).max().unwrap_or(0).max(0) as usize;
    let mut member = vec![false; top + 1];
    for m in &members {
        if m.customer >= 0 {
            member[m.customer as usize] = true;
        }
    }
    let is_member = |c: i64| c >= 0 && (c as usize) < member.len() && member[c as usize];

    // The sales of the measured months: with many members, the later half of the dates (up
    // to the last sale) is read by a second connection while this one reads the first.
    let (lo, hi) = (codec::date(from), codec::date(until));
    let second = match path {
        Some(path) if members.len() >= parallel_min => Some(Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?),
        _ => None,
    };
    let mid = match second {
        Some(_) => halfway(&tx, from, until)?,
        None => hi.clone(),
    };
    let (mut sales, later) = std::thread::scope(|scope| -> Result<_> {
        let later = second.map(|conn| {
            let (mid, hi) = (mid.as_str(), hi.as_str());
            scope.spawn(move || -> Result<Sales> {
                let tx = conn.unchecked_transaction()?;
                read_sales(&tx, mid, hi, &is_member)
            })
        });
        let sales = read_sales(&tx, &lo, &mid, &is_member)?;
        let later = match later {
            Some(h) => Some(h.join().map_err(|_| crate::Error::Io { context: "the sales reader stopped".into(), source: std::io::Error::other("thread panicked") })??),
            None => None,
        };
        Ok((sales, later))
    })?;
    if let Some(later) = later {
        // The later codes point into the later sales, now after the first half's.
        let offset = sales.purchases.len();
        sales.purchases.extend(later.purchases);
        sales.codes.extend(later.codes.into_iter().map(|(i, code)| (i + offset, code)));
    }
    let redeemed = draws::code_owners(&tx, &sales.codes)?;
    for (i, code) in &sales.codes {
        let p = &mut sales.purchases[*i];
        if let Some(&(run, customer)) = redeemed.get(code.as_str())
            && customer == p.customer
        {
            p.redeemed_run = Some(run);
        }
    }
    let purchases = by_customer(sales.purchases, top);
    Ok(CampaignFacts { runs, members, run_members, purchases })
}

/// The day halfway from `from` to the last sale before `until`.
fn halfway(conn: &Connection, from: NaiveDate, until: NaiveDate) -> Result<String> {
    let last: Option<String> = conn.prepare_cached("SELECT max(at) FROM purchases WHERE at < ?1")?.query_row([codec::date(until)], |r| r.get(0))?;
    let last = last.as_deref().map(str::as_bytes).and_then(day).map_or(until, |d| d.min(until));
    let half = from.checked_add_days(Days::new(((last - from).num_days().max(0) / 2) as u64)).unwrap_or(from);
    Ok(codec::date(half.max(from)))
}

/// Sales read, in date order, with the offer codes they carried (by index).
struct Sales {
    purchases: Vec<CampaignPurchase>,
    codes: Vec<(usize, String)>,
}

/// The members' sales dated `lo..hi`, through the covering date index. Dates are read from
/// their first ten characters (`YYYY-MM-DD`) without parsing the time.
fn read_sales(conn: &Connection, lo: &str, hi: &str, is_member: &impl Fn(i64) -> bool) -> Result<Sales> {
    let mut out = Sales { purchases: Vec::new(), codes: Vec::new() };
    if lo >= hi {
        return Ok(out);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, at, amount_minor, margin_minor, offer_code FROM purchases INDEXED BY purchases_at
         WHERE at >= ?1 AND at < ?2 AND customer_id IS NOT NULL",
    )?;
    let mut rows = stmt.query(params![lo, hi])?;
    while let Some(r) = rows.next()? {
        let customer: i64 = r.get(0)?;
        if !is_member(customer) {
            continue;
        }
        let Some(at) = r.get_ref(1)?.as_bytes().ok().and_then(day) else { continue };
        let code = r.get_ref(4)?.as_str().unwrap_or("").trim();
        if !code.is_empty() {
            out.codes.push((out.purchases.len(), code.to_uppercase()));
        }
        out.purchases.push(CampaignPurchase { customer, at, amount_minor: r.get(2)?, margin_minor: r.get(3)?, redeemed_run: None });
    }
    Ok(out)
}

/// `YYYY-MM-DD…` to its day.
fn day(text: &[u8]) -> Option<NaiveDate> {
    let digits = |r: Range<usize>| -> Option<u32> {
        text.get(r)?.iter().try_fold(0u32, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    if text.get(4) != Some(&b'-') || text.get(7) != Some(&b'-') {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// Date-ordered sales regrouped by customer (a counting sort: each customer's keep their
/// date order).
fn by_customer(sales: Vec<CampaignPurchase>, top: usize) -> Vec<CampaignPurchase> {
    let mut starts = vec![0usize; top + 2];
    for p in &sales {
        starts[p.customer as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut out = vec![CampaignPurchase { customer: 0, at: NaiveDate::MIN, amount_minor: 0, margin_minor: None, redeemed_run: None }; sales.len()];
    for p in sales {
        let slot = &mut starts[p.customer as usize];
        out[*slot] = p;
        *slot += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;
    use fidele_domain::{Currency, CustomerDraft, CustomerId, Money, PurchaseDraft};

    use super::*;
    use crate::{NewCard, NewCardRun, NewHoldout, RunKind};

    #[test]
    fn two_connections_read_what_one_reads_and_a_packed_draw_what_its_rows_say() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("shop.db")).unwrap();
        let ids: Vec<CustomerId> =
            (0..40).map(|i| store.add_customer(CustomerDraft { first_name: format!("Client{i}"), ..CustomerDraft::default() }, &[], "").unwrap()).collect();
        let card = |c: CustomerId| NewCard {
            to: c,
            members: vec![c],
            occasion: "monthly:2026-03".into(),
            stage: Some(Stage::Client),
            offer_percent: Some(10),
            offer_code: Some(format!("M2603-{}", c.0)),
            summary: "Carte".into(),
            details: String::new(),
            in_draw: c.0 % 7 != 0,
        };
        let run = NewCardRun {
            kind: RunKind::Monthly,
            period: "2026-03".into(),
            design: "month-03".into(),
            layout: "4up",
            households: false,
            cards: ids[..30].iter().map(|c| card(*c)).collect(),
            holdout_percent: 25,
            holdout_seed: Some(1),
            held_out: ids[30..].iter().map(|c| NewHoldout { customer: *c, occasion: "monthly:2026-03".into(), stage: None }).collect(),
        };
        store.record_card_run(&run).unwrap();
        let day0 = store.campaign_facts().unwrap().runs[0].day0;
        store
            .write(|tx| {
                for i in 0..400i64 {
                    let at: NaiveDateTime = day0.checked_add_days(Days::new((i * 7 % 300) as u64)).unwrap().and_hms_opt(10, 0, 0).unwrap();
                    let draft = PurchaseDraft {
                        customer: Some(ids[(i % 40) as usize]),
                        at,
                        amount: Money::new(100 + i, Currency::EUR),
                        margin: None,
                        category: String::new(),
                        item_count: None,
                        ticket_ref: String::new(),
                        offer_code: if i % 9 == 0 { format!(" m2603-{} ", ids[(i % 40) as usize].0) } else { String::new() },
                        refund_of: None,
                        note: String::new(),
                    };
                    crate::bulk::insert_purchase(tx, &draft, at)?;
                }
                Ok(())
            })
            .unwrap();
        let one = read_facts(store.conn(), store.path(), usize::MAX).unwrap();
        let two = read_facts(store.conn(), store.path(), 0).unwrap();
        assert_eq!(one, two);
        assert_eq!((one.members.len(), one.runs[0].cards), (40, 30));
        assert!(one.purchases.iter().any(|p| p.redeemed_run == Some(one.runs[0].id)), "a card's code, typed in lower case");
        assert!(one.purchases.windows(2).all(|w| (w[0].customer, w[0].at) <= (w[1].customer, w[1].at)));

        // The packed copy and the rows agree; without the copy the rows are read.
        let packed: i64 = store.conn().query_row("SELECT count(*) FROM card_run_draws", [], |r| r.get(0)).unwrap();
        assert_eq!(packed, 1);
        store.conn().execute("DELETE FROM card_run_draws", []).unwrap();
        assert_eq!(read_facts(store.conn(), None, usize::MAX).unwrap(), one);
        pack_missing(store.conn()).unwrap();
        assert_eq!(read_facts(store.conn(), None, usize::MAX).unwrap(), one);
        // A changed row drops the copy.
        store.conn().execute("UPDATE card_run_holdouts SET stage = 'client' WHERE customer_id = ?1", [ids[35].0]).unwrap();
        let packed: i64 = store.conn().query_row("SELECT count(*) FROM card_run_draws", [], |r| r.get(0)).unwrap();
        assert_eq!(packed, 0);
        let after = read_facts(store.conn(), None, usize::MAX).unwrap();
        assert_eq!(after.members.iter().find(|m| m.customer == ids[35].0).unwrap().stage, Some(Stage::Client));
    }

    #[test]
    fn a_date_is_read_from_its_first_ten_characters() {
        assert_eq!(day(b"2026-11-30T09:00:00"), NaiveDate::from_ymd_opt(2026, 11, 30));
        assert_eq!(day(b"2026-02-30T09:00:00"), None);
        assert_eq!(day(b"2026-1-30"), None);
        assert_eq!(day(b""), None);
    }
}
