//! The app's managed state: the open customer file, held behind a mutex, plus the lock that
//! keeps a second Fidèle away from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fidele_store::{InstanceLock, Passphrase, Store};

use crate::IpcError;
use crate::dialogs::FileChooser;
use crate::jobs::Jobs;

pub struct AppState {
    /// `None` while an encrypted file waits for its passphrase (the unlock screen).
    store: Arc<Mutex<Option<Store>>>,
    path: PathBuf,
    pub jobs: Jobs,
    pub files: FileChooser,
    pub(crate) analysis: crate::commands::analysis::AnalysisCache,
    pub(crate) import_files: crate::commands::interchange::ChosenFiles,
    pub(crate) last_card_run: Mutex<Option<crate::commands::cards::Generated>>,
    /// A backup chosen for a restore that waits for the backup's passphrase.
    pub(crate) pending_restore: Mutex<Option<PathBuf>>,
    /// The file or its folder cannot be written: it is read through a read-only connection,
    /// which refuses every write (`read_only`), and the UI shows a banner.
    read_only: bool,
    /// `None` only for a read-only file, whose folder may not hold the lock file; nothing can
    /// be written through this app then, so a second one does no harm.
    _lock: Option<InstanceLock>,
}

impl AppState {
    /// Takes the file's lock and opens it; an encrypted file is left closed until
    /// [`AppState::unlock`] gets its passphrase.
    /// A file that cannot be written (a read-only file, folder or disk) opens read-only.
    pub fn open(path: &Path) -> Result<AppState, fidele_store::Error> {
        let read_only = path.exists() && !fidele_store::is_writable(path);
        let lock = if read_only { InstanceLock::acquire(path).ok() } else { Some(InstanceLock::acquire(path)?) };
        let store = if fidele_store::is_encrypted(path)? { None } else { Some(open_store(path, None, read_only)?) };
        Ok(AppState {
            store: Arc::new(Mutex::new(store)),
            path: path.to_owned(),
            jobs: Jobs::default(),
            files: FileChooser::from_env(),
            analysis: Default::default(),
            import_files: Default::default(),
            last_card_run: Default::default(),
            pending_restore: Default::default(),
            read_only,
            _lock: lock,
        })
    }

    /// The automatic backups: one now, then one a day while the app runs, into the folder
    /// chosen in Settings (default: `backups/` beside the customer file), keeping the newest
    /// ones. A failure is reported on stderr and retried at the next turn; it never stops the app.
    /// Not for a read-only file: it cannot change, and its folder usually holds the backups.
    pub fn spawn_backups(&self) {
        if self.read_only {
            return;
        }
        let store = Arc::clone(&self.store);
        let path = self.path.clone();
        std::thread::spawn(move || loop {
            let outcome = {
                let guard = store.lock().unwrap_or_else(|p| p.into_inner());
                // Locked (an encrypted file not yet opened): look again shortly.
                guard.as_ref().map(|store| {
                    backup_settings(store, &path).and_then(|(dir, keep)| store.rotate_backups(&dir, keep, chrono::Local::now().naive_local()))
                })
            };
            match outcome {
                None => {
                    std::thread::sleep(std::time::Duration::from_secs(2));
                    continue;
                }
                Some(Err(e)) => eprintln!("Fidèle: automatic backup failed: {e}"),
                Some(Ok(_)) => {}
            }
            std::thread::sleep(std::time::Duration::from_secs(24 * 60 * 60));
        });
    }

    /// Whether the file is encrypted, and whether it still waits for its passphrase.
    pub fn lock_status(&self) -> (bool, bool) {
        let guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_ref() {
            Some(store) => (store.is_encrypted(), false),
            None => (true, true),
        }
    }

    /// Opens the encrypted file with `passphrase` (nothing to do if it is open already).
    pub async fn unlock(&self, passphrase: Passphrase) -> Result<(), IpcError> {
        let path = self.path.clone();
        let read_only = self.read_only;
        self.blocking(move |slot| {
            if slot.is_none() {
                *slot = Some(open_store(&path, Some(&passphrase), read_only)?);
            }
            Ok(())
        })
        .await
    }

