//! The customer file's upkeep: archive, merge, erase, duplicates, the timeline, editing and
//! deleting purchases, refunds, and consent events. The views that cross IPC for these are
//! here beside their commands (snake_case fields, like `ipc.rs`).

use fidele_domain::{Channel, CustomerId, Money};
use fidele_store::{KeepList, MergeChoices, MergeField, TimelineEntry, Undone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use tauri::{AppHandle, Runtime, State};

use super::{money_format, today, ui_language};
use crate::contract::codes;
use crate::dialogs::{file_name, run_dialog};
use crate::ipc::{ConsentView, InteractionView, PurchaseInput, PurchaseView, parse_date_time};
use crate::{AppState, IpcError};

const DT: &str = "%Y-%m-%dT%H:%M";

/// Saves everything held about one customer as a JSON file where the shopkeeper chooses (to
/// answer an access request): the same document as `fidele customers export-one`. Returns the
/// file's name, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_customer_record<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: i64) -> Result<Option<String>, IpcError> {
    // Made before the dialog, so a shopkeeper never picks a place for an export that fails.
    let (text, title) = state
        .run(move |store| {
            let record = store.customer_record(CustomerId(id))?;
            let words = fidele_words::words(ui_language(store)?);
            let title = words.text("dialog-export-record-title");
            let suggested = words.format("dialog-file-record", &fidele_words::args!["id" => id.to_string()]);
            Ok((fidele_record_json::access_file(&record, chrono::Local::now().naive_local()), (title, suggested)))
        })
        .await?;
    let (title, suggested) = title;
    let files = state.files.clone();
    let Some(path) = run_dialog(move || files.save(&app, &title, &suggested, ("JSON", &["json"]))).await? else {
        return Ok(None);
    };
    crate::files::write_whole(&path, text.as_bytes())?;
    Ok(Some(file_name(&path)))
}

/// Archives a customer (`archived: true`) or brings them back.
#[tauri::command]
pub async fn archive_customer(state: State<'_, AppState>, id: i64, archived: bool) -> Result<(), IpcError> {
    state
        .run(move |store| {
            if archived { store.archive_customer(CustomerId(id))? } else { store.unarchive_customer(CustomerId(id))? }
            Ok(())
        })
        .await
}

#[derive(Serialize, TS)]
pub struct MergeView {
    pub kept: i64,
    pub removed: i64,
    pub purchases: usize,
    pub interactions: usize,
    pub consent_events: usize,
    pub reminders: usize,
    pub referrals: usize,
    pub emails_added: usize,
    pub phones_added: usize,
    pub undo: UndoView,
}

/// How to take an act back: `undo(id)` until `until` (`YYYY-MM-DDTHH:MM`, the shop's time).
#[derive(Serialize, TS)]
pub struct UndoView {
    pub id: i64,
    pub until: String,
    pub minutes: i64,
}

impl From<fidele_store::UndoTicket> for UndoView {
    fn from(t: fidele_store::UndoTicket) -> Self {
        UndoView { id: t.id, until: t.expires_at.format(DT).to_string(), minutes: fidele_store::UNDO_MINUTES }
    }
}

/// What the shopkeeper chose where two records differ: details taken from the other record
/// (`first_name`, `address`, ...: `MergeField` codes), and whose e-mails and phones stay
/// (`kept`, `other`, `both`; both when empty).
#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct MergeChoicesInput {
    #[ts(as = "Vec<codes::MergeField>")]
    pub from_other: Vec<String>,
    #[ts(type = r#""kept" | "other" | "both""#)]
    pub emails: String,
    #[ts(type = r#""kept" | "other" | "both""#)]
    pub phones: String,
}

impl MergeChoicesInput {
    fn parse(self) -> Result<MergeChoices, IpcError> {
        let list = |field: &str, code: &str| match code {
            "" => Ok(KeepList::Both),
            c => KeepList::from_code(c).ok_or_else(|| IpcError::not_one_of(field, c, "kept, other, both")),
        };
        let from_other = self
            .from_other
            .iter()
            .map(|c| MergeField::from_code(c).ok_or_else(|| IpcError::not_one_of("from_other", c, "")))
            .collect::<Result<_, _>>()?;
        Ok(MergeChoices { from_other, emails: list("emails", &self.emails)?, phones: list("phones", &self.phones)? })
    }
}

