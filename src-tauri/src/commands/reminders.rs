use fidele_domain::{CustomerId, ReminderDraft, Repeat};
use tauri::State;

use super::today;
use crate::ipc::{ReminderInput, ReminderView, parse_day};
use crate::{AppState, IpcError};

/// Reminders due within the next week (and everything overdue).
#[tauri::command]
pub async fn due_reminders(state: State<'_, AppState>) -> Result<Vec<ReminderView>, IpcError> {
    state
        .run(|store| {
            let until = today() + chrono::Days::new(7);
            store
                .due_reminders(until)?
                .iter()
                .map(|r| {
                    let name = r.draft.customer.map(|c| store.customer_name(c)).transpose()?;
                    Ok(ReminderView::new(r, name))
                })
                .collect()
        })
        .await
}

#[tauri::command]
pub async fn add_reminder(state: State<'_, AppState>, reminder: ReminderInput) -> Result<i64, IpcError> {
    let due = parse_day("due", &reminder.due).map_err(fidele_store::Error::from)?.unwrap_or_else(today);
    let repeat = match (reminder.repeat_every, reminder.repeat_unit.as_str()) {
        (0, _) => None,
        (n, "days") => Some(Repeat::Days(n)),
        (n, "months") => Some(Repeat::Months(n)),
        (_, other) => return Err(IpcError::not_one_of("repeat_unit", other, "days, months")),
    };
    let draft = ReminderDraft { customer: reminder.customer_id.map(CustomerId), title: reminder.title, due, repeat };
    state.run(move |store| Ok(store.add_reminder(draft)?)).await
}

#[tauri::command]
pub async fn complete_reminder(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.complete_reminder(id)?)).await
}

/// Puts a reminder off by `days` days from today.
#[tauri::command]
pub async fn snooze_reminder(state: State<'_, AppState>, id: i64, days: u32) -> Result<(), IpcError> {
    let until = today() + chrono::Days::new(u64::from(days.clamp(1, 365)));
    state.run(move |store| Ok(store.snooze_reminder(id, until)?)).await
}
