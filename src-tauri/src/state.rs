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
            _lock: lock,
        })
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
