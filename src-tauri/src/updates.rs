//! Updates, only when the shopkeeper asks: look at the update server, offer what it has, and on
//! "Install" download the bundle, verify its signature against the public key compiled into the
//! app (`tauri.conf.json`'s `plugins.updater.pubkey`), back the customer file up, then install.
//! Nothing here words anything: a refusal is a [`Refused`] reason, worded by `error-kind-update`.
//!
//! The install step is injected ([`UpdatesState::new`]): the app's installs the package (and the
//! app restarts into it), the tests' records what it was given, so `make test` installs nothing.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Runtime, Url};
use tauri_plugin_updater::{Error as UpdaterError, Update, UpdaterExt};

use crate::IpcError;

/// Settings key: `on` lets the app look for an update once when it starts. Absent: off, the
/// shop works offline and nothing reaches the network unless asked.
pub const CHECK_AT_START: &str = "updates.check";

/// Why an update was not offered or not installed (`error-kind-update`'s `reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No network, the server is down or answered with an error.
    Unreachable,
    /// The server answered something that is not an update manifest for this computer.
    Unreadable,
    /// The bundle's signature is not by the key the app trusts (or the bundle was altered).
    BadSignature,
    /// The customer file could not be backed up: nothing was installed.
    BackupFailed,
    /// The package manager refused, or the shopkeeper cancelled its password prompt.
    InstallFailed,
    /// "Install" without a current offer (the app restarted, or it was installed already).
    NotOffered,
}

impl Refused {
    pub fn code(self) -> &'static str {
        match self {
            Refused::Unreachable => "unreachable",
            Refused::Unreadable => "unreadable",
            Refused::BadSignature => "bad-signature",
            Refused::BackupFailed => "backup-failed",
            Refused::InstallFailed => "install-failed",
            Refused::NotOffered => "not-offered",
        }
    }

    /// What the updater's error means for the shopkeeper. The plugin's error is an enum: it is
    /// matched, never its text.
    pub fn of(e: &UpdaterError) -> Refused {
        match e {
            UpdaterError::Reqwest(_) | UpdaterError::Network(_) | UpdaterError::Io(_) => Refused::Unreachable,
            UpdaterError::Minisign(_) | UpdaterError::Base64(_) | UpdaterError::SignatureUtf8(_) => Refused::BadSignature,
            _ => Refused::Unreadable,
        }
    }
}

impl From<Refused> for IpcError {
    fn from(r: Refused) -> IpcError {
        IpcError::update(r.code())
    }
}

/// Installs verified bytes. The app's: the plugin's install (dpkg, rpm or the AppImage swap,
/// through the system's password prompt).
pub type Installer = Arc<dyn Fn(&Update, &[u8]) -> Result<(), UpdaterError> + Send + Sync>;

/// The updater's state in the app: where it looks, the key it trusts, how it installs, and the
/// offer the shopkeeper was last shown.
pub struct UpdatesState {
    endpoint: Option<Url>,
    pubkey: Option<String>,
    installer: Installer,
    /// The app restarts into the new version once installed (not the tests').
    pub restart_after_install: bool,
    offer: Mutex<Option<Update>>,
}

impl UpdatesState {
    /// The app's: `tauri.conf.json`'s endpoint and public key, the plugin's install. In a debug
    /// build only (what `make test`'s e2e drives), `FIDELE_UPDATE_ENDPOINT` points it at a local
    /// server: a shop's release build never lets its environment choose where its code comes from.
    pub fn from_config() -> UpdatesState {
        let endpoint = if cfg!(debug_assertions) {
            std::env::var("FIDELE_UPDATE_ENDPOINT").ok().and_then(|u| u.parse().ok())
        } else {
            None
        };
        UpdatesState {
            endpoint,
            pubkey: None,
            installer: Arc::new(|update: &Update, bytes: &[u8]| update.install(bytes)),
            restart_after_install: true,
            offer: Mutex::new(None),
        }
    }

