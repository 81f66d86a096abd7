//! `fidele` as scripts expect it: a missing file refused, counts in their plural, `--quiet`,
//! exit codes, completions and the man page.

use assert_cmd::Command;
use predicates::str::contains;

use super::Shop;

/// Every file in the shop's folder, to prove that nothing was created.
fn files_in(shop: &Shop) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(shop.db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_missing_file_is_refused_with_exit_2_and_nothing_is_created() {
    let shop = Shop::without_file();
    let commands: &[&[&str]] = &[
        &["customers", "list"],
        &["customers", "list", "--json"],
        &["customers", "add", "--last-name", "Martin"],
        &["export", "customers", "--format", "csv", "-o", "/dev/null"],
        &["analyze"],
        &["check"],
        &["demo"],
        &["backup", "-o", "/dev/null"],
        &["passphrase", "set"],
    ];
    for args in commands {
        shop.fidele()
            .args(*args)
            .env("FIDELE_PASSPHRASE", "not used at all")
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(shop.db.display().to_string()))
            .stderr(contains("fidele init"));
        assert!(files_in(&shop).is_empty(), "{args:?} left {:?}", files_in(&shop));
    }
    // A mistyped FIDELE_DB, in a folder that does not exist either.
    let typo = shop.db.parent().unwrap().join("typo").join("shop.db");
    Command::cargo_bin("fidele")
        .unwrap()
        .env("FIDELE_LANG", "en")
        .env("FIDELE_DB", &typo)
        .args(["customers", "list", "--json"])
        .assert()
        .code(2)
        .stderr(contains(typo.display().to_string()));
    assert!(files_in(&shop).is_empty(), "{:?}", files_in(&shop));
}

#[test]
fn init_creates_the_file_once_and_leaves_an_existing_one_alone() {
    let shop = Shop::without_file();
    shop.fidele().arg("init").assert().success().stdout(contains("is ready"));
    shop.fidele().args(["customers", "add", "--last-name", "Martin"]).assert().success();
    let before = std::fs::read(&shop.db).unwrap();
    let modified = std::fs::metadata(&shop.db).unwrap().modified().unwrap();
    shop.fidele().arg("init").assert().success().stdout(contains("already exists; nothing was changed"));
    assert_eq!(std::fs::read(&shop.db).unwrap(), before);
    assert_eq!(std::fs::metadata(&shop.db).unwrap().modified().unwrap(), modified);
    let list = shop.json(&["customers", "list", "--json"]);
    assert_eq!(list["total"], 1, "{list}");
}

#[test]
fn restore_may_create_the_file_it_restores() {
    let shop = Shop::new();
    shop.fidele().args(["customers", "add", "--last-name", "Martin"]).assert().success();
    let backup = shop.db.with_file_name("copy.db");
    shop.fidele().args(["backup", "-o"]).arg(&backup).assert().success();
    let elsewhere = shop.db.with_file_name("restored.db");
    Command::cargo_bin("fidele")
        .unwrap()
        .env("FIDELE_LANG", "en")
        .env_remove("FIDELE_DB")
        .arg("--db")
        .arg(&elsewhere)
        .arg("restore")
        .arg(&backup)
        .assert()
        .success();
    assert!(elsewhere.exists());
}

#[test]
fn counts_are_singular_for_one_and_plural_otherwise() {
    let shop = Shop::new();
    let out = shop.db.with_file_name("out.csv");
    shop.fidele().args(["export", "customers", "--format", "csv", "-o"]).arg(&out).assert().success().stdout(contains("0 customers written"));
    shop.fidele()
        .args(["customers", "add", "--last-name", "Martin", "--consent", "post", "--address-line", "1 rue Haute", "--postal-code", "75001", "--city", "Paris"])
        .assert()
        .success();
    shop.fidele().args(["export", "customers", "--format", "csv", "-o"]).arg(&out).assert().success().stdout(contains("1 customer written"));
    shop.fidele().args(["customers", "add", "--last-name", "Durand"]).assert().success();
    shop.fidele().args(["export", "customers", "--format", "csv", "-o"]).arg(&out).assert().success().stdout(contains("2 customers written"));
    let labels = shop.db.with_file_name("labels.pdf");
    shop.fidele()
        .args(["export", "customers", "--format", "labels-l7160", "--consent", "post", "-o"])
        .arg(&labels)
        .assert()
        .success()
        .stdout(contains("1 label written"));
}

