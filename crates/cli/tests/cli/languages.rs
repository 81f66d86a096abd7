//! The CLI in the shopkeeper's language: `--lang`, `FIDELE_LANG`, then the locale; counts in
//! each language's plural (French says "0 client", Thai counts with a classifier); `--json`
//! the same in every language.

use assert_cmd::Command;
use predicates::str::contains;

use super::Shop;

impl Shop {
    /// The command with no language asked for: `LANG` decides, as on the shopkeeper's machine.
    fn fidele_in_locale(&self, lang: &str) -> Command {
        let mut cmd = Command::cargo_bin("fidele").unwrap();
        cmd.arg("--db").arg(&self.db).env_remove("FIDELE_DB").env_remove("FIDELE_LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", lang);
        cmd
    }

    /// A customer file as French Excel saves it ("CSV (séparateur : point-virgule)", Windows-1252).
    fn csv(&self, name: &str, rows: &[&str]) -> String {
        let mut text = String::from("Civilité;Nom;Prénom;Ville;E-mail\r\n");
        for row in rows {
            text.push_str(row);
            text.push_str("\r\n");
        }
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let path = self.db.with_file_name(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_import_report_in_french_dutch_and_thai_counts_in_each_languages_plural() {
    let shop = Shop::new();
    let one = shop.csv("un.csv", &["Mme;Dubœuf;Hélène;Lyon;helene@exemple.fr"]);
    let two = shop.csv("deux.csv", &["M.;Garçon;François;Paris;f.garcon@exemple.fr", "Mme;Cœur;Zoé;Lille;zoe@exemple.fr"]);

    let fr = stdout(shop.fidele().args(["--lang", "fr", "import", "customers", &one, "--dry-run"]));
    assert!(fr.contains("1 nouveau client, 0 mis à jour, 0 doublon, 0 refusé, 0 avertissement"), "{fr}");
    assert!(fr.contains("séparateur ;") && fr.contains("ligne 2 : nouveau Hélène Dubœuf") && fr.contains("essai à blanc : rien n'a été écrit"), "{fr}");
    let fr = stdout(shop.fidele().args(["--lang", "fr", "import", "customers", &two, "--dry-run"]));
    assert!(fr.contains("2 nouveaux clients, 0 mis à jour, 0 doublon, 0 refusé, 0 avertissement"), "{fr}");

    let nl = stdout(shop.fidele().args(["--lang", "nl", "import", "customers", &one, "--dry-run"]));
    assert!(nl.contains("1 nieuwe klant, 0 bijgewerkt, 0 dubbel, 0 geweigerd, 0 waarschuwingen"), "{nl}");
    assert!(nl.contains("scheidingsteken ;") && nl.contains("proefdraaien: er is niets geschreven"), "{nl}");
    let nl = stdout(shop.fidele().args(["--lang", "nl", "import", "customers", &two]));
    assert!(nl.contains("2 nieuwe klanten, 0 bijgewerkt") && nl.contains("in één transactie geschreven"), "{nl}");

    let th = stdout(shop.fidele().args(["--lang", "th", "import", "customers", &one]));
    assert!(th.contains("ลูกค้าใหม่ 1 ราย, ปรับปรุง 0 ราย, ซ้ำ 0 ราย, ปฏิเสธ 0 แถว, คำเตือน 0 ข้อ"), "{th}");
    assert!(th.contains("บรรทัด 2: ใหม่ Hélène Dubœuf") && th.contains("เขียนในธุรกรรมเดียว"), "{th}");

    // The same file again: one duplicate, in the singular where the language wants it.
    let fr = stdout(shop.fidele().args(["--lang", "fr", "import", "customers", &one, "--dry-run"]));
    assert!(fr.contains("0 nouveau client, 0 mis à jour, 1 doublon"), "French puts zero in the singular: {fr}");
    let en = stdout(shop.fidele().args(["import", "customers", &two, "--dry-run"]));
    assert!(en.contains("0 new, 0 updated, 2 duplicates, 0 rejected, 0 warnings"), "{en}");
}

#[test]
fn exports_and_summaries_speak_the_language_asked_for() {
    let shop = Shop::new();
    shop.fidele().args(["customers", "add", "--last-name", "Martin", "--first-name", "Claire"]).assert().success();
    let out = shop.db.with_file_name("out.csv");
    let export = |lang: &str| stdout(shop.fidele().args(["--lang", lang, "export", "customers", "--format", "csv", "-o"]).arg(&out));
    assert!(export("fr").contains("1 client écrit dans"));
    assert!(export("nl").contains("1 klant geschreven naar"));
    assert!(export("th").contains("เขียนลูกค้า 1 รายลงใน"));
    assert!(export("en").contains("1 customer written to"));
    shop.fidele().args(["customers", "add", "--last-name", "Peeters"]).assert().success();
    assert!(export("fr").contains("2 clients écrits dans"));
    assert!(export("nl").contains("2 klanten geschreven naar"));
    assert!(export("th").contains("เขียนลูกค้า 2 รายลงใน"));

    assert!(stdout(shop.fidele().args(["--lang", "fr", "check"])).contains("le fichier clients est intact"));
    assert!(stdout(shop.fidele().args(["--lang", "th", "check"])).contains("แฟ้มลูกค้าสมบูรณ์ดี"));
    let demo = Shop::new();
    let said = stdout(demo.fidele().args(["--lang", "nl", "demo", "--customers", "30", "--seed", "2"]));
    assert!(said.starts_with("demowinkel: 30 klanten, "), "{said}");
}

#[test]
fn a_refused_file_is_refused_in_the_shopkeepers_language() {
    let shop = Shop::without_file();
    let refused = |cmd: &mut Command| String::from_utf8(cmd.args(["customers", "list"]).assert().code(2).get_output().stderr.clone()).unwrap();
    let fr = refused(&mut shop.fidele_in_locale("fr_FR.UTF-8"));
    assert!(fr.contains("n'existe pas : créez-le avec `fidele init`") && fr.contains("rien n'a été créé"), "{fr}");
    let nl = refused(&mut shop.fidele_in_locale("nl_BE.UTF-8"));
    assert!(nl.contains("bestaat niet: maak het aan met `fidele init`"), "{nl}");
    let th = refused(&mut shop.fidele_in_locale("th_TH.UTF-8"));
    assert!(th.contains("ไม่มีแฟ้ม") && th.contains("สร้างด้วย `fidele init`"), "{th}");
    // A locale Fidèle does not speak: English.
    let de = refused(&mut shop.fidele_in_locale("de_DE.UTF-8"));
    assert!(de.contains("does not exist: create it with `fidele init`"), "{de}");
    // FIDELE_LANG wins over the locale, and --lang over both.
    let nl = refused(shop.fidele_in_locale("fr_FR.UTF-8").env("FIDELE_LANG", "nl"));
    assert!(nl.contains("bestaat niet"), "{nl}");
    let th = refused(shop.fidele_in_locale("fr_FR.UTF-8").env("FIDELE_LANG", "nl").args(["--lang", "th"]));
    assert!(th.contains("ไม่มีแฟ้ม"), "{th}");
    assert!(!shop.db.exists(), "nothing was created");
}

#[test]
fn an_unknown_language_is_refused_and_json_is_the_same_in_every_language() {
    let shop = Shop::new();
    shop.fidele().args(["--lang", "de", "check"]).assert().code(2).stderr(contains("--lang: “de” is not a language Fidèle speaks; use fr, nl, en or th"));
    shop.fidele().args(["demo", "--customers", "40", "--seed", "5"]).assert().success();
    let as_json = |lang: &str| stdout(shop.fidele().args(["--lang", lang, "customers", "list", "--json", "--all"]));
    let en = as_json("en");
    for lang in ["fr", "nl", "th"] {
        assert_eq!(as_json(lang), en, "--json is data: the same in {lang}");
    }
    // The text, though, is not: the analysis speaks Thai, with the UI's own stage names.
    let th = stdout(shop.fidele().args(["--lang", "th", "analyze"]));
    assert!(th.contains("บันไดความภักดี:") && th.contains("ลูกค้า 40 ราย"), "{th}");
    assert!(!th.contains("Loyalty ladder"), "{th}");
}

fn fixture(name: &str) -> String {
    format!("{}/../interchange/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_thai_excel_file_in_windows_874_imports_without_a_mangled_character() {
    let shop = Shop::new();
    let file = fixture("thai_excel_cp874.csv");
    let th = stdout(shop.fidele().args(["--lang", "th", "import", "customers", &file]));
    assert!(th.contains("windows-874, ตัวคั่น ,"), "{th}");
    assert!(th.contains("ลูกค้าใหม่ 4 ราย") && th.contains("เขียนในธุรกรรมเดียว"), "{th}");
    assert!(th.contains("ตำบล/แขวง → address_line2") && th.contains("จังหวัด → city"), "{th}");
    assert!(!th.contains('\u{FFFD}'), "no replacement character: {th}");

    let rows = shop.rows(&["customers", "list", "--json", "--search", "ใจดี"]);
    assert_eq!(rows[0]["name"], "สมชาย ใจดี");
    let id = rows[0]["id"].to_string();
    let somchai = shop.json(&["customers", "show", &id, "--json"]);
    assert_eq!(somchai["salutation"], "mr", "นาย: {somchai}");
    assert_eq!(somchai["notes"], "ลูกค้าประจำ ชอบผ้าไหม");
    let shown = stdout(shop.fidele().args(["--lang", "th", "customers", "show", &id]));
    // In this (French) shop the address is known to be Thai: Thai order (the province, then the
    // postcode), the country named, and the phone read as a Thai number.
    assert!(shown.contains("ที่อยู่") && shown.contains("123/45 หมู่ 5, ตำบลสุเทพ อำเภอเมืองเชียงใหม่, เชียงใหม่ 50200, TH"), "{shown}");
    // (As dialled in the customer's country, as for every customer; French reading gave "0 812 34 56 78".)
    assert!(shown.contains("โทรศัพท์") && shown.contains("081 234 5678"), "{shown}");

    let bangkok = shop.rows(&["customers", "list", "--json", "--search", "มีสุข"]);
    let somsri = shop.json(&["customers", "show", &bangkok[0]["id"].to_string(), "--json"]);
    assert_eq!(somsri["salutation"], "ms", "นางสาว: {somsri}");
    assert_eq!(somsri["notes"], "ส่งของหลัง 5 โมงเย็น, ไม่รับวันอาทิตย์");
    let text = serde_json::to_string(&somsri).unwrap();
    assert!(text.contains("แขวงคลองเตยเหนือ เขตวัฒนา") && text.contains("กรุงเทพมหานคร"), "{text}");
}

#[test]
fn a_usage_mistake_the_cli_finds_is_said_in_the_language() {
    let shop = Shop::new();
    let said = |lang: &str, args: &[&str]| String::from_utf8(shop.fidele().args(["--lang", lang]).args(args).assert().code(2).get_output().stderr.clone()).unwrap();
    assert!(said("fr", &["analyze", "--as-of", "31/12/2025"]).contains("--as-of : « 31/12/2025 » n'est pas une date (AAAA-MM-JJ)"));
    assert!(said("nl", &["import", "customers", "x.csv", "--encoding", "ebcdic"]).contains("--encoding: „ebcdic” is geen codering"));
    assert!(said("th", &["export", "customers", "--format", "csv", "--household", "-o", "x.csv"]).contains("--household: เฉพาะฉลากที่อยู่เท่านั้นที่จ่าหน้าถึงครัวเรือน"));
    assert!(said("en", &["export", "customers", "--format", "csv", "--stage", "gold", "-o", "x.csv"]).contains("--stage: \"gold\" is not one of prospect, customer"));
}

/// The whole run for a Thai shop: the Chiang Mai demo shop, December's cards printed, and read
/// back: Thai greetings to Thai customers (คุณ and the first name), in the Buddhist Era once the
/// shop counts in it, and the run's report in Thai.
#[test]
fn a_thai_shop_prints_its_months_cards_in_thai() {
    let shop = Shop::new();
    let made = stdout(shop.fidele().args(["--lang", "th", "demo", "--language", "th", "--customers", "60", "--seed", "3"]));
    assert!(made.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{made}");
    stdout(shop.fidele().args(["settings", "--calendar", "buddhist"]));
    let pdf = shop.db.with_file_name("cards-th.pdf");
    let said = stdout(shop.fidele().args(["--lang", "th", "cards", "--month", "2026-12", "-o", pdf.to_str().unwrap()]));
    assert!(said.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "the report in Thai: {said}");
    let text = super::pdf_text(&pdf);
    assert!(text.contains("คุณ"), "Thai openings: {}", &text[..text.len().min(600)]);
    assert!(!text.contains("Chère") && !text.contains("Cher "), "no French opening on a Thai shop's cards");
    // The week is named by its days in the reader's language, not by ISO dates.
    let week = stdout(shop.fidele().args(["--lang", "th", "reminders", "--week", "2026-W49"]));
    assert!(week.contains("30 พฤศจิกายน") && !week.contains("2026-11-30"), "{week}");
}

/// What goes wrong with the file is said in the CLI's language, in the words the app uses.
#[test]
fn a_missing_customer_is_said_in_the_cli_s_language() {
    let shop = Shop::new();
    shop.fidele().arg("init").assert().success();
    let said = |lang: &str| {
        let out = shop.fidele().args(["--lang", lang, "customers", "show", "999"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(said("fr").contains("999"), "{}", said("fr"));
    assert!(said("fr").contains("n'existe pas"), "{}", said("fr"));
    assert!(said("nl").contains("bestaat niet"), "{}", said("nl"));
    assert!(said("th").chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{}", said("th"));
}

/// A file that cannot be written is said in the CLI's language, naming it; nothing is left.
#[test]
fn an_unwritable_output_is_said_in_the_cli_s_language() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "20"]).assert().success();
    let out = shop.fidele().args(["--lang", "fr", "cards", "--month", "2026-12", "-o", "/nonexistent/dir/cartes.pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("/nonexistent/dir/cartes.pdf") && said.contains("impossible d'écrire"), "{said}");
}
