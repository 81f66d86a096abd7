//! Printed loyalty cards (one customer's, or everyone new since a day, on a sheet), the
//! printer offset and the calibration page that measures it. Each command is one call into
//! `fidele_usecases::loyalty_cards` or the typed settings, then the native save dialog.
//!
//! The IPC shapes of this feature live here, beside their commands.

use fidele_domain::CustomerId;
use fidele_usecases::loyalty_cards::{self, LoyaltyCardRequest, Selection};
use fidele_usecases::print::{CardSheet, PrinterOffset};
use fidele_usecases::{DrawError, Settings, SettingsMut};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::{dialog_words, today, ui_language};
use crate::dialogs::{file_name, run_dialog};
use crate::ipc::parse_day;
use crate::{AppState, IpcError};

/// The printer offset in millimetres: `x_mm` to the right, `y_mm` down.
#[derive(Serialize, TS)]
pub struct PrinterOffsetView {
    pub x_mm: f32,
    pub y_mm: f32,
}

impl From<PrinterOffset> for PrinterOffsetView {
    fn from(o: PrinterOffset) -> Self {
        PrinterOffsetView { x_mm: o.x_mm, y_mm: o.y_mm }
    }
}

/// Whose cards to print, and how.
#[derive(Deserialize, TS)]
pub struct LoyaltyCardsInput {
    /// These customers, in this order; else `new_since`.
    pub customers: Option<Vec<i64>>,
    /// `YYYY-MM-DD`: everyone added on or after the day.
    pub new_since: Option<String>,
    /// `c32011`, `5371` or `single`; `null` for the shop's sheet (5371 in the US and Canada).
    pub layout: Option<String>,
    pub stage_colour: bool,
    /// Opens the PDF in the system's viewer once saved.
    pub open: bool,
}

/// Cards saved: the file's name (the web view is told no path), how many cards and pages.
#[derive(Serialize, TS)]
pub struct LoyaltyCardsSaved {
    pub file: String,
    pub cards: usize,
    pub pages: usize,
    /// The sheet used: `c32011`, `5371` or `single`.
    pub layout: String,
}

#[tauri::command]
pub async fn printer_offset(state: State<'_, AppState>) -> Result<PrinterOffsetView, IpcError> {
    state.run(|store| Ok(Settings::of(store).printer_offset()?.into())).await
}

/// Sets the offset as typed (`-1,5`): refused field by field (`printer_offset_x`,
/// `printer_offset_y`) when not a number from -10 to 10, writing nothing.
#[tauri::command]
pub async fn set_printer_offset(state: State<'_, AppState>, x: String, y: String) -> Result<PrinterOffsetView, IpcError> {
    state.run(move |store| Ok(SettingsMut::of(store).set_printer_offset(&x, &y)?.into())).await
}

fn drawn(e: DrawError) -> IpcError {
    match e {
        DrawError::Store(e) => e.into(),
        DrawError::Draw(e) => IpcError::internal(format!("the cards could not be drawn: {e}")),
    }
}

/// The calibration page, in the UI's language, saved where the dialog says; `null` when the
/// dialog is cancelled.
#[tauri::command]
pub async fn save_calibration_page<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, open: bool) -> Result<Option<String>, IpcError> {
    let pdf = state.run(|store| loyalty_cards::calibration_page(store, ui_language(store)?).map_err(drawn)).await?;
    let name = dialog_words(&state, "dialog-file-calibration", fidele_words::args![]).await?;
    let title = dialog_words(&state, "dialog-save-calibration-title", fidele_words::args![]).await?;
    save(app, &state, pdf, name, title, open).await
}

/// The cards, drawn before the dialog opens (a customer not in the file is refused first);
/// `null` when the dialog is cancelled. Nobody selected is refused as `customers` / `empty`.
#[tauri::command]
pub async fn save_loyalty_cards<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, input: LoyaltyCardsInput) -> Result<Option<LoyaltyCardsSaved>, IpcError> {
    let selection = match (&input.customers, &input.new_since) {
        (Some(ids), _) => Selection::Customers(ids.iter().map(|&id| CustomerId(id)).collect()),
        (None, Some(day)) => Selection::NewSince(parse_day("new_since", day).map_err(fidele_store::Error::Invalid)?.ok_or_else(empty)?),
        (None, None) => return Err(empty()),
    };
    let layout = input.layout.clone();
    let (printed, sheet) = state
        .run(move |store| {
            let sheet = match layout.as_deref() {
                Some(code) => CardSheet::parse(code).ok_or_else(|| {
                    IpcError::from(fidele_store::Error::Invalid(fidele_domain::Invalid::one(
                        fidele_domain::FieldError::new("layout", fidele_domain::ErrorCode::NotOneOf).with("value", code).with("choices", "c32011, 5371, single"),
                    )))
                })?,
                None => loyalty_cards::sheet_for(&store.shop_profile()?.country),
            };
            let request = LoyaltyCardRequest { selection, sheet, stage_colour: input.stage_colour };
            Ok((loyalty_cards::render(store, &request, today()).map_err(drawn)?, sheet))
        })
        .await?;
    if printed.customers.is_empty() {
        return Err(empty());
    }
    let name = dialog_words(&state, "dialog-file-loyalty-cards", fidele_words::args!["n" => printed.customers.len()]).await?;
    let title = dialog_words(&state, "dialog-save-loyalty-cards-title", fidele_words::args![]).await?;
    let (cards, pages) = (printed.customers.len(), printed.pages);
    Ok(save(app, &state, printed.pdf, name, title, input.open)
        .await?
        .map(|file| LoyaltyCardsSaved { file, cards, pages, layout: sheet.code().to_owned() }))
}

fn empty() -> IpcError {
    fidele_store::Error::Invalid(fidele_domain::Invalid::one(fidele_domain::FieldError::new("customers", fidele_domain::ErrorCode::Empty))).into()
}

async fn save<R: Runtime>(app: AppHandle<R>, state: &State<'_, AppState>, pdf: Vec<u8>, name: String, title: String, open: bool) -> Result<Option<String>, IpcError> {
    let files = state.files.clone();
    let chooser = files.clone();
    let Some(path) = run_dialog(move || chooser.save(&app, &title, &name, ("PDF", &["pdf"]))).await? else {
        return Ok(None);
    };
    crate::files::write_whole(&path, &pdf)?;
    if open {
        super::cards::open_in_viewer(&files, &path)?;
    }
    Ok(Some(file_name(&path)))
}
