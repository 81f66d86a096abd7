//! The `fidele` binary as a shell user meets it.

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;

struct Shop {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

impl Shop {
    /// A new customer file, made with `fidele init`.
    fn new() -> Shop {
        let shop = Shop::without_file();
        shop.fidele().arg("init").assert().success();
        shop
    }

    /// A folder with no customer file in it yet.
    fn without_file() -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        Shop { _dir: dir, db }
    }

    /// The command, in English whatever the machine's locale, so the text it prints is stable.
    fn fidele(&self) -> Command {
        let mut cmd = Command::cargo_bin("fidele").unwrap();
        // The CLI speaks FIDELE_LANG, else the locale's language; these tests read its English.
        cmd.arg("--db").arg(&self.db).env_remove("FIDELE_DB").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "en_GB.UTF-8").env("FIDELE_LANG", "en");
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.fidele().args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The rows of a `--json` list (`{"total", "offset", "limit", "customers": [...]}`).
    fn rows(&self, args: &[&str]) -> Value {
        let page = self.json(args);
        let key = ["customers", "purchases", "interactions", "pairs", "entries"]
            .into_iter()
            .find(|k| page.get(k).is_some())
            .unwrap_or_else(|| panic!("not a list: {page}"));
        assert!(page["total"].is_u64() && page["offset"].is_u64() && (page["limit"].is_u64() || page["limit"].is_null()), "{page}");
        page[key].clone()
    }
}

#[test]
fn version_names_the_schema_and_the_commit() {
    let out = Shop::without_file().fidele().arg("--version").output().unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    let expected = format!("fidele {} (schema {}, commit ", env!("CARGO_PKG_VERSION"), fidele_store::LATEST_VERSION);
    assert!(line.starts_with(&expected), "{line}");
    // Built from this clone: the commit is the checkout's (12 hex digits).
    let commit = line.trim().trim_start_matches(&expected).trim_end_matches(')');
    assert_eq!(commit.len(), 12, "{line}");
    assert!(commit.chars().all(|c| c.is_ascii_hexdigit()), "{line}");
}

#[test]
fn init_demo_and_accentless_search() {
    let shop = Shop::without_file();
    shop.fidele().arg("init").assert().success().stdout(contains("ready"));
    shop.fidele().args(["demo", "--customers", "200", "--seed", "3"]).assert().success().stdout(contains("200 customers"));
    let all = shop.rows(&["customers", "list", "--json", "--limit", "500"]);
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
    let found = shop.rows(&["customers", "list", "--search", &plain, "--json"]);
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
    let found = shop.rows(&["customers", "list", "--search", "0612", "--json"]);
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
        .stderr(contains("--email: “pas-une-adresse” is not an e-mail address"));
    shop.fidele().args(["customers", "add", "--first-name", ""]).assert().code(2).stderr(contains("--last-name: Give a name"));
    shop.fidele().args(["customers", "add", "--last-name", "X", "--consent", "fax"]).assert().code(2).stderr(contains("--consent"));
    shop.fidele().args(["customers", "show", "999"]).assert().code(2).stderr(contains("Customer no. 999 does not exist"));
    shop.fidele().args(["customers", "frobnicate"]).assert().code(2);
    let all = shop.rows(&["customers", "list", "--json"]);
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


#[test]
fn a_thai_shop_prints_its_years_in_the_buddhist_era() {
    let shop = Shop::new();
    let before = shop.json(&["settings", "--json"]);
    assert_eq!((before["ui_language"].is_null(), before["calendar"].as_str()), (true, Some("gregorian")));
    let after = shop.json(&["settings", "--language", "th", "--calendar", "buddhist", "--json"]);
    assert_eq!((after["ui_language"].as_str(), after["calendar"].as_str()), (Some("th"), Some("buddhist")));
    shop.fidele().args(["settings", "--language", "de"]).assert().code(2);
    // The note a recorded run leaves on each customer names the month in the shop's calendar,
    // in the shop's language: a Thai shop's in Thai, in the Buddhist Era (a French shop's
    // notes keep the Gregorian year its French reader counts in).
    shop.fidele().args(["demo", "--language", "th", "--customers", "30"]).assert().success();
    let pdf = shop.db.with_file_name("december.pdf");
    shop.fidele().args(["cards", "--month", "2026-12", "-o", pdf.to_str().unwrap(), "--record"]).assert().success();
    let mut notes = Vec::new();
    for id in 1..=30 {
        let c = shop.json(&["customers", "show", &id.to_string(), "--json"]);
        notes.extend(c["interactions"].as_array().unwrap().iter().filter(|i| i["kind"] == "card_sent").map(|i| i["summary"].as_str().unwrap().to_owned()));
    }
    assert!(!notes.is_empty() && notes.iter().all(|n| n.ends_with("ธันวาคม 2569)")), "{notes:?}");
}

#[test]
fn analyze_reports_every_key() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "400", "--seed", "5"]).assert().success();
    let a = shop.json(&["analyze", "--json"]);
    for key in ["customers", "ladder", "rfm_segments", "pareto", "bgnbd", "gamma_gamma", "at_risk"] {
        assert!(a.get(key).is_some(), "missing {key}: {a}");
    }
    assert_eq!(a["customers"], 400);
    let ladder_total: u64 = a["ladder"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(ladder_total, 400, "every customer is on one rung");
    let share = a["pareto"]["gold_share_of_margin"].as_f64().unwrap();
    assert!((0.79..=1.0).contains(&share), "{share}");
    if a["bgnbd"].is_null() {
        assert!(a["bgnbd_unavailable_reason"].as_str().is_some());
    } else {
        assert_eq!(a["bgnbd"]["time_unit"], "week");
        assert!(a["bgnbd"]["r"].as_f64().unwrap() > 0.0);
    }
    shop.fidele().args(["analyze", "--as-of", "31/12/2025"]).assert().code(2).stderr(contains("--as-of"));
    shop.fidele().arg("analyze").assert().success().stdout(contains("Loyalty ladder"));

    let buyer = shop.rows(&["customers", "list", "--json", "--limit", "500"]);
    let id = buyer.as_array().unwrap().iter().find(|c| c["purchases"].as_i64().unwrap() >= 2).unwrap()["id"].to_string();
    let c = shop.json(&["customers", "show", &id, "--json"]);
    for key in ["stage", "rfm_segment", "p_alive", "expected_purchases_12m", "clv_12m"] {
        assert!(c.get(key).is_some(), "missing {key}: {c}");
    }
    assert!(["client", "supporter", "advocate"].contains(&c["stage"].as_str().unwrap()), "{}", c["stage"]);

    // Today's analysis recorded the last months' ladder moves: this repeat buyer's timeline
    // shows at least the month they became a client (the demo's purchases span three years,
    // so look for any customer with a move).
    let moved = buyer.as_array().unwrap().iter().take(100).any(|c| {
        let t = shop.json(&["customers", "timeline", &c["id"].to_string(), "--json", "--limit", "500"]);
        t["entries"].as_array().unwrap().iter().any(|e| e["type"] == "ladder" && e["ladder"]["to"].is_string())
    });
    assert!(moved, "no ladder move in any timeline");
}

