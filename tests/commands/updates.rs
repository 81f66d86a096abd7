//! Updates through the commands, against a local update server (a std `TcpListener` on
//! 127.0.0.1 serving `latest.json` and a bundle signed with the TEST key of `tests/updates/`):
//! a newer version is offered with its notes, an older or equal one is not, a tampered bundle
//! or one signed by another key is refused with its code, the customer file is backed up before
//! the (injected) install step runs, and a failed backup installs nothing.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tauri::WebviewWindowBuilder;
use tauri::test::mock_builder;

use super::{Harness, ONE_APP_AT_A_TIME};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/updates");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(name)).unwrap()
}

fn text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap().trim().to_owned()
}

/// The manifest a release publishes (`latest.json`), for `version`, pointing at `/bundle.bin`
/// with `signature`.
fn manifest(base: &str, version: &str, signature: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "version": version,
        "notes": "Les cartes d'anniversaire s'impriment aussi en A5.",
        "pub_date": "2026-12-01T09:00:00Z",
        "platforms": {
            "linux-x86_64": { "signature": signature, "url": format!("{base}/bundle.bin") },
        },
    }))
    .unwrap()
}

/// What the injected install step saw: the bytes, and the backups that existed at that moment.
type Installs = Arc<Mutex<Vec<(Vec<u8>, Vec<String>)>>>;

fn backups_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("fidele-before-update-to-"))
        .collect();
    names.sort();
    names
}

struct Shop {
    app: Harness,
    installs: Installs,
    db: PathBuf,
}

/// The app on a fresh customer file, its updater pointed at `endpoint` and trusting the TEST
/// key, its install step recording instead of installing. `before` prepares the file.
fn shop(endpoint: &str, before: impl FnOnce(&mut fidele_store::Store)) -> Shop {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    before(&mut fidele_store::Store::open(&db).unwrap());
    let state = fidele_app::AppState::open(&db).unwrap();
    let installs: Installs = Default::default();
    let seen = Arc::clone(&installs);
    let backups = dir.path().join("backups");
    let installer: fidele_app::updates::Installer = Arc::new(move |_update, bytes: &[u8]| {
        seen.lock().unwrap().push((bytes.to_vec(), backups_in(&backups)));
        Ok(())
    });
    let updates = fidele_app::updates::UpdatesState::new(
        format!("{endpoint}/latest.json").parse().unwrap(),
        text("TEST-ONLY-untrusted.key.pub"),
        installer,
    );
    let one_app = ONE_APP_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let app = mock_builder()
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(state)
        .manage(fidele_app::window::CloseGuard::default())
        .manage(updates)
        .invoke_handler(fidele_app::invoke_handler())
        .build(fidele_app::context())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    Shop { app: Harness { _one_app: one_app, _dir: dir, _app: app, window }, installs, db }
}

/// A local update server offering `version` with `signature`, serving `bundle` as its bundle;
/// returns its base URL. It answers until the test process ends.
fn server_offering(version: &str, signature: String, bundle: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let latest = manifest(&base, version, &signature);
    spawn_server(listener, vec![("/latest.json", latest), ("/bundle.bin", bundle)]);
    base
}

/// Answers each request with the file at its path (404 for anything else), one at a time.
fn spawn_server(listener: TcpListener, files: Vec<(&'static str, Vec<u8>)>) {
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            answer(&mut stream, &files);
        }
    });
}

