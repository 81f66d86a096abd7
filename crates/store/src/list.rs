//! The customer list as the shopkeeper arranges it: sorted by a column, narrowed by filters
//! that combine, saved as named views, and each searched row saying what found it.

use fidele_analytics::{Segment, Stage};
use fidele_domain::text::{digits, fold};
use fidele_domain::{Channel, HitField, SearchHit};
use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};

use crate::customers::{CustomerList, ListOrder, count_listed, summaries_of};
use crate::{Result, Store, codec, search};

/// The column the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Family name as filed (see `fidele_domain::names`), then first name.
    #[default]
    Name,
    City,
    Purchases,
    Total,
    LastPurchase,
    /// When they became a customer.
    Added,
}

impl SortBy {
    pub const ALL: [SortBy; 6] = [SortBy::Name, SortBy::City, SortBy::Purchases, SortBy::Total, SortBy::LastPurchase, SortBy::Added];

    pub fn code(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::City => "city",
            SortBy::Purchases => "purchases",
            SortBy::Total => "total",
            SortBy::LastPurchase => "last_purchase",
            SortBy::Added => "added",
        }
    }

    pub fn parse(code: &str) -> Option<SortBy> {
        SortBy::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Which customers the list shows; every filter set must hold. Archived customers are listed
/// only when `archived` asks for them (and then only they); erased customers never are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// On this step of the loyalty ladder today, as the analysis places them.
    pub stage: Option<Stage>,
    /// In this RFM segment today.
    pub segment: Option<Segment>,
    /// With this tag.
    pub tag: Option<String>,
    /// Whose current consent on this channel is given.
    pub consent: Option<Channel>,
    /// Living in this town (case and accents ignored).
    pub city: Option<String>,
    /// Whose birthday falls in the current month.
    pub birthday_this_month: bool,
    /// The archived customers instead of the listed ones (erased customers, archived shells
    /// with nothing left to find, are never shown).
    pub archived: bool,
}

impl ListFilter {
    pub fn is_empty(&self) -> bool {
        *self == ListFilter::default()
    }
}

/// What the list shows and in which order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub search: String,
    pub filter: ListFilter,
    pub sort: SortBy,
    pub descending: bool,
}

/// A named arrangement of the list, kept in the file's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    pub name: String,
    pub query: ListQuery,
}

const VIEW_PREFIX: &str = "list.view.";