#[test]
fn quiet_keeps_the_data_and_drops_the_summary() {
    let shop = Shop::new();
    let id = shop.fidele().args(["--quiet", "customers", "add", "--last-name", "Martin"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&id.stdout).trim().parse::<i64>().unwrap(), 1, "the new id is data");
    let out = shop.db.with_file_name("out.csv");
    shop.fidele().args(["export", "customers", "--format", "csv", "--quiet", "-o"]).arg(&out).assert().success().stdout("");
    assert!(std::fs::read_to_string(&out).unwrap().contains("Martin"));
    shop.fidele().args(["-q", "check"]).assert().success().stdout("");
    let list = shop.fidele().args(["-q", "customers", "list", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(list["customers"][0]["name"], "Martin");
}

#[test]
fn json_lists_say_their_total_and_page_and_all_streams_every_row() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "130", "--seed", "5"]).assert().success();
    let page = shop.json(&["customers", "list", "--json", "--limit", "20", "--offset", "100"]);
    assert_eq!((page["total"].as_u64(), page["offset"].as_u64(), page["limit"].as_u64()), (Some(130), Some(100), Some(20)), "{page}");
    assert_eq!(page["customers"].as_array().unwrap().len(), 20);
    let tail = shop.json(&["customers", "list", "--json", "--offset", "120"]);
    assert_eq!(tail["customers"].as_array().unwrap().len(), 10, "the last page is short; total says so");
    let all = shop.json(&["customers", "list", "--json", "--all"]);
    assert_eq!((all["total"].as_u64(), all["offset"].as_u64()), (Some(130), Some(0)));
    assert!(all["limit"].is_null(), "{}", all["limit"]);
    let ids: std::collections::BTreeSet<i64> = all["customers"].as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert_eq!(ids.len(), 130, "every customer once");
    shop.fidele().args(["customers", "list", "--all", "--limit", "5"]).assert().code(2);
    let empty = shop.json(&["customers", "list", "--json", "--search", "zzzzqqq"]);
    assert_eq!(empty, serde_json::json!({"total": 0, "offset": 0, "limit": 50, "customers": []}));

    // The text output keeps its footer, and --all prints every line without one.
    shop.fidele().args(["customers", "list"]).assert().success().stdout(contains("(50 of 130 shown"));
    let text = shop.fidele().args(["customers", "list", "--all"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert_eq!(text.lines().count(), 130, "{text}");

    // The other lists have the same shape.
    let dups = shop.json(&["customers", "duplicates", "--json", "--limit", "1"]);
    assert!(dups["total"].as_u64().is_some() && dups["pairs"].as_array().unwrap().len() <= 1, "{dups}");
    let open = shop.json(&["interactions", "list", "--open", "--json", "--limit", "2"]);
    assert!(open["total"].as_u64().unwrap() >= open["interactions"].as_array().unwrap().len() as u64, "{open}");
    let buyer = all["customers"].as_array().unwrap().iter().find(|c| c["purchases"].as_i64().unwrap() >= 3).unwrap();
    let id = buyer["id"].to_string();
    let purchases = shop.json(&["purchases", "list", "--customer", &id, "--json", "--limit", "2"]);
    assert_eq!(purchases["total"], buyer["purchases"], "{purchases}");
    assert_eq!(purchases["purchases"].as_array().unwrap().len(), 2);
    let timeline = shop.json(&["customers", "timeline", &id, "--json", "--all"]);
    assert_eq!(timeline["entries"].as_array().unwrap().len() as u64, timeline["total"].as_u64().unwrap());
}

/// LibreOffice Calc (`soffice --headless`), or `None` with a loud message when it is missing
/// outside CI. Under CI it must be there (`scripts/setup-debian.sh test` installs it).
fn soffice() -> Option<&'static str> {
    let found = std::process::Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if found {
        return Some("soffice");
    }
    assert!(std::env::var("CI").as_deref() != Ok("true"), "soffice is missing: scripts/setup-debian.sh test installs libreoffice-calc-nogui");
    eprintln!("\n!!! SKIPPED: soffice (LibreOffice Calc) is not installed, so no spreadsheet opened the export.\n!!! Install it with scripts/setup-debian.sh test (libreoffice-calc-nogui).\n");
    None
}

