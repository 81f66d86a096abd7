//! The customer file from the shell: `fidele purchases ...`, `fidele interactions ...`, and the
//! `customers` commands that edit, merge, erase, archive and export one customer.

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Subcommand};
use fidele_domain::{
    Channel, CustomerDraft, CustomerId, InteractionDraft, InteractionKind, InteractionStatus, Invalid, Money, PurchaseDraft,
};
use fidele_store::{Store, TimelineEntry};
use serde_json::{Value, json};

use crate::args::AddArgs;
use crate::pages::{self, PageArgs};
use crate::words::{self, args};
use crate::{Failure, Outcome, json};

const DT: &str = "%Y-%m-%dT%H:%M:%S";

#[derive(Subcommand)]
pub(crate) enum PurchasesCommand {
    /// Record a purchase (or, with --refund-of, a refund) and print its id
    Add(PurchaseAddArgs),
    /// A customer's purchases, newest first
    List(PurchaseListArgs),
    /// Change a purchase
    Edit(PurchaseEditArgs),
    /// Delete a purchase entered by mistake (not one that refunds point at)
    Delete(IdArg),
}

#[derive(Args)]
pub(crate) struct PurchaseAddArgs {
    #[arg(long)]
    pub customer: i64,
    /// 12,50 or 12.50; negative for a refund
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] [default: now]
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long, default_value = "")]
    pub category: String,
    #[arg(long, default_value = "")]
    pub note: String,
    #[arg(long, default_value = "")]
    pub offer_code: String,
    #[arg(long, default_value = "")]
    pub ticket: String,
    /// The id of the purchase this refunds
    #[arg(long)]
    pub refund_of: Option<i64>,
}

#[derive(Args)]
pub(crate) struct PurchaseEditArgs {
    pub id: i64,
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub offer_code: Option<String>,
}

#[derive(Args)]
pub(crate) struct PurchaseListArgs {
    #[arg(long)]
    pub customer: i64,
    #[command(flatten)]
    pub page: PageArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct IdArg {
    pub id: i64,
}

#[derive(Subcommand)]
pub(crate) enum InteractionsCommand {
    /// Record a complaint, return, call, visit... and print its id
    Add(InteractionAddArgs),
    /// A customer's interactions, or with --open everything not yet resolved
    List(InteractionListArgs),
    /// Mark an interaction resolved, saying how
    Resolve(ResolveArgs),
}

#[derive(Args)]
pub(crate) struct InteractionAddArgs {
    #[arg(long)]
    pub customer: i64,
    /// complaint, return, service-request, consultation, call, visit, note, promotion-response
    #[arg(long)]
    pub kind: String,
    #[arg(long)]
    pub summary: String,
    #[arg(long, default_value = "")]
    pub details: String,
    /// YYYY-MM-DD
    #[arg(long)]
    pub due: Option<String>,
    /// YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] [default: now]
    #[arg(long)]
    pub at: Option<String>,
    /// open, in-progress or resolved [default: open for complaints, returns and service
    /// requests, resolved for the rest]
    #[arg(long)]
    pub status: Option<String>,
}

#[derive(Args)]
pub(crate) struct InteractionListArgs {
    #[arg(long, required_unless_present = "open")]
    pub customer: Option<i64>,
    /// Everything not yet resolved, oldest first (with --kind, only that kind)
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub kind: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct ResolveArgs {
    pub id: i64,
    /// What was done about it
    #[arg(long)]
    pub resolution: String,
}

#[derive(Args)]
pub(crate) struct EditArgs {
    pub id: i64,
    /// The fields given replace the stored ones; --email, --phone and --tag replace the whole list
    #[command(flatten)]
    pub fields: AddArgs,
    /// Channels they withdraw consent from: post,email,phone,sms
    #[arg(long, value_delimiter = ',')]
    pub withdraw: Vec<String>,
    /// Write to them formally again (undoes --first-name-terms)
    #[arg(long, conflicts_with = "first_name_terms")]
    pub formal: bool,
}

#[derive(Args)]
pub(crate) struct MergeArgs {
    /// The customer that stays
    pub keep: i64,
    /// The duplicate merged into it, then removed
    pub other: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct PairArgs {
    pub a: i64,
    pub b: i64,
}

#[derive(Args)]
pub(crate) struct EraseArgs {
    pub id: i64,
    /// Erasure cannot be undone: say --yes
    #[arg(long)]
    pub yes: bool,
}

#[derive(Args)]
pub(crate) struct JsonIdArgs {
    pub id: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct DuplicatesArgs {
    #[command(flatten)]
    pub page: PageArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct TimelineArgs {
    pub id: i64,
    #[command(flatten)]
    pub page: PageArgs,
    #[arg(long)]
    pub json: bool,
}

fn usage(field: &str, refusal: fidele_domain::Refusal) -> crate::Failure {
    fidele_store::Error::Invalid(Invalid::one(refusal.on(field))).into()
}

fn not_one_of(value: &str, choices: &str) -> fidele_domain::Refusal {
    fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", value).with("choices", choices)
}

fn parse_at(field: &str, text: Option<&str>) -> Result<NaiveDateTime, crate::Failure> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        use chrono::Timelike;
        let now = chrono::Local::now().naive_local();
        return Ok(now.with_nanosecond(0).unwrap_or(now));
    };
    for f in [DT, "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t, f) {
            return Ok(d);
        }
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(|d| d.and_hms_opt(12, 0, 0).expect("noon exists"))
        .map_err(|_| usage(field, fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotADateTime).with("value", t)))
}

fn parse_day(field: &str, text: Option<&str>) -> Result<Option<NaiveDate>, crate::Failure> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| usage(field, fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotADate).with("value", t))),
        None => Ok(None),
    }
}

