//! Async commands: each adapts one core call and converts its result to an IPC view.

pub mod activity;
pub mod analysis;
pub mod app;
pub mod campaigns;
pub mod cards;
pub mod closing;
pub mod counter;
pub mod customers;
pub mod interchange;
pub mod list_views;
pub mod loyalty_cards;
pub mod passphrase;
pub mod dashboard;
pub mod records;
pub mod reminders;
pub mod safety;
pub mod updates;

use fidele_domain::Language;
use fidele_store::Store;
use fidele_usecases::{Settings, WriteError};
use fidele_words::{FluentArgs, words};
use tauri::State;

use crate::ipc::MoneyFormat;
use crate::{AppState, IpcError};

/// The UI's language: the one chosen in Settings, else the system's if Fidèle speaks it
/// (French, Dutch, English or Thai), else French.
pub(crate) fn ui_language(store: &Store) -> Result<Language, fidele_store::Error> {
    let language = match Settings::of(store).ui_language()? {
        Some(l) => l,
        None => sys_locale::get_locale().and_then(|l| Language::from_locale(&l)).unwrap_or(Language::Fr),
    };
    crate::error::remember_language(language);
    Ok(language)
}

pub(crate) fn money_format(store: &Store) -> Result<MoneyFormat, fidele_store::Error> {
    Ok(MoneyFormat { currency: store.shop_profile()?.currency, language: ui_language(store)? })
}

pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A dialog's title or proposed file name (`locales/*/dialogs.ftl`) in the UI's language.
pub(crate) async fn dialog_words(state: &State<'_, AppState>, id: &'static str, args: FluentArgs<'static>) -> Result<String, IpcError> {
    let language = state.run(|store| Ok(ui_language(store)?)).await?;
    Ok(words(language).format(id, &args))
}

/// A file the use-case layer could not write: the file system's refusal keeps its kind
/// (`disk_full`, `read_only`), a drawing that failed is internal.
pub(crate) fn write_failed(e: WriteError) -> IpcError {
    match e {
        WriteError::Io { path, source } => IpcError::writing(&format!("could not write {}", path.display()), source),
        other => IpcError::internal(other.to_string()),
    }
}
