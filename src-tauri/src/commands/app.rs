use fidele_domain::Language;
use tauri::State;

use fidele_usecases::SettingsMut;
use fidele_words::args;

use super::{dialog_words, today, ui_language};
use crate::ipc::{AppInfo, SettingsView, ShopView};
use crate::{AppState, IpcError};

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let db_path = state.path().display().to_string();
    let read_only = state.read_only();
    state
        .run(move |store| {
            Ok(AppInfo {
                version: fidele_build_info::VERSION,
                commit: fidele_build_info::COMMIT,
                db_path,
                schema_version: store.schema_version()?,
                ui_language: ui_language(store)?.code(),
                shop_name: store.shop_profile()?.name,
                customers: store.count_customers("")?,
                read_only,
            })
        })
        .await
}

/// Fills an empty customer file with the demo shop. Refused when there are customers already.
#[tauri::command]
pub async fn load_demo(state: State<'_, AppState>, customers: Option<usize>) -> Result<i64, IpcError> {
    state
        .run(move |store| {
            if store.count_customers("")? > 0 {
                return Err(IpcError::conflict("not_empty"));
            }
            // The shop the shopkeeper reads: a Thai interface gets the Chiang Mai shop.
            let language = super::ui_language(store)?;
            let options = fidele_usecases::demo::DemoOptions { customers: customers.unwrap_or(500).min(100_000), seed: 1, today: today() };
            Ok(fidele_usecases::demo::load(store, language, options)?.customers as i64)
        })
        .await
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<SettingsView, IpcError> {
    state
        .run(|store| {
            Ok(SettingsView {
                ui_language: ui_language(store)?.code(),
                calendar: fidele_usecases::Settings::of(store).calendar()?.code(),
                shop: ShopView::new(&store.shop_profile()?),
            })
        })
        .await
}

#[tauri::command]
pub async fn set_ui_language(state: State<'_, AppState>, language: String) -> Result<(), IpcError> {
    let Some(language) = Language::from_locale(&language) else {
        return Err(IpcError::invalid("language", fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotALanguage).with("value", language.as_str())));
    };
    crate::error::remember_language(language);
    state.run(move |store| Ok(SettingsMut::of(store).set_ui_language(language)?)).await
}

/// How years are printed on cards and sheets: `gregorian`, or `buddhist` (the Thai Buddhist Era).
#[tauri::command]
pub async fn set_calendar(state: State<'_, AppState>, calendar: String) -> Result<(), IpcError> {
    let Some(calendar) = fidele_usecases::Calendar::parse(&calendar) else {
        return Err(IpcError::not_one_of("calendar", &calendar, "gregorian, buddhist"));
    };
    state.run(move |store| Ok(SettingsMut::of(store).set_calendar(calendar)?)).await
}

#[tauri::command]
pub async fn set_shop_profile(state: State<'_, AppState>, shop: ShopView) -> Result<(), IpcError> {
    state
        .run(move |store| {
            let profile = shop.apply(store.shop_profile()?).map_err(fidele_store::Error::from)?;
            Ok(store.set_shop_profile(&profile)?)
        })
        .await
}

/// The shop's logo, chosen with the native open dialog (a PNG, as the cards print it).
/// Returns the chosen file's name, or `None` when the shopkeeper cancels.
#[tauri::command]
pub async fn choose_shop_logo<R: tauri::Runtime>(app: tauri::AppHandle<R>, state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    let files = state.files.clone();
    let title = dialog_words(&state, "dialog-logo-title", args![]).await?;
    let Some(path) = crate::dialogs::run_dialog(move || files.open(&app, &title, ("PNG", &["png"]))).await? else {
        return Ok(None);
    };
    let name = crate::dialogs::file_name(&path);
    let too_big = std::fs::metadata(&path).map(|m| m.len() > LOGO_MAX_BYTES).unwrap_or(false);
    if too_big {
        return Err(IpcError::invalid("logo", fidele_domain::Refusal::new(fidele_domain::ErrorCode::LogoTooLarge).with("max", 2)));
    }
    let bytes = std::fs::read(&path).map_err(|e| IpcError::invalid("logo", fidele_domain::Refusal::new(fidele_domain::ErrorCode::FileUnreadable).with("detail", format!("{name}: {e}"))))?;
    state
        .run(move |store| {
            let mut profile = store.shop_profile()?;
            profile.logo_png = Some(bytes);
            Ok(store.set_shop_profile(&profile)?)
        })
        .await?;
    Ok(Some(name))
}

/// A logo is printed a few centimetres wide: 2 MB is far more than it needs.
const LOGO_MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Asks a running import or card run to stop; it then writes nothing.
#[tauri::command]
pub async fn cancel_job(state: State<'_, AppState>, job: u64) -> Result<bool, IpcError> {
    Ok(state.jobs.cancel(job))
}