fn money(store: &Store, text: &str) -> Result<Money, crate::Failure> {
    let currency = store.shop_profile()?.currency;
    Money::parse(text, currency).map_err(|e| usage("amount", e.refusal()))
}

// ---- purchases ----

pub(crate) fn purchases(store: &mut Store, command: PurchasesCommand) -> Outcome {
    match command {
        PurchasesCommand::Add(a) => {
            let draft = PurchaseDraft {
                customer: Some(CustomerId(a.customer)),
                at: parse_at("at", a.at.as_deref())?,
                amount: money(store, &a.amount)?,
                margin: None,
                category: a.category.trim().to_owned(),
                item_count: None,
                ticket_ref: a.ticket.trim().to_owned(),
                offer_code: a.offer_code.trim().to_owned(),
                refund_of: a.refund_of,
                note: a.note.trim().to_owned(),
            };
            println!("{}", fidele_usecases::counter::purchases::add(store, draft)?.id);
            Ok(())
        }
        PurchasesCommand::List(a) => {
            let customer = CustomerId(a.customer);
            store.customer(customer)?; // an unknown customer is an error, not an empty list
            let total = store.count_purchases_of(customer)?;
            let fetch = |offset, limit| -> Result<_, Failure> { Ok((store.purchases_of(customer, limit, offset)?, total)) };
            let line = |p: &fidele_domain::Purchase| {
                let d = &p.draft;
                let refund = d.refund_of.map(|r| words::t("cli-refund-of", &args!["id" => r])).unwrap_or_default();
                println!("{:>7}  {}  {:>12}  {:<20} {} {}", p.id, d.at.format("%Y-%m-%d %H:%M"), d.amount.to_string(), d.category, refund, d.note);
            };
            pages::print("purchases", a.page, a.json, fetch, fidele_record_json::purchase, line)
        }
        PurchasesCommand::Edit(a) => {
            let mut draft = store.purchase(a.id)?.draft;
            if let Some(amount) = &a.amount {
                draft.amount = money(store, amount)?;
            }
            if a.at.is_some() {
                draft.at = parse_at("at", a.at.as_deref())?;
            }
            if let Some(c) = a.category {
                draft.category = c.trim().to_owned();
            }
            if let Some(n) = a.note {
                draft.note = n.trim().to_owned();
            }
            if let Some(o) = a.offer_code {
                draft.offer_code = o.trim().to_owned();
            }
            fidele_usecases::counter::purchases::edit(store, a.id, draft)?;
            Ok(())
        }
        PurchasesCommand::Delete(a) => {
            let ticket = fidele_usecases::counter::purchases::delete(store, a.id)?;
            words::say("cli-purchase-deleted", &args!["id" => a.id, "undo" => undo_hint(&ticket)]);
            Ok(())
        }
    }
}


// ---- interactions ----