#[test]
fn a_thin_shop_says_why_there_is_no_model() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "25", "--seed", "2"]).assert().success();
    let a = shop.json(&["analyze", "--json"]);
    assert!(a["bgnbd"].is_null(), "{a}");
    assert!(a["bgnbd_unavailable_reason"].as_str().unwrap().contains("too few repeat customers"));
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext is installed");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8(out.stdout).unwrap()
}

fn qpdf_ok(path: &std::path::Path) {
    let out = std::process::Command::new("qpdf").arg("--check").arg(path).output().expect("qpdf is installed");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("No syntax or stream encoding errors"), "{}: {text}", path.display());
}

#[test]
fn monthly_cards_one_per_consenting_customer_or_household_recorded_once() {
    let shop = Shop::new();
    let dir = shop._dir.path();
    shop.fidele().args(["demo", "--customers", "120", "--seed", "4"]).assert().success();
    let all = shop.rows(&["customers", "list", "--json", "--limit", "500"]);
    let all = all.as_array().unwrap();
    // Who should get a card, worked out from what `customers show` says.
    let mut eligible = Vec::new();
    let mut households = std::collections::BTreeSet::new();
    let mut singles = 0;
    for c in all {
        let d = shop.json(&["customers", "show", &c["id"].to_string(), "--json"]);
        let post = d["consents"].as_array().unwrap().iter().any(|ch| ch == "post");
        let address = !d["address"]["line1"].as_str().unwrap().trim().is_empty() && !d["address"]["city"].as_str().unwrap().trim().is_empty();
        if post && address {
            // Two households may share a name; members of one share its address.
            match d["household"].as_str() {
                Some(h) => {
                    households.insert((h.to_owned(), d["address"]["line1"].to_string(), d["address"]["postal_code"].to_string()));
                }
                None => singles += 1,
            }
            eligible.push(d);
        }
    }
    assert!(eligible.len() > 40 && eligible.len() < all.len(), "{} of {}", eligible.len(), all.len());

    let single = dir.join("march.pdf");
    let run = shop.json(&["cards", "--month", "2026-03", "-o", single.to_str().unwrap(), "--holdout", "0", "--json"]);
    assert_eq!(run["cards"].as_u64().unwrap() as usize, eligible.len(), "{run}");
    assert_eq!(run["pages"].as_u64().unwrap() as usize, 2 * eligible.len());
    let skipped: u64 = run["skipped"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(skipped as usize + eligible.len(), all.len(), "{run}");
    qpdf_ok(&single);
    let text = pdf_text(&single);
    assert!(text.contains("Nous pensons à vous"), "the month's message");
    assert!(text.contains("Chère Madame") && text.contains("Cher Monsieur"), "formal French openings");
    let accented = eligible.iter().map(|d| d["name"].as_str().unwrap()).find(|n| n.chars().any(|ch| "éèëïœçÉ".contains(ch))).expect("an accented name");
    assert!(text.contains(accented), "{accented} is on its card");
    assert!(text.contains("Code avantage : M2603-"), "a personal offer code");

    let four = dir.join("march-4up.pdf");
    let labels = dir.join("labels.pdf");
    let args = ["cards", "--month", "2026-03", "--households", "--layout", "4up", "-o", four.to_str().unwrap(), "--labels", labels.to_str().unwrap(), "--record", "--json"];
    let run = shop.json(&args);
    // 10 % of each stage held out by default: fewer cards, each held-out customer recorded as such.
    let held_out = run["held_out"].as_u64().unwrap() as usize;
    let printed = run["cards"].as_u64().unwrap() as usize;
    assert!(held_out > 0 && printed < households.len() + singles, "one card per household, some held out: {run}");
    assert_eq!(run["pages"].as_u64().unwrap() as usize, 2 * printed.div_ceil(4));
    assert_eq!(run["recorded"]["customers"].as_u64().unwrap() as usize + held_out, eligible.len(), "{run}");
    assert_eq!(run["recorded"]["held_out"].as_u64().unwrap() as usize, held_out);
    assert!(run["recorded"]["run"].as_i64().is_some());
    qpdf_ok(&four);
    qpdf_ok(&labels);
    assert!(pdf_text(&four).contains("Famille "), "household cards are addressed to the family");
    // The accented name of the first run may be held out of this one: another is on its label.
    let labels_text = pdf_text(&labels);
    let _ = accented;
    assert!(
        eligible.iter().map(|d| d["name"].as_str().unwrap()).filter(|n| n.chars().any(|ch| "éèëïœçÉ".contains(ch))).any(|n| labels_text.contains(n)),
        "an accented name on the labels"
    );

    let again = shop.json(&args);
    assert_eq!(again["recorded"]["customers"], 0, "{again}");
    assert!(again["recorded"]["run"].is_null());
    // Everyone eligible has the run once on their timeline: a card, or the hold-out.
    for d in &eligible {
        let timeline = shop.json(&["customers", "timeline", &d["id"].to_string(), "--json"]);
        let entries = timeline["entries"].as_array().unwrap();
        let once = entries.iter().filter(|e| e["type"] == "card" || e["type"] == "held_out").count();
        assert_eq!(once, 1, "{timeline}");
    }

    shop.fidele().args(["cards", "--month", "2026-13", "-o", "x.pdf"]).assert().code(2).stderr(contains("--month"));
    shop.fidele().args(["cards", "--month", "2026-03", "--layout", "8up", "-o", "x.pdf"]).assert().code(2).stderr(contains("--layout"));
}

#[test]
fn birthday_cards_and_the_weekly_sheet() {
    let shop = Shop::new();
    let dir = shop._dir.path();
    shop.fidele().args(["demo", "--customers", "150", "--seed", "5"]).assert().success();
    let pdf = dir.join("birthdays.pdf");
    let run = shop.json(&["cards", "--birthdays", "--from", "2026-01-01", "--to", "2026-06-30", "-o", pdf.to_str().unwrap(), "--json"]);
    assert!(run["cards"].as_u64().unwrap() > 5, "{run}");
    qpdf_ok(&pdf);
    assert!(pdf_text(&pdf).contains("joyeux anniversaire"));
    shop.fidele().args(["cards", "--birthdays", "--from", "2026-02-01", "-o", "x.pdf"]).assert().code(2);

    let sheet = dir.join("week.pdf");
    let week = shop.json(&["reminders", "--week", "2026-W11", "-o", sheet.to_str().unwrap(), "--json"]);
    assert_eq!(week["monday"], "2026-03-09");
    let listed: usize = week["groups"].as_object().unwrap().values().map(|g| g.as_array().unwrap().len()).sum();
    assert_eq!(listed as u64, week["entries"].as_u64().unwrap());
    qpdf_ok(&sheet);
    assert!(pdf_text(&sheet).contains("Qui appeler ou voir cette semaine"));
    for birthday in week["groups"]["birthday_coming"].as_array().into_iter().flatten() {
        assert!(pdf_text(&sheet).contains(birthday["name"].as_str().unwrap()));
    }
    shop.fidele().args(["reminders", "--week", "2026-11", "--json"]).assert().code(2).stderr(contains("--week"));
}

// -- import/export --

fn fixture(name: &str) -> String {
    format!("{}/../interchange/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_french_excel_file_is_previewed_imported_and_imported_again_without_duplicates() {
    let shop = Shop::new();
    let file = fixture("french_excel_cp1252.csv");
    let preview = shop.json(&["import", "customers", &file, "--dry-run", "--json"]);
    assert_eq!((preview["encoding"].as_str(), preview["delimiter"].as_str()), (Some("windows-1252"), Some(";")));
    assert_eq!((preview["new"].as_u64(), preview["updated"].as_u64(), preview["duplicates"].as_u64()), (Some(3), Some(0), Some(0)));
    assert_eq!(preview["mapping"][1], serde_json::json!({ "column": 2, "header": "Nom", "field": "last_name" }));
    assert!(shop.rows(&["customers", "list", "--json"]).as_array().unwrap().is_empty(), "a dry run writes nothing");

    shop.fidele().args(["import", "customers", &file]).assert().success().stdout(contains("3 new, 0 updated, 0 duplicates, 0 rejected"));
    let found = shop.rows(&["customers", "list", "--search", "duboeuf", "--json"]);
    assert_eq!(found[0]["name"], "Hélène Dubœuf");
    let helene = shop.json(&["customers", "show", &found[0]["id"].to_string(), "--json"]);
    assert_eq!(helene["birthday"], "1985-07-14");

    let again = shop.json(&["import", "customers", &file, "--json"]);
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(3)), "{again}");
    assert!(again["rows"][0]["reason"].as_str().unwrap().contains("nothing new"), "{again}");
    assert_eq!(shop.rows(&["customers", "list", "--json"]).as_array().unwrap().len(), 3);
}

