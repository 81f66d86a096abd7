//! A migration that shipped in a release never changes: a customer file migrated by that
//! release has already run it, and would never run the edited text. The list of what each
//! release shipped, with each file's SHA-256, is `released-migrations.txt`; a schema change
//! after a release is a new migration.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

struct Released {
    sha256: String,
    file: String,
    release: String,
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn released() -> Vec<Released> {
    let text = std::fs::read_to_string(crate_dir().join("released-migrations.txt")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut fields = l.split_whitespace();
            let mut next = || fields.next().unwrap_or_else(|| panic!("released-migrations.txt: `{l}` needs sha256, file and release")).to_owned();
            Released { sha256: next(), file: next(), release: next() }
        })
        .collect()
}

fn migration_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(crate_dir().join("src/migrations"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    files
}

fn sha256_of(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn no_released_migration_was_edited() {
    let released = released();
    assert!(!released.is_empty(), "the first release's migrations are listed");
    for r in &released {
        let now = sha256_of(&crate_dir().join("src/migrations").join(&r.file));
        assert_eq!(
            now, r.sha256,
            "{} shipped in {} and was edited since: put it back and write the change as a new migration",
            r.file, r.release
        );
    }
}

#[test]
fn the_released_migrations_are_the_first_ones_in_order() {
    // Released ones first, none skipped: a migration numbered among the released ones but not
    // listed would be one that a released file never ran, inserted before others it did run.
    let released: Vec<String> = released().into_iter().map(|r| r.file).collect();
    let files = migration_files();
    assert!(files.len() >= released.len(), "a released migration's file is missing: {released:?} vs {files:?}");
    assert_eq!(files[..released.len()], released[..], "the released migrations are the first files, in order");
}

#[test]
fn a_changed_byte_is_caught() {
    // The check itself: the hash of an edited copy is not the released one.
    let first = &released()[0];
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join(&first.file);
    let mut bytes = std::fs::read(crate_dir().join("src/migrations").join(&first.file)).unwrap();
    bytes.push(b'\n');
    std::fs::write(&copy, bytes).unwrap();
    assert_ne!(sha256_of(&copy), first.sha256);
}
