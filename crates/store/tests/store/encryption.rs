//! Encryption at rest: a customer file protected by a passphrase.

use std::path::Path;
use std::process::Command;

use fidele_domain::CustomerDraft;
use fidele_store::{Error, Passphrase, Store, change_passphrase, is_encrypted, restore_with};

fn key(text: &str) -> Passphrase {
    Passphrase::new(text).unwrap()
}

fn shop_with_customers(path: &Path, key: Option<&Passphrase>) {
    let mut store = Store::open_with(path, key).unwrap();
    for name in ["Dubœuf", "Lefèvre", "O'Brien"] {
        store.add_customer(CustomerDraft { first_name: "Hélène".into(), last_name: name.into(), ..Default::default() }, &[], "").unwrap();
    }
}

/// What the `sqlite3` shell says about `select count(*) from customers`, if it is installed.
fn sqlite3_shell(path: &Path) -> Option<(bool, String)> {
    let out = Command::new("sqlite3").arg(path).arg("select count(*) from customers").output().ok()?;
    Some((out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))))
}

#[test]
fn an_encrypted_file_is_unreadable_without_its_passphrase_and_whole_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, None);
    assert!(!is_encrypted(&path).unwrap());
    if let Some((ok, out)) = sqlite3_shell(&path) {
        assert!(ok && out.trim() == "3", "a plain file reads in the shell: {out}");
    }

    change_passphrase(&path, None, Some(&key("sésame ouvre-toi"))).unwrap();
    assert!(is_encrypted(&path).unwrap());
    let raw = std::fs::read(&path).unwrap();
    assert!(!raw.windows(6).any(|w| w == "Dubœuf".as_bytes()[..6].as_ref()), "no customer text in clear");
    match sqlite3_shell(&path) {
        Some((ok, out)) => assert!(!ok && out.contains("file is not a database"), "the shell cannot read it: {out}"),
        None => eprintln!("sqlite3 is not installed: shell check skipped"),
    }

    assert!(matches!(Store::open(&path), Err(Error::NeedsPassphrase(_))));
    let store = Store::open_with(&path, Some(&key("sésame ouvre-toi"))).unwrap();
    assert!(store.is_encrypted());
    assert_eq!(store.count_customers("").unwrap(), 3);
    assert_eq!(store.count_customers("duboeuf").unwrap(), 1, "the search index came across");
    assert!(store.check_integrity().unwrap().is_empty());
    assert_eq!(store.schema_version().unwrap(), fidele_store::LATEST_VERSION);
}

#[test]
fn a_wrong_passphrase_is_refused_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, Some(&key("juste")));
    assert!(is_encrypted(&path).unwrap(), "a new file opened with a key is encrypted");
    let before = std::fs::read(&path).unwrap();
    let err = Store::open_with(&path, Some(&key("faux"))).err().expect("refused");
    assert!(matches!(err, Error::WrongPassphrase(_)), "{err:?}");
    assert!(err.to_string().contains("wrong passphrase"), "{err}");
    assert!(matches!(change_passphrase(&path, Some(&key("faux")), Some(&key("autre"))), Err(Error::WrongPassphrase(_))));
    assert!(matches!(change_passphrase(&path, Some(&key("faux")), None), Err(Error::WrongPassphrase(_))));
    assert_eq!(std::fs::read(&path).unwrap(), before, "byte for byte");
    assert!(!dir.path().join("shop.db-wal").exists());
    Store::open_with(&path, Some(&key("juste"))).unwrap();
}

#[test]
fn change_then_remove_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, Some(&key("un")));
    change_passphrase(&path, Some(&key("un")), Some(&key("deux"))).unwrap();
    assert!(matches!(Store::open_with(&path, Some(&key("un"))), Err(Error::WrongPassphrase(_))));
    assert_eq!(Store::open_with(&path, Some(&key("deux"))).unwrap().count_customers("lefevre").unwrap(), 1);

    change_passphrase(&path, Some(&key("deux")), None).unwrap();
    assert!(!is_encrypted(&path).unwrap());
    let store = Store::open(&path).unwrap();
    assert!(!store.is_encrypted());
    assert_eq!(store.count_customers("").unwrap(), 3);
    assert!(store.check_integrity().unwrap().is_empty());
    drop(store);
    assert!(matches!(change_passphrase(&path, None, None), Err(Error::NotEncrypted(_))));
    assert!(!dir.path().join("shop.db.rekeying").exists());
}

