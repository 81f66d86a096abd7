//! Opening a customer file: refuse what is not ours or is too new, then migrate.

use std::path::Path;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::crypt::{self, Passphrase};
use crate::{Error, Result};

/// Written in the SQLite header (`PRAGMA application_id`) so that Fidèle files are recognised
/// and other SQLite files are not migrated by mistake. "Fdl1" in ASCII.
pub const APPLICATION_ID: i32 = 0x4664_6c31;

/// The migrations, in order; a file's `user_version` is the number applied. Never edit a
/// released migration: add a new one.
fn all_migrations() -> Vec<M<'static>> {
    vec![
        M::up(include_str!("migrations/0001_initial.sql")),
        M::up(include_str!("migrations/0002_card_runs.sql")),
        M::up(include_str!("migrations/0003_search_one_letter_prefix.sql")),
        M::up(include_str!("migrations/0004_list_totals_and_ladder_moves.sql")),
        M::up(include_str!("migrations/0005_not_duplicates_and_undo.sql")),
        M::up(include_str!("migrations/0006_list_sort_keys.sql")),
        M::up_with_hook(include_str!("migrations/0007_thai.sql"), reload_edited_schema),
        M::up(include_str!("migrations/0008_purchase_totals.sql")),
        M::up(include_str!("migrations/0009_counter.sql")),
        M::up(include_str!("migrations/0010_holdouts.sql")),
        M::up_with_hook(include_str!("migrations/0011_campaign_reads.sql"), pack_campaign_draws),
    ]
}

/// The schema version this build writes (`all_migrations().len()`, checked by a test).
pub const LATEST_VERSION: u32 = 11;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(all_migrations())
}

/// After a migration that edits table definitions in `sqlite_schema` (0007): a new
/// `schema_version` makes this connection, and any other open on the file, read them again.
/// Without it this connection would go on checking the old CHECKs.
fn reload_edited_schema(tx: &rusqlite::Transaction) -> rusqlite_migration::HookResult {
    let version: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
    tx.pragma_update(None, "schema_version", version + 1)?;
    Ok(())
}

/// After 0011: the runs recorded before it get their packed draw.
fn pack_campaign_draws(tx: &rusqlite::Transaction) -> rusqlite_migration::HookResult {
    crate::campaigns::pack_missing(tx).map_err(|e| rusqlite_migration::HookError::Hook(e.to_string()))
}

pub(crate) fn user_version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0))?)
}

/// Opens (creating if missing) and migrates the file at `path`. `key` is the passphrase of an
/// encrypted file, or the one a new file is created with; it is not used on an existing plain
/// file. Returns the connection and whether the file is encrypted.
pub(crate) fn open_file(path: &Path, key: Option<&Passphrase>) -> Result<(Connection, bool)> {
    let exists = path.metadata().map(|m| m.len() > 0).unwrap_or(false);
    let key = if exists {
        // Look before touching: a read-only connection writes nothing, not even a WAL switch.
        // A wrong passphrase is found here too, before anything is written.
        let encrypted = crypt::is_encrypted(path)?;
        if !encrypted {
            roll_back_hot_journal(path)?;
        }
        crate::busy::retry(|| probe(path, key))?;
        if encrypted { key } else { None }
    } else {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { context: format!("could not create {}", dir.display()), source })?;
        }
        key
    };
    let mut conn = Connection::open(path)?;
    if let Some(key) = key {
        crypt::apply_key(&conn, key)?;
        crypt::verify_key(&conn, &path.display().to_string())?;
    }
    crate::busy::retry(|| configure(&conn))?;
    crate::busy::retry(|| migrate(&mut conn))?;
    Ok((conn, key.is_some()))
}

/// Opens an existing file that cannot be written (a read-only file, folder or disk): checked
/// like [`open_file`], then read through a read-only connection, which writes nothing, not
/// even the write-ahead log's index. A file that needs a migration cannot be opened this way.
pub(crate) fn open_file_read_only(path: &Path, key: Option<&Passphrase>) -> Result<(Connection, bool)> {
    let name = path.display().to_string();
    let encrypted = crypt::is_encrypted(path)?;
    if encrypted && key.is_none() {
        return Err(Error::NeedsPassphrase(name));
    }
    let key = if encrypted { key } else { None };
    // `mode=ro` needs the log's index beside the file, which a read-only folder cannot hold:
    // there the file is read as immutable (nothing else can write it either).
    let conn = match read_only_connection(path, key, "mode=ro") {
        Ok(conn) => conn,
        Err(_) => match read_only_connection(path, key, "immutable=1") {
            Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _))) if e.code == rusqlite::ErrorCode::NotADatabase => {
                return Err(Error::NotAFideleFile(name));
            }
            other => other?,
        },
    };
    refuse_foreign_or_newer(&conn, &name)?;
    if user_version(&conn)? < LATEST_VERSION {
        return Err(Error::ReadOnly(name));
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    crate::busy::install(&conn)?;
    Ok((conn, encrypted))
}