fn answer(stream: &mut std::net::TcpStream, files: &[(&'static str, Vec<u8>)]) {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let line = String::from_utf8_lossy(&request).lines().next().unwrap_or_default().to_owned();
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let (status, body) = match files.iter().find(|(p, _)| *p == path) {
        Some((_, body)) => ("200 OK", body.clone()),
        None => ("404 Not Found", Vec::new()),
    };
    let head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
}

fn refusal(err: &Value) -> (&str, &str) {
    (err["kind"].as_str().unwrap(), err["args"]["reason"].as_str().unwrap_or_default())
}

#[test]
fn a_newer_version_is_offered_with_its_notes_and_installed_after_the_backup() {
    let base = server_offering("0.2.0", text("bundle.bin.sig"), fixture("bundle.bin"));
    let shop = shop(&base, |_| {});
    let found = shop.app.ok("check_for_updates", json!({}));
    assert_eq!(found["offer"]["version"], "0.2.0");
    assert_eq!(found["offer"]["current_version"], "0.1.0");
    assert_eq!(found["offer"]["notes"], "Les cartes d'anniversaire s'impriment aussi en A5.");
    assert_eq!(shop.app.ok("update_settings", json!({}))["offer"]["version"], "0.2.0", "Settings shows the offer again");
    assert!(shop.installs.lock().unwrap().is_empty(), "nothing installs before the shopkeeper clicks Install");

    let installed = shop.app.ok("install_update", json!({ "version": "0.2.0" }));
    let installs = shop.installs.lock().unwrap();
    assert_eq!(installs.len(), 1);
    let (bytes, backups_then) = &installs[0];
    assert_eq!(bytes, &fixture("bundle.bin"), "the verified bundle reaches the install step");
    assert_eq!(backups_then.len(), 1, "the backup was written before the install step ran: {backups_then:?}");
    assert!(backups_then[0].starts_with("fidele-before-update-to-0.2.0-"), "{backups_then:?}");
    let backup = PathBuf::from(installed["backup"].as_str().unwrap());
    assert_eq!(backup.file_name().unwrap().to_str().unwrap(), backups_then[0]);
    fidele_store::check_backup(&backup, None).expect("the backup is a customer file that restores");
    assert_eq!(backup.parent().unwrap(), shop.db.parent().unwrap().join("backups"), "beside the automatic ones");
}

#[test]
fn an_equal_or_older_version_is_not_offered() {
    for version in ["0.1.0", "0.0.9"] {
        let base = server_offering(version, text("bundle.bin.sig"), fixture("bundle.bin"));
        let shop = shop(&base, |_| {});
        assert_eq!(shop.app.ok("check_for_updates", json!({}))["offer"], Value::Null, "{version}");
        let err = shop.app.call("install_update", json!({ "version": version })).unwrap_err();
        assert_eq!(refusal(&err), ("update", "not-offered"));
    }
}

#[test]
fn a_tampered_bundle_is_refused_and_nothing_is_backed_up_or_installed() {
    let mut tampered = fixture("bundle.bin");
    tampered[7] ^= 0x01;
    let base = server_offering("0.2.0", text("bundle.bin.sig"), tampered);
    let shop = shop(&base, |_| {});
    shop.app.ok("check_for_updates", json!({}));
    let err = shop.app.call("install_update", json!({ "version": "0.2.0" })).unwrap_err();
    assert_eq!(refusal(&err), ("update", "bad-signature"));
    assert!(err["message"].as_str().unwrap().contains("signature"), "worded: {err}");
    assert!(shop.installs.lock().unwrap().is_empty());
    assert!(backups_in(&shop.db.parent().unwrap().join("backups")).is_empty());
}

#[test]
fn a_bundle_signed_by_another_key_is_refused() {
    let base = server_offering("0.2.0", text("bundle.bin.other-key.sig"), fixture("bundle.bin"));
    let shop = shop(&base, |_| {});
    shop.app.ok("check_for_updates", json!({}));
    let err = shop.app.call("install_update", json!({ "version": "0.2.0" })).unwrap_err();
    assert_eq!(refusal(&err), ("update", "bad-signature"));
    assert!(shop.installs.lock().unwrap().is_empty());
}

#[test]
fn a_backup_that_fails_installs_nothing() {
    let base = server_offering("0.2.0", text("bundle.bin.sig"), fixture("bundle.bin"));
    let blocked = tempfile::NamedTempFile::new().unwrap();
    // The backup folder is a file: it cannot be created, so the backup fails.
    let dir = blocked.path().join("backups").display().to_string();
    let shop = shop(&base, |store| store.set_setting("backup.dir", &dir).unwrap());
    shop.app.ok("check_for_updates", json!({}));
    let err = shop.app.call("install_update", json!({ "version": "0.2.0" })).unwrap_err();
    assert_eq!(refusal(&err), ("update", "backup-failed"));
    assert!(shop.installs.lock().unwrap().is_empty(), "no install without the backup");
}

#[test]
fn no_server_is_worded_and_the_app_goes_on() {
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let shop = shop(&format!("http://127.0.0.1:{port}"), |store| store.set_setting("ui.language", "fr").unwrap());
    let err = shop.app.call("check_for_updates", json!({})).unwrap_err();
    assert_eq!(refusal(&err), ("update", "unreachable"));
    assert!(err["message"].as_str().unwrap().starts_with("Impossible de joindre le serveur de mises à jour"), "{err}");
    assert_eq!(shop.app.ok("app_info", json!({}))["customers"], 0, "the app keeps working");
}

#[test]
fn looking_for_updates_at_start_is_off_until_turned_on() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let shop = shop(&format!("http://127.0.0.1:{port}"), |_| {});
    let settings = shop.app.ok("update_settings", json!({}));
    assert_eq!(settings["check_at_start"], false);
    assert_eq!(settings["current_version"], "0.1.0");
    assert_eq!(settings["offer"], Value::Null);
    shop.app.ok("set_update_check", json!({ "on": true }));
    assert_eq!(shop.app.ok("update_settings", json!({}))["check_at_start"], true);
}