#[test]
fn a_plain_file_ignores_a_passphrase_given_to_open_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, None);
    let store = Store::open_with(&path, Some(&key("inutile"))).unwrap();
    assert!(!store.is_encrypted());
}

#[test]
fn backups_of_an_encrypted_file_stay_encrypted_and_restore_with_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, Some(&key("clé")));
    let copy = dir.path().join("copie.db");
    let auto = {
        let mut store = Store::open_with(&path, Some(&key("clé"))).unwrap();
        store.backup_to(&copy).unwrap();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 0, 0).unwrap();
        let auto = store.rotate_backups(&dir.path().join("backups"), 3, at).unwrap();
        store.add_customer(CustomerDraft { last_name: "Après la sauvegarde".into(), ..Default::default() }, &[], "").unwrap();
        auto
    };
    for backup in [&copy, &auto] {
        assert!(is_encrypted(backup).unwrap(), "{}", backup.display());
        if let Some((ok, out)) = sqlite3_shell(backup) {
            assert!(!ok && out.contains("file is not a database"), "{out}");
        }
        assert!(matches!(Store::open(backup), Err(Error::NeedsPassphrase(_))));
    }

    let before = std::fs::read(&path).unwrap();
    assert!(matches!(restore_with(&path, &copy, None), Err(Error::NeedsPassphrase(_))));
    assert!(matches!(restore_with(&path, &copy, Some(&key("pas la bonne"))), Err(Error::WrongPassphrase(_))));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let kept = restore_with(&path, &copy, Some(&key("clé"))).unwrap();
    assert!(is_encrypted(&path).unwrap(), "the restored file keeps its passphrase");
    let store = Store::open_with(&path, Some(&key("clé"))).unwrap();
    assert_eq!(store.count_customers("").unwrap(), 3);
    assert!(store.check_integrity().unwrap().is_empty());
    let previous = Store::open_with(&kept, Some(&key("clé"))).unwrap();
    assert_eq!(previous.count_customers("").unwrap(), 4, "the file before the restore was kept aside, whole");
}

#[test]
fn a_file_with_planner_statistics_encrypts_and_decrypts() {
    // ANALYZE (or PRAGMA optimize) writes sqlite_stat1/4, internal tables the export must carry.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    shop_with_customers(&path, None);
    rusqlite::Connection::open(&path).unwrap().execute_batch("ANALYZE; PRAGMA journal_mode = DELETE;").unwrap();
    change_passphrase(&path, None, Some(&key("stats"))).unwrap();
    let store = Store::open_with(&path, Some(&key("stats"))).unwrap();
    assert!(store.check_integrity().unwrap().is_empty());
    assert_eq!(store.count_customers("helene").unwrap(), 3);
    drop(store);
    change_passphrase(&path, Some(&key("stats")), None).unwrap();
    assert_eq!(Store::open(&path).unwrap().count_customers("").unwrap(), 3);
}

#[test]
fn commits_still_in_the_wal_and_a_stale_copy_from_a_crash_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    shop_with_customers(&live, None);
    // What a process that died leaves: its last commit still in the WAL, never checkpointed.
    let mut store = Store::open(&live).unwrap();
    store.add_customer(CustomerDraft { last_name: "Dans le WAL".into(), ..Default::default() }, &[], "").unwrap();
    let path = dir.path().join("shop.db");
    std::fs::copy(&live, &path).unwrap();
    std::fs::copy(dir.path().join("live.db-wal"), dir.path().join("shop.db-wal")).unwrap();
    drop(store);
    assert!(dir.path().join("shop.db-wal").metadata().unwrap().len() > 0);
    // And a half-written copy left by a set that was killed before its rename.
    std::fs::write(dir.path().join("shop.db.rekeying"), b"half a copy").unwrap();

    change_passphrase(&path, None, Some(&key("wal"))).unwrap();
    assert!(!dir.path().join("shop.db.rekeying").exists());
    assert!(!dir.path().join("shop.db-wal").exists() || dir.path().join("shop.db-wal").metadata().unwrap().len() == 0);
    let store = Store::open_with(&path, Some(&key("wal"))).unwrap();
    assert_eq!(store.count_customers("").unwrap(), 4, "the commit that was only in the WAL came across");
    assert!(store.check_integrity().unwrap().is_empty());
}
