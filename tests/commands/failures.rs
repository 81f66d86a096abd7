//! Failures the shopkeeper can read, through the commands: a read-only customer file, and a
//! disk that fills up during a write, an export or a backup. Each leaves the file whole and
//! answers a kind the UI words in its language (`read_only`, `disk_full`).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;

use super::Harness;

/// A small tmpfs at a fresh folder, unmounted when dropped; `None` when not root (no mount).
struct SmallDisk {
    dir: PathBuf,
    _parent: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("disk");
        std::fs::create_dir(&dir).unwrap();
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(&dir).status().is_ok_and(|s| s.success());
        if !ok {
            eprintln!("not root: no tmpfs, this test checks nothing here");
        }
        ok.then_some(SmallDisk { dir, _parent: parent })
    }

    fn remount(&self, options: &str) {
        assert!(Command::new("mount").args(["-o", &format!("remount,{options}")]).arg(&self.dir).status().unwrap().success());
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

fn app_on(db: &Path, dialogs: &Path) -> Harness {
    std::fs::create_dir_all(dialogs).unwrap();
    let state = fidele_app::AppState::open(db).unwrap().with_scripted_dialogs(dialogs);
    Harness::on(state, tempfile::tempdir().unwrap())
}

#[test]
fn a_read_only_customer_file_opens_read_only_and_refuses_every_write() {
    let Some(disk) = SmallDisk::mount("4M") else { return };
    let db = disk.dir.join("shop.db");
    {
        // The store itself, not a harness: the mock app keeps its state (and the file) open.
        let mut store = fidele_store::Store::open(&db).unwrap();
        let draft = fidele_domain::CustomerDraft { first_name: "Lina".into(), last_name: "Lecture".into(), ..Default::default() };
        store.add_customer(draft, &[], "").unwrap();
    }
    disk.remount("ro");
    let before = std::fs::read(&db).unwrap();
    let outside = tempfile::tempdir().unwrap();
    let app = app_on(&db, outside.path());
    let info = app.ok("app_info", json!({}));
    assert_eq!((info["read_only"].as_bool(), info["customers"].as_i64()), (Some(true), Some(1)));
    let list = app.ok("list_customers", json!({ "search": "lecture", "offset": 0, "limit": 10 }));
    let id = list["rows"][0]["id"].as_i64().unwrap();
    app.ok("customer_page", json!({ "id": id }));
    for (cmd, args) in [
        ("add_customer", json!({ "customer": { "last_name": "Refusée" } })),
        ("add_purchase", json!({ "customer": id, "purchase": { "at": "", "amount": "12,00", "category": "", "note": "", "offer_code": "", "ticket": "" } })),
        ("set_ui_language", json!({ "language": "en" })),
        ("load_demo", json!({ "customers": 0 })),
    ] {
        let err = app.call(cmd, args).unwrap_err();
        assert!(err["kind"] == "read_only" || err["kind"] == "conflict", "{cmd}: {err}");
        if cmd != "load_demo" {
            assert_eq!(err["kind"], "read_only", "{cmd}: {err}");
        }
    }
    // An export goes elsewhere and still works.
    assert_eq!(app.ok("export_customers", json!({ "export": { "format": "csv" } }))["count"], 1);
    drop(app);
    assert_eq!(std::fs::read(&db).unwrap(), before, "nothing written");
}

#[test]
fn a_full_disk_refuses_the_write_and_the_file_stays_whole() {
    let Some(disk) = SmallDisk::mount("1M") else { return };
    let db = disk.dir.join("shop.db");
    let outside = tempfile::tempdir().unwrap();
    let app = app_on(&db, outside.path());
    let notes = "n".repeat(3000);
    let mut added = 0;
    let err = loop {
        match app.call("add_customer", json!({ "customer": { "last_name": format!("Plein {added}"), "notes": notes } })) {
            Ok(_) => added += 1,
            Err(e) => break e,
        }
        assert!(added < 5000, "the disk never filled");
    };
    assert_eq!(err["kind"], "disk_full", "{err}");
    // The shopkeeper frees some space: the file is whole, with every customer saved before.
    disk.remount("size=8M");
    let store = fidele_store::Store::open(&db).unwrap();
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    assert_eq!(store.count_customers("").unwrap(), added);
}

#[test]
fn an_export_or_a_backup_onto_a_full_disk_leaves_no_half_file() {
    let Some(disk) = SmallDisk::mount("32k") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let app = app_on(&db, &disk.dir);
    app.ok("load_demo", json!({ "customers": 300 }));
    let err = app.call("export_customers", json!({ "export": { "format": "csv" } })).unwrap_err();
    assert_eq!(err["kind"], "disk_full", "{err}");
    let err = app.call("backup_now", json!({})).unwrap_err();
    assert_eq!(err["kind"], "disk_full", "{err}");
    let left: Vec<_> = std::fs::read_dir(&disk.dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "no half file under any name: {left:?}");
    assert_eq!(app.ok("app_info", json!({}))["customers"], 300, "the customer file is as it was");
}
