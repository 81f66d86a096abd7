//! The customer search index: folded text in an FTS5 table, rowid = customer id.
//!
//! Only customers in the list (not archived, not erased) are indexed.
//!
//! Folding happens here in Rust (not in SQLite's tokenizer) so that ligatures and accents are
//! handled the same on both sides: "duboeuf" finds "Dubœuf", "helene" finds "Hélène".

use fidele_domain::CustomerDraft;
use fidele_domain::text::{digits, fold};
use rusqlite::{Connection, params};

use crate::Result;

/// The text a customer is found by. Phone numbers are read in `region` (the customer's country,
/// else the shop's) when they have no country code.
pub(crate) fn body(draft: &CustomerDraft, shop_country: &str) -> String {
    body_and_phone_digits(draft, shop_country).0
}

/// [`body`], and each phone's digits as `customer_phones.digits` keeps them
/// (`fidele_domain::phone::match_digits`), from one reading of each number: libphonenumber's
/// reading is most of the cost of a customer a till import adds.
pub(crate) fn body_and_phone_digits(draft: &CustomerDraft, shop_country: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    for part in [&draft.first_name, &draft.last_name, &draft.company, &draft.address.city, &draft.address.postal_code] {
        text.push_str(part);
        text.push(' ');
    }
    for e in &draft.emails {
        text.push_str(e);
        text.push(' ');
    }
    for t in &draft.tags {
        text.push_str(t);
        text.push(' ');
    }
    text.push_str(&draft.notes);
    text.push(' ');
    text.push_str(&draft.preferences);
    let mut out = fold(&text);
    let region = fidele_domain::phone::region_for(&draft.address.country, shop_country);
    let mut matched = Vec::with_capacity(draft.phones.len());
    for p in &draft.phones {
        // As typed, in E.164 and in the national form: "0612", "+33 6 12" and "33612" all
        // find "+33 6 12 34 56 78", and "0612" finds "06 12 34 56 78".
        let mut forms = vec![digits(p)];
        match fidele_domain::phone::parse(p, &region) {
            Ok(phone) => {
                matched.push(phone.e164_digits().to_owned());
                forms.push(phone.e164_digits().to_owned());
                forms.push(phone.national_digits());
            }
            Err(_) => {
                matched.push(forms[0].clone());
                forms.extend(national_digits(&forms[0]));
            }
        }
        forms.sort();
        forms.dedup();
        for f in forms.into_iter().filter(|f| !f.is_empty()) {
            out.push(' ');
            out.push_str(&f);
        }
    }
    (out, matched)
}

/// For numbers libphonenumber cannot read but written with a country code (33, 32, 31, 44,
/// 41, 352), the national form with its trunk 0, which is how people there type them.
fn national_digits(d: &str) -> Option<String> {
    let rest = d.strip_prefix("00").unwrap_or(d);
    ["352", "33", "32", "31", "44", "41"]
        .iter()
        .find_map(|cc| rest.strip_prefix(cc).filter(|r| r.len() >= 8 && !r.starts_with('0')).map(|r| format!("0{r}")))
        .filter(|_| d.len() >= 10)
}

pub(crate) fn index(conn: &Connection, id: i64, draft: &CustomerDraft) -> Result<()> {
    conn.prepare_cached("DELETE FROM customer_search WHERE rowid = ?1")?.execute([id])?;
    let country = crate::customers::shop_country(conn)?;
    // Archived (and so erased) customers are not searched: leaving them out of the index lets
    // a search's count come from the index alone, without looking at 70,000 customer rows.
    conn.prepare_cached(
        "INSERT INTO customer_search (rowid, body) SELECT ?1, ?2
         WHERE NOT EXISTS (SELECT 1 FROM customers WHERE id = ?1 AND archived_at IS NOT NULL)",
    )?
    .execute(params![id, body(draft, &country)])?;
    Ok(())
}

pub(crate) fn unindex(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM customer_search WHERE rowid = ?1")?.execute([id])?;
    Ok(())
}

