//! The shapes that cross IPC. This is the only place the app serializes: the domain types stay
//! plain Rust, and these views decide what the UI sees (amounts already formatted for the
//! shopkeeper's language, dates as ISO text).

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::consent::current_consents;
use fidele_domain::{
    Address, Birthday, Channel, CustomerDraft, CustomerId, CustomerSummary, Formality, Interaction, InteractionKind,
    InteractionStatus, Invalid, Language, Money, Purchase, Reminder, Salutation, ShopProfile,
};
use fidele_store::{CustomerPage, Overview};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contract::codes;

const DT: &str = "%Y-%m-%dT%H:%M";

fn dt(at: NaiveDateTime) -> String {
    at.format(DT).to_string()
}

#[derive(Serialize, TS)]
pub struct AppInfo {
    pub version: &'static str,
    /// The commit this build comes from, or "unknown" (Settings → About, `fidele --version`).
    pub commit: &'static str,
    pub db_path: String,
    pub schema_version: u32,
    /// The language chosen in Settings, else the system's if Fidèle speaks it, else French.
    #[ts(as = "codes::Language")]
    pub ui_language: &'static str,
    pub shop_name: String,
    pub customers: i64,
    /// The file or its folder cannot be written: every write is refused (`read_only`).
    pub read_only: bool,
}

#[derive(Serialize, TS)]
pub struct CustomerList {
    pub total: i64,
    pub rows: Vec<CustomerRow>,
}

#[derive(Serialize, TS)]
pub struct CustomerRow {
    pub id: i64,
    pub name: String,
    pub company: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub purchases: i64,
    pub total: String,
    pub last_purchase: Option<String>,
    /// What a search matched that the row would not show otherwise.
    pub hit: Option<Hit>,
}

#[derive(Serialize, TS)]
pub struct Hit {
    /// `email`, `phone`, `postal_code`, `tag`, `preferences`, `notes`.
    #[ts(as = "codes::HitField")]
    pub field: &'static str,
    pub text: String,
}

impl CustomerRow {
    pub fn new(r: &CustomerSummary, money: &MoneyFormat) -> Self {
        CustomerRow {
            id: r.id.0,
            name: r.name.clone(),
            company: r.company.clone(),
            city: r.city.clone(),
            email: r.email.clone(),
            phone: r.phone.clone(),
            purchases: r.purchase_count,
            total: money.format(r.total_minor),
            last_purchase: r.last_purchase_at.map(|d| d.date().to_string()),
            hit: r.hit.as_ref().map(|h| Hit { field: h.field.code(), text: h.text.clone() }),
        }
    }
}

/// Formats amounts in the shop's currency for the UI's language.
pub struct MoneyFormat {
    pub currency: fidele_domain::Currency,
    pub language: Language,
}

impl MoneyFormat {
    pub fn format(&self, minor: i64) -> String {
        Money::new(minor, self.currency).format(self.language)
    }
}

#[derive(Serialize, TS)]
pub struct NamedRef {
    pub id: i64,
    pub name: String,
}

#[derive(Serialize, TS)]
pub struct CustomerView {
    pub id: i64,
    pub name: String,
    #[ts(as = "Option<codes::Salutation>")]
    pub salutation: Option<&'static str>,
    #[ts(as = "codes::Formality")]
    pub formality: &'static str,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub birthday: Option<String>,
    pub household: Option<String>,
    pub household_members: Vec<NamedRef>,
    pub referred_by: Option<NamedRef>,
    pub referrals: Vec<NamedRef>,
    #[ts(as = "Option<codes::Language>")]
    pub language: Option<&'static str>,
    #[ts(as = "Vec<codes::ConsentChannel>")]
    pub consents: Vec<&'static str>,
    pub consent_history: Vec<ConsentView>,
    pub tags: Vec<String>,
    pub preferences: String,
    pub notes: String,
    pub created_at: String,
    pub archived: bool,
    /// The number on their loyalty card (ten digits); none once erased.
    pub member_number: Option<String>,
    /// Their points or stamps balance, while the shop's loyalty rules are on.
    pub points: Option<PointsStandingView>,
    pub purchase_count: i64,
    pub total: String,
    pub purchases: Vec<PurchaseView>,
    pub interactions: Vec<InteractionView>,
}

#[derive(Serialize, TS)]
pub struct PointsStandingView {
    pub balance: i64,
    #[ts(as = "codes::LoyaltyUnit")]
    pub unit: &'static str,
}