#[test]
fn a_phone_export_updates_the_customer_it_matches_and_rejected_rows_name_their_line() {
    let shop = Shop::new();
    shop.fidele().args(["import", "customers", &fixture("french_excel_cp1252.csv")]).assert().success();
    // The iPhone's Hélène has another e-mail but the same mobile, written +33.
    let r = shop.json(&["import", "customers", &fixture("iphone_contacts_v30.vcf"), "--json"]);
    assert_eq!((r["format"].as_str(), r["new"].as_u64(), r["updated"].as_u64()), (Some("vCard"), Some(1), Some(1)), "{r}");
    let reason = r["rows"][0]["reason"].as_str().unwrap();
    assert!(reason.starts_with("same phone as Hélène Dubœuf") && reason.contains("e-mail helene@exemple.fr"), "{reason}");
    // The same, as codes a script can act on.
    assert_eq!((r["rows"][0]["matched_by"].as_str(), r["rows"][0]["matched_name"].as_str()), (Some("phone"), Some("Hélène Dubœuf")), "{r}");
    assert!(r["rows"][0]["changes"].as_array().unwrap().iter().any(|c| c["code"] == "email" && c["value"] == "helene@exemple.fr"), "{r}");

    let broken = shop.json(&["import", "customers", &fixture("broken_customers.csv"), "--dry-run", "--json"]);
    let rejected: Vec<(u64, String)> =
        broken["rejected"].as_array().unwrap().iter().map(|r| (r["line"].as_u64().unwrap(), r["reason"].as_str().unwrap().to_owned())).collect();
    assert_eq!(rejected.iter().map(|r| r.0).collect::<Vec<_>>(), [3, 7], "a ragged row and an unclosed quote");
    // A bad birthday or e-mail costs that field, not the customer: warnings, apart.
    let warning = &broken["warnings"][0];
    assert_eq!(
        (warning["line"].as_u64(), warning["field"].as_str(), warning["column"].as_str(), warning["code"].as_str(), warning["value"].as_str()),
        (Some(4), Some("birthday"), Some("Date de naissance"), Some("not_a_day"), Some("31/02/1985")),
        "{broken}"
    );
    assert_eq!((broken["warnings"][1]["line"].as_u64(), broken["warnings"][1]["code"].as_str()), (Some(5), Some("not_an_email")));
    shop.fidele()
        .args(["import", "customers", &fixture("broken_customers.csv"), "--dry-run"])
        .assert()
        .success()
        .stdout(contains("2 rejected, 2 warnings"))
        .stdout(contains("line 4: warning: column \"Date de naissance\": birthday: 31/02/1985 is not a day of the calendar. (left out)"));
}

