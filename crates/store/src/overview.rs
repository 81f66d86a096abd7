//! The figures and lists the dashboard opens on.

use chrono::{Datelike, Days, Months, NaiveDate};
use fidele_domain::customer::display_name;
use fidele_domain::{Birthday, CustomerId, Interaction, InteractionKind};

use rusqlite::OptionalExtension;

use crate::codec::{date, dt};
use crate::{Result, Store};

#[derive(Debug, Clone)]
pub struct Overview {
    pub customers: i64,
    pub customers_with_purchase: i64,
    pub purchases: i64,
    /// In the shop's currency, the last 12 months up to today.
    pub revenue_12m_minor: i64,
    /// The 12 months before those, to compare.
    pub revenue_prev_12m_minor: i64,
    pub consent_post: i64,
    /// Oldest first.
    pub open_complaints: Vec<(Interaction, String)>,
    /// Open interactions other than complaints whose due date has passed, oldest due first.
    pub overdue: Vec<(Interaction, String)>,
    pub upcoming_birthdays: Vec<UpcomingBirthday>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpcomingBirthday {
    pub customer: CustomerId,
    pub name: String,
    pub date: NaiveDate,
    /// The age they turn, when the year is known.
    pub turns: Option<i32>,
}

impl Store {
    pub fn overview(&self, today: NaiveDate, birthday_days: u32) -> Result<Overview> {
        let conn = self.conn();
        let currency = self.shop_profile()?.currency;
        let count = |sql: &str| -> Result<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
        let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(today);
        let two_years_ago = today.checked_sub_months(Months::new(24)).unwrap_or(today);
        let tomorrow = dt(today.and_time(chrono::NaiveTime::MIN) + chrono::Duration::days(1));
        let revenue = |from: NaiveDate, to: &str| -> Result<i64> {
            Ok(conn.query_row(
                "SELECT coalesce(sum(amount_minor), 0) FROM purchases WHERE currency = ?1 AND at >= ?2 AND at < ?3",
                rusqlite::params![currency.code(), date(from), to],
                |r| r.get(0),
            )?)
        };
        let current_consent_post = "SELECT count(*) FROM customers c WHERE c.archived_at IS NULL AND (
                SELECT granted FROM consent_events e WHERE e.customer_id = c.id AND e.channel = 'post'
                ORDER BY e.at DESC, e.id DESC LIMIT 1) = 1";
        let mut complaints = Vec::new();
        let mut overdue = Vec::new();
        for i in self.open_interactions(None)? {
            let name = self.customer_name(i.draft.customer)?;
            // A complaint shows once, among the complaints (which say when one is overdue).
            if i.draft.kind == InteractionKind::Complaint {
                complaints.push((i, name));
            } else if i.draft.due.is_some_and(|d| d < today) {
                overdue.push((i, name));
            }
        }
        overdue.sort_by_key(|(i, _)| i.draft.due);
        Ok(Overview {
            customers: count("SELECT count(*) FROM customers WHERE archived_at IS NULL")?,
            customers_with_purchase: count("SELECT count(DISTINCT customer_id) FROM purchases WHERE customer_id IS NOT NULL")?,
            purchases: count("SELECT count(*) FROM purchases")?,
            revenue_12m_minor: revenue(year_ago, &tomorrow)?,
            revenue_prev_12m_minor: revenue(two_years_ago, &date(year_ago))?,
            consent_post: count(current_consent_post)?,
            open_complaints: complaints,
            overdue,
            upcoming_birthdays: self.upcoming_birthdays(today, birthday_days)?,
        })
    }

    /// Birthdays from `from` to `days` later, in date order.
    pub fn upcoming_birthdays(&self, from: NaiveDate, days: u32) -> Result<Vec<UpcomingBirthday>> {
        self.upcoming_birthdays_among(from, days, None)
    }

    /// One customer's birthday if it falls from `from` to `days` later (the counter's line,
    /// by the same rule as the follow-up sheet's).
    pub fn upcoming_birthday_of(&self, customer: CustomerId, from: NaiveDate, days: u32) -> Result<Option<UpcomingBirthday>> {
        Ok(self.upcoming_birthdays_among(from, days, Some(customer))?.pop())
    }