fn read_only_connection(path: &Path, key: Option<&Passphrase>, query: &str) -> Result<Connection> {
    use rusqlite::OpenFlags;
    let conn = Connection::open_with_flags(
        crypt::uri(path, query)?,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )?;
    if let Some(key) = key {
        crypt::apply_key(&conn, key)?;
        crypt::verify_key(&conn, &path.display().to_string())?;
    }
    // The first read is where a missing log index shows.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0))?;
    Ok(conn)
}

/// Whether `path` (an existing file) and its folder can be written: SQLite needs both, the
/// folder for its log and journal. Asked of the file system itself (a read-only mount or an
/// immutable file refuse even root), by opening the file for writing without changing it and
/// creating and removing a probe file beside it.
pub fn is_writable(path: &Path) -> bool {
    if std::fs::OpenOptions::new().append(true).open(path).is_err() {
        return false;
    }
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_owned(),
        None => std::path::PathBuf::from("."),
    };
    let probe = dir.join(format!(".fidele-write-check-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => e.kind() == std::io::ErrorKind::AlreadyExists,
    }
}

/// A large purchase import writes through a rollback journal; if it was killed, the journal it
/// left must be played back before the file is read, which a read-only connection cannot do.
/// Any SQLite connection that may write does it on its first read. (An encrypted file never
/// has one: its imports keep the write-ahead log.)
fn roll_back_hot_journal(path: &Path) -> Result<()> {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    let hot = std::fs::metadata(&journal).map(|m| m.len() > 0).unwrap_or(false);
    if hot {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        // Busy means a live writer holds the journal, which is then not hot: no wait.
        conn.busy_timeout(std::time::Duration::ZERO)?;
        // A file that is not a database fails here; the probe that follows says so properly.
        let _ = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0));
    }
    Ok(())
}

/// Refuses, through a read-only connection, a file that is not Fidèle's, is too new, or is
/// encrypted and not opened by `key`.
pub(crate) fn probe(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    let name = path.display().to_string();
    let probe = match crypt::open_read_only(path, key) {
        Ok(conn) => conn,
        Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _))) if e.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(Error::NotAFideleFile(name));
        }
        Err(e) => return Err(e),
    };
    refuse_foreign_or_newer(&probe, &name)
}

pub(crate) fn open_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn refuse_foreign_or_newer(conn: &Connection, name: &str) -> Result<()> {
    let header = conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0));
    let application_id = match header {
        Ok(id) => id,
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(Error::NotAFideleFile(name.to_owned()));
        }
        Err(e) => return Err(e.into()),
    };
    let version = user_version(conn)?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if application_id != APPLICATION_ID && (application_id != 0 || tables > 0) {
        return Err(Error::NotAFideleFile(name.to_owned()));
    }
    if version > LATEST_VERSION {
        return Err(Error::TooNew { found: version, supported: LATEST_VERSION });
    }
    Ok(())
}


fn configure(conn: &Connection) -> Result<()> {
    // WAL: readers never block the writer, and a crash mid-write leaves the last commit whole.
    // NORMAL synchronous is durable across application crashes in WAL mode; only a power cut
    // can lose the very last commits, never corrupt the file.
    // First: switching to the log waits for a writer like any statement.
    crate::busy::install(conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    migrations().to_latest(conn)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    crate::customers::fill_missing_sort_keys(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
        assert_eq!(all_migrations().len(), LATEST_VERSION as usize, "LATEST_VERSION counts the migrations");
    }

    /// Thai is a shop's and a customer's language once the file is at version 7, on the very
    /// connection that migrated it, and a language outside the four is still refused.
    #[test]
    fn thai_is_a_language_of_the_file_after_version_7() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v6.db");
        std::fs::copy(&fixture, &path).unwrap();
        let (conn, _) = open_file(&path, None).unwrap();
        conn.execute("UPDATE shop_profile SET language = 'th'", []).unwrap();
        conn.execute("UPDATE customers SET language = 'th' WHERE id = (SELECT min(id) FROM customers)", []).unwrap();
        assert!(conn.execute("UPDATE customers SET language = 'de'", []).is_err(), "the CHECK is still there");
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        drop(conn);
        let (conn, _) = open_file(&path, None).unwrap();
        let language: String = conn.query_row("SELECT language FROM shop_profile", [], |r| r.get(0)).unwrap();
        assert_eq!(language, "th");
    }

    #[test]
    fn a_new_file_is_stamped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let (conn, encrypted) = open_file(&path, None).unwrap();
        assert!(!encrypted);
        assert_eq!(user_version(&conn).unwrap(), LATEST_VERSION);
        let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
        assert_eq!(id, APPLICATION_ID);
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }

    /// What a kill in the middle of a large import leaves: the file partly written, and the
    /// journal holding the pages as they were. Opening it rolls the journal back.
    #[test]
    fn a_hot_journal_is_rolled_back_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        drop(open_file(&path, None).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.execute_batch("CREATE TABLE kept (x); INSERT INTO kept VALUES (1);").unwrap();
        // A tiny cache, so the transaction writes into the file before it commits.
        conn.pragma_update(None, "cache_size", 4).unwrap();
        conn.execute_batch("BEGIN; DELETE FROM kept; CREATE TABLE half (x);").unwrap();
        conn.execute_batch("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO half SELECT randomblob(100) FROM n;").unwrap();
        // The state a kill -9 leaves, copied aside while the transaction is open.
        let crashed = dir.path().join("crashed.db");
        std::fs::copy(&path, &crashed).unwrap();
        std::fs::copy(dir.path().join("shop.db-journal"), dir.path().join("crashed.db-journal")).unwrap();
        drop(conn);

        let (conn, _) = open_file(&crashed, None).unwrap();
        let kept: i64 = conn.query_row("SELECT count(*) FROM kept", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 1, "the transaction is wholly out");
        let half: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'half'", [], |r| r.get(0)).unwrap();
        assert_eq!(half, 0);
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        assert!(!dir.path().join("crashed.db-journal").exists(), "played back and gone");
    }

    #[test]
    fn fts5_is_compiled_in() {
        let conn = open_memory().unwrap();
        let n: i64 = conn.query_row("SELECT count(*) FROM customer_search WHERE customer_search MATCH 'x*'", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }
}

