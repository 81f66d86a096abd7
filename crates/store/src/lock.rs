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
        let mut name = db.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
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

#[cfg(test)]
mod tests {
    use super::*;

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
