//! Settings → Updates: whether Fidèle may look for an update when it starts, "Check now", and
//! "Install" (which backs the customer file up first). See `crate::updates`.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::state::backup_settings;
use crate::updates::{CHECK_AT_START, UpdatesState};
use crate::{AppState, IpcError};

#[derive(Serialize, TS)]
pub struct UpdateSettingsView {
    /// Look for an update once when Fidèle starts (off unless the shopkeeper turned it on).
    pub check_at_start: bool,
    /// This copy's version.
    pub current_version: String,
    /// What the last check found, if it found a newer version.
    pub offer: Option<UpdateOfferView>,
}

/// A newer version the update server offers.
#[derive(Serialize, TS)]
pub struct UpdateOfferView {
    pub version: String,
    pub current_version: String,
    /// The release notes, as the release wrote them.
    pub notes: Option<String>,
}

#[derive(Serialize, TS)]
pub struct UpdateCheckView {
    /// `None`: this is the newest version.
    pub offer: Option<UpdateOfferView>,
}

#[derive(Serialize, TS)]
pub struct UpdateInstalledView {
    /// The copy of the customer file made just before the install.
    pub backup: String,
}

fn offer_view(update: &tauri_plugin_updater::Update) -> UpdateOfferView {
    UpdateOfferView { version: update.version.clone(), current_version: update.current_version.clone(), notes: update.body.clone() }
}

#[tauri::command]
pub async fn update_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    updates: State<'_, UpdatesState>,
) -> Result<UpdateSettingsView, IpcError> {
    let check_at_start = state.run(|store| Ok(store.setting(CHECK_AT_START)?.as_deref() == Some("on"))).await?;
    Ok(UpdateSettingsView {
        check_at_start,
        current_version: app.package_info().version.to_string(),
        offer: updates.offer().as_ref().map(offer_view),
    })
}

#[tauri::command]
pub async fn set_update_check(state: State<'_, AppState>, on: bool) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.set_setting(CHECK_AT_START, if on { "on" } else { "off" })?)).await
}

/// "Check now": asks the update server. No network gives `update` / `unreachable`; the app
/// goes on as before.
#[tauri::command]
pub async fn check_for_updates<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    updates: State<'_, UpdatesState>,
) -> Result<UpdateCheckView, IpcError> {
    // Read first so a refusal is worded in the shop's language.
    let language = state.run(|store| Ok(super::ui_language(store)?)).await?;
    let found = updates.check(&app).await.map_err(|r| IpcError::from(r).in_language(language))?;
    Ok(UpdateCheckView { offer: found.as_ref().map(offer_view) })
}

/// "Install" (after the shopkeeper confirmed): the offered `version` only, verified, then the
/// customer file backed up, then installed; the app restarts into it.
#[tauri::command]
pub async fn install_update<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    updates: State<'_, UpdatesState>,
    version: String,
) -> Result<UpdateInstalledView, IpcError> {
    let language = state.run(|store| Ok(super::ui_language(store)?)).await?;
    let db = state.path().to_owned();
    let to = version.clone();
    // A future: it runs only once the bundle's signature verified (`UpdatesState::install`).
    let backup = state.run(move |store| {
        let (dir, _) = backup_settings(store, &db)?;
        std::fs::create_dir_all(&dir).map_err(|e| IpcError::writing("backup", e))?;
        let dest = crate::updates::backup_name(&dir, &to, chrono::Local::now().naive_local());
        store.backup_to(&dest)?;
        Ok(dest)
    });
    let copy = updates.install(&version, backup).await.map_err(|e| e.in_language(language))?;
    if updates.restart_after_install {
        app.request_restart();
    }
    Ok(UpdateInstalledView { backup: copy.display().to_string() })
}