/// Merges `other` into `keep`, keeping the history of both and taking from `other` what
/// `choices` says; `other` is gone afterwards, until the merge is undone.
#[tauri::command]
pub async fn merge_customers(state: State<'_, AppState>, keep: i64, other: i64, choices: Option<MergeChoicesInput>) -> Result<MergeView, IpcError> {
    let choices = choices.unwrap_or_default().parse()?;
    state
        .run(move |store| {
            let r = store.merge_customers_with(CustomerId(keep), CustomerId(other), &choices)?;
            Ok(MergeView {
                kept: r.kept.0,
                removed: r.removed.0,
                purchases: r.purchases,
                interactions: r.interactions,
                consent_events: r.consent_events,
                reminders: r.reminders,
                referrals: r.referrals,
                emails_added: r.emails_added,
                phones_added: r.phones_added,
                undo: r.undo.into(),
            })
        })
        .await
}

/// What an undo gave back: `kind` is `merge` (with `kept` and `other`) or `deleted_purchase`
/// (with `purchase` and its `customer`).
#[derive(Serialize, TS)]
pub struct UndoneView {
    #[ts(type = r#""merge" | "deleted_purchase""#)]
    pub kind: &'static str,
    pub kept: Option<i64>,
    pub other: Option<i64>,
    pub purchase: Option<i64>,
    pub customer: Option<i64>,
}

/// Takes back a merge or a deleted purchase while its undo lasts.
#[tauri::command]
pub async fn undo(state: State<'_, AppState>, id: i64) -> Result<UndoneView, IpcError> {
    state
        .run(move |store| {
            Ok(match fidele_usecases::counter::purchases::undo(store, id)? {
                Undone::Merge { kept, other } => UndoneView { kind: "merge", kept: Some(kept.0), other: Some(other.0), purchase: None, customer: None },
                Undone::DeletedPurchase { purchase, customer } => {
                    UndoneView { kind: "deleted_purchase", kept: None, other: None, purchase: Some(purchase), customer: customer.map(|c| c.0) }
                }
            })
        })
        .await
}

/// Two customers are two people: the pair is no longer offered as a probable duplicate.
#[tauri::command]
pub async fn mark_not_duplicates(state: State<'_, AppState>, a: i64, b: i64) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.mark_not_duplicates(CustomerId(a), CustomerId(b))?)).await
}

#[derive(Serialize, TS)]
pub struct ErasureView {
    /// Purchases kept anonymously in the shop's figures.
    pub purchases_kept: usize,
    pub interactions_cleared: usize,
}

/// Erases a customer's personal data; their purchases stay, anonymously. Cannot be undone
/// (the UI confirms first).
#[tauri::command]
pub async fn erase_customer(state: State<'_, AppState>, id: i64) -> Result<ErasureView, IpcError> {
    state
        .run(move |store| {
            let r = store.erase_customer(CustomerId(id))?;
            Ok(ErasureView { purchases_kept: r.purchases_kept, interactions_cleared: r.interactions_cleared })
        })
        .await
}

#[derive(Serialize, TS)]
pub struct DuplicateSide {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub purchase_count: i64,
}

#[derive(Serialize, TS)]
pub struct DuplicateView {
    pub first: DuplicateSide,
    pub second: DuplicateSide,
    /// `email`, `phone`, `name_and_postcode`
    #[ts(as = "Vec<codes::DuplicateReason>")]
    pub reasons: Vec<&'static str>,
}

/// Probable duplicates, the surest first.
#[tauri::command]
pub async fn probable_duplicates(state: State<'_, AppState>, limit: u32) -> Result<Vec<DuplicateView>, IpcError> {
    state
        .run(move |store| {
            let side = |s: &fidele_domain::CustomerSummary| DuplicateSide {
                id: s.id.0,
                name: s.name.clone(),
                city: s.city.clone(),
                email: s.email.clone(),
                phone: s.phone.clone(),
                purchase_count: s.purchase_count,
            };
            Ok(store
                .probable_duplicates(limit.min(1000) as usize)?
                .iter()
                .map(|p| DuplicateView { first: side(&p.first), second: side(&p.second), reasons: p.reasons.iter().map(|r| r.code()).collect() })
                .collect())
        })
        .await
}

