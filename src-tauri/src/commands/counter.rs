//! The counter: member numbers, finding who is at the counter, sales with points and offers.

use fidele_domain::CustomerId;
use fidele_usecases::counter::members;
use tauri::State;

use crate::{AppState, IpcError};

/// A lost card: stops the customer's number and gives a new one (returned, ten digits).
#[tauri::command]
pub async fn reissue_member_number(state: State<'_, AppState>, id: i64) -> Result<String, IpcError> {
    state.run(move |store| Ok(members::reissue(store, CustomerId(id))?.to_string())).await
}