/// Opens `files` (CSV separated by `separator`) in LibreOffice Calc with formula evaluation on,
/// as Excel does, and returns each as Calc shows it (saved back as comma-separated text of
/// the values shown).
fn as_calc_shows(dir: &std::path::Path, separator: u8, files: &[&std::path::Path]) -> Vec<String> {
    let out = dir.join("calc");
    let profile = dir.join("lo-profile");
    // Import: separator, '"', UTF-8, from line 1, standard cells, en-US, quoted fields not
    // forced to text, no special numbers, ..., token 13: evaluate formulas.
    let import = format!("CSV:{separator},34,76,1,,1033,false,false,false,false,false,-1,true");
    let status = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--norestore", &format!("--infilter={import}")])
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true,false", "--outdir"])
        .arg(&out)
        .args(files)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    files.iter().map(|f| std::fs::read_to_string(out.join(f.file_name().unwrap())).unwrap()).collect()
}

#[test]
fn libreoffice_evaluates_nothing_in_an_export() {
    let Some(_) = soffice() else { return };
    let shop = Shop::new();
    let dir = shop.db.parent().unwrap();
    shop.fidele()
        .args(["customers", "add", "--first-name", "=1+1", "--last-name", "=HYPERLINK(\"http://exemple.com\";\"clic\")"])
        .args(["--company", "=10*10", "--notes", "=2*21", "--city", "@SUM(1+1)", "--phone", "+33 6 12 34 56 78"])
        .assert()
        .success();
    let plain = dir.join("plain.csv");
    let excel = dir.join("excel.csv");
    shop.fidele().args(["export", "customers", "--format", "csv", "-o"]).arg(&plain).assert().success();
    shop.fidele().args(["export", "customers", "--format", "csv-excel", "-o"]).arg(&excel).assert().success();
    // The control: the same cells, unescaped, are run by Calc as this test opens files.
    let control = dir.join("control.csv");
    std::fs::write(&control, "a,b,c\r\n\"=1+1\",\"=10*10\",\"=2*21\"\r\n").unwrap();

    let shown = as_calc_shows(dir, b',', &[&control, &plain]);
    assert!(shown[0].contains("2,100,42"), "formula evaluation is on, or this test proves nothing: {}", shown[0]);
    let shown_excel = as_calc_shows(dir, b';', &[&excel]);
    for (what, text) in [("csv", &shown[1]), ("csv-excel", &shown_excel[0])] {
        for typed in ["'=1+1", "'=HYPERLINK(\"\"http://exemple.com\"\";\"\"clic\"\")", "'=10*10", "'=2*21", "'@SUM(1+1)", "'+33 6 12 34 56 78"] {
            assert!(text.contains(typed), "{what}: {typed} is not shown as typed in {text}");
        }
        for result in [",2,", ",100,", ",42,", "clic,"] {
            assert!(!text.contains(result), "{what}: Calc computed {result} in {text}");
        }
    }
}

