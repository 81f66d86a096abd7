//! Encryption at rest: the unlock screen of an encrypted file, and setting, changing or
//! removing its passphrase from Settings.

use fidele_store::Passphrase;
use serde::Serialize;
use ts_rs::TS;
use tauri::State;

use crate::{AppState, IpcError};

#[derive(Serialize, TS)]
pub struct LockStatus {
    /// The file is protected by a passphrase.
    pub encrypted: bool,
    /// It is, and has not been opened yet: the UI shows the unlock screen.
    pub locked: bool,
    pub db_path: String,
}

/// A typed passphrase, refused (naming `field`) when empty.
pub(crate) fn passphrase(field: &str, text: String) -> Result<Passphrase, IpcError> {
    Passphrase::new(text).map_err(|e| match e {
        fidele_store::Error::Invalid(invalid) => {
            let mut fields = invalid.errors;
            fields.iter_mut().for_each(|f| f.field = field.to_owned());
            fidele_store::Error::Invalid(fidele_domain::Invalid { errors: fields }).into()
        }
        other => other.into(),
    })
}

fn optional(field: &str, text: Option<String>) -> Result<Option<Passphrase>, IpcError> {
    text.filter(|t| !t.is_empty()).map(|t| passphrase(field, t)).transpose()
}

#[tauri::command]
pub async fn lock_status(state: State<'_, AppState>) -> Result<LockStatus, IpcError> {
    let (encrypted, locked) = state.lock_status();
    Ok(LockStatus { encrypted, locked, db_path: state.path().display().to_string() })
}

/// Opens the encrypted file. A wrong passphrase answers `wrong_passphrase`; the file is untouched.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<(), IpcError> {
    let key = self::passphrase("passphrase", passphrase)?;
    state.unlock(key).await
}

/// Sets (no `current`), changes, or removes (no `replacement`) the passphrase.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    replacement: Option<String>,
) -> Result<LockStatus, IpcError> {
    let current = optional("current", current)?;
    let replacement = optional("replacement", replacement)?;
    state.change_passphrase(current, replacement).await?;
    lock_status(state).await
}
