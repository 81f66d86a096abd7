//! Encryption at rest through the commands: the unlock screen, Settings' passphrase section,
//! and restoring an encrypted backup.

use serde_json::json;

use super::Harness;

/// The app on the file `db` in `dir` (kept by the caller), dialogs scripted into `dir/dialogs`.
fn app_on(dir: &std::path::Path) -> Harness {
    std::fs::create_dir_all(dir.join("dialogs")).unwrap();
    let state = fidele_app::AppState::open(&dir.join("shop.db")).unwrap().with_scripted_dialogs(&dir.join("dialogs"));
    Harness::on(state, tempfile::tempdir().unwrap())
}

#[test]
fn set_change_and_remove_the_passphrase_from_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let app = app_on(dir.path());
    assert_eq!(app.ok("lock_status", json!({})), json!({ "encrypted": false, "locked": false, "db_path": db.display().to_string() }));
    app.ok("add_customer", json!({ "customer": { "first_name": "Hélène", "last_name": "Dubœuf" } }));
    let err = app.call("change_passphrase", json!({ "replacement": "" })).unwrap_err();
    assert_eq!(err["kind"], "conflict", "removing a passphrase the file does not have: {err}");
    let status = app.ok("change_passphrase", json!({ "replacement": "Sésame 2026" }));
    assert_eq!(status["encrypted"], true);
    assert_eq!(status["locked"], false);
    assert_eq!(app.ok("app_info", json!({}))["customers"], 1, "still open after the change");
    assert!(fidele_store::is_encrypted(&db).unwrap());
    if let Ok(out) = std::process::Command::new("sqlite3").arg(&db).arg("select count(*) from customers").output() {
        assert!(String::from_utf8_lossy(&out.stderr).contains("file is not a database"));
    }

    let err = app.call("change_passphrase", json!({ "current": "faux", "replacement": "Autre" })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "current", "{err}");
    assert_eq!(app.ok("app_info", json!({}))["customers"], 1, "a refused change leaves the file open");
    app.ok("change_passphrase", json!({ "current": "Sésame 2026", "replacement": "Autre" }));
    fidele_store::check_passphrase(&db, Some(&fidele_store::Passphrase::new("Autre").unwrap())).unwrap();
    app.ok("add_customer", json!({ "customer": { "last_name": "Après le changement" } }));
    let status = app.ok("change_passphrase", json!({ "current": "Autre" }));
    assert_eq!(status["encrypted"], false);
    assert!(!fidele_store::is_encrypted(&db).unwrap());
    assert_eq!(app.ok("app_info", json!({}))["customers"], 2);
}

#[test]
fn an_encrypted_file_opens_on_the_unlock_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    {
        let key = fidele_store::Passphrase::new("Sésame 2026").unwrap();
        let mut store = fidele_store::Store::open_with(&db, Some(&key)).unwrap();
        store.add_customer(fidele_domain::CustomerDraft { last_name: "Dubœuf".into(), ..Default::default() }, &[], "").unwrap();
    }
    let app = app_on(dir.path());
    assert_eq!(app.ok("lock_status", json!({}))["locked"], true, "the app starts on the unlock screen");
    assert_eq!(app.call("app_info", json!({})).unwrap_err()["kind"], "needs_passphrase");
    let before = std::fs::read(&db).unwrap();
    let err = app.call("unlock", json!({ "passphrase": "sesame 2026" })).unwrap_err();
    assert_eq!(err["kind"], "wrong_passphrase");
    assert!(!err["message"].as_str().unwrap().is_empty(), "{err}");
    assert_eq!(app.call("unlock", json!({ "passphrase": "" })).unwrap_err()["fields"][0]["field"], "passphrase");
    assert_eq!(std::fs::read(&db).unwrap(), before, "a wrong passphrase leaves the file byte for byte");
    app.ok("unlock", json!({ "passphrase": "Sésame 2026" }));
    assert_eq!(app.ok("lock_status", json!({})), json!({ "encrypted": true, "locked": false, "db_path": db.display().to_string() }));
    assert_eq!(app.ok("app_info", json!({}))["customers"], 1);
}

#[test]
fn an_encrypted_backup_restores_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_on(dir.path());
    app.ok("add_customer", json!({ "customer": { "last_name": "Avant" } }));
    app.ok("change_passphrase", json!({ "replacement": "clé" }));
    let name = app.ok("backup_now", json!({}));
    let copy = dir.path().join("dialogs").join(name.as_str().unwrap());
    assert!(fidele_store::is_encrypted(&copy).unwrap(), "the backup of an encrypted file is encrypted");
    app.ok("add_customer", json!({ "customer": { "last_name": "Après" } }));
    std::fs::create_dir_all(dir.path().join("dialogs/to-open")).unwrap();
    std::fs::copy(&copy, dir.path().join("dialogs/to-open/fidele.db")).unwrap();

    assert_eq!(app.call("restore_backup", json!({})).unwrap_err()["kind"], "needs_passphrase");
    assert_eq!(app.ok("app_info", json!({}))["customers"], 2, "nothing changed, the file is still open");
    // The chosen backup waits for its passphrase: no second dialog (which would now offer junk).
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(dir.path().join("dialogs/to-open/junk.db"), b"not a backup").unwrap();
    assert_eq!(app.call("restore_backup", json!({ "passphrase": "faux" })).unwrap_err()["kind"], "wrong_passphrase");
    let kept = app.ok("restore_backup", json!({ "passphrase": "clé" }));
    assert!(kept.as_str().unwrap().ends_with(".before-restore"), "{kept}");
    assert_eq!(app.ok("app_info", json!({}))["customers"], 1, "back to the backup");
    assert_eq!(app.ok("lock_status", json!({}))["encrypted"], true);
}