impl Store {
    /// One page of the list for `query`, and how many customers it holds.
    ///
    /// The plain list by name and a search without filters or another column take
    /// `search_customers`' paths, which are tuned for typing (a search ranks its best matches
    /// first). Anything else is one query over the customers with the filters as conditions.
    pub fn list_page(&self, query: &ListQuery, limit: u32, offset: u32) -> Result<CustomerList> {
        let conn = self.conn();
        let fts = search::fts_query(&query.search);
        if !query.search.trim().is_empty() && fts.is_none() {
            return Ok(CustomerList { rows: Vec::new(), total: 0 });
        }
        let plain = query.filter.is_empty() && !query.descending && query.sort == SortBy::Name;
        let mut list = if plain {
            self.search_customers(&query.search, ListOrder::Name, limit, offset)?
        } else {
            let (conditions, mut values) = self.conditions(&query.filter, &query.search, fts.as_deref())?;
            // The archived are out of the search index and of the list's indexes (partial on
            // `archived_at IS NULL`): few, they are read directly.
            let shown = if query.filter.archived { "c.archived_at IS NOT NULL AND c.erased_at IS NULL" } else { "c.archived_at IS NULL" };
            let total = if conditions.is_empty() && !query.filter.archived {
                count_listed(conn)?
            } else {
                conn.prepare_cached(&format!("SELECT count(*) FROM customers c WHERE {shown}{conditions}"))?
                    .query_row(params_from_iter(values.iter()), |r| r.get(0))?
            };
            let dir = if query.descending { "DESC" } else { "ASC" };
            // Customers without purchases sort as zero, or as never (before any date); without a
            // town, last (see `NO_TOWN`). Each order runs in one direction, so that it walks its
            // index (`customers_city_key`, `customers_total`, `customers_last_purchase`).
            let key = match query.sort {
                SortBy::Name => format!("c.sort_key {dir}, c.id {dir}"),
                SortBy::City => format!("c.city_key {dir}, c.sort_key {dir}, c.id {dir}"),
                SortBy::Purchases => format!("c.purchase_count {dir}, c.sort_key {dir}, c.id {dir}"),
                SortBy::Total => format!("c.total_minor {dir}, c.sort_key {dir}, c.id {dir}"),
                SortBy::LastPurchase => format!("c.last_purchase_at {dir}, c.sort_key {dir}, c.id {dir}"),
                SortBy::Added => format!("c.id {dir}"),
            };
            values.push(Value::from(i64::from(limit)));
            values.push(Value::from(i64::from(offset)));
            let n = values.len();
            let sql = format!(
                "SELECT c.id FROM customers c WHERE {shown}{conditions} ORDER BY {key} LIMIT ?{} OFFSET ?{n}",
                n - 1
            );
            let ids: Vec<i64> = conn.prepare_cached(&sql)?.query_map(params_from_iter(values.iter()), |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            CustomerList { rows: summaries_of(conn, &ids)?, total }
        };
        if !query.search.trim().is_empty() {
            for row in &mut list.rows {
                row.hit = why_found(conn, row.id.0, &query.search, &[&row.name, &row.company, &row.city])?;
            }
        }
        Ok(list)
    }

    /// The SQL conditions (each starting with " AND") and their values for a filter.
    fn conditions(&self, filter: &ListFilter, search: &str, fts: Option<&str>) -> Result<(String, Vec<Value>)> {
        let mut sql = String::new();
        let mut values: Vec<Value> = Vec::new();
        let push = |sql_part: &str, value: Value, values: &mut Vec<Value>, sql: &mut String| {
            values.push(value);
            sql.push_str(&sql_part.replace("?#", &format!("?{}", values.len())));
        };
        if filter.archived && !search.trim().is_empty() {
            let ids: Vec<String> = crate::archived::matching(self.conn(), search)?.into_iter().map(|id| id.to_string()).collect();
            push(" AND c.id IN (SELECT value FROM json_each(?#))", format!("[{}]", ids.join(",")).into(), &mut values, &mut sql);
        } else if let Some(q) = fts {
            push(" AND c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?#)", q.to_owned().into(), &mut values, &mut sql);
        }
        if let Some(tag) = filter.tag.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            push(
                " AND EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id AND t.name = ?# COLLATE NOCASE)",
                tag.to_owned().into(),
                &mut values,
                &mut sql,
            );
        }
        if let Some(channel) = filter.consent {
            push(
                " AND (SELECT e.granted FROM consent_events e WHERE e.customer_id = c.id AND e.channel = ?# ORDER BY e.at DESC, e.id DESC LIMIT 1) = 1",
                channel.code().to_owned().into(),
                &mut values,
                &mut sql,
            );
        }
        let city = filter.city.as_deref().map(fold).filter(|c| !c.is_empty());
        let by_town = city.is_some();
        if let Some(city) = city {
            push(" AND c.city_key = ?#", city.into(), &mut values, &mut sql);
        }
        if filter.birthday_this_month {
            use chrono::Datelike;
            // With a town, the month is read from the town's index (`customers_city_key` holds
            // it): `+` keeps SQLite from choosing the birthday index instead, which reads a
            // customer row for each birthday of the month to test the town.
            let month = if by_town { " AND +c.birth_month = ?#" } else { " AND c.birth_month = ?#" };
            push(month, i64::from(codec::now().month()).into(), &mut values, &mut sql);
        }
        if filter.stage.is_some() || filter.segment.is_some() {
            let ids: Vec<String> = self.customers_in(filter.stage, filter.segment)?.into_iter().map(|id| id.0.to_string()).collect();
            push(" AND c.id IN (SELECT value FROM json_each(?#))", format!("[{}]", ids.join(",")).into(), &mut values, &mut sql);
        }
        Ok((sql, values))
    }