#[test]
fn newsletter_exports_only_e_mail_consent_with_the_tools_own_columns() {
    let shop = Shop::new();
    let add = |args: &[&str]| shop.fidele().args(["customers", "add"]).args(args).assert().success();
    add(&["--first-name", "Hélène", "--last-name", "Dubœuf", "--email", "helene@exemple.fr", "--consent", "email", "--tag", "club", "--language", "fr"]);
    add(&["--first-name", "Jan", "--last-name", "Peeters", "--email", "jan@exemple.be", "--consent", "email,post", "--language", "nl"]);
    add(&["--first-name", "Paul", "--last-name", "Sanslettre", "--email", "paul@exemple.fr", "--consent", "post", "--tag", "club"]);
    add(&["--first-name", "Zoé", "--last-name", "Sansadresse", "--consent", "email", "--tag", "club"]);
    let dir = shop.db.parent().unwrap();
    let mailchimp = dir.join("mailchimp.csv");
    shop.fidele().args(["export", "customers", "--format", "newsletter-mailchimp", "-o"]).arg(&mailchimp).assert().success().stdout(contains("2 customers written"));
    let text = std::fs::read_to_string(&mailchimp).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Email Address,First Name,Last Name,Tags,Language");
    assert_eq!(lines.len(), 3, "{text}");
    assert!(text.contains("\"helene@exemple.fr\",\"Hélène\",\"Dubœuf\",\"club\",\"fr\""), "{text}");
    assert!(text.contains("\"jan@exemple.be\",\"Jan\",\"Peeters\",\"\",\"nl\""), "{text}");
    assert!(!text.contains("paul@") && !text.contains("Zoé"), "no consent, or no address: {text}");

    // Filtered like the other exports.
    let brevo = dir.join("brevo.csv");
    shop.fidele().args(["export", "customers", "--format", "newsletter-brevo", "--tag", "club", "-o"]).arg(&brevo).assert().success().stdout(contains("1 customer written"));
    let text = std::fs::read_to_string(&brevo).unwrap();
    assert_eq!(text, "EMAIL,FIRSTNAME,LASTNAME,TAGS,LANGUAGE\r\n\"helene@exemple.fr\",\"Hélène\",\"Dubœuf\",\"club\",\"fr\"\r\n");
    shop.fidele().args(["export", "customers", "--format", "newsletter-brevo", "--consent", "post", "-o"]).arg(&brevo).assert().code(2).stderr(contains("--consent"));
}

#[test]
fn completions_for_bash_zsh_and_fish_and_the_man_page_need_no_file() {
    let shop = Shop::without_file();
    for (shell, checker) in [("bash", "bash"), ("zsh", "zsh"), ("fish", "fish")] {
        let out = shop.fidele().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["customers", "newsletter-mailchimp", "quiet", "completions"] {
            assert!(script.contains(word), "{shell} completes {word}");
        }
        // The script parses in its shell, where that shell is installed.
        let path = shop.db.with_file_name(format!("fidele.{shell}"));
        std::fs::write(&path, &script).unwrap();
        if let Ok(check) = std::process::Command::new(checker).arg("-n").arg(&path).output() {
            assert!(check.status.success(), "{shell} -n: {}", String::from_utf8_lossy(&check.stderr));
        }
    }
    shop.fidele().args(["completions", "powershell"]).assert().code(2);
    let man = shop.fidele().arg("man").output().unwrap();
    assert!(man.status.success());
    let page = String::from_utf8(man.stdout).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH fidele 1"), "{}", &page[..200.min(page.len())]);
    for word in ["fidele\\-customers", "\\-\\-quiet", "Exit codes", "NO_COLOR"] {
        assert!(page.contains(word), "the man page has {word}");
    }
    // It is a man page that man's formatter reads.
    let path = shop.db.with_file_name("fidele.1");
    std::fs::write(&path, &page).unwrap();
    if let Ok(shown) = std::process::Command::new("groff").args(["-man", "-Tutf8"]).arg(&path).output() {
        assert!(shown.status.success() && String::from_utf8_lossy(&shown.stdout).contains("Exit codes"), "{}", String::from_utf8_lossy(&shown.stderr));
    }
    assert!(std::fs::read_dir(shop.db.parent().unwrap()).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().starts_with("shop.db")));
}

