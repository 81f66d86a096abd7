//! Async commands: each adapts one core call and converts its result to an IPC view.

pub mod activity;
pub mod analysis;
pub mod app;
pub mod cards;
pub mod customers;
pub mod interchange;
pub mod list_views;
pub mod passphrase;
pub mod dashboard;
pub mod records;
pub mod reminders;
pub mod safety;

use fidele_domain::Language;
use fidele_store::Store;

use crate::ipc::MoneyFormat;

/// Key of the UI language chosen in Settings.
const UI_LANGUAGE: &str = "ui.language";

/// The UI's language: the one chosen in Settings, else the system's if Fidèle speaks it
/// (French, Dutch, English or Thai), else French.
pub(crate) fn ui_language(store: &Store) -> Result<Language, fidele_store::Error> {
    let language = match store.setting(UI_LANGUAGE)?.and_then(|l| Language::from_locale(&l)) {
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
