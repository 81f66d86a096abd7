use tauri::State;

use super::{money_format, today};
use crate::ipc::OverviewView;
use crate::{AppState, IpcError};

/// Birthdays this many days ahead are shown on the dashboard.
const BIRTHDAY_HORIZON_DAYS: u32 = 14;

#[tauri::command]
pub async fn overview(state: State<'_, AppState>) -> Result<OverviewView, IpcError> {
    state
        .run(|store| {
            let money = money_format(store)?;
            let today = today();
            Ok(OverviewView::new(store.overview(today, BIRTHDAY_HORIZON_DAYS)?, &money, today))
        })
        .await
}
