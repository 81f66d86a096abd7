use fidele_domain::CustomerId;
use tauri::State;

use super::list_views::ListArrangement;
use super::{money_format, today};
use crate::ipc::{CustomerInput, CustomerList, CustomerRow, CustomerView};
use crate::{AppState, IpcError};

/// A window of the customer list (the UI virtualises and asks for the rows it shows).
#[tauri::command]
/// Sorted and filtered as `arrangement` says (by name, unfiltered, without one).
pub async fn list_customers(
    state: State<'_, AppState>,
    search: String,
    offset: u32,
    limit: u32,
    arrangement: Option<ListArrangement>,
) -> Result<CustomerList, IpcError> {
    let query = arrangement.unwrap_or_default().into_query(search)?;
    state
        .run(move |store| {
            let money = money_format(store)?;
            let list = store.list_page(&query, limit.min(500), offset)?;
            Ok(CustomerList { total: list.total, rows: list.rows.iter().map(|r| CustomerRow::new(r, &money)).collect() })
        })
        .await
}

#[tauri::command]
pub async fn customer_page(state: State<'_, AppState>, id: i64) -> Result<CustomerView, IpcError> {
    state
        .run(move |store| {
            let money = money_format(store)?;
            let page = store.customer_page(CustomerId(id), 200)?;
            let mut view = CustomerView::new(&page, &money, today());
            view.points = fidele_usecases::counter::purchases::standing(store, CustomerId(id))?
                .map(|(balance, unit)| crate::ipc::PointsStandingView { balance, unit });
            Ok(view)
        })
        .await
}

#[tauri::command]
pub async fn add_customer(state: State<'_, AppState>, customer: CustomerInput) -> Result<i64, IpcError> {
    let (draft, consents) = customer.into_draft().map_err(fidele_store::Error::from)?;
    state.run(move |store| Ok(store.add_customer(draft, &consents, "app")?.0)).await
}

#[tauri::command]
pub async fn update_customer(state: State<'_, AppState>, id: i64, customer: CustomerInput) -> Result<(), IpcError> {
    let (mut draft, _) = customer.into_draft().map_err(fidele_store::Error::from)?;
    state
        .run(move |store| {
            // The form does not edit the household or tags' history: keep what is stored.
            let current = store.customer(CustomerId(id))?;
            draft.household = current.draft.household;
            draft.source = current.draft.source;
            Ok(store.update_customer(CustomerId(id), draft)?)
        })
        .await
}
