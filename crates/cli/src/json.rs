//! The shapes `--json` prints. This is a boundary: the domain does not serialize itself.

use fidele_domain::consent::current_consents;
use fidele_domain::{CustomerSummary, Currency, Money};
use fidele_store::CustomerPage;
use serde::Serialize;

use crate::Outcome;

pub(crate) fn print<T: Serialize + ?Sized>(value: &T) -> Outcome {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

#[derive(Serialize)]
pub(crate) struct CustomerRow {
    id: i64,
    name: String,
    company: String,
    city: String,
    email: Option<String>,
    phone: Option<String>,
    purchases: i64,
    total: String,
    last_purchase_at: Option<String>,
}

impl CustomerRow {
    pub(crate) fn new(r: &CustomerSummary, currency: Currency) -> Self {
        CustomerRow {
            id: r.id.0,
            name: r.name.clone(),
            company: r.company.clone(),
            city: r.city.clone(),
            email: r.email.clone(),
            phone: r.phone.clone(),
            purchases: r.purchase_count,
            total: Money::new(r.total_minor, currency).to_decimal_string(),
            last_purchase_at: r.last_purchase_at.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct CustomerDetail {
    id: i64,
    name: String,
    salutation: Option<&'static str>,
    formality: &'static str,
    first_name: String,
    last_name: String,
    company: String,
    emails: Vec<String>,
    phones: Vec<String>,
    address: Address,
    birthday: Option<String>,
    household: Option<String>,
    referred_by: Option<i64>,
    referrals: Vec<i64>,
    language: Option<&'static str>,
    consents: Vec<&'static str>,
    consent_history: Vec<ConsentEvent>,
    tags: Vec<String>,
    preferences: String,
    notes: String,
    created_at: String,
    /// The number on their loyalty card (ten digits); null once erased.
    member_number: Option<String>,
    purchase_count: i64,
    total: String,
    purchases: Vec<Purchase>,
    interactions: Vec<Interaction>,
    /// Stage, RFM segment, probability of being active and 12-month value.
    #[serde(flatten)]
    outlook: crate::analyze::CustomerOutlook,
}

#[derive(Serialize)]
struct Address {
    line1: String,
    line2: String,
    postal_code: String,
    city: String,
    country: String,
}

#[derive(Serialize)]
struct ConsentEvent {
    channel: &'static str,
    granted: bool,
    at: String,
    source: String,
}

#[derive(Serialize)]
struct Purchase {
    id: i64,
    at: String,
    amount: String,
    currency: String,
    category: String,
    ticket: String,
    offer_code: String,
    refund_of: Option<i64>,
}

#[derive(Serialize)]
struct Interaction {
    id: i64,
    kind: &'static str,
    status: &'static str,
    at: String,
    summary: String,
    due: Option<String>,
    resolution: String,
}

const DT: &str = "%Y-%m-%dT%H:%M:%S";

impl CustomerDetail {
    pub(crate) fn new(page: &CustomerPage, currency: Currency, outlook: crate::analyze::CustomerOutlook) -> Self {
        let c = &page.customer;
        let d = &c.draft;
        CustomerDetail {
            id: c.id.0,
            name: c.display_name(),
            salutation: d.salutation.map(|s| s.code()),
            formality: d.formality.code(),
            first_name: d.first_name.clone(),
            last_name: d.last_name.clone(),
            company: d.company.clone(),
            emails: d.emails.clone(),
            phones: d.phones.clone(),
            address: Address {
                line1: d.address.line1.clone(),
                line2: d.address.line2.clone(),
                postal_code: d.address.postal_code.clone(),
                city: d.address.city.clone(),
                country: d.address.country.clone(),
            },
            birthday: d.birthday.map(|b| b.to_string()),
            household: c.household_name.clone(),
            referred_by: d.referred_by.map(|r| r.0),
            referrals: page.referrals.iter().map(|r| r.id.0).collect(),
            language: d.language.map(|l| l.code()),
            consents: current_consents(&c.consents).into_iter().map(|c| c.code()).collect(),
            consent_history: c
                .consents
                .iter()
                .map(|e| ConsentEvent { channel: e.channel.code(), granted: e.granted, at: e.at.format(DT).to_string(), source: e.source.clone() })
                .collect(),
            tags: d.tags.clone(),
            preferences: d.preferences.clone(),
            notes: d.notes.clone(),
            created_at: c.created_at.format(DT).to_string(),
            member_number: page.member_number.map(|n| n.to_string()),
            purchase_count: page.purchase_count,
            total: Money::new(page.total_minor, currency).to_decimal_string(),
            purchases: page
                .purchases
                .iter()
                .map(|p| Purchase {
                    id: p.id,
                    at: p.draft.at.format(DT).to_string(),
                    amount: p.draft.amount.to_decimal_string(),
                    currency: p.draft.amount.currency.code().to_owned(),
                    category: p.draft.category.clone(),
                    ticket: p.draft.ticket_ref.clone(),
                    offer_code: p.draft.offer_code.clone(),
                    refund_of: p.draft.refund_of,
                })
                .collect(),
            interactions: page
                .interactions
                .iter()
                .map(|i| Interaction {
                    id: i.id,
                    kind: i.draft.kind.code(),
                    status: i.draft.status.code(),
                    at: i.draft.at.format(DT).to_string(),
                    summary: i.draft.summary.clone(),
                    due: i.draft.due.map(|d| d.to_string()),
                    resolution: i.draft.resolution.clone(),
                })
                .collect(),
            outlook,
        }
    }
}