#[test]
fn no_colour_and_no_escape_codes_when_no_color_is_set() {
    let shop = Shop::new();
    shop.fidele().args(["customers", "add", "--last-name", "Martin"]).assert().success();
    // clap colours its help when told to (the control), and NO_COLOR wins over that.
    let forced = shop.fidele().arg("--help").env("CLICOLOR_FORCE", "1").env_remove("NO_COLOR").output().unwrap();
    assert!(forced.stdout.contains(&0x1b), "the control: clap colours help when forced");
    for args in [&["--help"][..], &["customers", "list"], &["customers", "show", "1"], &["analyze"], &["customers", "frobnicate"], &["customers", "show", "99"]] {
        let out = shop.fidele().args(args).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").output().unwrap();
        assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b), "{args:?} wrote an escape code");
    }
    // Fidèle's own output has no colour at all, whatever the environment says.
    let out = shop.fidele().args(["customers", "list"]).env("CLICOLOR_FORCE", "1").env_remove("NO_COLOR").output().unwrap();
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn exit_codes_are_as_documented() {
    let shop = Shop::new();
    let help = shop.fidele().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("Exit codes:") && help.contains("0  done") && help.contains("1  failure") && help.contains("2  bad input or usage"), "{help}");
    shop.fidele().args(["customers", "add", "--last-name", "Martin"]).assert().code(0);
    shop.fidele().args(["customers", "list", "--limit", "lots"]).assert().code(2);
    shop.fidele().args(["customers", "show", "99"]).assert().code(2);
    shop.fidele().args(["customers", "add", "--email", "pas-une-adresse", "--last-name", "X"]).assert().code(2);
    shop.fidele().args(["frobnicate"]).assert().code(2);
    // Failures that are not the input: a file that cannot be written, a damaged store.
    shop.fidele().args(["export", "customers", "--format", "csv", "-o", "/nonexistent/dir/out.csv"]).assert().code(1).stderr(contains("could not write"));
    shop.fidele().args(["backup", "-o", "/nonexistent/dir/copy.db"]).assert().code(1);
}

/// A till file large enough that its import holds the file for a few seconds.
fn long_till_file(shop: &Shop) -> std::path::PathBuf {
    use std::io::Write;
    let csv = shop.db.with_file_name("caisse.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
    writeln!(f, "customer_ref,date,amount,category").unwrap();
    for i in 0..400_000 {
        writeln!(f, "C{},2025-{:02}-{:02},{},Romans", i % 20_000, 1 + i % 12, 1 + i % 28, 5 + i % 90).unwrap();
    }
    csv
}

#[test]
fn a_write_during_a_long_import_waits_its_limit_then_names_the_import() {
    let shop = Shop::new();
    let csv = long_till_file(&shop);
    let mut import = std::process::Command::new(assert_cmd::cargo::cargo_bin("fidele"))
        .env("FIDELE_LANG", "en")
        .args(["--db", shop.db.to_str().unwrap(), "import", "purchases", csv.to_str().unwrap(), "--create-customers", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the import holds the file and says so.
    let note = shop.db.with_file_name("shop.db.writing");
    let started = std::time::Instant::now();
    while !note.exists() && started.elapsed().as_secs() < 20 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(import.try_wait().unwrap().is_none(), "the import finished before the test could write: make the file larger");

    // A short wait: fails with exit 1, naming the import and what to do, having waited.
    let asked = std::time::Instant::now();
    shop.fidele()
        .args(["customers", "add", "--last-name", "Pendant"])
        .env("FIDELE_BUSY_WAIT_MS", "1000")
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("another import is writing to this file"))
        .stderr(contains("waited 1 second and wrote nothing"))
        .stderr(contains("once the import has finished"));
    assert!(asked.elapsed() >= std::time::Duration::from_millis(1000), "it waited {:?}", asked.elapsed());
    assert!(import.try_wait().unwrap().is_none(), "the import was still running: the write really met it");

    // On a terminal (util-linux `script` gives it one), the wait is said while it lasts.
    let fidele = assert_cmd::cargo::cargo_bin("fidele");
    let line = format!("{} --db {} customers add --last-name Terminal", fidele.display(), shop.db.display());
    if let Ok(out) = std::process::Command::new("script").args(["-qec", &line, "/dev/null"]).env("FIDELE_BUSY_WAIT_MS", "500").env("FIDELE_LANG", "en").output() {
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(shown.contains("is busy: another import is writing to this file; waiting for it (up to 500 ms)..."), "{shown}");
    }

    // The default wait (30 s here, a long one for a slow machine) outlasts the import: the
    // write goes in after it, and both are whole.
    let out = shop.fidele().args(["customers", "add", "--last-name", "Après"]).env("FIDELE_BUSY_WAIT_MS", "300000").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let import = import.wait_with_output().unwrap();
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    let report: serde_json::Value = serde_json::from_slice(&import.stdout).unwrap();
    assert_eq!(report["new"], 400_000);
    let after = shop.json(&["customers", "list", "--json", "--search", "Après"]);
    assert_eq!(after["total"], 1);
    assert!(!note.exists(), "the import's note went with it");
}