#[derive(Serialize, TS)]
pub struct ConsentView {
    #[ts(as = "codes::ConsentChannel")]
    pub channel: &'static str,
    pub granted: bool,
    pub at: String,
    pub source: String,
}

#[derive(Serialize, TS)]
pub struct PurchaseView {
    pub id: i64,
    pub at: String,
    pub amount: String,
    pub amount_minor: i64,
    pub category: String,
    pub ticket: String,
    pub offer_code: String,
    pub note: String,
    pub refund_of: Option<i64>,
}

impl PurchaseView {
    pub fn new(p: &Purchase, language: Language) -> Self {
        PurchaseView {
            id: p.id,
            at: dt(p.draft.at),
            amount: p.draft.amount.format(language),
            amount_minor: p.draft.amount.minor,
            category: p.draft.category.clone(),
            ticket: p.draft.ticket_ref.clone(),
            offer_code: p.draft.offer_code.clone(),
            note: p.draft.note.clone(),
            refund_of: p.draft.refund_of,
        }
    }
}

#[derive(Serialize, TS)]
pub struct InteractionView {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: Option<String>,
    #[ts(as = "codes::InteractionKind")]
    pub kind: &'static str,
    #[ts(as = "codes::InteractionStatus")]
    pub status: &'static str,
    pub at: String,
    pub summary: String,
    pub details: String,
    pub due: Option<String>,
    pub resolution: String,
    /// When it was resolved (`YYYY-MM-DDTHH:MM`), if it was.
    pub resolved_at: Option<String>,
    pub age_days: i64,
    pub overdue: bool,
}

impl InteractionView {
    pub fn new(i: &Interaction, customer_name: Option<String>, today: NaiveDate) -> Self {
        InteractionView {
            id: i.id,
            customer_id: i.draft.customer.0,
            customer_name,
            kind: i.draft.kind.code(),
            status: i.draft.status.code(),
            at: dt(i.draft.at),
            summary: i.draft.summary.clone(),
            details: i.draft.details.clone(),
            due: i.draft.due.map(|d| d.to_string()),
            resolution: i.draft.resolution.clone(),
            resolved_at: i.resolved_at.map(dt),
            age_days: i.age_days(today),
            overdue: i.draft.status != InteractionStatus::Resolved && i.draft.due.is_some_and(|d| d < today),
        }
    }
}

impl CustomerView {
    pub fn new(page: &CustomerPage, money: &MoneyFormat, today: NaiveDate) -> Self {
        let c = &page.customer;
        let d = &c.draft;
        let named = |s: &CustomerSummary| NamedRef { id: s.id.0, name: s.name.clone() };
        CustomerView {
            id: c.id.0,
            name: c.display_name(),
            salutation: d.salutation.map(Salutation::code),
            formality: d.formality.code(),
            first_name: d.first_name.clone(),
            last_name: d.last_name.clone(),
            company: d.company.clone(),
            emails: d.emails.clone(),
            phones: d.phones.clone(),
            address_line1: d.address.line1.clone(),
            address_line2: d.address.line2.clone(),
            postal_code: d.address.postal_code.clone(),
            city: d.address.city.clone(),
            country: d.address.country.clone(),
            birthday: d.birthday.map(|b| b.to_string()),
            household: c.household_name.clone(),
            household_members: page.household_members.iter().map(named).collect(),
            referred_by: d.referred_by.map(|r| NamedRef { id: r.0, name: c.referred_by_name.clone().unwrap_or_default() }),
            referrals: page.referrals.iter().map(named).collect(),
            language: d.language.map(Language::code),
            consents: current_consents(&c.consents).into_iter().map(Channel::code).collect(),
            consent_history: c
                .consents
                .iter()
                .rev()
                .map(|e| ConsentView { channel: e.channel.code(), granted: e.granted, at: dt(e.at), source: e.source.clone() })
                .collect(),
            tags: d.tags.clone(),
            preferences: d.preferences.clone(),
            notes: d.notes.clone(),
            created_at: dt(c.created_at),
            archived: c.archived_at.is_some(),
            member_number: page.member_number.map(|n| n.to_string()),
            points: None,
            purchase_count: page.purchase_count,
            total: money.format(page.total_minor),
            purchases: page.purchases.iter().map(|p| PurchaseView::new(p, money.language)).collect(),
            interactions: page.interactions.iter().map(|i| InteractionView::new(i, None, today)).collect(),
        }
    }
}

