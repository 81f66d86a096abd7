use fidele_domain::{CustomerId, InteractionDraft, InteractionStatus, Money, PurchaseDraft};
use tauri::State;

use crate::ipc::{InteractionInput, PurchaseInput, parse_date_time, parse_day, parse_kind};
use crate::{AppState, IpcError};

/// Quick purchase entry from the customer page.
#[tauri::command]
pub async fn add_purchase(state: State<'_, AppState>, customer: i64, purchase: PurchaseInput) -> Result<i64, IpcError> {
    state
        .run(move |store| {
            let currency = store.shop_profile()?.currency;
            let amount = Money::parse(&purchase.amount, currency).map_err(|e| IpcError::invalid("amount", e.refusal()))?;
            let at = parse_date_time("at", &purchase.at).map_err(fidele_store::Error::from)?.unwrap_or_else(now);
            let draft = PurchaseDraft {
                customer: Some(CustomerId(customer)),
                at,
                amount,
                margin: None,
                category: purchase.category.trim().to_owned(),
                item_count: None,
                ticket_ref: purchase.ticket.trim().to_owned(),
                offer_code: purchase.offer_code.trim().to_owned(),
                refund_of: None,
                note: purchase.note.trim().to_owned(),
            };
            Ok(fidele_usecases::counter::purchases::add(store, draft)?.id)
        })
        .await
}

#[tauri::command]
pub async fn add_interaction(state: State<'_, AppState>, customer: i64, interaction: InteractionInput) -> Result<i64, IpcError> {
    let kind = parse_kind(&interaction.kind).map_err(fidele_store::Error::from)?;
    let due = parse_day("due", &interaction.due).map_err(fidele_store::Error::from)?;
    let draft = InteractionDraft {
        customer: CustomerId(customer),
        kind,
        status: if kind.needs_follow_up() { InteractionStatus::Open } else { InteractionStatus::Resolved },
        at: now(),
        summary: interaction.summary,
        details: interaction.details,
        due,
        resolution: String::new(),
    };
    state.run(move |store| Ok(store.add_interaction(draft)?)).await
}

#[tauri::command]
pub async fn resolve_interaction(state: State<'_, AppState>, id: i64, resolution: String) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.resolve_interaction(id, &resolution)?)).await
}

fn now() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}