pub(crate) fn interactions(store: &mut Store, command: InteractionsCommand) -> Outcome {
    match command {
        InteractionsCommand::Add(a) => {
            let kind = InteractionKind::parse(&a.kind).filter(|k| *k != InteractionKind::CardSent).ok_or_else(|| {
                usage("kind", not_one_of(&a.kind, "complaint, return, service-request, consultation, call, visit, note, promotion-response"))
            })?;
            let status = match a.status.as_deref() {
                Some(s) => InteractionStatus::parse(s).ok_or_else(|| usage("status", not_one_of(s, "open, in-progress, resolved")))?,
                None if kind.needs_follow_up() => InteractionStatus::Open,
                None => InteractionStatus::Resolved,
            };
            let draft = InteractionDraft {
                customer: CustomerId(a.customer),
                kind,
                status,
                at: parse_at("at", a.at.as_deref())?,
                summary: a.summary,
                details: a.details,
                due: parse_day("due", a.due.as_deref())?,
                resolution: String::new(),
            };
            println!("{}", store.add_interaction(draft)?);
            Ok(())
        }
        InteractionsCommand::List(a) => {
            let kind = match a.kind.as_deref() {
                Some(k) => Some(InteractionKind::parse(k).ok_or_else(|| usage("kind", not_one_of(k, "complaint, return, service-request, consultation, call, visit, note, promotion-response")))?),
                None => None,
            };
            let mut rows = match a.customer {
                Some(c) => {
                    store.customer(CustomerId(c))?;
                    store.interactions_of(CustomerId(c))?
                }
                None => store.open_interactions(kind)?,
            };
            rows.retain(|i| (!a.open || i.draft.status != InteractionStatus::Resolved) && kind.is_none_or(|k| i.draft.kind == k));
            let today = chrono::Local::now().date_naive();
            let line = |i: &fidele_domain::Interaction| {
                let d = &i.draft;
                let age = (today - d.at.date()).num_days();
                println!(
                    "{:>7}  #{:<6} {}  {:<18} {:<12} {:>4}d  {}",
                    i.id,
                    d.customer.0,
                    d.at.format("%Y-%m-%d"),
                    d.kind.code(),
                    d.status.code(),
                    age,
                    d.summary
                );
            };
            pages::print_slice("interactions", a.page, &rows, a.json, |i| fidele_record_json::interaction(i, today), line)
        }
        InteractionsCommand::Resolve(a) => {
            store.resolve_interaction(a.id, &a.resolution)?;
            Ok(())
        }
    }
}


// ---- customers: edit, merge, erase, archive, duplicates, timeline, export-one ----

pub(crate) fn edit(store: &mut Store, a: EditArgs) -> Outcome {
    let id = CustomerId(a.id);
    let current = store.customer(id)?.draft;
    let f = a.fields;
    let mut invalid = Invalid::default();
    let mut draft = CustomerDraft { ..current };
    if let Some(s) = f.salutation.as_deref() {
        match fidele_domain::Salutation::parse(s) {
            Some(v) => draft.salutation = Some(v),
            None => invalid.push(not_one_of(s, "mrs, ms, mr, mx").on("salutation")),
        }
    }
    if f.first_name_terms {
        draft.formality = fidele_domain::Formality::FirstName;
    }
    if a.formal {
        draft.formality = fidele_domain::Formality::Formal;
    }
    let set = |slot: &mut String, value: Option<String>| {
        if let Some(v) = value {
            *slot = v;
        }
    };
    set(&mut draft.first_name, f.first_name);
    set(&mut draft.last_name, f.last_name);
    set(&mut draft.company, f.company);
    set(&mut draft.address.line1, f.address_line);
    set(&mut draft.address.line2, f.address_line2);
    set(&mut draft.address.postal_code, f.postal_code);
    set(&mut draft.address.city, f.city);
    set(&mut draft.address.country, f.country);
    set(&mut draft.notes, f.notes);
    set(&mut draft.preferences, f.preferences);
    set(&mut draft.source, f.source);
    if !f.email.is_empty() {
        draft.emails = f.email;
    }
    if !f.phone.is_empty() {
        draft.phones = f.phone;
    }
    if !f.tag.is_empty() {
        draft.tags = f.tag;
    }
    if let Some(b) = f.birthday.as_deref() {
        if b.trim().is_empty() {
            draft.birthday = None;
        } else {
            match fidele_domain::Birthday::parse(b) {
                Ok(v) => draft.birthday = Some(v),
                Err(why) => invalid.push(why.on("birthday")),
            }
        }
    }
    if let Some(l) = f.language.as_deref() {
        match fidele_domain::Language::from_locale(l) {
            Some(v) => draft.language = Some(v),
            None => invalid.push(not_one_of(l, "fr, nl, en, th").on("language")),
        }
    }
    if let Some(r) = f.referred_by {
        draft.referred_by = Some(CustomerId(r));
    }
    let channels = |list: &[String], field: &str, invalid: &mut Invalid| -> Vec<Channel> {
        list.iter()
            .filter_map(|c| Channel::parse(c).or_else(|| {
                invalid.push(not_one_of(c, "post, email, phone, sms").on(field));
                None
            }))
            .collect()
    };
    let grant = channels(&f.consent, "consent", &mut invalid);
    let withdraw = channels(&a.withdraw, "withdraw", &mut invalid);
    if !invalid.is_empty() {
        return Err(fidele_store::Error::Invalid(invalid).into());
    }
    store.update_customer(id, draft)?;
    for c in grant {
        store.record_consent(id, c, true, "fidele cli")?;
    }
    for c in withdraw {
        store.record_consent(id, c, false, "fidele cli")?;
    }
    Ok(())
}