/// The add/edit customer form, as typed. Converted into a domain draft with every problem
/// reported against its field.
#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct CustomerInput {
    pub salutation: String,
    pub formality: String,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    /// `YYYY-MM-DD`, `--MM-DD`, or empty.
    pub birthday: String,
    pub referred_by: Option<i64>,
    pub language: String,
    pub preferences: String,
    pub notes: String,
    pub tags: Vec<String>,
    /// Channels consented to when the customer is added.
    pub consents: Vec<String>,
}

impl CustomerInput {
    pub fn into_draft(self) -> Result<(CustomerDraft, Vec<(Channel, bool)>), Invalid> {
        let mut invalid = Invalid::default();
        let salutation = match self.salutation.trim() {
            "" => None,
            s => Salutation::parse(s).or_else(|| {
                invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", s).with("choices", "mrs, ms, mr, mx").on("salutation"));
                None
            }),
        };
        let birthday = match self.birthday.trim() {
            "" => None,
            b => Birthday::parse(b).map_err(|why| invalid.push(why.on("birthday"))).ok(),
        };
        let language = match self.language.trim() {
            "" => None,
            l => Language::from_locale(l).or_else(|| {
                invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotALanguage).with("value", l).on("language"));
                None
            }),
        };
        let mut consents = Vec::new();
        for c in &self.consents {
            match Channel::parse(c) {
                Some(ch) => consents.push((ch, true)),
                None => invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", c).with("choices", "post, email, phone, sms").on("consents")),
            }
        }
        let draft = CustomerDraft {
            salutation,
            formality: Formality::parse(&self.formality).unwrap_or_default(),
            first_name: self.first_name,
            last_name: self.last_name,
            company: self.company,
            emails: self.emails,
            phones: self.phones,
            address: Address {
                line1: self.address_line1,
                line2: self.address_line2,
                postal_code: self.postal_code,
                city: self.city,
                country: self.country,
            },
            birthday,
            household: None,
            referred_by: self.referred_by.map(CustomerId),
            language,
            preferences: self.preferences,
            notes: self.notes,
            tags: self.tags,
            source: "app".into(),
        }
        .normalized();
        if let Err(more) = draft.validate() {
            invalid.errors.extend(more.errors);
        }
        invalid.into_result().map(|()| (draft, consents))
    }
}

#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct PurchaseInput {
    /// `YYYY-MM-DDTHH:MM`; now when empty.
    pub at: String,
    /// As typed: `12,50`, `12.50`, `-5`.
    pub amount: String,
    pub category: String,
    pub note: String,
    pub offer_code: String,
    pub ticket: String,
}

#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct InteractionInput {
    pub kind: String,
    pub summary: String,
    pub details: String,
    /// `YYYY-MM-DD` or empty.
    pub due: String,
}

pub fn parse_kind(code: &str) -> Result<InteractionKind, Invalid> {
    InteractionKind::parse(code).ok_or_else(|| Invalid::one(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", code).with("choices", "complaint, return, service_request, consultation, call, visit, note").on("kind")))
}

pub fn parse_day(field: &str, text: &str) -> Result<Option<NaiveDate>, Invalid> {
    match text.trim() {
        "" => Ok(None),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| Invalid::one(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotADate).with("value", t).on(field))),
    }
}

pub fn parse_date_time(field: &str, text: &str) -> Result<Option<NaiveDateTime>, Invalid> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y-%m-%d").map(|d| d.and_hms_opt(12, 0, 0).expect("noon")))
        .map(Some)
        .map_err(|_| Invalid::one(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotADateTime).with("value", t).on(field)))
}

#[derive(Serialize, TS)]
pub struct OverviewView {
    pub customers: i64,
    pub customers_with_purchase: i64,
    pub purchases: i64,
    pub revenue_12m: String,
    pub revenue_prev_12m: String,
    pub consent_post: i64,
    pub open_complaints: Vec<InteractionView>,
    pub overdue: Vec<InteractionView>,
    pub upcoming_birthdays: Vec<BirthdayView>,
}

#[derive(Serialize, TS)]
pub struct BirthdayView {
    pub customer_id: i64,
    pub name: String,
    pub date: String,
    pub turns: Option<i32>,
}