    /// Another endpoint, key and install step: for tests, which serve bundles signed by their own
    /// throwaway key and must not install a package on the machine.
    pub fn new(endpoint: Url, pubkey: String, installer: Installer) -> UpdatesState {
        UpdatesState { endpoint: Some(endpoint), pubkey: Some(pubkey), installer, restart_after_install: false, offer: Mutex::new(None) }
    }

    /// Asks the update server. `Some` when it has a newer version than this one; that offer is
    /// kept for [`UpdatesState::install`].
    pub async fn check<R: Runtime>(&self, app: &AppHandle<R>) -> Result<Option<Update>, Refused> {
        let mut builder = app.updater_builder().timeout(std::time::Duration::from_secs(30));
        if let Some(endpoint) = &self.endpoint {
            builder = builder.endpoints(vec![endpoint.clone()]).map_err(|e| Refused::of(&e))?;
        }
        if let Some(pubkey) = &self.pubkey {
            builder = builder.pubkey(pubkey.clone());
        }
        let updater = builder.build().map_err(|e| Refused::of(&e))?;
        let found = updater.check().await.map_err(|e| Refused::of(&e))?;
        *self.offer.lock().unwrap_or_else(|p| p.into_inner()) = found.clone();
        Ok(found)
    }

    /// The offer last found, if any.
    pub fn offer(&self) -> Option<Update> {
        self.offer.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Installs the offered `version`: downloads it, refuses it unless its signature verifies,
    /// then `backup` (which must succeed: otherwise nothing is installed), then the install
    /// step. Answers the backup's path. `backup` is a future, so it runs only once awaited here.
    pub async fn install(
        &self,
        version: &str,
        backup: impl std::future::Future<Output = Result<PathBuf, IpcError>>,
    ) -> Result<PathBuf, IpcError> {
        let update = self.offer().filter(|u| u.version == version).ok_or(Refused::NotOffered)?;
        let bytes = update.download(|_, _| {}, || {}).await.map_err(|e| Refused::of(&e))?;
        let copy = backup.await.map_err(|_| Refused::BackupFailed)?;
        // Whatever stops the install (the password prompt cancelled, dpkg refusing, a file it
        // cannot write) leaves the old version in place: one reason for all of them.
        (self.installer)(&update, &bytes).map_err(|_| Refused::InstallFailed)?;
        self.offer.lock().unwrap_or_else(|p| p.into_inner()).take();
        Ok(copy)
    }
}

/// When the shopkeeper turned "look for updates when Fidèle starts" on: one look, in the
/// background; what it finds waits in Settings → Updates. A failure says nothing: the shop
/// may well be offline, and "Check now" words it when asked.
pub fn check_at_start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        use tauri::Manager;
        let state = app.state::<crate::AppState>();
        let on = state.run(|store| Ok(store.setting(CHECK_AT_START)?.as_deref() == Some("on"))).await;
        if matches!(on, Ok(true)) {
            let _ = app.state::<UpdatesState>().check(&app).await;
        }
    });
}

/// The backup made before an update, in the folder of the automatic backups, named so the
/// shopkeeper recognises it: `fidele-before-update-to-0.2.0-2026-12-03-201500.db`.
pub fn backup_name(dir: &Path, version: &str, now: chrono::NaiveDateTime) -> PathBuf {
    let version: String = version.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')).collect();
    dir.join(format!("fidele-before-update-to-{version}-{}.db", now.format("%Y-%m-%d-%H%M%S")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backup_before_an_update_names_the_version_and_the_time() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_hms_opt(20, 15, 0).unwrap();
        assert_eq!(
            backup_name(Path::new("/b"), "0.2.0", now),
            PathBuf::from("/b/fidele-before-update-to-0.2.0-2026-12-03-201500.db")
        );
        assert_eq!(backup_name(Path::new("/b"), "../0.2", now), PathBuf::from("/b/fidele-before-update-to-..0.2-2026-12-03-201500.db"));
    }
}