#[test]
fn a_mapping_given_with_map_is_remembered_for_the_same_headers_and_map_still_wins() {
    let shop = Shop::new();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("caisse-mars.csv");
    std::fs::write(&first, "Code;Qui;Contact\nA1;Dupont Marie;marie@exemple.fr\n").unwrap();
    let guessed = shop.json(&["import", "customers", first.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!(guessed["mapping"][1]["field"], "ignore", "{guessed}");
    shop.fidele().args(["import", "customers", first.to_str().unwrap(), "--map", "Qui=full_name", "--map", "Code=external_ref"]).assert().success();
    // Next month's file from the same till: the same headers, read as corrected, no --map.
    let second = dir.path().join("caisse-avril.csv");
    std::fs::write(&second, "Code;Qui;Contact\nB2;Martin Paul;paul@exemple.fr\n").unwrap();
    let r = shop.json(&["import", "customers", second.to_str().unwrap(), "--json"]);
    assert_eq!((r["mapping"][0]["field"].as_str(), r["mapping"][1]["field"].as_str()), (Some("external_ref"), Some("full_name")), "{r}");
    assert_eq!(r["rows"][0]["name"], "Martin Paul", "{r}");
    // --map wins over what is remembered.
    let r = shop.json(&["import", "customers", second.to_str().unwrap(), "--dry-run", "--json", "--map", "Qui=notes"]);
    assert_eq!(r["mapping"][1]["field"], "notes", "{r}");
    // A dry run does not change what is remembered.
    let r = shop.json(&["import", "customers", second.to_str().unwrap(), "--dry-run", "--json"]);
    assert_eq!(r["mapping"][1]["field"], "full_name", "{r}");
}

#[test]
fn format_auto_names_the_source_and_format_forces_one() {
    let shop = Shop::new();
    let r = shop.json(&["import", "customers", &fixture("google_contacts.csv"), "--dry-run", "--json"]);
    assert_eq!((r["format"].as_str(), r["format_code"].as_str()), (Some("Google Contacts"), Some("google")), "{r}");
    shop.fidele().args(["import", "customers", &fixture("google_contacts.csv"), "--dry-run"]).assert().success().stdout(contains("Google Contacts, UTF-8"));
    let r = shop.json(&["import", "customers", &fixture("google_contacts.csv"), "--dry-run", "--json", "--format", "outlook"]);
    assert_eq!(r["format"], "Outlook", "{r}");
    // Every Google contact comes in, the impossible birthday left out with a warning.
    let r = shop.json(&["import", "customers", &fixture("google_contacts.csv"), "--json"]);
    assert_eq!((r["new"].as_u64(), r["rejected"].as_array().unwrap().len()), (Some(3), 0), "{r}");
    assert_eq!(r["warnings"], serde_json::json!([{ "line": 9, "field": "birthday", "column": "Birthday", "code": "not_a_day", "value": "1985-02-30", "reason": "birthday: 1985-02-30 is not a day of the calendar." }]));
    let again = shop.json(&["import", "customers", &fixture("google_contacts.csv"), "--json"]);
    assert_eq!((again["new"].as_u64(), again["updated"].as_u64()), (Some(0), Some(0)), "the same file twice adds nothing: {again}");
}

#[test]
fn a_corrected_mapping_from_the_command_line() {
    let shop = Shop::new();
    let file = fixture("french_excel_cp1252.csv");
    let r = shop.json(&["import", "customers", &file, "--dry-run", "--json", "--map", "Remarques=ignore", "--map", "10=consent_post"]);
    assert_eq!(r["mapping"][10]["field"], "ignore");
    assert_eq!(r["mapping"][9]["field"], "consent_post");
    shop.fidele().args(["import", "customers", &file, "--map", "Newsletter=colour"]).assert().code(2).stderr(contains("--map: “colour” is not one of: salutation"));
    shop.fidele().args(["import", "customers", &file, "--map", "Inconnue=notes"]).assert().code(2).stderr(contains("No column is named “Inconnue”"));
    shop.fidele().args(["import", "customers", &file, "--encoding", "ebcdic"]).assert().code(2).stderr(contains("--encoding"));
    shop.fidele().args(["import", "customers", "/nonexistent/clients.csv"]).assert().code(2).stderr(contains("/nonexistent/clients.csv"));
    // Read as UTF-8 by force, the Windows-1252 accents are garbled: the option is obeyed.
    let forced = shop.json(&["import", "customers", &file, "--dry-run", "--json", "--encoding", "utf-8"]);
    assert_eq!(forced["encoding"], "UTF-8");
}

#[test]
fn till_purchases_match_customers_and_unknown_references_are_refused_or_created() {
    let shop = Shop::new();
    shop.fidele().args(["import", "customers", &fixture("square_export.csv")]).assert().success();
    let till = fixture("till_export.csv");
    let dry = shop.json(&["import", "purchases", &till, "--dry-run", "--json"]);
    assert_eq!((dry["new"].as_u64(), dry["rejected_total"].as_u64()), (Some(3), Some(1)), "{dry}");
    assert_eq!(dry["rejected"][0]["line"], 4);
    assert!(dry["rejected"][0]["reason"].as_str().unwrap().contains("C-0042"), "{dry}");
    assert_eq!(dry["rejected"][0]["problems"][0]["code"], "unknown_number", "{dry}");
    assert_eq!(dry["rejected"][0]["problems"][0]["args"]["value"], "C-0042", "{dry}");

    let r = shop.json(&["import", "purchases", &till, "--create-customers", "--json"]);
    assert_eq!((r["new"].as_u64(), r["new_customers"].as_u64(), r["duplicates"].as_u64()), (Some(4), Some(1), Some(0)), "{r}");
    let helene = shop.rows(&["customers", "list", "--search", "helene", "--json"]);
    assert_eq!(helene[0]["purchases"], 3);
    assert_eq!(helene[0]["total"], "2510.50");
    let again = shop.json(&["import", "purchases", &till, "--create-customers", "--json"]);
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64(), again["new_customers"].as_u64()), (Some(0), Some(4), Some(0)));

    let broken = shop.json(&["import", "purchases", &fixture("broken_purchases.csv"), "--dry-run", "--json"]);
    let lines: Vec<u64> = broken["rejected"].as_array().unwrap().iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 7, 9], "line 8 has no customer: an anonymous sale, counted");
    assert_eq!(broken["anonymous"], 1);
    shop.fidele().args(["import", "purchases", &fixture("iphone_contacts_v30.vcf")]).assert().code(2).stderr(contains("column"));
}

#[test]
fn an_export_by_article_counts_each_receipt_once() {
    let shop = Shop::new();
    // The rows of one ticket are apart (the till sorts by article); the next day's ticket of
    // the same number is another sale.
    let file = fixture("french_till_by_article_cp1252.csv");
    let r = shop.json(&["import", "purchases", &file, "--create-customers", "--json"]);
    assert_eq!((r["new"].as_u64(), r["new_customers"].as_u64(), r["anonymous"].as_u64(), r["rejected_total"].as_u64()), (Some(3), Some(2), Some(1), Some(0)), "{r}");
    let again = shop.json(&["import", "purchases", &file, "--create-customers", "--json"]);
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(3)), "a second import adds nothing: {again}");
}