/// Writes `tests/fixtures/schema-v1.db`, a customer file as Fidèle's first schema left it, for
/// the upgrade test. Run once when a schema version is released:
/// `cargo test -p fidele-store write_schema_v1_fixture -- --ignored`.
#[cfg(test)]
mod fixtures {
    use super::*;
    use chrono::NaiveDate;
    use fidele_domain::{
        Address, Birthday, Channel, Currency, CustomerDraft, InteractionDraft, InteractionKind, InteractionStatus, Money,
        PurchaseDraft,
    };

    #[test]
    #[ignore = "writes a committed fixture; run by hand when a schema version is released"]
    fn write_schema_v1_fixture() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
        let _ = std::fs::remove_file(&path);
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
        let tx = conn.transaction().unwrap();
        let names = [("Hélène", "Dubœuf"), ("Zoë", "Lefèvre"), ("Pieter", "de Vries"), ("Amelia", "O'Brien"), ("Loïc", "Château")];
        let day = |d: u32| NaiveDate::from_ymd_opt(2025, 1, d).unwrap().and_hms_opt(10, 30, 0).unwrap();
        let household = crate::bulk::insert_household(&tx, "Famille Dubœuf", day(1)).unwrap();
        let mut first = None;
        for i in 0..30u32 {
            let (f, l) = names[i as usize % names.len()];
            let draft = CustomerDraft {
                first_name: f.into(),
                last_name: format!("{l} {i}"),
                emails: vec![format!("client{i}@exemple.fr")],
                phones: vec![format!("06 12 34 56 {:02}", i)],
                address: Address { line1: format!("{i} rue des Lilas"), postal_code: "69003".into(), city: "Lyon".into(), country: "FR".into(), ..Address::default() },
                birthday: Birthday::new(if i % 2 == 0 { Some(1970 + i as i32) } else { None }, 1 + i % 12, 1 + i % 28).ok(),
                household: (i < 2).then_some(household),
                referred_by: if i > 0 { first } else { None },
                tags: vec!["club".into()],
                ..CustomerDraft::default()
            };
            let id = crate::bulk::insert_customer(&tx, &draft, day(1 + i % 28)).unwrap();
            first.get_or_insert(id);
            crate::bulk::insert_consent(&tx, id, Channel::Post, true, day(1), "en boutique").unwrap();
            for k in 0..(i % 4) {
                let p = PurchaseDraft {
                    customer: Some(id),
                    at: day(1 + (i + k) % 28),
                    amount: Money::new(1_990 + i64::from(k) * 500, Currency::EUR),
                    margin: None,
                    category: "Romans".into(),
                    item_count: Some(1),
                    ticket_ref: format!("T{i}-{k}"),
                    offer_code: String::new(),
                    refund_of: None,
                    note: String::new(),
                };
                crate::bulk::insert_purchase(&tx, &p, p.at).unwrap();
            }
            if i % 7 == 0 {
                let c = InteractionDraft {
                    customer: id,
                    kind: InteractionKind::Complaint,
                    status: InteractionStatus::Open,
                    at: day(20),
                    summary: "Livre abîmé".into(),
                    details: String::new(),
                    due: None,
                    resolution: String::new(),
                };
                crate::bulk::insert_interaction(&tx, &c, c.at).unwrap();
            }
        }
        tx.execute("INSERT INTO reminders (customer_id, title, due_date, created_at) VALUES (1, 'Rappeler', '2025-02-01', '2025-01-01T10:00:00')", []).unwrap();
        tx.execute("INSERT INTO settings (key, value) VALUES ('ui.language', 'fr')", []).unwrap();
        tx.execute("UPDATE shop_profile SET name = 'Librairie du Parc' WHERE id = 1", []).unwrap();
        tx.commit().unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.execute_batch("VACUUM").unwrap();
        assert_eq!(user_version(&conn).unwrap(), 1);
    }
}