    /// The towns the customers live in, each once (as most of its customers write it), for the
    /// list's town filter.
    pub fn list_cities(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT city FROM (
                SELECT city, city_key, row_number() OVER (PARTITION BY city_key ORDER BY count(*) DESC, city) AS rank
                FROM customers WHERE archived_at IS NULL AND city_key <> ?1 GROUP BY city_key, city)
             WHERE rank = 1 ORDER BY city_key",
        )?;
        let cities = stmt.query_map([crate::customers::NO_TOWN], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(cities)
    }

    /// Every tag in use, by name.
    pub fn list_tags(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.tag_id = t.id) ORDER BY t.name COLLATE NOCASE",
        )?;
        let tags = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(tags)
    }

    /// Saves (or replaces) a named view of the list.
    pub fn save_list_view(&mut self, view: &ListView) -> Result<()> {
        let name = view.name.trim();
        if name.is_empty() {
            let mut invalid = fidele_domain::Invalid::default();
            invalid.push(fidele_domain::FieldError::new("name", fidele_domain::ErrorCode::Empty));
            return Err(invalid.into());
        }
        self.set_setting(&format!("{VIEW_PREFIX}{name}"), &encode(&view.query))
    }

    pub fn delete_list_view(&mut self, name: &str) -> Result<()> {
        let key = format!("{VIEW_PREFIX}{}", name.trim());
        self.write(|tx| Ok(tx.execute("DELETE FROM settings WHERE key = ?1", [key]).map(|_| ())?))
    }

    /// The saved views, by name.
    pub fn list_views(&self) -> Result<Vec<ListView>> {
        let mut stmt = self.conn().prepare("SELECT substr(key, ?2), value FROM settings WHERE key LIKE ?1 || '%' ORDER BY key")?;
        let views = stmt
            .query_map(params![VIEW_PREFIX, VIEW_PREFIX.len() as i64 + 1], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(views.into_iter().map(|(name, value)| ListView { name, query: decode(&value) }).collect())
    }
}

/// A view as a setting's value: one `key<TAB>value` line per part set. Values lose tabs and
/// line breaks (no tag, town or search holds one).
fn encode(q: &ListQuery) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut lines = vec![format!("sort\t{}", q.sort.code())];
    if q.descending {
        lines.push("descending\t1".into());
    }
    if !q.search.trim().is_empty() {
        lines.push(format!("search\t{}", clean(&q.search)));
    }
    let f = &q.filter;
    if let Some(s) = f.stage {
        lines.push(format!("stage\t{}", s.code()));
    }
    if let Some(s) = f.segment {
        lines.push(format!("segment\t{}", s.code()));
    }
    if let Some(t) = &f.tag {
        lines.push(format!("tag\t{}", clean(t)));
    }
    if let Some(c) = f.consent {
        lines.push(format!("consent\t{}", c.code()));
    }
    if let Some(c) = &f.city {
        lines.push(format!("city\t{}", clean(c)));
    }
    if f.birthday_this_month {
        lines.push("birthday_this_month\t1".into());
    }
    if f.archived {
        lines.push("archived\t1".into());
    }
    lines.join("\n")
}

/// Reads a view back; a part this version does not know is left out rather than failing.
fn decode(text: &str) -> ListQuery {
    let mut q = ListQuery::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once('\t') else { continue };
        match key {
            "sort" => q.sort = SortBy::parse(value).unwrap_or_default(),
            "descending" => q.descending = value == "1",
            "search" => q.search = value.to_owned(),
            "stage" => q.filter.stage = Stage::parse(value),
            "segment" => q.filter.segment = Segment::ALL.into_iter().find(|s| s.code() == value),
            "tag" => q.filter.tag = Some(value.to_owned()),
            "consent" => q.filter.consent = Channel::parse(value),
            "city" => q.filter.city = Some(value.to_owned()),
            "birthday_this_month" => q.filter.birthday_this_month = value == "1",
            "archived" => q.filter.archived = value == "1",
            _ => {}
        }
    }
    q
}

