//! Encryption at rest: a customer file may be protected by a passphrase (SQLCipher).
//!
//! A plain file and an encrypted one are both SQLite files; only the first 16 bytes tell them
//! apart ("SQLite format 3\0" in clear, a random salt when encrypted). The passphrase is given
//! to SQLCipher as the connection's first statement and kept only in zeroized buffers here.
//!
//! Setting, changing or removing the passphrase writes a new copy beside the file, checks it,
//! syncs it and renames it over the old one: until that rename the old file is intact, and a
//! crash leaves either the old file or the new one, never half of each.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::{Error, Result};

/// A passphrase, wiped from memory when dropped. Never printed (no `Debug` of its text).
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Takes the passphrase as typed. Refused when empty (an empty key means "no encryption"
    /// to SQLCipher) or when it holds a NUL character.
    pub fn new(text: impl Into<String>) -> Result<Passphrase> {
        let text = Zeroizing::new(text.into());
        if text.is_empty() {
            return Err(fidele_domain::Invalid::one(fidele_domain::FieldError::new("passphrase", fidele_domain::ErrorCode::PassphraseEmpty)).into());
        }
        if text.contains('\0') {
            return Err(fidele_domain::Invalid::one(fidele_domain::FieldError::new("passphrase", fidele_domain::ErrorCode::PassphraseNul)).into());
        }
        Ok(Passphrase(text))
    }

    /// Whether two typed passphrases are the same (the "type it again" check).
    pub fn same_as(&self, other: &Passphrase) -> bool {
        self.0.as_bytes() == other.0.as_bytes()
    }

    /// `'text'` as an SQL literal, in a buffer wiped when dropped.
    fn literal(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(self.0.len() + 2));
        out.push('\'');
        for c in self.0.chars() {
            if c == '\'' {
                out.push('\'');
            }
            out.push(c);
        }
        out.push('\'');
        out
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether the file at `path` is encrypted: it exists, is whole pages long, and does not start
/// with SQLite's plain header. (Random bytes of such a length also answer `true`; opening them
/// with a passphrase then fails as a wrong passphrase would.)
pub fn is_encrypted(path: &Path) -> Result<bool> {
    use std::io::Read;
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(source) => return Err(Error::Io { context: format!("could not read {}", path.display()), source }),
    };
    // A database file is whole pages (512 bytes at the least, a power of two): anything else
    // is not a database, encrypted or not.
    if len < 512 || len % 512 != 0 {
        return Ok(false);
    }
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(source) => return Err(Error::Io { context: format!("could not read {}", path.display()), source }),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => return Err(Error::Io { context: format!("could not read {}", path.display()), source }),
        }
    }
    Ok(read == header.len() && &header != PLAIN_HEADER)
}

/// SQLCipher logs a wrong key to stderr ("hmac check failed"); the error it returns says it
/// already, in words this crate chooses. Its log level is process-wide: set once.
fn quiet_sqlcipher() {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| {
        if let Ok(conn) = Connection::open_in_memory() {
            let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
        }
    });
}

/// Gives the key to a fresh connection: must be its first statement.
pub(crate) fn apply_key(conn: &Connection, key: &Passphrase) -> Result<()> {
    quiet_sqlcipher();
    let mut sql = Zeroizing::new(String::from("PRAGMA key = "));
    sql.push_str(&key.literal());
    conn.execute_batch(&sql)?;
    Ok(())
}

/// Reads the first page: the only way to learn whether the key was right. SQLCipher answers
/// "file is not a database" (SQLITE_NOTADB) to a wrong key.
pub(crate) fn verify_key(conn: &Connection, name: &str) -> Result<()> {
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            Err(Error::WrongPassphrase(name.to_owned()))
        }
        Err(e) => Err(e.into()),
    }
}

/// A read-only connection to `path`, keyed when the file is encrypted. An encrypted file and
/// no passphrase: [`Error::NeedsPassphrase`]; a wrong one: [`Error::WrongPassphrase`].
pub(crate) fn open_read_only(path: &Path, key: Option<&Passphrase>) -> Result<Connection> {
    let name = path.display().to_string();
    let encrypted = is_encrypted(path)?;
    if encrypted && key.is_none() {
        return Err(Error::NeedsPassphrase(name));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI)?;
    // A large import holds the file whole while it writes: the first look waits for it too.
    crate::busy::install(&conn)?;
    if let (true, Some(key)) = (encrypted, key) {
        apply_key(&conn, key)?;
        verify_key(&conn, &name)?;
    }
    Ok(conn)
}

/// `path` as an SQLite URI (`file:` and the path, percent-encoded), with `query`.
pub(crate) fn uri(path: &Path, query: &str) -> Result<String> {
    let absolute = std::path::absolute(path).map_err(|source| Error::Io { context: format!("could not resolve {}", path.display()), source })?;
    let mut out = String::from("file:");
    for b in absolute.as_os_str().as_encoded_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => out.push(*b as char),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out.push('?');
    out.push_str(query);
    Ok(out)
}

/// `dest` with a suffix, in the same directory (so renames stay on one file system).
pub(crate) fn beside(dest: &Path, suffix: &str) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn io(context: String) -> impl FnOnce(std::io::Error) -> Error {
    move |source| Error::Io { context, source }
}

