//! A file that cannot be written, and a disk that fills up mid-write: reads go on, every write
//! is refused whole, and the file is as it was.

use std::path::{Path, PathBuf};
use std::process::Command;

use fidele_domain::CustomerDraft;
use fidele_store::Store;

fn customer(name: &str) -> CustomerDraft {
    CustomerDraft { first_name: "Anaïs".into(), last_name: name.into(), notes: "n".repeat(2000), ..Default::default() }
}

/// A small tmpfs mounted at a fresh folder, unmounted when dropped. `None` when this test does
/// not run as root (no mount): the caller says what it tested instead.
pub struct SmallDisk {
    pub dir: PathBuf,
    _parent: tempfile::TempDir,
}

impl SmallDisk {
    pub fn mount(size: &str) -> Option<SmallDisk> {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("disk");
        std::fs::create_dir(&dir).unwrap();
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(&dir).status().is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir, _parent: parent })
    }

    pub fn remount(&self, options: &str) {
        let ok = Command::new("mount").args(["-o", &format!("remount,{options}")]).arg(&self.dir).status().unwrap().success();
        assert!(ok, "remount {options}");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_read_only_connection_reads_and_refuses_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.add_customer(customer("Lecture"), &[], "").unwrap();
    }
    let before = bytes(&path);
    let mut store = Store::open_read_only(&path, None).unwrap();
    assert_eq!(store.count_customers("").unwrap(), 1);
    let err = store.add_customer(customer("Refusée"), &[], "").unwrap_err();
    assert!(err.is_read_only(), "{err:?}");
    drop(store);
    assert_eq!(bytes(&path), before, "nothing written");
}

#[test]
fn a_file_on_a_read_only_disk_opens_read_only() {
    let Some(disk) = SmallDisk::mount("4M") else {
        eprintln!("not root: the read-only disk is not tested here (the read-only connection is, above)");
        return;
    };
    let path = disk.dir.join("shop.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.add_customer(customer("Montée"), &[], "").unwrap();
    }
    assert!(fidele_store::is_writable(&path));
    disk.remount("ro");
    assert!(!fidele_store::is_writable(&path), "a read-only mount refuses even root");
    // The folder cannot hold the log's index: read as immutable.
    let mut store = Store::open_read_only(&path, None).unwrap();
    assert_eq!(store.count_customers("").unwrap(), 1);
    assert!(store.add_customer(customer("Refusée"), &[], "").unwrap_err().is_read_only());
}

#[test]
fn a_full_disk_refuses_the_write_whole_and_the_file_stays_whole() {
    let disk = SmallDisk::mount("2M");
    let (dir, _tmp) = match &disk {
        Some(d) => (d.dir.clone(), None),
        None => {
            let t = tempfile::tempdir().unwrap();
            (t.path().to_owned(), Some(t))
        }
    };
    let path = dir.join("shop.db");
    let mut store = Store::open(&path).unwrap();
    if disk.is_none() {
        // Not root: SQLite's own limit stands in for the full disk (same SQLITE_FULL).
        eprintln!("not root: max_page_count simulates the full disk");
        store.write(|tx| Ok(tx.pragma_update(None, "max_page_count", 170)?)).unwrap();
    }
    let mut added = 0;
    let err = loop {
        match store.add_customer(customer(&format!("Plein {added}")), &[], "") {
            Ok(_) => added += 1,
            Err(e) => break e,
        }
        assert!(added < 10_000, "the disk never filled");
    };
    assert!(err.is_disk_full(), "{err:?}");
    assert!(added > 10, "some customers fit: {added}");
    drop(store);
    // The shopkeeper frees some space: the file opens whole, with every customer saved before.
    if let Some(d) = &disk {
        d.remount("size=8M");
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    assert_eq!(store.count_customers("").unwrap(), added);
}

#[test]
fn a_backup_onto_a_full_disk_leaves_no_half_copy() {
    let Some(disk) = SmallDisk::mount("64k") else {
        eprintln!("not root: the full backup disk is not tested here");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let mut store = Store::open(&path).unwrap();
    for i in 0..60 {
        store.add_customer(customer(&format!("Copie {i}")), &[], "").unwrap();
    }
    let dest = disk.dir.join("copy.db");
    let err = store.backup_to(&dest).unwrap_err();
    assert!(err.is_disk_full(), "{err:?}");
    assert!(!dest.exists());
    assert_eq!(std::fs::read_dir(&disk.dir).unwrap().count(), 0, "no partial copy left");
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new());
    assert_eq!(store.count_customers("").unwrap(), 60);
}