/// What found a customer when the words the row shows (`shown`: name, company, town) do not
/// explain every searched word: the phone or e-mail that matched, a postal code, a tag, or an
/// extract of their preferences or notes.
fn why_found(conn: &Connection, id: i64, typed: &str, shown: &[&str]) -> Result<Option<SearchHit>> {
    let is_phone = typed.chars().any(|c| c.is_ascii_digit()) && typed.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c));
    if is_phone {
        // The digits as typed and the E.164 digits stored beside each number (`digits`, read
        // once when the number was written): "0478" and "+33 4 78" both find "04 78 00 00 01".
        let wanted = digits(typed);
        let mut stmt = conn.prepare_cached("SELECT number, digits FROM customer_phones WHERE customer_id = ?1 ORDER BY position")?;
        let phones: Vec<(String, String)> = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        if let Some((number, _)) = phones.into_iter().find(|(number, e164)| digits(number).starts_with(&wanted) || e164.starts_with(&wanted)) {
            return Ok(Some(SearchHit { field: HitField::Phone, text: number }));
        }
    }
    let shown_words: Vec<String> = shown.iter().flat_map(|s| fold(s).split(' ').map(str::to_owned).collect::<Vec<_>>()).collect();
    let unexplained: Vec<String> =
        fold(typed).split(' ').filter(|w| !w.is_empty() && !shown_words.iter().any(|s| s.starts_with(w))).map(str::to_owned).collect();
    if unexplained.is_empty() {
        return Ok(None);
    }
    // The index splits an address at its "@" as well as between words.
    let matches = |text: &str| {
        let folded = fold(text);
        folded.split([' ', '@']).chain(folded.split(' ')).any(|word| unexplained.iter().any(|w| word.starts_with(w.as_str())))
    };
    for email in strings(conn, "SELECT address FROM customer_emails WHERE customer_id = ?1 ORDER BY position", id)? {
        if matches(&email) {
            return Ok(Some(SearchHit { field: HitField::Email, text: email }));
        }
    }
    let (postal, preferences, notes): (String, String, String) = conn
        .prepare_cached("SELECT postal_code, preferences, notes FROM customers WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    if matches(&postal) {
        return Ok(Some(SearchHit { field: HitField::PostalCode, text: postal }));
    }
    for tag in strings(conn, "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ?1 ORDER BY t.name", id)? {
        if matches(&tag) {
            return Ok(Some(SearchHit { field: HitField::Tag, text: tag }));
        }
    }
    for (field, text) in [(HitField::Preferences, preferences), (HitField::Notes, notes)] {
        if let Some(extract) = extract_around(&text, &unexplained) {
            return Ok(Some(SearchHit { field, text: extract }));
        }
    }
    Ok(None)
}

/// A few words of `text` around the first word a searched word starts, with "…" where cut.
fn extract_around(text: &str, words: &[String]) -> Option<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let at = tokens.iter().position(|t| fold(t).split(' ').any(|f| words.iter().any(|w| f.starts_with(w.as_str()))))?;
    let (from, to) = (at.saturating_sub(3), (at + 4).min(tokens.len()));
    let mut out = tokens[from..to].join(" ");
    if from > 0 {
        out = format!("…{out}");
    }
    if to < tokens.len() {
        out.push('…');
    }
    Some(out)
}

