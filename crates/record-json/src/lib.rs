//! The customer record as JSON: what the CLI's `--json` reads print and what both the CLI
//! (`customers export-one`) and the app (the customer page's "Export their data") save when a
//! customer asks for everything the shop holds about them.
//!
//! One document for both boundaries, so a shopkeeper gets the same file whichever way they
//! answer the request. The format is versioned in its `format` field.

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::{ConsentEvent, CustomerSummary, Interaction, InteractionStatus, Purchase};
use fidele_store::CustomerRecord;
use serde_json::{Value, json};

/// Date-times as the rest of Fidèle writes them: local, to the second.
pub const DT: &str = "%Y-%m-%dT%H:%M:%S";

/// The access document's format name and version.
pub const FORMAT: &str = "fidele-customer-record/1";

pub fn purchase(p: &Purchase) -> Value {
    let d = &p.draft;
    json!({
        "id": p.id,
        "customer": d.customer.map(|c| c.0),
        "at": d.at.format(DT).to_string(),
        "amount": d.amount.to_decimal_string(),
        "currency": d.amount.currency.code(),
        "category": d.category,
        "ticket": d.ticket_ref,
        "offer_code": d.offer_code,
        "refund_of": d.refund_of,
        "note": d.note,
    })
}

/// An interaction with its age and whether it is overdue on `today`.
pub fn interaction(i: &Interaction, today: NaiveDate) -> Value {
    let d = &i.draft;
    json!({
        "id": i.id,
        "customer": d.customer.0,
        "kind": d.kind.code(),
        "status": d.status.code(),
        "at": d.at.format(DT).to_string(),
        "age_days": (today - d.at.date()).num_days(),
        "overdue": d.status != InteractionStatus::Resolved && d.due.is_some_and(|due| due < today),
        "summary": d.summary,
        "details": d.details,
        "due": d.due.map(|d| d.to_string()),
        "resolution": d.resolution,
        "resolved_at": i.resolved_at.map(|d| d.format(DT).to_string()),
    })
}

pub fn consent(c: &ConsentEvent) -> Value {
    json!({"channel": c.channel.code(), "granted": c.granted, "at": c.at.format(DT).to_string(), "source": c.source})
}

/// Everything held about one customer, as of `now`.
pub fn access_document(r: &CustomerRecord, now: NaiveDateTime) -> Value {
    let today = now.date();
    let c = &r.customer;
    let d = &c.draft;
    let who = |s: &CustomerSummary| json!({"id": s.id.0, "name": s.name});
    json!({
        "format": FORMAT,
        "exported_at": now.format(DT).to_string(),
        "customer": {
            "id": c.id.0,
            "salutation": d.salutation.map(|s| s.code()),
            "formality": d.formality.code(),
            "first_name": d.first_name, "last_name": d.last_name, "company": d.company,
            "emails": d.emails, "phones": d.phones,
            "address": {"line1": d.address.line1, "line2": d.address.line2, "postal_code": d.address.postal_code, "city": d.address.city, "country": d.address.country},
            "birthday": d.birthday.map(|b| b.to_string()),
            "household": c.household_name,
            "referred_by": d.referred_by.map(|r| r.0),
            "language": d.language.map(|l| l.code()),
            "preferences": d.preferences, "notes": d.notes, "tags": d.tags, "source": d.source,
            "consent_history": c.consents.iter().map(consent).collect::<Vec<_>>(),
            "created_at": c.created_at.format(DT).to_string(),
            "archived_at": c.archived_at.map(|t| t.format(DT).to_string()),
            "erased_at": c.erased_at.map(|t| t.format(DT).to_string()),
        },
        "purchases": r.purchases.iter().map(purchase).collect::<Vec<_>>(),
        "interactions": r.interactions.iter().map(|i| interaction(i, today)).collect::<Vec<_>>(),
        "reminders": r.reminders.iter().map(|m| json!({
            "id": m.id, "title": m.draft.title, "due": m.draft.due.to_string(),
            "done_at": m.done_at.map(|t| t.format(DT).to_string()),
        })).collect::<Vec<_>>(),
        "cards": r.cards.iter().map(|c| json!({
            "run": c.run_id, "kind": c.kind, "occasion": c.occasion, "design": c.design,
            "offer_code": c.offer_code, "at": c.at.format(DT).to_string(),
        })).collect::<Vec<_>>(),
        "referrals": r.referrals.iter().map(who).collect::<Vec<_>>(),
        "household_members": r.household_members.iter().map(who).collect::<Vec<_>>(),
    })
}

/// The access document as the file a customer is given: pretty-printed UTF-8, ending in a newline.
pub fn access_file(r: &CustomerRecord, now: NaiveDateTime) -> String {
    let mut text = serde_json::to_string_pretty(&access_document(r, now)).unwrap_or_default();
    text.push('\n');
    text
}
