//! One program at a time writes a customer file from the app: a lock file beside it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Held for as long as the app has the file open; released when dropped or when the process
/// dies (the OS drops advisory locks with the process, so a crash leaves no stale lock).
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    pub fn acquire(db: &Path) -> Result<InstanceLock> {
        let path = beside(db, ".lock");
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { context: format!("could not create {}", dir.display()), source })?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Io { context: format!("could not open {}", path.display()), source })?;
        match file.try_lock() {
            Ok(()) => Ok(InstanceLock { _file: file, path }),
            Err(TryLockError::WouldBlock) => Err(Error::Locked(db.display().to_string())),
            Err(TryLockError::Error(source)) => Err(Error::Io { context: format!("could not lock {}", path.display()), source }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// What holds a customer file's write, as another process can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// A customer or purchase import (it may hold the file for many seconds).
    Import,
    /// The Fidèle app (or `fidele passphrase`) has the file open.
    App,
    /// Another program; nothing says which.
    Other,
}

impl Writer {
    pub fn code(self) -> &'static str {
        match self {
            Writer::Import => "import",
            Writer::App => "app",
            Writer::Other => "other",
        }
    }
}

/// Says, while it is held, that a long write runs on a file: `<file>.writing` holds what writes
/// (`import`), under an advisory lock. The lock is what counts: a killed process leaves a file
/// nobody locks, which says nothing.
#[derive(Debug)]
pub struct WriteNote {
    _file: File,
    path: PathBuf,
}

impl Drop for WriteNote {
    /// Tidy: the note goes with the write (still locked while it is removed).
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl WriteNote {
    /// `None` when another write holds the note already (this one will wait for it anyway).
    pub fn acquire(db: &Path, what: Writer) -> Option<WriteNote> {
        use std::io::Write;
        let path = beside(db, ".writing");
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path).ok()?;
        file.try_lock().ok()?;
        file.set_len(0).ok()?;
        (&file).write_all(what.code().as_bytes()).ok()?;
        Some(WriteNote { _file: file, path })
    }
}

/// Who is writing to `db`, asked when a write found it busy: an import that holds its
/// [`WriteNote`], else the app that holds its [`InstanceLock`], else [`Writer::Other`].
/// Creates nothing.
pub fn who_writes(db: &Path) -> Writer {
    let held = |suffix: &str| -> Option<File> {
        let file = OpenOptions::new().read(true).open(beside(db, suffix)).ok()?;
        match file.try_lock_shared() {
            Err(TryLockError::WouldBlock) => Some(file),
            _ => None,
        }
    };
    if let Some(mut note) = held(".writing") {
        let mut what = String::new();
        let _ = std::io::Read::read_to_string(&mut note, &mut what);
        if what.trim() == Writer::Import.code() {
            return Writer::Import;
        }
    }
    if held(".lock").is_some() {
        return Writer::App;
    }
    Writer::Other
}

fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_writes_reads_the_note_and_the_lock_while_they_are_held() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        assert_eq!(who_writes(&db), Writer::Other);
        let app = InstanceLock::acquire(&db).unwrap();
        assert_eq!(who_writes(&db), Writer::App);
        let note = WriteNote::acquire(&db, Writer::Import).unwrap();
        assert!(WriteNote::acquire(&db, Writer::Import).is_none(), "one note at a time");
        assert_eq!(who_writes(&db), Writer::Import);
        drop(note);
        assert!(!dir.path().join("shop.db.writing").exists(), "the note goes with the write");
        assert_eq!(who_writes(&db), Writer::App);
        std::fs::write(dir.path().join("shop.db.writing"), "import").unwrap();
        assert_eq!(who_writes(&db), Writer::App, "a note nobody holds (a killed import's) says nothing");
        drop(app);
        assert_eq!(who_writes(&db), Writer::Other);
    }

    #[test]
    fn second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let first = InstanceLock::acquire(&db).unwrap();
        assert!(matches!(InstanceLock::acquire(&db), Err(Error::Locked(_))));
        drop(first);
        InstanceLock::acquire(&db).unwrap();
    }
}