#[test]
fn a_till_export_is_named_mapped_remembered_and_its_warnings_told_apart() {
    let shop = Shop::new();
    // Loyverse: recognised, customers created with their names, the anonymous sale counted.
    let loyverse = fixture("loyverse_receipts.csv");
    let r = shop.json(&["import", "purchases", &loyverse, "--create-customers", "--json"]);
    assert_eq!(r["format"], "loyverse", "{r}");
    assert_eq!((r["new"].as_u64(), r["new_customers"].as_u64(), r["anonymous"].as_u64()), (Some(3), Some(2), Some(1)), "{r}");
    assert_eq!((r["refunds"].as_u64(), r["rejected_total"].as_u64()), (Some(1), Some(1)), "{r}");
    assert_eq!(r["rejected"][0]["problems"][0]["code"], "not_a_sale");
    let marie = shop.json(&["customers", "list", "--search", "dupont", "--json"]);
    assert_eq!(marie["customers"][0]["name"], "Marie Dupont", "{marie}");
    let again = shop.json(&["import", "purchases", &loyverse, "--create-customers", "--json"]);
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(3)), "a second import adds nothing");

    // A French till: a warning is not a refusal, in JSON and in text.
    let french = fixture("french_till_cp1252.csv");
    let r = shop.json(&["import", "purchases", &french, "--dry-run", "--create-customers", "--json"]);
    assert_eq!((r["format"].as_str(), r["encoding"].as_str(), r["delimiter"].as_str()), (Some("generic"), Some("windows-1252"), Some(";")), "{r}");
    assert_eq!(r["rejected_total"], 0, "{r}");
    assert_eq!(r["warnings"][0], serde_json::json!({"line": 4, "field": "cost", "code": "not_an_amount", "value": "n.c."}), "{r}");
    shop.fidele()
        .args(["import", "purchases", &french, "--dry-run", "--create-customers"])
        .assert()
        .success()
        .stdout(contains("1 anonymous sale skipped, 0 rejected, 1 warning"))
        .stdout(contains("line 4: warning: cost: “n.c.” is not an amount (write it like 12.50 or 12,50). (left out)"));

    // Headers nobody could guess: --map, then remembered for the next file with those headers.
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("caisse.csv");
    std::fs::write(&odd, "Quand;Qui;Combien;Quoi\n03/11/2026;helene@exemple.fr;12,50;Fleurs\n").unwrap();
    let odd = odd.to_str().unwrap();
    shop.fidele().args(["import", "purchases", odd]).assert().code(2).stderr(contains("The file needs a column for “date”"));
    shop.fidele().args(["import", "purchases", odd, "--map", "Quand=weekday"]).assert().code(2).stderr(contains("“weekday” is not one of: "));
    let mapped = shop.json(&["import", "purchases", odd, "--create-customers", "--json", "--map", "Quand=date", "--map", "Qui=email", "--map", "Combien=amount", "--map", "4=category"]);
    assert_eq!((mapped["new"].as_u64(), mapped["remembered"].as_bool()), (Some(1), Some(false)), "{mapped}");
    let next = dir.path().join("caisse-2.csv");
    std::fs::write(&next, "Quand;Qui;Combien;Quoi\n04/11/2026;helene@exemple.fr;8,00;Fleurs\n").unwrap();
    let r = shop.json(&["import", "purchases", next.to_str().unwrap(), "--json"]);
    assert_eq!((r["new"].as_u64(), r["remembered"].as_bool()), (Some(1), Some(true)), "{r}");
    assert_eq!(r["mapping"][3]["field"], "category");
    // --map still wins over what was remembered.
    let r = shop.json(&["import", "purchases", next.to_str().unwrap(), "--dry-run", "--json", "--map", "Quoi=ignore"]);
    assert_eq!((r["mapping"][3]["field"].as_str(), r["mapping"][0]["field"].as_str()), (Some("ignore"), Some("date")), "{r}");

    // --format forces a till: SumUp's "Email" column is the shop's own account, not a buyer.
    let sumup = fixture("sumup_transactions.csv");
    let auto = shop.json(&["import", "purchases", &sumup, "--dry-run", "--json"]);
    assert_eq!((auto["format"].as_str(), auto["anonymous"].as_u64()), (Some("sumup"), Some(2)), "{auto}");
    let generic = shop.json(&["import", "purchases", &sumup, "--dry-run", "--json", "--format", "generic"]);
    assert_eq!((generic["format"].as_str(), generic["anonymous"].as_u64()), (Some("generic"), Some(0)), "{generic}");
}

#[test]
fn exports_in_every_format_with_filters_and_household_labels() {
    let shop = Shop::new();
    let dir = tempfile::tempdir().unwrap();
    shop.fidele().args(["import", "customers", &fixture("french_excel_cp1252.csv")]).assert().success();
    shop.fidele()
        .args(["customers", "add", "--first-name", "Paul", "--last-name", "Dubœuf", "--address-line", "3 rue des Lilas"])
        .args(["--postal-code", "69003", "--city", "Lyon", "--consent", "post", "--tag", "vip"])
        .assert()
        .success();
    let out = |name: &str| dir.path().join(name);
    let path = |name: &str| out(name).to_str().unwrap().to_owned();

    shop.fidele().args(["export", "customers", "--format", "csv-excel", "-o", &path("excel.csv")]).assert().success().stdout(contains("4 customers"));
    let excel = std::fs::read(out("excel.csv")).unwrap();
    assert!(excel.starts_with(b"\xef\xbb\xbfCivilit\xc3\xa9;Pr\xc3\xa9nom;Nom"), "{}", String::from_utf8_lossy(&excel[..40]));
    assert!(String::from_utf8_lossy(&excel).contains("\"Hélène\";\"Dubœuf\""));

    shop.fidele().args(["export", "customers", "--format", "vcard", "--tag", "vip", "-o", &path("vip.vcf")]).assert().success().stdout(contains("1 customer written"));
    let vcf = std::fs::read_to_string(out("vip.vcf")).unwrap();
    assert!(vcf.contains("VERSION:4.0") && vcf.contains("FN:Paul Dubœuf") && !vcf.contains("Hélène"), "{vcf}");
    shop.fidele().args(["export", "customers", "--format", "vcard3", "--consent", "email", "-o", &path("mail.vcf")]).assert().success();
    let mail = std::fs::read_to_string(out("mail.vcf")).unwrap();
    assert!(mail.contains("VERSION:3.0") && mail.contains("Hélène") && mail.contains("Zoé") && !mail.contains("François"), "{mail}");

    // Labels: post consent and a usable address only (Hélène, François and Zoé gave no post consent).
    shop.fidele().args(["export", "customers", "--format", "labels-l7160", "-o", &path("labels.pdf")]).assert().success().stdout(contains("1 label written"));
    qpdf_ok(&out("labels.pdf"));
    assert!(pdf_text(&out("labels.pdf")).contains("Paul Dubœuf"));
    shop.fidele().args(["export", "customers", "--format", "labels-5160", "--household", "-o", &path("h.pdf")]).assert().success();
    shop.fidele().args(["export", "customers", "--format", "csv", "--household", "-o", &path("x.csv")]).assert().code(2).stderr(contains("--household"));
    shop.fidele().args(["export", "customers", "--format", "csv", "--consent", "fax", "-o", &path("x.csv")]).assert().code(2).stderr(contains("--consent"));
}

