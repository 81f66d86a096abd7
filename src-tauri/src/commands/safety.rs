//! Backups from Settings: where the automatic ones go, a copy now, a restore.

use serde::Serialize;
use ts_rs::TS;
use tauri::{AppHandle, Runtime, State};

use crate::state::{BACKUP_DIR, BACKUP_KEEP, backup_settings};
use crate::{AppState, IpcError};

#[derive(Serialize, TS)]
pub struct BackupInfo {
    pub dir: String,
    pub keep: usize,
    /// The newest automatic copy's file name, if any.
    pub latest: Option<String>,
}

#[tauri::command]
pub async fn backup_info(state: State<'_, AppState>) -> Result<BackupInfo, IpcError> {
    let db = state.path().to_owned();
    state
        .run(move |store| {
            let (dir, keep) = backup_settings(store, &db)?;
            let latest = std::fs::read_dir(&dir)
                .ok()
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.starts_with("fidele-auto-"))
                .max();
            Ok(BackupInfo { dir: dir.display().to_string(), keep, latest })
        })
        .await
}

/// How many automatic copies to keep (1–365).
#[tauri::command]
pub async fn set_backup_keep(state: State<'_, AppState>, keep: usize) -> Result<(), IpcError> {
    if !(1..=365).contains(&keep) {
        return Err(IpcError::invalid("keep", fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotInRange).with("value", keep.to_string()).with("min", 1).with("max", 365)));
    }
    state.run(move |store| Ok(store.set_setting(BACKUP_KEEP, &keep.to_string())?)).await
}

/// Chooses the folder of the automatic backups with a native dialog.
#[tauri::command]
pub async fn choose_backup_dir<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    let files = state.files.clone();
    let title = super::dialog_words(&state, "dialog-backup-folder-title", fidele_words::args![]).await?;
    let chosen = tauri::async_runtime::spawn_blocking(move || files.pick_folder(&app, &title))
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?;
    let Some(dir) = chosen else { return Ok(None) };
    let text = dir.display().to_string();
    let stored = text.clone();
    state.run(move |store| Ok(store.set_setting(BACKUP_DIR, &stored)?)).await?;
    Ok(Some(text))
}

/// A copy now, where the shopkeeper chooses. Returns the file name, or `None` if cancelled.
#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    let files = state.files.clone();
    let date = chrono::Local::now().format("%Y-%m-%d").to_string();
    let name = super::dialog_words(&state, "dialog-file-backup", fidele_words::args!["date" => date]).await?;
    let title = super::dialog_words(&state, "dialog-backup-title", fidele_words::args![]).await?;
    let chosen = tauri::async_runtime::spawn_blocking(move || files.save(&app, &title, &name, ("Fidèle", &["db"])))
        .await
        .map_err(|e| IpcError::internal(e.to_string()))?;
    let Some(dest) = chosen else { return Ok(None) };
    let shown = dest.file_name().map(|n| n.to_string_lossy().into_owned());
    state.run(move |store| Ok(store.backup_to(&dest)?)).await?;
    Ok(shown)
}

/// Restores a backup chosen with the native dialog; the current file is kept aside. An
/// encrypted backup answers `needs_passphrase`: the UI asks for it and calls again with
/// `passphrase`, which restores the same chosen file without a second dialog.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<Option<String>, IpcError> {
    let key = match passphrase.filter(|p| !p.is_empty()) {
        Some(p) => Some(super::passphrase::passphrase("passphrase", p)?),
        None => None,
    };
    let pending = state.pending_restore.lock().unwrap_or_else(|p| p.into_inner()).take();
    let src = match (pending, &key) {
        (Some(src), Some(_)) => src,
        _ => {
            let files = state.files.clone();
            let title = super::dialog_words(&state, "dialog-restore-title", fidele_words::args![]).await?;
            let chosen = tauri::async_runtime::spawn_blocking(move || files.open(&app, &title, ("Fidèle", &["db"])))
                .await
                .map_err(|e| IpcError::internal(e.to_string()))?;
            let Some(src) = chosen else { return Ok(None) };
            src
        }
    };
    match state.restore_from(src.clone(), key).await {
        Ok(kept) => Ok(Some(kept.display().to_string())),
        Err(e) => {
            if matches!(e.kind, crate::error::ErrorKind::NeedsPassphrase | crate::error::ErrorKind::WrongPassphrase) {
                *state.pending_restore.lock().unwrap_or_else(|p| p.into_inner()) = Some(src);
            }
            Err(e)
        }
    }
}