/// A card sent, on the timeline (`SentCardView` in TypeScript: the card run's preview has its
/// own `CardView`).
#[derive(Serialize, TS)]
#[ts(rename = "SentCardView")]
pub struct CardView {
    pub run_id: i64,
    pub kind: String,
    pub occasion: String,
    pub design: String,
    pub offer_percent: Option<i64>,
    pub offer_code: Option<String>,
}

/// One timeline entry: `type` says which of the other fields is set. Its TypeScript is the
/// union of [`TimelineItemShape`], which says which.
#[derive(Serialize, TS)]
#[ts(as = "TimelineItemShape")]
pub struct TimelineItem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase: Option<PurchaseView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction: Option<InteractionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<CardView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ladder: Option<LadderMoveView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<super::counter::PointsEntryView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_out: Option<HeldOutView>,
}

/// A run the customer was held out of (no card: its comparison group).
#[derive(Serialize, TS)]
pub struct HeldOutView {
    pub run_id: i64,
    pub occasion: String,
}

/// What the UI reads of a [`TimelineItem`]: the one payload its `type` names. Only its
/// TypeScript is used (the item is written as the struct above, field for field the same).
#[derive(TS)]
#[ts(rename = "TimelineItem", tag = "type", rename_all = "snake_case")]
#[allow(dead_code)]
pub enum TimelineItemShape {
    Purchase { at: String, purchase: PurchaseView },
    Interaction { at: String, interaction: InteractionView },
    Resolved { at: String, interaction: InteractionView },
    Consent { at: String, consent: ConsentView },
    Card { at: String, card: CardView },
    Ladder { at: String, ladder: LadderMoveView },
    Points { at: String, points: super::counter::PointsEntryView },
    HeldOut { at: String, held_out: HeldOutView },
}

/// A move on the loyalty ladder counted at `month_end` (`from` is null when the customer
/// entered the ladder that month).
#[derive(Serialize, TS)]
pub struct LadderMoveView {
    pub month_end: String,
    #[ts(as = "Option<codes::Stage>")]
    pub from: Option<&'static str>,
    #[ts(as = "codes::Stage")]
    pub to: &'static str,
    pub manual: bool,
}

#[derive(Serialize, TS)]
pub struct TimelineView {
    pub total: i64,
    /// Newest first.
    pub entries: Vec<TimelineItem>,
}

/// A page of a customer's timeline: purchases, interactions, consents and cards, newest first.
#[tauri::command]
pub async fn customer_timeline(state: State<'_, AppState>, id: i64, offset: u32, limit: u32) -> Result<TimelineView, IpcError> {
    state
        .run(move |store| {
            let money = money_format(store)?;
            let page = store.timeline(CustomerId(id), limit.min(500), offset)?;
            let today = today();
            let entries = page
                .entries
                .iter()
                .map(|e| {
                    let mut item =
                        TimelineItem {
                        kind: "",
                        at: e.at().format(DT).to_string(),
                        purchase: None,
                        interaction: None,
                        consent: None,
                        card: None,
                        ladder: None,
                        points: None,
                        held_out: None,
                    };
                    match e {
                        TimelineEntry::Purchase(p) => {
                            item.kind = "purchase";
                            item.purchase = Some(PurchaseView::new(p, money.language));
                        }
                        TimelineEntry::Interaction(i) => {
                            item.kind = "interaction";
                            item.interaction = Some(InteractionView::new(i, None, today));
                        }
                        TimelineEntry::Points(p) => {
                            item.kind = "points";
                            item.points = Some(super::counter::PointsEntryView {
                                at: p.at.format(DT).to_string(),
                                kind: p.kind.code(),
                                points: p.points,
                                note: p.note.clone(),
                            });
                        }
                        TimelineEntry::Resolved(i) => {
                            item.kind = "resolved";
                            item.interaction = Some(InteractionView::new(i, None, today));
                        }
                        TimelineEntry::Consent(c) => {
                            item.kind = "consent";
                            item.consent =
                                Some(ConsentView { channel: c.channel.code(), granted: c.granted, at: c.at.format(DT).to_string(), source: c.source.clone() });
                        }
                        TimelineEntry::Card(c) => {
                            item.kind = "card";
                            item.card = Some(CardView {
                                run_id: c.run_id,
                                kind: c.kind.clone(),
                                occasion: c.occasion.clone(),
                                design: c.design.clone(),
                                offer_percent: c.offer_percent,
                                offer_code: c.offer_code.clone(),
                            });
                        }
                        TimelineEntry::HeldOut(h) => {
                            item.kind = "held_out";
                            item.held_out = Some(HeldOutView { run_id: h.run_id, occasion: h.occasion.clone() });
                        }
                        TimelineEntry::LadderMove(m) => {
                            item.kind = "ladder";
                            item.ladder = Some(LadderMoveView {
                                month_end: m.month_end.to_string(),
                                from: m.from.map(|s| s.code()),
                                to: m.to.code(),
                                manual: m.manual,
                            });
                        }
                    }
                    item
                })
                .collect();
            Ok(TimelineView { total: page.total, entries })
        })
        .await
}