impl OverviewView {
    pub fn new(o: Overview, money: &MoneyFormat, today: NaiveDate) -> Self {
        let view = |list: Vec<(Interaction, String)>| list.into_iter().map(|(i, n)| InteractionView::new(&i, Some(n), today)).collect();
        OverviewView {
            customers: o.customers,
            customers_with_purchase: o.customers_with_purchase,
            purchases: o.purchases,
            revenue_12m: money.format(o.revenue_12m_minor),
            revenue_prev_12m: money.format(o.revenue_prev_12m_minor),
            consent_post: o.consent_post,
            open_complaints: view(o.open_complaints),
            overdue: view(o.overdue),
            upcoming_birthdays: o
                .upcoming_birthdays
                .into_iter()
                .map(|b| BirthdayView { customer_id: b.customer.0, name: b.name, date: b.date.to_string(), turns: b.turns })
                .collect(),
        }
    }
}

#[derive(Serialize, TS)]
pub struct ReminderView {
    pub id: i64,
    pub customer_id: Option<i64>,
    pub customer_name: Option<String>,
    pub title: String,
    pub due: String,
    pub repeat: Option<String>,
    pub snoozed_until: Option<String>,
}

impl ReminderView {
    pub fn new(r: &Reminder, customer_name: Option<String>) -> Self {
        ReminderView {
            id: r.id,
            customer_id: r.draft.customer.map(|c| c.0),
            customer_name,
            title: r.draft.title.clone(),
            due: r.draft.due.to_string(),
            repeat: r.draft.repeat.map(|rep| match rep {
                fidele_domain::Repeat::Days(n) => format!("{n}d"),
                fidele_domain::Repeat::Months(n) => format!("{n}m"),
            }),
            snoozed_until: r.snoozed_until.map(|d| d.to_string()),
        }
    }
}

#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct ReminderInput {
    pub customer_id: Option<i64>,
    pub title: String,
    pub due: String,
    /// Repeat every N days (`days`) or months (`months`); no repeat when 0.
    pub repeat_every: u32,
    pub repeat_unit: String,
}

#[derive(Serialize, Deserialize, Default, TS)]
#[serde(default)]
pub struct ShopView {
    pub name: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub language: String,
    pub currency: String,
    pub phone: String,
    pub email: String,
    pub signature: String,
    pub margin_percent: u16,
    /// Whether the shop has a logo (chosen with `choose_shop_logo`; `apply` leaves it alone, so
    /// the form may leave it out).
    #[ts(as = "Option<bool>", optional)]
    pub has_logo: bool,
}

impl ShopView {
    pub fn new(p: &ShopProfile) -> Self {
        ShopView {
            name: p.name.clone(),
            address_line1: p.address_line1.clone(),
            address_line2: p.address_line2.clone(),
            postal_code: p.postal_code.clone(),
            city: p.city.clone(),
            country: p.country.clone(),
            language: p.language.code().into(),
            currency: p.currency.code().into(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            signature: p.signature.clone(),
            margin_percent: p.margin_rate_permille / 10,
            has_logo: p.logo_png.is_some(),
        }
    }

    /// Applies the form onto the stored profile (the logo is kept as it is).
    pub fn apply(self, mut p: ShopProfile) -> Result<ShopProfile, Invalid> {
        let mut invalid = Invalid::default();
        p.language = Language::from_locale(&self.language).unwrap_or_else(|| {
            invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotALanguage).with("value", self.language.as_str()).on("language"));
            p.language
        });
        p.currency = fidele_domain::Currency::parse(&self.currency).unwrap_or_else(|| {
            invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotACurrency).with("value", &self.currency).on("currency"));
            p.currency
        });
        if self.margin_percent > 100 {
            invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::MoreThanPercent).with("max", 100).on("margin_rate"));
        }
        invalid.into_result()?;
        p.name = self.name;
        p.address_line1 = self.address_line1;
        p.address_line2 = self.address_line2;
        p.postal_code = self.postal_code;
        p.city = self.city;
        p.country = self.country.trim().to_ascii_uppercase();
        p.phone = self.phone;
        p.email = self.email;
        p.signature = self.signature;
        p.margin_rate_permille = self.margin_percent * 10;
        Ok(p)
    }
}

#[derive(Serialize, TS)]
pub struct SettingsView {
    #[ts(as = "codes::Language")]
    pub ui_language: &'static str,
    /// How years are printed on cards and sheets: `gregorian` or `buddhist` (a Thai shop's).
    pub calendar: &'static str,
    pub shop: ShopView,
}
