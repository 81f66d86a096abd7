//! `fidele passphrase` and every command on an encrypted customer file.

use assert_cmd::Command;
use predicates::str::contains;

use super::Shop;

/// `fidele` with no passphrase in the environment and stdin a pipe (not a terminal).
fn bare(shop: &Shop) -> Command {
    let mut cmd = shop.fidele();
    cmd.env_remove("FIDELE_PASSPHRASE").env_remove("FIDELE_NEW_PASSPHRASE").write_stdin("");
    cmd
}

fn with(shop: &Shop, passphrase: &str) -> Command {
    let mut cmd = bare(shop);
    cmd.env("FIDELE_PASSPHRASE", passphrase);
    cmd
}

fn sqlite3_count(db: &std::path::Path) -> Option<std::process::Output> {
    std::process::Command::new("sqlite3").arg(db).arg("select count(*) from customers").output().ok()
}

#[test]
fn set_use_change_and_remove_a_passphrase() {
    let shop = Shop::new();
    bare(&shop).args(["demo", "--customers", "30", "--seed", "2"]).assert().success();
    with(&shop, "Mon libraire 2026").args(["passphrase", "set"]).assert().success().stdout(contains("now encrypted"));

    match sqlite3_count(&shop.db) {
        Some(out) => {
            assert!(!out.status.success());
            assert!(String::from_utf8_lossy(&out.stderr).contains("file is not a database"), "{}", String::from_utf8_lossy(&out.stderr));
        }
        None => eprintln!("sqlite3 is not installed: shell check skipped"),
    }

    // No passphrase and no terminal: a clear error naming the variable.
    bare(&shop)
        .args(["customers", "list"])
        .assert()
        .code(2)
        .stderr(contains("protected by a passphrase"))
        .stderr(contains("FIDELE_PASSPHRASE"));
    let before = std::fs::read(&shop.db).unwrap();
    with(&shop, "pas la bonne").args(["customers", "list"]).assert().code(2).stderr(contains("Wrong passphrase"));
    assert_eq!(std::fs::read(&shop.db).unwrap(), before, "a wrong passphrase leaves the file byte for byte");
    let listed = with(&shop, "Mon libraire 2026").args(["customers", "list", "--json", "--limit", "100"]).output().unwrap();
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows["customers"].as_array().unwrap().len(), 30);

    with(&shop, "Mon libraire 2026").args(["passphrase", "set"]).assert().code(2).stderr(contains("passphrase change"));
    with(&shop, "pas la bonne").env("FIDELE_NEW_PASSPHRASE", "x").args(["passphrase", "change"]).assert().code(2).stderr(contains("Wrong passphrase"));
    with(&shop, "Mon libraire 2026").env("FIDELE_NEW_PASSPHRASE", "Nouvelle phrase").args(["passphrase", "change"]).assert().success();
    with(&shop, "Mon libraire 2026").arg("check").assert().code(2).stderr(contains("Wrong passphrase"));
    with(&shop, "Nouvelle phrase").arg("check").assert().success().stdout(contains("whole"));

    bare(&shop).args(["passphrase", "remove"]).assert().code(2).stderr(contains("FIDELE_PASSPHRASE"));
    with(&shop, "Nouvelle phrase").args(["passphrase", "remove"]).assert().success().stdout(contains("no longer encrypted"));
    bare(&shop).arg("check").assert().success();
    if let Some(out) = sqlite3_count(&shop.db) {
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "30");
    }
    bare(&shop).args(["passphrase", "remove"]).assert().code(2).stderr(contains("has no passphrase"));
}

#[test]
fn backups_of_an_encrypted_file_stay_encrypted_and_restore_with_the_passphrase() {
    let shop = Shop::new();
    bare(&shop).args(["demo", "--customers", "20", "--seed", "4"]).assert().success();
    with(&shop, "clé").args(["passphrase", "set"]).assert().success();
    let copy = shop.db.with_file_name("copie.db");
    with(&shop, "clé").arg("backup").arg("-o").arg(&copy).assert().success();
    if let Some(out) = sqlite3_count(&copy) {
        assert!(String::from_utf8_lossy(&out.stderr).contains("file is not a database"));
    }
    with(&shop, "clé").args(["customers", "add", "--last-name", "Après"]).assert().success();

    bare(&shop).arg("restore").arg(&copy).assert().code(2).stderr(contains("FIDELE_PASSPHRASE"));
    with(&shop, "faux").arg("restore").arg(&copy).assert().code(2).stderr(contains("Wrong passphrase"));
    with(&shop, "clé").arg("restore").arg(&copy).assert().success().stdout(contains("restored"));
    let listed = with(&shop, "clé").args(["customers", "list", "--json", "--limit", "100"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows["customers"].as_array().unwrap().len(), 20, "the backup, without the customer added after it");
}