/// The first `n` customers the FTS query `q` finds, in customer order, with the text they were
/// found in: one pass answers a narrow search whole (ranked by `rank`) and starts a broad one,
/// which is never ranked.
pub(crate) fn first_hits(conn: &Connection, q: &str, n: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare_cached("SELECT rowid, body FROM customer_search WHERE customer_search MATCH ?1 ORDER BY rowid LIMIT ?2")?;
    let hits = stmt.query_map(params![q, n], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(hits)
}

/// The hits of the FTS query `q` ranked (lower is better) by where the searched words start a
/// word of their indexed text, which begins with the name: a match in the name before one in
/// the company, the town, an e-mail, a tag or a note. FTS5's own rank (bm25) first counts, for
/// each searched prefix, every customer it finds ("d" in "jerome d": most of the file), which
/// cost 3 to 5 ms a keystroke.
pub(crate) fn rank(q: &str, hits: &[(i64, String)]) -> Vec<(i64, f64)> {
    // `q` is `fts_query`'s: each word quoted, nothing else between quotes.
    let words: Vec<&str> = q.split('"').skip(1).step_by(2).collect();
    hits.iter().map(|(id, body)| (*id, where_found(body, &words))).collect()
}

/// The sum, over `words`, of the place of the first word of `body` each starts (as FTS5's
/// unicode61 tokenizer splits it).
fn where_found(body: &str, words: &[&str]) -> f64 {
    let tokens: Vec<&str> = body.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    words.iter().map(|w| tokens.iter().position(|t| t.starts_with(w)).unwrap_or(tokens.len()) as f64).sum()
}

/// Hits as a JSON array of `[id, rank]` pairs, for `json_each` to join and sort in one query.
pub(crate) fn hits_json(hits: &[(i64, f64)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(hits.len() * 24 + 2);
    out.push('[');
    for (i, (id, rank)) in hits.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        // `{:?}` writes the shortest text that reads back as the same f64, so ties stay ties.
        let rank = if rank.is_finite() { *rank } else { 0.0 };
        let _ = write!(out, "{sep}[{id},{rank:?}]");
    }
    out.push(']');
    out
}

/// How many customers the FTS query `q` finds. The index holds exactly the listed customers
/// (see `index`), so it alone counts them: joining the customers to check `archived_at` cost
/// 15 ms for a search finding 70,000.
pub(crate) fn count(conn: &Connection, q: &str) -> Result<i64> {
    Ok(conn.prepare_cached("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?1")?.query_row([q], |r| r.get(0))?)
}

/// Turns what the shopkeeper typed into an FTS5 query: every word must start a word of the
/// customer's text. A query of digits and separators is one phone number. `None` when nothing
/// searchable was typed.
pub(crate) fn fts_query(typed: &str) -> Option<String> {
    let is_phone = typed.chars().any(|c| c.is_ascii_digit())
        && typed.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c));
    let words: Vec<String> = if is_phone { vec![digits(typed)] } else { fold(typed).split(' ').map(str::to_owned).collect() };
    let terms: Vec<String> = words
        .into_iter()
        .filter(|w| !w.is_empty())
        // Folded words are [a-z0-9@] only, so quoting cannot be escaped out of.
        .map(|w| format!("\"{w}\"*"))
        .collect();
    if terms.is_empty() { None } else { Some(terms.join(" ")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_in_the_name_ranks_before_one_in_the_town_or_a_note() {
        let mut store = crate::Store::open_in_memory().unwrap();
        let add = |store: &mut crate::Store, first: &str, last: &str, city: &str, notes: &str| {
            let address = fidele_domain::Address { city: city.into(), ..Default::default() };
            store.add_customer(CustomerDraft { first_name: first.into(), last_name: last.into(), address, notes: notes.into(), ..Default::default() }, &[], "").unwrap()
        };
        let noted = add(&mut store, "Anne", "Roux", "Lyon", "Amie de Paul Martin");
        let town = add(&mut store, "Luc", "Petit", "Saint-Martin", "");
        let named = add(&mut store, "Paul", "Martin", "Lyon", "");
        let hits = store.list_customers("martin", crate::ListOrder::Name, 10, 0).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [named, town, noted]);
        let hits = store.list_customers("paul mar", crate::ListOrder::Name, 10, 0).unwrap();
        assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [named, noted]);
    }

    #[test]
    fn queries_are_prefix_words() {
        assert_eq!(fts_query("Hélène  Dub").as_deref(), Some("\"helene\"* \"dub\"*"));
        assert_eq!(fts_query("06 12").as_deref(), Some("\"0612\"*"));
        assert_eq!(fts_query("\"*) OR"), Some("\"or\"*".to_owned()));
        assert_eq!(fts_query("  -- "), None);
    }

    #[test]
    fn phone_numbers_are_indexed_in_both_forms() {
        let draft = CustomerDraft { phones: vec!["+33 6 12 34 56 78".into()], ..CustomerDraft::default() };
        let b = body(&draft, "FR");
        assert!(b.contains("33612345678"), "{b}");
        assert!(b.contains("0612345678"), "{b}");
        // A national number gets its E.164 digits, read in the shop's (or customer's) country.
        let be = CustomerDraft { phones: vec!["0470 12 34 56".into()], ..CustomerDraft::default() };
        let b = body(&be, "BE");
        assert!(b.contains("32470123456") && b.contains("0470123456"), "{b}");
        // Unreadable numbers still index their digits and a guessed national form.
        let odd = CustomerDraft { phones: vec!["+33 1 23".into(), "0033 999 999 999".into()], ..CustomerDraft::default() };
        let b = body(&odd, "FR");
        assert!(b.contains("33123") && b.contains("0999999999"), "{b}");
    }

    #[test]
    fn an_e164_search_finds_a_nationally_typed_number() {
        let mut store = crate::Store::open_in_memory().unwrap();
        let id = store.add_customer(CustomerDraft { last_name: "Roux".into(), phones: vec!["06 12 34 56 78".into()], ..Default::default() }, &[], "").unwrap();
        for q in ["0612", "+33 6 12", "33612345678", "06.12.34"] {
            let hits = store.list_customers(q, crate::ListOrder::Name, 10, 0).unwrap();
            assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [id], "{q}");
        }
    }
}