    /// Sets (`current` none), changes, or removes (`new` none) the file's passphrase. The file
    /// is closed while it is rewritten and opened again with the passphrase it then has.
    pub async fn change_passphrase(&self, current: Option<Passphrase>, new: Option<Passphrase>) -> Result<(), IpcError> {
        let path = self.path.clone();
        self.blocking(move |slot| {
            let Some(store) = slot.as_ref() else { return Err(fidele_store::Error::NeedsPassphrase(path.display().to_string()).into()) };
            let current = if store.is_encrypted() {
                let current = current.ok_or_else(|| IpcError::invalid("current", fidele_domain::Refusal::new(fidele_domain::ErrorCode::PassphraseMissing)))?;
                // Checked while the file is still open: a wrong one changes nothing.
                fidele_store::check_passphrase(&path, Some(&current)).map_err(|e| match e {
                    fidele_store::Error::WrongPassphrase(_) => IpcError::invalid("current", fidele_domain::Refusal::new(fidele_domain::ErrorCode::PassphraseWrong)),
                    other => other.into(),
                })?;
                Some(current)
            } else {
                None
            };
            // Close the file: it is replaced on disk.
            *slot = None;
            let result = fidele_store::change_passphrase(&path, current.as_ref(), new.as_ref());
            let key = if result.is_ok() { new.as_ref() } else { current.as_ref() };
            *slot = Some(Store::open_with(&path, key)?);
            Ok(result?)
        })
        .await
    }

    /// Replaces the open customer file with a checked backup (see `fidele_store::restore_with`);
    /// `passphrase` is the backup's, if it is encrypted, and the restored file keeps it.
    pub async fn restore_from(&self, backup: PathBuf, passphrase: Option<Passphrase>) -> Result<PathBuf, IpcError> {
        let path = self.path.clone();
        let cache = Arc::clone(&self.analysis);
        self.blocking(move |slot| {
            // Checked while the current file is open: a backup that cannot be restored (or
            // needs its passphrase) changes nothing.
            fidele_store::check_backup(&backup, passphrase.as_ref())?;
            let was = slot.as_ref().map(|s| s.is_encrypted());
            // Close the file: the restore replaces it on disk.
            *slot = None;
            let result = fidele_store::restore_with(&path, &backup, passphrase.as_ref());
            cache.forget();
            match (&result, was) {
                (Ok(_), _) => *slot = Some(Store::open_with(&path, passphrase.as_ref())?),
                // The previous file is back; without its passphrase here, the unlock screen asks.
                (Err(_), Some(false)) => *slot = Some(Store::open(&path)?),
                (Err(_), _) => {}
            }
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

    /// Whether the file was opened read-only (see [`AppState::open`]).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Runs `f` on the store off the async runtime's threads: SQLite calls block, and the
    /// UI's next request must not wait behind them on the main thread.
    /// An encrypted file not yet unlocked answers `needs_passphrase`.
    pub async fn run<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, IpcError> + Send + 'static,
    {
        let path = self.path.clone();
        self.blocking(move |slot| match slot.as_mut() {
            Some(store) => f(store),
            None => Err(fidele_store::Error::NeedsPassphrase(path.display().to_string()).into()),
        })
        .await
    }

    /// [`AppState::run`] on the slot itself, open or not.
    async fn blocking<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Option<Store>) -> Result<T, IpcError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let path = self.path.clone();
        tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the store itself is still consistent
            // (every write is a transaction), so carry on with it.
            let mut guard = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard).map_err(|e| {
                // Worded in the language of the file the command ran on.
                let language = guard.as_ref().and_then(|store| crate::commands::ui_language(store).ok());
                let e = e.naming_the_writer(&path);
                match language {
                    Some(l) => e.in_language(l),
                    None => e,
                }
            })
        })
        .await
        .map_err(|e| IpcError::internal(format!("the task stopped: {e}")))?
    }
}

fn open_store(path: &Path, key: Option<&Passphrase>, read_only: bool) -> Result<Store, fidele_store::Error> {
    if read_only { Store::open_read_only(path, key) } else { Store::open_with(path, key) }
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