    fn upcoming_birthdays_among(&self, from: NaiveDate, days: u32, only: Option<CustomerId>) -> Result<Vec<UpcomingBirthday>> {
        let until = from + Days::new(u64::from(days));
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT id, first_name, last_name, company, birth_year, birth_month, birth_day FROM customers
             WHERE birth_month IS NOT NULL AND archived_at IS NULL AND erased_at IS NULL{}",
            if only.is_some() { " AND id = ?1" } else { "" }
        ))?;
        let mut out = Vec::new();
        let read = |r: &rusqlite::Row<'_>| {
            Ok((
                r.get::<_, i64>(0)?,
                display_name(&r.get::<_, String>(1)?, &r.get::<_, String>(2)?, &r.get::<_, String>(3)?),
                r.get::<_, Option<i32>>(4)?,
                r.get::<_, u32>(5)?,
                r.get::<_, u32>(6)?,
            ))
        };
        let rows: Vec<_> = match only {
            Some(c) => stmt.query_map([c.0], read)?.collect::<rusqlite::Result<_>>()?,
            None => stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?,
        };
        for (id, name, year, month, day) in rows {
            let Ok(b) = Birthday::new(year, month, day) else { continue };
            let next = b.next_on_or_after(from);
            if next <= until {
                out.push(UpcomingBirthday { customer: CustomerId(id), name, date: next, turns: year.map(|y| next.year() - y) });
            }
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// A customer's first phone number as written, and as a `tel:` link when it reads as a
    /// number (in the customer's country, else the shop's): ("06 12 34 56 78",
    /// "tel:+33612345678"). Empty and `None` without a phone.
    pub fn phone_to_call(&self, id: CustomerId) -> Result<(String, Option<String>)> {
        let row: Option<(String, String)> = self
            .conn()
            .prepare_cached(
                "SELECT p.number, c.country FROM customer_phones p JOIN customers c ON c.id = p.customer_id
                 WHERE p.customer_id = ?1 ORDER BY p.position LIMIT 1",
            )?
            .query_row([id.0], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((number, country)) = row else { return Ok((String::new(), None)) };
        let region = fidele_domain::phone::region_for(&country, &crate::customers::shop_country(self.conn())?);
        let tel = fidele_domain::phone::parse(&number, &region).ok().map(|p| format!("tel:+{}", p.e164_digits()));
        Ok((number, tel))
    }

    pub fn customer_name(&self, id: CustomerId) -> Result<String> {
        Ok(self.conn().prepare_cached("SELECT first_name, last_name, company FROM customers WHERE id = ?1")?.query_row([id.0], |r| {
            Ok(display_name(&r.get::<_, String>(0)?, &r.get::<_, String>(1)?, &r.get::<_, String>(2)?))
        })?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Channel, CustomerDraft, InteractionDraft, InteractionStatus};

    #[test]
    fn birthdays_wrap_the_year_and_overview_counts() {
        let mut store = Store::open_in_memory().unwrap();
        let add = |store: &mut Store, name: &str, b: &str| {
            store
                .add_customer(
                    CustomerDraft { last_name: name.into(), birthday: Some(Birthday::parse(b).unwrap()), ..Default::default() },
                    &[(Channel::Post, true)],
                    "",
                )
                .unwrap()
        };
        add(&mut store, "Janvier", "1980-01-03");
        add(&mut store, "Décembre", "--12-30");
        let far = add(&mut store, "Juin", "--06-01");
        let from = NaiveDate::from_ymd_opt(2025, 12, 28).unwrap();
        let up = store.upcoming_birthdays(from, 10).unwrap();
        assert_eq!(up.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(), ["Décembre", "Janvier"]);
        assert_eq!(up[1].turns, Some(46));

        let at = from.and_hms_opt(9, 0, 0).unwrap() - chrono::Duration::days(20);
        store
            .add_interaction(InteractionDraft {
                customer: far,
                kind: InteractionKind::Complaint,
                status: InteractionStatus::Open,
                at,
                summary: "Retard".into(),
                details: String::new(),
                due: Some(at.date() + Days::new(7)),
                resolution: String::new(),
            })
            .unwrap();
        store.record_consent(far, Channel::Post, false, "phone call").unwrap();
        let o = store.overview(from, 10).unwrap();
        assert_eq!((o.customers, o.consent_post), (3, 2));
        assert_eq!(o.open_complaints.len(), 1);
        assert!(o.overdue.is_empty(), "an overdue complaint shows once, among the complaints");
        store
            .add_interaction(InteractionDraft {
                customer: far,
                kind: InteractionKind::Call,
                status: InteractionStatus::Open,
                at,
                summary: "Rappeler pour le livre commandé".into(),
                details: String::new(),
                due: Some(at.date() + Days::new(7)),
                resolution: String::new(),
            })
            .unwrap();
        let o = store.overview(from, 10).unwrap();
        assert_eq!((o.open_complaints.len(), o.overdue.len()), (1, 1));
        assert_eq!(o.overdue[0].1, "Juin");
        assert_eq!(store.phone_to_call(far).unwrap(), (String::new(), None));
    }
}