/// Regression: piping into `head` made println! panic on the closed pipe.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "300"]).assert().success();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fidele"))
        .env("FIDELE_LANG", "en")
        .args(["--db", shop.db.to_str().unwrap(), "customers", "list", "--limit", "300"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then the pipe closes
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---- the customer file: purchases, interactions, edit, merge, erase, export-one ----

fn add_customer(shop: &Shop, args: &[&str]) -> i64 {
    let out = shop.fidele().args(["customers", "add"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
}

fn id_of(shop: &Shop, args: &[&str]) -> i64 {
    let out = shop.fidele().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
}

#[test]
fn purchases_refunds_and_a_complaint_from_the_shell() {
    let shop = Shop::new();
    let c = add_customer(&shop, &["--first-name", "Hélène", "--last-name", "Dubœuf", "--phone", "+33 6 12 34 56 78", "--consent", "post"]);
    let c = c.to_string();
    let sale = id_of(&shop, &["purchases", "add", "--customer", &c, "--amount", "42,50", "--category", "Romans", "--at", "2025-03-01"]);
    id_of(&shop, &["purchases", "add", "--customer", &c, "--amount", "-12.50", "--refund-of", &sale.to_string(), "--at", "2025-03-02"]);
    let list = shop.rows(&["purchases", "list", "--customer", &c, "--json"]);
    let amounts: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["amount"].as_str().unwrap()).collect();
    assert_eq!(amounts, ["-12.50", "42.50"]);
    assert_eq!(list[0]["refund_of"], sale);
    // A purchase with refunds cannot be deleted; the message says why.
    shop.fidele().args(["purchases", "delete", &sale.to_string()]).assert().code(2).stderr(contains(format!("--purchase: Purchase no. {sale} has refunds pointing at it")));
    shop.fidele().args(["purchases", "add", "--customer", &c, "--amount", "douze"]).assert().code(2).stderr(contains("--amount: "));
    shop.fidele().args(["purchases", "add", "--customer", &c, "--amount", "-50", "--refund-of", &sale.to_string()]).assert().code(2).stderr(contains("--amount: More than is left to refund"));

    let complaint = id_of(&shop, &["interactions", "add", "--customer", &c, "--kind", "complaint", "--summary", "Livre abîmé", "--due", "2999-01-01"]);
    id_of(&shop, &["interactions", "add", "--customer", &c, "--kind", "call", "--summary", "A rappelé"]);
    let open = shop.rows(&["interactions", "list", "--open", "--json"]);
    assert_eq!(open.as_array().unwrap().iter().map(|i| i["id"].as_i64().unwrap()).collect::<Vec<_>>(), [complaint]);
    assert_eq!(open[0]["kind"], "complaint");
    shop.fidele().args(["interactions", "resolve", &complaint.to_string(), "--resolution", "Échangé"]).assert().success();
    assert!(shop.rows(&["interactions", "list", "--open", "--json"]).as_array().unwrap().is_empty());
    let all = shop.rows(&["interactions", "list", "--customer", &c, "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    shop.fidele().args(["interactions", "add", "--customer", &c, "--kind", "fax", "--summary", "x"]).assert().code(2).stderr(contains("--kind: "));
    shop.fidele().args(["interactions", "add", "--customer", "999", "--kind", "call", "--summary", "x"]).assert().code(2).stderr(contains("Customer no. 999 does not exist"));

    let timeline = shop.json(&["customers", "timeline", &c, "--json", "--limit", "3"]);
    // 2 purchases, 2 interactions, the complaint's resolution, 1 consent.
    assert_eq!(timeline["total"], 6, "{timeline}");
    assert_eq!(timeline["entries"].as_array().unwrap().len(), 3);
    let all = shop.json(&["customers", "timeline", &c, "--json"]);
    let resolved: Vec<&Value> = all["entries"].as_array().unwrap().iter().filter(|e| e["type"] == "resolved").collect();
    assert_eq!((resolved.len(), resolved[0]["interaction"]["resolution"].as_str()), (1, Some("Échangé")), "{all}");
    // Found by any spelling of the phone number; shown in the national format.
    let found = shop.rows(&["customers", "list", "--search", "0612", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    shop.fidele().args(["customers", "show", &c]).assert().success().stdout(contains("06 12 34 56 78"));
}

#[test]
fn edit_duplicates_merge_archive_erase_and_export_one() {
    let shop = Shop::new();
    let a = add_customer(&shop, &["--first-name", "Jan", "--last-name", "Peeters", "--email", "jan@exemple.be", "--country", "BE", "--postal-code", "3000"]);
    let b = add_customer(&shop, &["--first-name", "jan", "--last-name", "PEETERS", "--email", "JAN@exemple.be", "--phone", "0470 12 34 56", "--country", "BE", "--postal-code", "3000"]);
    let (a_s, b_s) = (a.to_string(), b.to_string());
    id_of(&shop, &["purchases", "add", "--customer", &b_s, "--amount", "10"]);
    let dups = shop.rows(&["customers", "duplicates", "--json"]);
    assert_eq!(dups[0]["first"]["id"], a);
    assert_eq!(dups[0]["second"]["id"], b);
    assert_eq!(dups[0]["reasons"], serde_json::json!(["email", "name_and_postcode"]));

    shop.fidele().args(["customers", "edit", &a_s, "--city", "Leuven", "--withdraw", "email"]).assert().success();
    shop.fidele().args(["customers", "edit", &a_s, "--email", "not-an-address"]).assert().code(2).stderr(contains("--email: “not-an-address” is not an e-mail address"));
    shop.fidele().args(["customers", "edit", &a_s, "--phone", "12"]).assert().code(2).stderr(contains("--phone: "));

    // Two people after all, then one after all: the undo gives both back, and the pair marked
    // as two people is no longer listed.
    let merged = shop.json(&["customers", "merge", &a_s, &b_s, "--json"]);
    let undo = merged["undo"].as_i64().unwrap().to_string();
    shop.fidele().args(["undo", &undo]).assert().success().stdout(contains("back as they were"));
    shop.fidele().args(["undo", &undo]).assert().code(2).stderr(contains("can no longer be undone"));
    assert_eq!(shop.json(&["customers", "export-one", &b_s])["purchases"].as_array().unwrap().len(), 1);
    shop.fidele().args(["customers", "not-duplicates", &b_s, &a_s]).assert().success().stdout(contains("two people"));
    assert!(shop.json(&["customers", "duplicates", "--json"])["pairs"].as_array().unwrap().is_empty());

    let merged = shop.json(&["customers", "merge", &a_s, &b_s, "--json"]);
    assert_eq!(merged["purchases"], 1);
    let record = shop.json(&["customers", "export-one", &a_s]);
    assert_eq!(record["customer"]["address"]["city"], "Leuven");
    assert_eq!(record["customer"]["phones"], serde_json::json!(["0470 12 34 56"]));
    assert_eq!(record["purchases"].as_array().unwrap().len(), 1);
    assert_eq!(record["customer"]["consent_history"][0]["granted"], false);
    shop.fidele().args(["customers", "show", &b_s]).assert().code(2).stderr(contains("does not exist"));

    shop.fidele().args(["customers", "archive", &a_s]).assert().success();
    assert!(shop.rows(&["customers", "list", "--json"]).as_array().unwrap().is_empty());
    shop.fidele().args(["customers", "unarchive", &a_s]).assert().success();
    assert_eq!(shop.rows(&["customers", "list", "--json"]).as_array().unwrap().len(), 1);

    shop.fidele().args(["customers", "erase", &a_s]).assert().code(2).stderr(contains("--yes"));
    shop.fidele().args(["customers", "erase", &a_s, "--yes"]).assert().success().stdout(contains("1 purchase kept"));
    let record = shop.json(&["customers", "export-one", &a_s]);
    assert_eq!(record["customer"]["last_name"], "");
    assert!(record["customer"]["erased_at"].is_string());
    assert_eq!(record["purchases"].as_array().unwrap().len(), 1);
    assert!(!record.to_string().to_lowercase().contains("peeters"));
}

#[test]
fn backup_then_restore_and_check() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "60"]).assert().success();
    let copy = shop.db.with_file_name("copie.db");
    shop.fidele().args(["backup", "-o", copy.to_str().unwrap()]).assert().success();
    let before = shop.rows(&["customers", "list", "--json", "--limit", "500"]);
    shop.fidele().args(["customers", "add", "--last-name", "Ajouté après"]).assert().success();
    shop.fidele().args(["restore", copy.to_str().unwrap()]).assert().success().stdout(contains("kept as"));
    assert_eq!(shop.rows(&["customers", "list", "--json", "--limit", "500"]), before);
    shop.fidele().args(["check"]).assert().success().stdout(contains("whole"));
    let junk = shop.db.with_file_name("junk.db");
    std::fs::write(&junk, "pas une base").unwrap();
    shop.fidele().args(["restore", junk.to_str().unwrap()]).assert().code(2).stderr(contains("not a Fidèle customer file"));
    assert_eq!(shop.rows(&["customers", "list", "--json", "--limit", "500"]), before, "nothing changed");
}

fn count(db: &std::path::Path, table: &str) -> i64 {
    let out = std::process::Command::new("sqlite3").arg(db).arg(format!("SELECT count(*) FROM {table}")).output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
}

/// A kill in the middle of a large import leaves the file whole, and the import wholly out.
#[test]
fn a_killed_import_leaves_the_file_whole_and_imports_nothing() {
    use std::io::Write;
    let shop = Shop::new();
    shop.fidele().arg("init").assert().success();
    let csv = shop.db.with_file_name("caisse.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
    writeln!(f, "customer_ref,date,amount,category").unwrap();
    for i in 0..400_000 {
        writeln!(f, "C{},2025-{:02}-{:02},{},Romans", i % 20_000, 1 + i % 12, 1 + i % 28, 5 + i % 90).unwrap();
    }
    drop(f);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fidele"))
        .env("FIDELE_LANG", "en")
        .args(["--db", shop.db.to_str().unwrap(), "import", "purchases", csv.to_str().unwrap(), "--create-customers"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Let it get well into the job (customers created, purchases being written into the file
    // through a rollback journal, as a large import does), then kill -9.
    let size = |name: &str| shop.db.with_file_name(name).metadata().map(|m| m.len()).unwrap_or(0);
    let before = size("shop.db");
    let started = std::time::Instant::now();
    while size("shop.db") < before + (4 << 20) && started.elapsed().as_secs() < 20 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(child.try_wait().unwrap().is_none(), "the import finished before it could be killed: make the file larger");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(size("shop.db-journal") > 0, "the killed import left its journal, for the next open to roll back");
    shop.fidele().arg("check").assert().success();
    assert_eq!(count(&shop.db, "purchases"), 0, "wholly out");
    assert_eq!(count(&shop.db, "customers"), 0, "the customers it was creating went with it");
}

/// A kill in the middle of recording a large card run leaves the file whole, and the run
/// wholly in or wholly out: the run, one recipient line and one `card_sent` interaction per
/// customer, all written in one transaction (`Store::record_cards`).
#[test]
fn a_killed_card_run_leaves_the_file_whole_and_the_run_wholly_in_or_out() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "20000", "--seed", "3"]).assert().success();
    let dir = shop._dir.path();
    // What the run will record: the same command without --record writes nothing to the file.
    let plan = shop.json(&["cards", "--month", "2026-03", "-o", dir.join("plan.pdf").to_str().unwrap(), "--json"]);
    let planned = plan["customers"].as_i64().unwrap();
    assert!(planned > 5_000, "a large run: {plan}");
    let sent = "interactions WHERE kind = 'card_sent'";
    let before = (count(&shop.db, "card_runs"), count(&shop.db, "card_run_recipients"), count(&shop.db, sent));

    let pdf = dir.join("mars.pdf");
    let wal = shop.db.with_file_name("shop.db-wal");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fidele"))
        .env("FIDELE_LANG", "en")
        .args(["--db", shop.db.to_str().unwrap(), "cards", "--month", "2026-03", "-o", pdf.to_str().unwrap(), "--record"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The PDF is written first, then the run is recorded; once the write-ahead log passes 1 MiB
    // the recording transaction is well under way (it ends near 5 MiB): kill -9 then.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(2));
        let recording = pdf.exists() && wal.metadata().map(|m| m.len() > 1 << 20).unwrap_or(false);
        if recording || child.try_wait().unwrap().is_some() || started.elapsed().as_secs() > 120 {
            break;
        }
    }
    assert!(child.try_wait().unwrap().is_none(), "the run was recorded before it could be killed: make the shop larger");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    shop.fidele().arg("check").assert().success().stdout(contains("whole"));
    let after = (count(&shop.db, "card_runs"), count(&shop.db, "card_run_recipients"), count(&shop.db, sent));
    let wholly_out = after == before;
    let wholly_in = after == (before.0 + 1, before.1 + planned, before.2 + planned);
    assert!(wholly_out || wholly_in, "before {before:?}, after {after:?}, planned {planned}");
    eprintln!("the killed run of {planned} cards is wholly {}", if wholly_out { "out" } else { "in" });
    // Wholly out, the same command records the whole run afterwards.
    if wholly_out {
        let again = shop.json(&["cards", "--month", "2026-03", "-o", pdf.to_str().unwrap(), "--record", "--json"]);
        assert_eq!(again["recorded"]["customers"].as_i64(), Some(planned), "{again}");
    }
}

#[path = "cli/passphrase.rs"]
mod passphrase;
#[path = "cli/conventions.rs"]
mod conventions;
#[path = "cli/languages.rs"]
mod languages;
#[path = "cli/counter.rs"]
mod counter;

/// Logs hold no personal data beyond ids and counts: whatever a command writes to stderr (its
/// warnings, its failures that are not about a value just typed) never names the customer.
#[test]
fn stderr_never_carries_a_customer_s_words() {
    let shop = Shop::new();
    let dir = shop._dir.path();
    shop.fidele().args(["demo", "--customers", "60", "--seed", "9"]).assert().success();
    let id = add_customer(
        &shop,
        &[
            "--first-name", "Quillonne", "--last-name", "Marqueterie", "--company", "Quillonne SARL", "--email", "quillonne@exemple.fr",
            "--phone", "06 98 76 54 32", "--address-line", "7 impasse Quillonne", "--postal-code", "69003", "--city", "Quillonneville",
            "--notes", "Quillonne note", "--preferences", "Quillonne aime", "--tag", "quillonne", "--consent", "post,email",
        ],
    )
    .to_string();
    let twin = add_customer(&shop, &["--first-name", "Quillonne", "--last-name", "Marqueterie", "--email", "quillonne@exemple.fr"]).to_string();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let runs: Vec<Vec<String>> = [
        vec!["customers", "list", "--search", "quillonne"],
        vec!["customers", "show", &id, "--json"],
        vec!["customers", "timeline", &id],
        vec!["customers", "duplicates"],
        vec!["customers", "export-one", &id],
        vec!["purchases", "add", "--customer", &id, "--amount", "12,50", "--category", "Quillonne", "--note", "Quillonne"],
        vec!["interactions", "add", "--customer", &id, "--kind", "complaint", "--summary", "Quillonne fâchée"],
        vec!["interactions", "list", "--open"],
        vec!["analyze"],
        vec!["cards", "--month", "2026-03", "-o", &out("m.pdf"), "--labels", &out("l.pdf"), "--record"],
        // A day with few birthdays or none: a run, or the "no card" warning.
        vec!["cards", "--birthdays", "--from", "2026-02-28", "--to", "2026-02-28", "-o", &out("none.pdf")],
        vec!["reminders", "--week", "2026-W10", "-o", &out("week.pdf")],
        vec!["export", "customers", "--format", "csv", "-o", &out("c.csv")],
        vec!["export", "customers", "--format", "vcard", "-o", &out("c.vcf")],
        vec!["backup", "-o", &out("copy.db")],
        vec!["check"],
        vec!["customers", "merge", &id, &twin],
        vec!["customers", "show", &twin],
        vec!["customers", "erase", &id, "--yes"],
        vec!["customers", "show", &id],
    ]
    .iter()
    .map(|r| r.iter().map(|s| s.to_string()).collect())
    .collect();
    for args in runs {
        let output = shop.fidele().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).to_lowercase();
        for word in ["quillonne", "marqueterie", "98 76 54 32", "0698765432"] {
            assert!(!stderr.contains(word), "`fidele {}` wrote \"{word}\" to stderr: {stderr}", args.join(" "));
        }
    }
}

/// `export customers --stage/--segment` take the customers `analyze` counts on that stage or in
/// that segment today.
#[test]
fn exports_filter_by_ladder_stage_and_rfm_segment() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "120"]).assert().success();
    let analysis = shop.json(&["analyze", "--json"]);
    let out = shop.db.with_file_name("export.csv");
    let exported = |flag: &str, value: &str| -> u64 {
        let run = shop.fidele().args(["export", "customers", "--format", "csv", "-o", out.to_str().unwrap(), flag, value]).output().unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let text = String::from_utf8(run.stdout).unwrap();
        text.split_whitespace().next().unwrap().parse().unwrap()
    };
    let mut checked = 0;
    for (stage, count) in analysis["ladder"].as_object().unwrap() {
        assert_eq!(exported("--stage", stage), count.as_u64().unwrap(), "{stage}");
        checked += count.as_u64().unwrap();
    }
    assert_eq!(checked, 120, "every customer is on one stage");
    for (segment, count) in analysis["rfm_segments"].as_object().unwrap() {
        assert_eq!(exported("--segment", segment), count.as_u64().unwrap(), "{segment}");
    }
    shop.fidele()
        .args(["export", "customers", "--format", "csv", "-o", out.to_str().unwrap(), "--stage", "gold"])
        .assert()
        .code(2)
        .stderr(contains("--stage: \"gold\" is not one of prospect, customer"));
    shop.fidele()
        .args(["export", "customers", "--format", "vcard", "-o", out.to_str().unwrap(), "--segment", "vip"])
        .assert()
        .code(2)
        .stderr(contains("--segment: \"vip\" is not one of champions"));
}

/// The words of an occasion's cards, shown and set per language.
#[test]
fn card_texts_per_language_from_the_command_line() {
    let shop = Shop::new();
    let shown = shop.json(&["card-texts", "month-03", "--json"]);
    assert_eq!((shown["language"].as_str(), shown["greeting"].as_str(), shown["default_greeting"].as_bool()), (Some("fr"), Some("Joyeux printemps"), Some(true)));
    let set = shop.json(&["card-texts", "month-03", "--language", "nl", "--greeting", "Lentegroeten", "--json"]);
    assert_eq!((set["greeting"].as_str(), set["default_greeting"].as_bool(), set["default_message"].as_bool()), (Some("Lentegroeten"), Some(false), Some(true)), "{set}");
    assert_eq!(shop.json(&["card-texts", "month-03", "--json"])["greeting"], "Joyeux printemps", "the French words are untouched");
    let back = shop.json(&["card-texts", "month-03", "--language", "nl", "--greeting", "", "--json"]);
    assert_eq!(back["default_greeting"], true, "empty goes back to the suggested words");
    shop.fidele().args(["card-texts", "month-13"]).assert().code(2).stderr(contains("occasion"));
    shop.fidele().args(["card-texts", "month-03", "--language", "de"]).assert().code(2).stderr(contains("--language"));
}

/// The CLI words a refusal in the language of LANG: French for fr_FR, Dutch for nl_BE, English
/// for a language Fidèle does not speak; the exit code stays 2.
#[test]
fn a_refusal_is_worded_in_the_language_of_lang() {
    let shop = Shop::new();
    let said = |lang: &str| {
        let out = shop.fidele().env_remove("FIDELE_LANG").env("LANG", lang).args(["customers", "add", "--last-name", "Martin", "--email", "pas-un-email"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(said("fr_FR.UTF-8").contains("--email: « pas-un-email » n'est pas une adresse e-mail."), "{}", said("fr_FR.UTF-8"));
    assert!(said("nl_BE.UTF-8").contains("--email: ‘pas-un-email’ is geen e-mailadres."), "{}", said("nl_BE.UTF-8"));
    assert!(said("de_DE.UTF-8").contains("--email: “pas-un-email” is not an e-mail address."), "{}", said("de_DE.UTF-8"));
}
#[path = "cli/loyalty.rs"]
mod loyalty;
#[path = "cli/campaigns.rs"]
mod campaigns;
