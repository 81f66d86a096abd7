//! Backups and restore. A backup is a consistent copy taken while the file is in use (SQLite's
//! online backup API), written beside its destination and renamed into place, so a crash
//! never leaves half a backup under the final name. A restore checks the copy first and keeps
//! the current file aside until the copy is in place.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB, OpenFlags};

use crate::{APPLICATION_ID, Error, LATEST_VERSION, Passphrase, Result, Store};

fn io(context: String) -> impl FnOnce(std::io::Error) -> Error {
    move |source| Error::Io { context, source }
}

/// `dest` with a suffix, in the same directory (so renames stay on one file system).
fn beside(dest: &Path, suffix: &str) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

impl Store {
    /// Writes a consistent copy of the whole file to `dest` (replaced if it exists).
    /// The copy of an encrypted file is encrypted with the same passphrase.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let partial = beside(dest, ".partial");
        let _ = std::fs::remove_file(&partial);
        let copied = if self.is_encrypted() { self.export_encrypted(&partial) } else { self.copy_plain(&partial) };
        let result = copied
            .and_then(|()| crate::crypt::sync_file_and_dir(&partial))
            .and_then(|()| std::fs::rename(&partial, dest).map_err(io(format!("could not write {}", dest.display()))));
        if result.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        result
    }
}

impl Store {
    fn copy_plain(&self, partial: &Path) -> Result<()> {
        self.conn().backup(MAIN_DB, partial, None)?;
        // One self-contained file: no WAL beside the copy.
        let copy = Connection::open(partial)?;
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    }

    /// SQLite's backup API does not copy between a keyed connection and an unkeyed one, and
    /// this store does not keep the passphrase. A database attached without a key takes the
    /// main one's key, so the export is encrypted as the file is.
    fn export_encrypted(&self, partial: &Path) -> Result<()> {
        let target = partial.to_str().ok_or_else(|| Error::Io {
            context: format!("{} is not a UTF-8 path", partial.display()),
            source: std::io::ErrorKind::InvalidInput.into(),
        })?;
        let conn = self.conn();
        conn.execute("ATTACH DATABASE ?1 AS fidele_backup", [target])?;
        let exported = crate::crypt::export(conn, "fidele_backup", "main");
        let detached = conn.execute_batch("DETACH DATABASE fidele_backup");
        exported?;
        detached?;
        Ok(())
    }
}

impl Store {
    /// The automatic backup: a copy named by the time into `dir`, keeping the `keep` newest
    /// automatic copies there and deleting older ones. Returns the new copy's path.
    pub fn rotate_backups(&self, dir: &Path, keep: usize, now: chrono::NaiveDateTime) -> Result<PathBuf> {
        std::fs::create_dir_all(dir).map_err(io(format!("could not create {}", dir.display())))?;
        let dest = dir.join(format!("{AUTO_PREFIX}{}.db", now.format("%Y-%m-%d-%H%M%S")));
        self.backup_to(&dest)?;
        let mut copies: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io(format!("could not read {}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(AUTO_PREFIX) && n.ends_with(".db")))
            .collect();
        // The names sort by time.
        copies.sort();
        let excess = copies.len().saturating_sub(keep.max(1));
        for old in &copies[..excess] {
            std::fs::remove_file(old).map_err(io(format!("could not remove the old backup {}", old.display())))?;
        }
        Ok(dest)
    }
}

/// Automatic copies are named `fidele-auto-YYYY-MM-DD-HHMMSS.db`; copies the shopkeeper made by
/// hand in the same folder are never rotated away.
const AUTO_PREFIX: &str = "fidele-auto-";

/// What is wrong with a file offered as a backup, before anything is replaced (read-only). An
/// encrypted backup needs its passphrase.
pub fn check_backup(src: &Path, key: Option<&Passphrase>) -> Result<()> {
    let name = src.display().to_string();
    let conn = match crate::crypt::open_read_only(src, key) {
        Ok(conn) => conn,
        Err(e @ (Error::NeedsPassphrase(_) | Error::WrongPassphrase(_))) => return Err(e),
        Err(_) => return Err(Error::NotAFideleFile(name)),
    };
    let app_id = conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0)).map_err(|_| Error::NotAFideleFile(name.clone()))?;
    if app_id != APPLICATION_ID {
        return Err(Error::NotAFideleFile(name));
    }
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > LATEST_VERSION {
        return Err(Error::TooNew { found: version, supported: LATEST_VERSION });
    }
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(Error::Corrupt(format!("{name}: {verdict}")));
    }
    Ok(())
}

/// Replaces the customer file at `db` with the backup `src`, after checking the backup is a
/// whole Fidèle file this version can open. The current file is kept as `db.before-restore`
/// until the backup is in place, and put back if anything fails. Nothing may have `db` open.
/// Returns where the previous file was kept.
pub fn restore(db: &Path, src: &Path) -> Result<PathBuf> {
    restore_with(db, src, None)
}