/// Corrects a purchase. Empty fields keep what is stored except the texts (category, note,
/// offer code, ticket), which take what the form holds.
#[tauri::command]
pub async fn update_purchase(state: State<'_, AppState>, id: i64, purchase: PurchaseInput) -> Result<(), IpcError> {
    state
        .run(move |store| {
            let mut draft = store.purchase(id)?.draft;
            if !purchase.amount.trim().is_empty() {
                draft.amount = Money::parse(&purchase.amount, draft.amount.currency).map_err(|e| IpcError::invalid("amount", e.refusal()))?;
            }
            if let Some(at) = parse_date_time("at", &purchase.at).map_err(fidele_store::Error::from)? {
                draft.at = at;
            }
            draft.category = purchase.category.trim().to_owned();
            draft.note = purchase.note.trim().to_owned();
            draft.offer_code = purchase.offer_code.trim().to_owned();
            draft.ticket_ref = purchase.ticket.trim().to_owned();
            fidele_usecases::counter::purchases::edit(store, id, draft)?;
            Ok(())
        })
        .await
}

/// Deletes a purchase entered by mistake (undoable for a while); refused, saying why, while
/// refunds point at it.
#[tauri::command]
pub async fn delete_purchase(state: State<'_, AppState>, id: i64) -> Result<UndoView, IpcError> {
    state.run(move |store| Ok(fidele_usecases::counter::purchases::delete(store, id)?.into())).await
}

/// Records a refund of purchase `original`: `amount` as typed, positive or negative, is
/// stored as a negative purchase linked to it. Returns the refund's id.
#[tauri::command]
pub async fn add_refund(state: State<'_, AppState>, original: i64, amount: String, note: String) -> Result<i64, IpcError> {
    state
        .run(move |store| {
            let sale = store.purchase(original)?;
            let parsed = Money::parse(&amount, sale.draft.amount.currency).map_err(|e| IpcError::invalid("amount", e.refusal()))?;
            let draft = fidele_domain::PurchaseDraft {
                at: now(),
                amount: Money::new(-parsed.minor.abs(), parsed.currency),
                margin: None,
                item_count: None,
                ticket_ref: String::new(),
                offer_code: String::new(),
                refund_of: Some(original),
                note: note.trim().to_owned(),
                ..sale.draft
            };
            Ok(fidele_usecases::counter::purchases::add(store, draft)?.id)
        })
        .await
}

/// Records that a customer granted or withdrew consent on a channel (post, email, phone,
/// sms). The history keeps every event.
#[tauri::command]
pub async fn record_consent(state: State<'_, AppState>, customer: i64, channel: String, granted: bool, source: String) -> Result<(), IpcError> {
    let channel = Channel::parse(&channel).ok_or_else(|| IpcError::not_one_of("channel", &channel, "post, email, phone, sms"))?;
    let source = if source.trim().is_empty() { "app".to_owned() } else { source.trim().to_owned() };
    state.run(move |store| Ok(store.record_consent(CustomerId(customer), channel, granted, &source)?)).await
}

fn now() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Puts a customer in the household of another (created on the first link).
#[tauri::command]
pub async fn link_household(state: State<'_, AppState>, id: i64, with: i64) -> Result<(), IpcError> {
    state.run(move |store| Ok(fidele_usecases::places::link_household(store, CustomerId(id), CustomerId(with)).map(|_| ())?)).await
}

#[tauri::command]
pub async fn leave_household(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.leave_household(CustomerId(id))?)).await
}