pub(crate) fn merge(store: &mut Store, a: MergeArgs) -> Outcome {
    let r = store.merge_customers(CustomerId(a.keep), CustomerId(a.other))?;
    if a.json {
        return json::print(&json!({
            "kept": r.kept.0, "removed": r.removed.0, "purchases": r.purchases, "interactions": r.interactions,
            "consent_events": r.consent_events, "reminders": r.reminders, "referrals": r.referrals,
            "emails_added": r.emails_added, "phones_added": r.phones_added, "cards": r.cards, "cards_folded": r.cards_folded,
            "undo": r.undo.id, "undo_until": r.undo.expires_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        }));
    }
    words::say(
        "cli-merged",
        &args![
            "removed" => r.removed.0,
            "kept" => r.kept.0,
            "purchases" => words::count(r.purchases, words::PURCHASE),
            "interactions" => words::count(r.interactions, words::INTERACTION),
            "consents" => words::count(r.consent_events, words::CONSENT_EVENT),
            "reminders" => words::count(r.reminders, words::REMINDER),
            "referrals" => words::count(r.referrals, words::REFERRAL),
            "undo" => undo_hint(&r.undo),
        ],
    );
    Ok(())
}

fn undo_hint(ticket: &fidele_store::UndoTicket) -> String {
    words::t("cli-undo-hint", &args!["time" => ticket.expires_at.format("%H:%M").to_string(), "ticket" => ticket.id])
}

pub(crate) fn undo(store: &mut Store, id: i64) -> Outcome {
    match fidele_usecases::counter::purchases::undo(store, id)? {
        fidele_store::Undone::Merge { kept, other } => words::say("cli-merge-undone", &args!["kept" => kept.0, "other" => other.0]),
        fidele_store::Undone::DeletedPurchase { purchase, .. } => words::say("cli-purchase-back", &args!["id" => purchase]),
    }
    Ok(())
}

pub(crate) fn not_duplicates(store: &mut Store, a: PairArgs) -> Outcome {
    store.mark_not_duplicates(CustomerId(a.a), CustomerId(a.b))?;
    words::say("cli-not-duplicates", &args!["a" => a.a, "b" => a.b]);
    Ok(())
}

pub(crate) fn erase(store: &mut Store, a: EraseArgs) -> Outcome {
    if !a.yes {
        return Err(crate::Failure::Usage(words::text("cli-erase-confirm")));
    }
    let r = store.erase_customer(CustomerId(a.id))?;
    words::say("cli-erased", &args!["id" => a.id, "n" => words::n(r.purchases_kept)]);
    Ok(())
}

pub(crate) fn archive(store: &mut Store, id: i64, archived: bool) -> Outcome {
    if archived { store.archive_customer(CustomerId(id))? } else { store.unarchive_customer(CustomerId(id))? }
    Ok(())
}

pub(crate) fn duplicates(store: &Store, a: DuplicatesArgs) -> Outcome {
    // Every pair is found before the first is known to rank first: counting them costs nothing more.
    let pairs = store.probable_duplicates(usize::MAX)?;
    let to_json = |p: &fidele_store::DuplicatePair| {
        json!({
            "first": {"id": p.first.id.0, "name": p.first.name, "email": p.first.email, "phone": p.first.phone, "city": p.first.city},
            "second": {"id": p.second.id.0, "name": p.second.name, "email": p.second.email, "phone": p.second.phone, "city": p.second.city},
            "reasons": p.reasons.iter().map(|r| r.code()).collect::<Vec<_>>(),
        })
    };
    let line = |p: &fidele_store::DuplicatePair| {
        let reasons = p.reasons.iter().map(|r| r.code()).collect::<Vec<_>>().join(", ");
        println!("#{:<6} {:<28}  #{:<6} {:<28}  {reasons}", p.first.id.0, p.first.name, p.second.id.0, p.second.name);
    };
    pages::print_slice("pairs", a.page, &pairs, a.json, to_json, line)
}