/// [`restore`] of a backup that may be encrypted: `key` is the backup's passphrase, and the
/// restored file keeps it.
pub fn restore_with(db: &Path, src: &Path, key: Option<&Passphrase>) -> Result<PathBuf> {
    let key = if crate::crypt::is_encrypted(src)? { key } else { None };
    check_backup(src, key)?;
    let staged = beside(db, ".restoring");
    let kept = beside(db, ".before-restore");
    let _ = std::fs::remove_file(&staged);
    // Copy through SQLite, not the file system: it reads a consistent state even if the
    // backup has a WAL beside it.
    let copied = match key {
        Some(key) => crate::crypt::write_copy(src, &staged, Some(key), Some(key)),
        None => (|| {
            let source = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            source.backup(MAIN_DB, &staged, None)?;
            Connection::open(&staged)?.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })(),
    };
    if let Err(e) = copied.and_then(|()| crate::crypt::sync_file_and_dir(&staged)) {
        let _ = std::fs::remove_file(&staged);
        return Err(e);
    }
    if db.exists() {
        if crate::crypt::is_encrypted(db)? {
            // No key for the current file here: set it aside with its WAL, which stays its own.
            let wal = beside(db, "-wal");
            if wal.exists() {
                std::fs::rename(&wal, beside(&kept, "-wal")).map_err(io(format!("could not set {} aside", wal.display())))?;
            }
        } else {
            // Fold the current WAL into the file so what is kept aside is whole on its own.
            Connection::open(db)?.pragma_update(None, "journal_mode", "DELETE")?;
        }
        let _ = std::fs::remove_file(beside(db, "-shm"));
        std::fs::rename(db, &kept).map_err(io(format!("could not set {} aside", db.display())))?;
    }
    if let Err(e) = std::fs::rename(&staged, db) {
        if kept.exists() {
            let _ = std::fs::rename(&kept, db);
        }
        return Err(io(format!("could not put the backup in place at {}", db.display()))(e));
    }
    // The restored file must open (and migrate, if it is older) before we call it done.
    if let Err(e) = Store::open_with(db, key) {
        let _ = std::fs::rename(&kept, db);
        return Err(e);
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::CustomerDraft;

    fn dump(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search_%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut rows = Vec::new();
        for t in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1")).unwrap();
            let n = stmt.column_count();
            let mut q = stmt.query([]).unwrap();
            while let Some(r) = q.next().unwrap() {
                let values: Vec<String> = (0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        other => format!("{other:?}"),
                    })
                    .collect();
                rows.push(format!("{t}: {}", values.join(", ")));
            }
        }
        rows
    }

    #[test]
    fn a_backup_restores_to_an_identical_file() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let copy = dir.path().join("backups/shop-2026-11-23.db");
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        let mut store = Store::open(&db).unwrap();
        store.add_customer(CustomerDraft { first_name: "Zoë".into(), last_name: "Lœillet".into(), ..Default::default() }, &[], "").unwrap();
        store.backup_to(&copy).unwrap();
        let at_backup = dump(&db);
        store.add_customer(CustomerDraft { last_name: "Après la sauvegarde".into(), ..Default::default() }, &[], "").unwrap();
        drop(store);
        assert_ne!(dump(&db), at_backup);

        let kept = restore(&db, &copy).unwrap();
        assert_eq!(dump(&db), at_backup, "the restored file is the backup, row for row");
        let kept_rows = dump(&kept);
        assert!(kept_rows.iter().any(|r| r.contains("Après la sauvegarde")), "the previous file was kept aside");
        assert!(Store::open(&db).unwrap().check_integrity().unwrap().is_empty());
    }

    #[test]
    fn automatic_backups_rotate_and_spare_hand_made_copies() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("shop.db")).unwrap();
        let backups = dir.path().join("backups");
        std::fs::create_dir_all(&backups).unwrap();
        std::fs::write(backups.join("ma-copie.db"), b"kept").unwrap();
        let at = |h: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(h, 0, 0).unwrap();
        for h in 8..13 {
            store.rotate_backups(&backups, 3, at(h)).unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        assert_eq!(
            names,
            ["fidele-auto-2026-11-23-100000.db", "fidele-auto-2026-11-23-110000.db", "fidele-auto-2026-11-23-120000.db", "ma-copie.db"]
        );
        check_backup(&backups.join("fidele-auto-2026-11-23-120000.db"), None).unwrap();
    }

    #[test]
    fn a_broken_or_foreign_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let mut store = Store::open(&db).unwrap();
        store.add_customer(CustomerDraft { last_name: "Peeters".into(), ..Default::default() }, &[], "").unwrap();
        drop(store);
        let before = dump(&db);
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a database at all, just bytes").unwrap();
        assert!(matches!(restore(&db, &junk), Err(Error::NotAFideleFile(_))));
        let other = dir.path().join("other.db");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        assert!(matches!(restore(&db, &other), Err(Error::NotAFideleFile(_))));
        let future = dir.path().join("future.db");
        Store::open(&future).unwrap().backup_to(&dir.path().join("f2.db")).unwrap();
        Connection::open(dir.path().join("f2.db")).unwrap().pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
        assert!(matches!(restore(&db, &dir.path().join("f2.db")), Err(Error::TooNew { .. })));
        assert_eq!(dump(&db), before);
        assert!(!beside(&db, ".before-restore").exists());
    }
}