/// Flushes a file, and the directory that names it, to disk.
pub(crate) fn sync_file_and_dir(path: &Path) -> Result<()> {
    std::fs::File::open(path).and_then(|f| f.sync_all()).map_err(io(format!("could not sync {}", path.display())))?;
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Best effort: a directory fsync makes the rename durable; not every file system allows it.
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Copies the database `source` of `conn` into its database `target` with `sqlcipher_export` (the
/// only copy between an encrypted and a plain file), with the header fields the export leaves
/// out: the schema version and Fidèle's application id.
/// `target` and `source` are schema names chosen by this crate, never user text.
pub(crate) fn export(conn: &Connection, target: &str, source: &str) -> Result<()> {
    conn.query_row(&format!("SELECT sqlcipher_export('{target}', '{source}')"), [], |_| Ok(()))?;
    let version: i64 = conn.query_row(&format!("PRAGMA {source}.user_version"), [], |r| r.get(0))?;
    let app_id: i64 = conn.query_row(&format!("PRAGMA {source}.application_id"), [], |r| r.get(0))?;
    conn.execute_batch(&format!("PRAGMA {target}.user_version = {version}; PRAGMA {target}.application_id = {app_id};"))?;
    Ok(())
}

/// Checks, through a read-only connection that writes nothing, that `key` opens the customer
/// file at `path` (any key does for a plain file), and that the file is Fidèle's and not too new.
pub fn check_passphrase(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    crate::schema::probe(path, key)
}

/// Sets (`current` none), changes, or removes (`new` none) the passphrase of the customer file
/// at `db`. Nothing may have the file open (hold its [`crate::InstanceLock`]). A wrong
/// `current` passphrase is refused before anything is written.
pub fn change_passphrase(db: &Path, current: Option<&Passphrase>, new: Option<&Passphrase>) -> Result<()> {
    let name = db.display().to_string();
    if !db.exists() {
        return Err(Error::Io { context: format!("could not open {name}"), source: std::io::ErrorKind::NotFound.into() });
    }
    let encrypted = is_encrypted(db)?;
    if !encrypted && new.is_none() {
        return Err(Error::NotEncrypted(name));
    }
    // Check first, through a read-only connection: a wrong passphrase, a foreign or newer file
    // is refused with the file untouched.
    let current = if encrypted { current } else { None };
    crate::schema::probe(db, current)?;

    // Fold any WAL into the file (a checkpoint, an ordinary write of committed data), so the
    // file alone is the whole customer file and no stale -wal outlives it after the rename.
    {
        let conn = Connection::open(db)?;
        if let Some(key) = current {
            apply_key(&conn, key)?;
        }
        verify_key(&conn, &name)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
    }

    let staged = beside(db, ".rekeying");
    let _ = std::fs::remove_file(&staged);
    let result = write_copy(db, &staged, current, new).and_then(|()| {
        sync_file_and_dir(&staged)?;
        std::fs::rename(&staged, db).map_err(io(format!("could not put the new file in place at {name}")))?;
        sync_file_and_dir(db)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    result
}

/// Writes the whole of `src` (keyed with `from`) to the new file `dest` (keyed with `to`), and
/// checks the copy.
pub(crate) fn write_copy(src: &Path, dest: &Path, from: Option<&Passphrase>, to: Option<&Passphrase>) -> Result<()> {
    {
        let conn = Connection::open(dest)?;
        if let Some(key) = to {
            apply_key(&conn, key)?;
        }
        // Read-only, so the source is never written; an empty key attaches a plain file
        // (without a key it would take main's).
        let key: &str = from.map(|k| k.0.as_str()).unwrap_or("");
        conn.execute("ATTACH DATABASE ?1 AS fidele_source KEY ?2", rusqlite::params![uri(src, "mode=ro")?, key])?;
        export(&conn, "main", "fidele_source")?;
        conn.execute_batch("DETACH DATABASE fidele_source")?;
        let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if verdict != "ok" {
            return Err(Error::Corrupt(format!("{}: {verdict}", dest.display())));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_is_never_printed_and_is_quoted() {
        let p = Passphrase::new("l'été 2026").unwrap();
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        assert_eq!(p.literal().as_str(), "'l''été 2026'");
        assert!(Passphrase::new("").is_err());
        assert!(Passphrase::new("a\0b").is_err());
    }

    #[test]
    fn the_header_tells_plain_from_encrypted() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.db");
        assert!(!is_encrypted(&missing).unwrap());
        let empty = dir.path().join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        assert!(!is_encrypted(&empty).unwrap());
        let plain = dir.path().join("plain.db");
        Connection::open(&plain).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        assert!(!is_encrypted(&plain).unwrap());
        let secret = dir.path().join("secret.db");
        let conn = Connection::open(&secret).unwrap();
        apply_key(&conn, &Passphrase::new("sésame").unwrap()).unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        drop(conn);
        assert!(is_encrypted(&secret).unwrap());
    }

    #[test]
    fn uris_escape_what_sqlite_would_read_as_syntax() {
        let u = uri(Path::new("/tmp/a b?c#d%e.db"), "mode=ro").unwrap();
        assert_eq!(u, "file:/tmp/a%20b%3Fc%23d%25e.db?mode=ro");
    }
}
