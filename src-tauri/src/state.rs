//! The app's managed state: the open customer file, held behind a mutex, plus the lock that
//! keeps a second Fidèle away from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fidele_store::{InstanceLock, Store};

use crate::IpcError;
use crate::dialogs::FileChooser;
use crate::jobs::Jobs;

pub struct AppState {
    store: Arc<Mutex<Store>>,
    path: PathBuf,
    pub jobs: Jobs,
    pub files: FileChooser,
    pub(crate) analysis: crate::commands::analysis::AnalysisCache,
    pub(crate) import_files: crate::commands::interchange::ChosenFiles,
    pub(crate) last_card_run: Mutex<Option<crate::commands::cards::Generated>>,
    _lock: InstanceLock,
}

impl AppState {
    pub fn open(path: &Path) -> Result<AppState, fidele_store::Error> {
        let lock = InstanceLock::acquire(path)?;
        let store = Store::open(path)?;
        Ok(AppState {
            store: Arc::new(Mutex::new(store)),
            path: path.to_owned(),
            jobs: Jobs::default(),
            files: FileChooser::from_env(),
            analysis: Default::default(),
            import_files: Default::default(),
            last_card_run: Default::default(),
            _lock: lock,
        })
    }

    /// The automatic backups: one now, then one a day while the app runs, into the folder
    /// chosen in Settings (default: `backups/` beside the customer file), keeping the newest
    /// ones. A failure is reported on stderr and retried at the next turn; it never stops the app.
    pub fn spawn_backups(&self) {
        let store = Arc::clone(&self.store);
        let path = self.path.clone();
        std::thread::spawn(move || loop {
            let outcome = {
                let guard = store.lock().unwrap_or_else(|p| p.into_inner());
                backup_settings(&guard, &path).and_then(|(dir, keep)| guard.rotate_backups(&dir, keep, chrono::Local::now().naive_local()))
            };
            if let Err(e) = outcome {
                eprintln!("Fidèle: automatic backup failed: {e}");
            }
            std::thread::sleep(std::time::Duration::from_secs(24 * 60 * 60));
        });
    }

    /// Replaces the open customer file with a checked backup (see `fidele_store::restore`).
    pub async fn restore_from(&self, backup: PathBuf) -> Result<PathBuf, IpcError> {
        let path = self.path.clone();
        let cache = Arc::clone(&self.analysis);
        self.run(move |store| {
            // Close the file: the restore replaces it on disk.
            let open = std::mem::replace(store, Store::open_in_memory()?);
            drop(open);
            let result = fidele_store::restore(&path, &backup);
            *store = Store::open(&path)?;
            *cache.lock().unwrap_or_else(|p| p.into_inner()) = None;
            Ok(result?)
        })
        .await
    }

    /// Dialogs answered from `dir` instead of shown (see [`FileChooser`]); for tests.
    pub fn with_scripted_dialogs(mut self, dir: &Path) -> AppState {
        self.files = FileChooser::Scripted(dir.to_owned());
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the store off the async runtime's threads: SQLite calls block, and the
    /// UI's next request must not wait behind them on the main thread.
    pub async fn run<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, IpcError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the store itself is still consistent
            // (every write is a transaction), so carry on with it.
            let mut guard = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| IpcError::internal(format!("the task stopped: {e}")))?
    }
}

/// Settings keys of the automatic backups.
pub const BACKUP_DIR: &str = "backup.dir";
pub const BACKUP_KEEP: &str = "backup.keep";

/// Where automatic backups go and how many are kept.
pub fn backup_settings(store: &Store, db: &Path) -> Result<(PathBuf, usize), fidele_store::Error> {
    let dir = match store.setting(BACKUP_DIR)? {
        Some(d) if !d.trim().is_empty() => PathBuf::from(d),
        _ => db.parent().unwrap_or(Path::new(".")).join("backups"),
    };
    let keep = store.setting(BACKUP_KEEP)?.and_then(|k| k.parse().ok()).unwrap_or(10);
    Ok((dir, keep))
}