fn strings(conn: &Connection, sql: &str, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Address, Birthday, CustomerDraft, CustomerId};

    fn person(first: &str, last: &str, city: &str) -> CustomerDraft {
        CustomerDraft {
            first_name: first.into(),
            last_name: last.into(),
            address: Address { city: city.into(), ..Address::default() },
            ..CustomerDraft::default()
        }
    }

    fn names(list: &CustomerList) -> Vec<String> {
        list.rows.iter().map(|r| r.name.clone()).collect()
    }

    fn by(sort: SortBy, descending: bool) -> ListQuery {
        ListQuery { sort, descending, ..ListQuery::default() }
    }

    #[test]
    fn names_sort_with_accents_among_their_letters() {
        let mut store = Store::open_in_memory().unwrap();
        for (first, last) in [("Théo", "Aubry"), ("Zoé", "Zola"), ("Étienne", "Aubry"), ("Anne", "Évrard"), ("Luc", "Dupont")] {
            store.add_customer(person(first, last, ""), &[], "").unwrap();
        }
        let list = store.list_page(&ListQuery::default(), 10, 0).unwrap();
        assert_eq!(names(&list), ["Étienne Aubry", "Théo Aubry", "Luc Dupont", "Anne Évrard", "Zoé Zola"]);
        let back = store.list_page(&by(SortBy::Name, true), 10, 0).unwrap();
        assert_eq!(names(&back), ["Zoé Zola", "Anne Évrard", "Luc Dupont", "Théo Aubry", "Étienne Aubry"]);
    }

    #[test]
    fn dutch_particles_file_under_the_name_in_the_netherlands_and_the_particle_in_belgium() {
        let mut store = Store::open_in_memory().unwrap();
        let nl = |first: &str, last: &str, country: &str| CustomerDraft {
            address: Address { country: country.into(), ..Address::default() },
            ..person(first, last, "")
        };
        store.add_customer(nl("Anneke", "van den Berg", "NL"), &[], "").unwrap();
        store.add_customer(nl("Sanne", "Bakker", "NL"), &[], "").unwrap();
        store.add_customer(nl("Pieter", "Claes", "BE"), &[], "").unwrap();
        store.add_customer(nl("Wim", "van den Bossche", "BE"), &[], "").unwrap();
        store.add_customer(nl("Joost", "Visser", "NL"), &[], "").unwrap();
        let list = store.list_page(&ListQuery::default(), 10, 0).unwrap();
        assert_eq!(names(&list), ["Sanne Bakker", "Anneke van den Berg", "Pieter Claes", "Wim van den Bossche", "Joost Visser"]);

        // A customer without a country follows the shop's; moving the shop re-files them.
        let mut shop = store.shop_profile().unwrap();
        shop.country = "NL".into();
        store.set_shop_profile(&shop).unwrap();
        store.add_customer(person("Eva", "de Wit", ""), &[], "").unwrap();
        assert_eq!(names(&store.list_page(&ListQuery::default(), 10, 0).unwrap()).last().unwrap(), "Eva de Wit");
        shop.country = "BE".into();
        store.set_shop_profile(&shop).unwrap();
        assert_eq!(names(&store.list_page(&ListQuery::default(), 10, 0).unwrap())[3], "Eva de Wit");
    }

    #[test]
    fn columns_sort_both_ways_and_filters_combine() {
        let mut store = Store::open_in_memory().unwrap();
        let mut add = |first: &str, city: &str, tags: &[&str], birth_month: Option<u32>| {
            let draft = CustomerDraft {
                tags: tags.iter().map(|t| t.to_string()).collect(),
                birthday: birth_month.map(|m| Birthday::new(None, m, 1).unwrap()),
                ..person(first, "Martin", city)
            };
            store.add_customer(draft, &[], "").unwrap()
        };
        use chrono::Datelike;
        let this_month = codec::now().month();
        let other_month = this_month % 12 + 1;
        let a = add("Alice", "Évian-les-Bains", &["romans"], Some(this_month));
        let b = add("Bruno", "Annecy", &["romans", "bd"], Some(other_month));
        let c = add("Chloé", "évian-les-bains", &["bd"], Some(this_month));
        let d = add("David", "", &[], None);
        for (id, cents) in [(a, 1000), (b, 5000), (b, 500), (c, 200)] {
            let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 1 + cents as u32 / 1000).unwrap().and_hms_opt(10, 0, 0).unwrap();
            store.add_purchase(crate::test_support::sale(id, at, cents)).unwrap();
        }
        let ids = |list: CustomerList| list.rows.iter().map(|r| r.id).collect::<Vec<CustomerId>>();
        assert_eq!(ids(store.list_page(&by(SortBy::City, false), 10, 0).unwrap()), [b, a, c, d], "accents ignored, no town last");
        assert_eq!(ids(store.list_page(&by(SortBy::Total, true), 10, 0).unwrap()), [b, a, c, d]);
        assert_eq!(ids(store.list_page(&by(SortBy::Purchases, false), 10, 0).unwrap()), [d, a, c, b]);
        assert_eq!(ids(store.list_page(&by(SortBy::LastPurchase, true), 10, 0).unwrap())[0], b);
        assert_eq!(ids(store.list_page(&by(SortBy::Added, true), 2, 1).unwrap()), [c, b], "pages");

        store.record_consent(c, Channel::Email, true, "").unwrap();
        store.record_consent(a, Channel::Email, true, "").unwrap();
        store.record_consent(a, Channel::Email, false, "").unwrap();
        let filtered = |filter: ListFilter| store.list_page(&ListQuery { filter, ..ListQuery::default() }, 10, 0).unwrap();
        let evian = filtered(ListFilter { city: Some("EVIAN-les-bains".into()), ..ListFilter::default() });
        assert_eq!((ids(evian.clone()), evian.total), (vec![a, c], 2));
        assert_eq!(ids(filtered(ListFilter { tag: Some("BD".into()), ..ListFilter::default() })), [b, c]);
        assert_eq!(ids(filtered(ListFilter { tag: Some("bd".into()), birthday_this_month: true, ..ListFilter::default() })), [c]);
        assert_eq!(ids(filtered(ListFilter { consent: Some(Channel::Email), ..ListFilter::default() })), [c], "the latest consent counts");
        // Filters combine with a search, and the search's count follows them.
        let q = ListQuery { search: "martin".into(), filter: ListFilter { tag: Some("romans".into()), ..ListFilter::default() }, ..ListQuery::default() };
        let found = store.list_page(&q, 10, 0).unwrap();
        assert_eq!((ids(found.clone()), found.total), (vec![a, b], 2));
        store.add_customer(person("Émile", "Martin", "Évian-les-Bains"), &[], "").unwrap();
        assert_eq!(store.list_cities().unwrap(), ["Annecy", "Évian-les-Bains"], "Évian once, as most write it");
        assert_eq!(store.list_tags().unwrap(), ["bd", "romans"]);
    }

    #[test]
    fn the_archived_are_a_filter_that_combines_with_the_others_and_a_search() {
        let mut store = Store::open_in_memory().unwrap();
        let mut add = |first: &str, city: &str| store.add_customer(person(first, "Martin", city), &[], "").unwrap();
        let (a, b, c, d) = (add("Alice", "Lyon"), add("Bruno", "Annecy"), add("Chloé", "Lyon"), add("David", "Lyon"));
        store.add_purchase(crate::test_support::sale(c, chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap().and_hms_opt(10, 0, 0).unwrap(), 900)).unwrap();
        for id in [a, b, c, d] {
            if id != a {
                store.archive_customer(id).unwrap();
            }
        }
        store.erase_customer(d).unwrap();
        let ids = |store: &Store, q: ListQuery| {
            let list = store.list_page(&q, 10, 0).unwrap();
            (list.rows.iter().map(|r| r.id).collect::<Vec<CustomerId>>(), list.total)
        };
        let archived = |search: &str, city: Option<&str>| ListQuery {
            search: search.into(),
            filter: ListFilter { archived: true, city: city.map(Into::into), ..ListFilter::default() },
            ..ListQuery::default()
        };
        assert_eq!(ids(&store, ListQuery::default()), (vec![a], 1), "the list holds the listed only");
        assert_eq!(ids(&store, archived("", None)), (vec![b, c], 2), "the archived, never the erased");
        assert_eq!(ids(&store, archived("", Some("lyon"))), (vec![c], 1), "combined with a town");
        assert_eq!(ids(&store, archived("chloe mar", None)), (vec![c], 1), "searched, folded, though out of the index");
        assert_eq!(ids(&store, archived("alice", None)), (vec![], 0), "a listed customer is not archived");
        let by_total = ListQuery { sort: SortBy::Total, descending: true, ..archived("", None) };
        assert_eq!(ids(&store, by_total), (vec![c, b], 2), "sorted like the list");
        store.unarchive_customer(c).unwrap();
        assert_eq!(ids(&store, archived("", None)), (vec![b], 1));
        assert_eq!(ids(&store, ListQuery::default()), (vec![a, c], 2));
    }

    #[test]
    fn a_view_is_saved_by_name_and_read_back_whole() {
        let mut store = Store::open_in_memory().unwrap();
        let query = ListQuery {
            search: "lyon".into(),
            sort: SortBy::Total,
            descending: true,
            filter: ListFilter {
                stage: Some(Stage::Client),
                segment: Segment::ALL.first().copied(),
                tag: Some("romans\tpolicier".into()),
                consent: Some(Channel::Post),
                city: Some("Saint-Étienne".into()),
                birthday_this_month: true,
                archived: true,
            },
        };
        store.save_list_view(&ListView { name: "Fidèles de Saint-Étienne".into(), query: query.clone() }).unwrap();
        store.save_list_view(&ListView { name: "Tous".into(), query: ListQuery::default() }).unwrap();
        let views = store.list_views().unwrap();
        assert_eq!(views.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["Fidèles de Saint-Étienne", "Tous"]);
        let expected = ListQuery { filter: ListFilter { tag: Some("romans policier".into()), ..query.filter.clone() }, ..query };
        assert_eq!(views[0].query, expected);
        assert_eq!(views[1].query, ListQuery::default());
        store.delete_list_view("Tous").unwrap();
        assert_eq!(store.list_views().unwrap().len(), 1);
        assert!(store.save_list_view(&ListView { name: " ".into(), query: ListQuery::default() }).is_err());
    }

    #[test]
    fn a_searched_row_says_what_found_it() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .add_customer(
                CustomerDraft {
                    emails: vec!["h.dub@exemple.fr".into(), "helene.pro@atelier.fr".into()],
                    phones: vec!["06 12 34 56 78".into(), "04 78 00 00 01".into()],
                    tags: vec!["polars".into()],
                    notes: "Aime les romans de Fred Vargas et les beaux livres de cuisine lyonnaise".into(),
                    address: Address { postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
                    ..person("Hélène", "Dubœuf", "Lyon")
                },
                &[],
                "",
            )
            .unwrap();
        let hit = |q: &str| {
            let list = store.list_page(&ListQuery { search: q.into(), ..ListQuery::default() }, 10, 0).unwrap();
            assert_eq!(list.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [id], "{q}");
            list.rows[0].hit.clone().map(|h| (h.field, h.text))
        };
        assert_eq!(hit("helene"), None, "the name shows it");
        assert_eq!(hit("lyon"), None, "the town shows it");
        assert_eq!(hit("0478"), Some((HitField::Phone, "04 78 00 00 01".into())));
        assert_eq!(hit("+33 4 78"), Some((HitField::Phone, "04 78 00 00 01".into())));
        assert_eq!(hit("atelier"), Some((HitField::Email, "helene.pro@atelier.fr".into())));
        assert_eq!(hit("69003"), Some((HitField::PostalCode, "69003".into())));
        assert_eq!(hit("helene pola"), Some((HitField::Tag, "polars".into())));
        assert_eq!(hit("vargas"), Some((HitField::Notes, "…romans de Fred Vargas et les beaux…".into())));
        // Filters keep the explanation too.
        let filtered = ListQuery { search: "0478".into(), filter: ListFilter { city: Some("lyon".into()), ..ListFilter::default() }, ..ListQuery::default() };
        assert_eq!(store.list_page(&filtered, 10, 0).unwrap().rows[0].hit.as_ref().map(|h| h.field), Some(HitField::Phone));
    }
}
