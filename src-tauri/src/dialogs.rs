//! Native open and save dialogs, opened from Rust so the web view never names a file path.
//!
//! WebDriver cannot click in a native dialog, so the end-to-end tests start the app with
//! `FIDELE_SCRIPTED_DIALOGS=DIR`: a save then writes to `DIR/<suggested name>`, an open
//! takes the newest file in `DIR/to-open/`, and a message is written to `DIR/message.txt`
//! (its title, a blank line, its text) instead of shown. Nothing else changes in those runs.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Runtime};

use crate::IpcError;
use tauri_plugin_dialog::DialogExt;

#[derive(Debug, Clone)]
pub enum FileChooser {
    Native,
    Scripted(PathBuf),
}

impl FileChooser {
    pub fn from_env() -> FileChooser {
        match std::env::var_os("FIDELE_SCRIPTED_DIALOGS").filter(|d| !d.is_empty()) {
            Some(dir) => FileChooser::Scripted(PathBuf::from(dir)),
            None => FileChooser::Native,
        }
    }

    /// Asks where to save; `None` when the shopkeeper cancels. Blocks: call it off the main
    /// thread (commands run it inside `spawn_blocking`).
    pub fn save<R: Runtime>(&self, app: &AppHandle<R>, title: &str, file_name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
        match self {
            FileChooser::Scripted(dir) => Some(dir.join(file_name)),
            FileChooser::Native => app
                .dialog()
                .file()
                .set_title(title)
                .set_file_name(file_name)
                .add_filter(filter.0, filter.1)
                .blocking_save_file()
                .and_then(|p| p.into_path().ok()),
        }
    }

    /// Asks which file to open; `None` when the shopkeeper cancels.
    pub fn open<R: Runtime>(&self, app: &AppHandle<R>, title: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
        match self {
            FileChooser::Scripted(dir) => newest_file(&dir.join("to-open")),
            FileChooser::Native => app
                .dialog()
                .file()
                .set_title(title)
                .add_filter(filter.0, filter.1)
                .blocking_pick_file()
                .and_then(|p| p.into_path().ok()),
        }
    }
}

impl FileChooser {
    /// Asks for a folder; scripted runs answer `DIR/folder`.
    pub fn pick_folder<R: Runtime>(&self, app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
        match self {
            FileChooser::Scripted(dir) => Some(dir.join("folder")),
            FileChooser::Native => app.dialog().file().set_title(title).blocking_pick_folder().and_then(|p| p.into_path().ok()),
        }
    }
}

impl FileChooser {
    /// Shows an error message and waits until it is closed. Blocks: not on the main thread.
    pub fn error_message<R: Runtime>(&self, app: &AppHandle<R>, title: &str, text: &str) {
        match self {
            FileChooser::Scripted(dir) => {
                let _ = std::fs::create_dir_all(dir);
                if let Err(e) = std::fs::write(dir.join("message.txt"), format!("{title}\n\n{text}\n")) {
                    eprintln!("Fidèle: could not write the scripted message: {e}");
                }
            }
            FileChooser::Native => {
                app.dialog().message(text).title(title).kind(tauri_plugin_dialog::MessageDialogKind::Error).blocking_show();
            }
        }
    }
}

fn newest_file(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Runs a dialog off the async threads (it blocks until the shopkeeper answers).
pub(crate) async fn run_dialog<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| IpcError::internal(format!("the dialog stopped: {e}")))
}

/// The name part of a chosen path, which is all the web view is told of it.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
