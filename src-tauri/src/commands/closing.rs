//! Closing the window with a form half filled: the UI says when it holds changes not saved
//! yet, so that a close request asks first (see `window::CloseGuard`), and closes once the
//! shopkeeper chose to.

use tauri::{Runtime, State, WebviewWindow};

use crate::IpcError;
use crate::window::CloseGuard;

/// Whether some form holds changes not saved (the UI's drafts), sent each time that changes.
#[tauri::command]
pub async fn set_unsaved_work(guard: State<'_, CloseGuard>, unsaved: bool) -> Result<(), IpcError> {
    guard.set_unsaved(unsaved);
    Ok(())
}

/// Closes the window after the shopkeeper chose to lose the changes not saved.
#[tauri::command]
pub async fn close_window<R: Runtime>(guard: State<'_, CloseGuard>, window: WebviewWindow<R>) -> Result<(), IpcError> {
    guard.confirm();
    window.close().map_err(|e| IpcError::internal(e.to_string()))
}
