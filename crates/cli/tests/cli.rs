//! The `fidele` binary as a shell user meets it.

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;

struct Shop {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

impl Shop {
    fn new() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        Shop { _dir: dir, db }
    }

    fn fidele(&self) -> Command {
        let mut cmd = Command::cargo_bin("fidele").unwrap();
        cmd.arg("--db").arg(&self.db).env_remove("FIDELE_DB");
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.fidele().args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

#[test]
fn init_demo_and_accentless_search() {
    let shop = Shop::new();
    shop.fidele().arg("init").assert().success().stdout(contains("ready"));
    shop.fidele().args(["demo", "--customers", "200", "--seed", "3"]).assert().success().stdout(contains("200 customers"));
    let all = shop.json(&["customers", "list", "--json", "--limit", "500"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 200);
    // Pick an accented name from the demo and find it typed plainly.
    let accented = all
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .find(|n| n.chars().any(|ch| "éèëïœç".contains(ch)))
        .expect("the demo has accented names");
    let plain: String = accented
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ë' => 'e',
            'ï' => 'i',
            'ç' => 'c',
            other => other,
        })
        .collect::<String>()
        .replace('œ', "oe")
        .to_lowercase();
    let found = shop.json(&["customers", "list", "--search", &plain, "--json"]);
    assert!(found.as_array().unwrap().iter().any(|c| c["name"] == accented.as_str()), "{plain} → {found}");
}

#[test]
fn demo_refuses_a_file_with_customers() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "20"]).assert().success();
    shop.fidele().args(["demo", "--customers", "20"]).assert().code(2).stderr(contains("already has customers"));
}

#[test]
fn add_then_show() {
    let shop = Shop::new();
    let out = shop
        .fidele()
        .args([
            "customers", "add", "--salutation", "Madame", "--first-name", "Hélène", "--last-name", "Dubœuf",
            "--email", "helene@exemple.fr", "--phone", "06 12 34 56 78", "--birthday", "--02-29",
            "--address-line", "3 rue des Lilas", "--postal-code", "69003", "--city", "Lyon", "--country", "fr",
            "--consent", "post,email",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let c = shop.json(&["customers", "show", &id, "--json"]);
    assert_eq!(c["name"], "Hélène Dubœuf");
    assert_eq!(c["birthday"], "--02-29");
    assert_eq!(c["address"]["country"], "FR");
    assert_eq!(c["consents"], serde_json::json!(["post", "email"]));
    let found = shop.json(&["customers", "list", "--search", "0612", "--json"]);
    assert_eq!(found[0]["id"].to_string(), id);
    shop.fidele().args(["customers", "show", &id]).assert().success().stdout(contains("Hélène Dubœuf"));
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    let shop = Shop::new();
    shop.fidele()
        .args(["customers", "add", "--last-name", "Peeters", "--email", "pas-une-adresse", "--birthday", "1983-02-29"])
        .assert()
        .code(2)
        .stderr(contains("--birthday: 1983-02-29 is not a day"))
        .stderr(contains("--email: \"pas-une-adresse\" is not an e-mail address"));
    shop.fidele().args(["customers", "add", "--first-name", ""]).assert().code(2).stderr(contains("--last-name: give a name"));
    shop.fidele().args(["customers", "add", "--last-name", "X", "--consent", "fax"]).assert().code(2).stderr(contains("--consent"));
    shop.fidele().args(["customers", "show", "999"]).assert().code(2).stderr(contains("customer 999 does not exist"));
    shop.fidele().args(["customers", "frobnicate"]).assert().code(2);
    let all = shop.json(&["customers", "list", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 0, "nothing half-saved");
}

#[test]
fn a_newer_file_is_refused_with_exit_1_and_untouched() {
    let shop = Shop::new();
    shop.fidele().arg("init").assert().success();
    let bumped = std::process::Command::new("sqlite3")
        .arg(&shop.db)
        .arg("PRAGMA journal_mode=DELETE; PRAGMA user_version=999;")
        .status()
        .expect("the sqlite3 shell is part of the test set-up (make test installs it)");
    assert!(bumped.success());
    let before = std::fs::read(&shop.db).unwrap();
    shop.fidele().args(["customers", "list"]).assert().code(1).stderr(contains("newer version of Fidèle"));
    assert_eq!(std::fs::read(&shop.db).unwrap(), before);
}