pub(crate) fn timeline(store: &Store, a: TimelineArgs) -> Outcome {
    let today = chrono::Local::now().date_naive();
    let fetch = |offset, limit| -> Result<_, Failure> {
        let page = store.timeline(CustomerId(a.id), limit, offset)?;
        Ok((page.entries, page.total as u64))
    };
    let line = |e: &TimelineEntry| {
        let line = match e {
            TimelineEntry::Purchase(p) => format!("{:<12} {:>12}  {}", words::text("cli-timeline-purchase"), p.draft.amount.to_string(), p.draft.category),
            TimelineEntry::Interaction(i) => format!("{:<12} {:<12}  {}", i.draft.kind.code(), i.draft.status.code(), i.draft.summary),
            TimelineEntry::Consent(c) => format!(
                "{:<12} {} {}  ({})",
                words::text("cli-timeline-consent"),
                c.channel.code(),
                words::text(if c.granted { "cli-timeline-granted" } else { "cli-timeline-withdrawn" }),
                c.source
            ),
            TimelineEntry::Card(c) => format!("{:<12} {} {}", words::text("cli-timeline-card"), c.occasion, c.offer_code.as_deref().unwrap_or("")),
            TimelineEntry::Resolved(i) => format!("{:<12} {:<12}  {}: {}", words::text("cli-timeline-resolved"), i.draft.kind.code(), i.draft.summary, i.draft.resolution),
            TimelineEntry::Points(p) => format!("{:<12} {:<12} {:>+6}  {}", words::text("cli-timeline-points"), p.kind.code(), p.points, p.note),
            TimelineEntry::HeldOut(h) => format!("{:<12} {}  {}", words::text("cli-timeline-card"), h.occasion, words::text("campaigns-timeline-held-out")),
            TimelineEntry::LadderMove(m) => format!(
                "{:<12} {} -> {}{}",
                words::text("cli-timeline-ladder"),
                m.from.map_or_else(|| words::text("cli-timeline-ladder-new"), |s| s.code().to_owned()),
                m.to.code(),
                if m.manual { format!("  {}", words::text("cli-timeline-by-hand")) } else { String::new() }
            ),
        };
        println!("{}  {line}", e.at().format("%Y-%m-%d %H:%M"));
    };
    pages::print("entries", a.page, a.json, fetch, |e| timeline_json(e, today), line)
}

fn timeline_json(e: &TimelineEntry, today: NaiveDate) -> Value {
    match e {
        TimelineEntry::Purchase(p) => json!({"type": "purchase", "purchase": fidele_record_json::purchase(p)}),
        TimelineEntry::Interaction(i) => json!({"type": "interaction", "interaction": fidele_record_json::interaction(i, today)}),
        TimelineEntry::Resolved(i) => json!({"type": "resolved", "interaction": fidele_record_json::interaction(i, today)}),
        TimelineEntry::Points(p) => json!({"type": "points", "points": {
            "kind": p.kind.code(), "points": p.points, "purchase": p.purchase, "note": p.note, "at": p.at.format(DT).to_string(),
        }}),
        TimelineEntry::Consent(c) => json!({"type": "consent", "consent": fidele_record_json::consent(c)}),
        TimelineEntry::Card(c) => json!({"type": "card", "card": {
            "run": c.run_id, "kind": c.kind, "occasion": c.occasion, "design": c.design,
            "offer_percent": c.offer_percent, "offer_code": c.offer_code, "at": c.at.format(DT).to_string(),
        }}),
        TimelineEntry::HeldOut(h) => json!({"type": "held_out", "held_out": {
            "run": h.run_id, "occasion": h.occasion, "at": h.at.format(DT).to_string(),
        }}),
        TimelineEntry::LadderMove(m) => json!({"type": "ladder", "ladder": {
            "month_end": m.month_end.to_string(), "from": m.from.map(|s| s.code()), "to": m.to.code(), "manual": m.manual,
        }}),
    }
}


/// Everything held about one customer, as one JSON document (an access request).
pub(crate) fn export_one(store: &Store, a: IdArg) -> Outcome {
    let record = store.customer_record(CustomerId(a.id))?;
    json::print(&fidele_record_json::access_document(&record, chrono::Local::now().naive_local()))
}
