//! The app's commands on Tauri's mock runtime, through the real capabilities: what the UI
//! sends, what comes back, and the `{kind, message, fields}` errors.

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// One app at a time: the app is one window per process, and an error raised before a command
/// reaches the file is worded in the language that process last read (`error.rs`). Tests that
/// ran side by side in this process would change it under each other.
static ONE_APP_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

struct Harness {
    _one_app: std::sync::MutexGuard<'static, ()>,
    _dir: tempfile::TempDir,
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let state = fidele_app::AppState::open(&dir.path().join("shop.db")).unwrap();
        Harness::on(state, dir)
    }

    /// The app on `state`, `dir` kept as long as it runs.
    fn on(state: fidele_app::AppState, dir: tempfile::TempDir) -> Harness {
        let one_app = ONE_APP_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let app = mock_builder()
            .manage(state)
            .manage(fidele_app::window::CloseGuard::default())
            .invoke_handler(fidele_app::invoke_handler())
            .build(fidele_app::context())
            .unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        Harness { _one_app: one_app, _dir: dir, _app: app, window }
    }

    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // On Linux the app's own origin is tauri://localhost; anything else is remote.
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args).unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }
}

#[test]
fn an_empty_file_offers_the_demo_then_lists_it() {
    let app = Harness::new();
    let info = app.ok("app_info", json!({}));
    assert_eq!(info["customers"], 0);
    assert_eq!(app.ok("load_demo", json!({ "customers": 120 })), 120);
    let err = app.call("load_demo", json!({ "customers": 10 })).unwrap_err();
    assert_eq!(err["kind"], "conflict");
    let list = app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 50 }));
    assert_eq!(list["total"], 120);
    assert_eq!(list["rows"].as_array().unwrap().len(), 50);
    let id = list["rows"][0]["id"].as_i64().unwrap();
    let page = app.ok("customer_page", json!({ "id": id }));
    assert_eq!(page["id"], id);
    let overview = app.ok("overview", json!({}));
    assert_eq!(overview["customers"], 120);
}

#[test]
fn adding_a_customer_reports_each_bad_field() {
    let app = Harness::new();
    let err = app
        .call(
            "add_customer",
            json!({ "customer": { "first_name": "", "last_name": "", "emails": ["nope"], "birthday": "1983-02-29", "country": "France" } }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid");
    let fields: Vec<&str> = err["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["birthday", "last_name", "email", "country"]);
    assert_eq!(app.ok("app_info", json!({}))["customers"], 0, "nothing saved");

    let hostile = "<img src=x onerror=alert(1)>";
    let id = app.ok(
        "add_customer",
        json!({ "customer": { "first_name": "Zoë", "last_name": hostile, "emails": ["zoe@exemple.fr"], "birthday": "--02-29", "consents": ["post"] } }),
    );
    let page = app.ok("customer_page", json!({ "id": id }));
    assert_eq!(page["last_name"], hostile, "stored and returned as plain text");
    assert_eq!(page["birthday"], "--02-29");
    assert_eq!(page["consents"], json!(["post"]));
    let found = app.ok("list_customers", json!({ "search": "zoe", "offset": 0, "limit": 10 }));
    assert_eq!(found["total"], 1);
}

/// A field error is worded in the UI's language, beside its code and values: French on a
/// French screen, Dutch on a Dutch one, Thai on a Thai one.
#[test]
fn a_bad_e_mail_is_refused_in_the_ui_s_language() {
    let app = Harness::new();
    let said = |lang: &str| {
        app.ok("set_ui_language", json!({ "language": lang }));
        let err = app.call("add_customer", json!({ "customer": { "last_name": "Martin", "emails": ["pas-un-email"] } })).unwrap_err();
        assert_eq!((err["kind"].as_str(), err["fields"][0]["field"].as_str(), err["fields"][0]["code"].as_str()), (Some("invalid"), Some("email"), Some("not_an_email")));
        assert_eq!(err["fields"][0]["args"]["value"], "pas-un-email");
        (err["message"].as_str().unwrap().to_owned(), err["fields"][0]["message"].as_str().unwrap().to_owned())
    };
    assert_eq!(said("fr"), ("Certains champs sont à corriger.".to_owned(), "« pas-un-email » n'est pas une adresse e-mail.".to_owned()));
    assert_eq!(said("nl").1, "‘pas-un-email’ is geen e-mailadres.");
    assert_eq!(said("th").1, "“pas-un-email” ไม่ใช่ที่อยู่อีเมล");
    // A birthday the form cannot read is refused before the file is reached, in the same words.
    app.ok("set_ui_language", json!({ "language": "fr" }));
    let err = app.call("add_customer", json!({ "customer": { "last_name": "Martin", "birthday": "--02-31" } })).unwrap_err();
    assert_eq!(err["fields"][0]["message"], "--02-31 n'est pas un jour du calendrier.");
    let err = app.call("add_purchase", json!({ "customer": 1, "purchase": { "amount": "douze" } })).unwrap_err();
    assert_eq!(err["fields"][0]["message"], "« douze » n'est pas un montant (écrivez-le comme 12,50 ou 12.50).");
}

#[test]
fn purchases_and_complaints_from_the_customer_page() {
    let app = Harness::new();
    let id = app.ok("add_customer", json!({ "customer": { "last_name": "Peeters" } }));
    let err = app.call("add_purchase", json!({ "customer": id, "purchase": { "amount": "douze" } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "amount");
    app.ok("add_purchase", json!({ "customer": id, "purchase": { "amount": "1 249,50", "category": "Vélos" } }));
    let complaint = app.ok("add_interaction", json!({ "customer": id, "interaction": { "kind": "complaint", "summary": "Freins qui grincent" } }));
    let overview = app.ok("overview", json!({}));
    assert_eq!(overview["open_complaints"][0]["summary"], "Freins qui grincent");
    let err = app.call("resolve_interaction", json!({ "id": complaint, "resolution": "" })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "resolution");
    app.ok("resolve_interaction", json!({ "id": complaint, "resolution": "Réglés" }));
    let page = app.ok("customer_page", json!({ "id": id }));
    assert_eq!(page["purchases"][0]["amount_minor"], 124_950);
    assert_eq!(page["interactions"][0]["status"], "resolved");
    assert!(app.ok("overview", json!({}))["open_complaints"].as_array().unwrap().is_empty());
}

#[test]
fn settings_language_and_shop() {
    let app = Harness::new();
    app.ok("set_ui_language", json!({ "language": "en" }));
    assert_eq!(app.ok("get_settings", json!({}))["ui_language"], "en");
    assert_eq!(app.call("set_ui_language", json!({ "language": "de" })).unwrap_err()["kind"], "invalid");
    assert_eq!(app.ok("get_settings", json!({}))["calendar"], "gregorian");
    app.ok("set_calendar", json!({ "calendar": "buddhist" }));
    assert_eq!(app.ok("get_settings", json!({}))["calendar"], "buddhist");
    let week = app.ok("follow_up_week", json!({ "week": "2026-W53" }));
    assert_eq!(week["week_label"], "week of 28 December 2026 to 3 January 2027", "an English reader counts Gregorian years");
    app.ok("set_ui_language", json!({ "language": "th" }));
    let week = app.ok("follow_up_week", json!({ "week": "2026-W53" }));
    assert!(week["week_label"].as_str().unwrap().contains("2569"), "a Thai reader, the shop's Buddhist Era: {}", week["week_label"]);
    app.ok("set_ui_language", json!({ "language": "en" }));
    assert_eq!(app.call("set_calendar", json!({ "calendar": "lunar" })).unwrap_err()["fields"][0]["field"], "calendar");
    let mut shop = app.ok("get_settings", json!({}))["shop"].clone();
    shop["name"] = json!("Fleurs de Lys");
    shop["country"] = json!("be");
    app.ok("set_shop_profile", json!({ "shop": shop }));
    let saved = app.ok("get_settings", json!({}))["shop"].clone();
    assert_eq!((saved["name"].as_str(), saved["country"].as_str()), (Some("Fleurs de Lys"), Some("BE")));
}

#[test]
fn reminders_done_and_snoozed() {
    let app = Harness::new();
    let id = app.ok("add_reminder", json!({ "reminder": { "title": "Rappeler Mme Janssens", "due": "" } }));
    assert_eq!(app.ok("due_reminders", json!({})).as_array().unwrap().len(), 1);
    app.ok("snooze_reminder", json!({ "id": id, "days": 30 }));
    assert!(app.ok("due_reminders", json!({})).as_array().unwrap().is_empty());
    let err = app.call("add_reminder", json!({ "reminder": { "title": " " } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "title");
}

#[test]
fn a_second_instance_on_the_same_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let _first = fidele_app::AppState::open(&path).unwrap();
    let second = fidele_app::AppState::open(&path).err().expect("refused");
    assert!(second.to_string().contains("already open"), "{second}");
}

#[test]
fn commands_outside_the_capabilities_are_refused() {
    let app = Harness::new();
    // A core plugin command the capability does not grant.
    let err = app.call("plugin:window|close", json!({ "label": "main" })).unwrap_err();
    assert!(err.to_string().contains("not allowed") || err.to_string().contains("not found"), "{err}");
}

#[test]
fn the_dashboard_analysis_and_a_customer_outlook() {
    let app = Harness::new();
    app.ok("load_demo", json!({ "customers": 400 }));
    let a = app.ok("analysis", json!({ "onProgress": "__CHANNEL__:11" }));
    let ladder_total: u64 = a["ladder"].as_array().unwrap().iter().map(|s| s["count"].as_u64().unwrap()).sum();
    assert_eq!(ladder_total, 400);
    assert_eq!(a["rfm_grid"].as_array().unwrap().len(), 5);
    let gold = a["pareto"]["gold_share_of_margin"].as_f64().unwrap();
    assert!((0.79..=1.0).contains(&gold), "{gold}");
    assert!(!a["retention"].as_array().unwrap().is_empty());
    let buyer = app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 400 }))["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["purchases"].as_i64().unwrap() >= 3)
        .unwrap()["id"]
        .clone();
    let o = app.ok("customer_outlook", json!({ "id": buyer }));
    assert!(o["stage"].as_str().is_some(), "{o}");
    assert_eq!(o["note"], "repeat");
    assert!(o["clv_12m"].as_str().is_some());
    // A write invalidates the cached analysis: a new customer appears on the ladder.
    app.ok("add_customer", json!({ "customer": { "last_name": "Nouveau" } }));
    let again = app.ok("analysis", json!({ "onProgress": "__CHANNEL__:12" }));
    assert_eq!(again["customers"], 401);
}

// -- cards and follow-up --

/// A harness whose save dialogs write into the returned directory.
fn cards_harness() -> (Harness, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved");
    std::fs::create_dir_all(&saved).unwrap();
    let state = fidele_app::AppState::open(&dir.path().join("shop.db")).unwrap().with_scripted_dialogs(&saved);
    (Harness::on(state, dir), saved)
}

/// A PDF with its creation and modification dates blanked (the only bytes that depend on when
/// it was written).
fn without_dates(pdf: &[u8]) -> Vec<u8> {
    let mut out = pdf.to_vec();
    for key in [&b"/CreationDate"[..], &b"/ModDate"[..]] {
        let mut from = 0;
        while let Some(at) = out[from..].windows(key.len()).position(|w| w == key).map(|p| p + from) {
            let end = out[at..].iter().position(|b| *b == b')').map_or(out.len(), |p| at + p);
            out[at..end].iter_mut().for_each(|b| *b = b'_');
            from = end;
        }
    }
    out
}

#[test]
fn a_monthly_run_is_previewed_generated_saved_and_recorded_once() {
    let (app, saved) = cards_harness();
    app.ok("load_demo", json!({ "customers": 150 }));
    let run = json!({ "kind": "monthly", "month": "2026-03", "households": true });
    let preview = app.ok("card_run_preview", json!({ "run": run }));
    let cards = preview["cards"].as_array().unwrap();
    assert!(cards.len() > 30, "{}", cards.len());
    assert_eq!(preview["greeting"], "Joyeux printemps");
    assert_eq!(preview["design"], "month-03");
    let skipped: u64 = preview["skipped_counts"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(skipped as usize, preview["skipped"].as_array().unwrap().len());
    assert_eq!(preview["customers"].as_u64().unwrap() + skipped, 150);
    assert!(cards.iter().any(|c| c["name"].as_str().unwrap().starts_with("Famille ")), "household cards");
    assert!(cards.iter().all(|c| !c["address"].as_array().unwrap().is_empty() && c["recorded"] == false));

    // The month's words, edited, then back to the default.
    app.ok("set_card_texts", json!({ "occasion": "month-03", "greeting": "Vive le printemps", "message": "Les lilas sont là." }));
    let texts = app.ok("get_card_texts", json!({ "occasion": "month-03" }));
    assert_eq!((texts["greeting"].as_str(), texts["default_greeting"].as_str()), (Some("Vive le printemps"), Some("Joyeux printemps")));
    assert_eq!(app.ok("card_run_preview", json!({ "run": run }))["message"], "Les lilas sont là.");
    let err = app.call("set_card_texts", json!({ "occasion": "month-13", "greeting": "", "message": "" })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "occasion");

    // Each card is in its recipient's language; the Dutch words are edited on their own.
    let dutch = cards.iter().find(|c| c["language"] == "nl").expect("the demo shop has Dutch-speaking customers");
    assert_eq!(dutch["greeting"], "Fijne lente");
    app.ok("set_card_texts", json!({ "occasion": "month-03", "language": "nl", "greeting": "Lentegroeten", "message": "De tulpen bloeien." }));
    let texts = app.ok("get_card_texts", json!({ "occasion": "month-03", "language": "nl" }));
    assert_eq!((texts["greeting"].as_str(), texts["language"].as_str()), (Some("Lentegroeten"), Some("nl")));
    let again = app.ok("card_run_preview", json!({ "run": run }));
    let dutch = again["cards"].as_array().unwrap().iter().find(|c| c["customer_id"] == dutch["customer_id"]).unwrap();
    assert_eq!((dutch["greeting"].as_str(), dutch["message"].as_str()), (Some("Lentegroeten"), Some("De tulpen bloeien.")));
    assert_eq!(again["greeting"], "Vive le printemps", "the French words stay");
    let err = app.call("get_card_texts", json!({ "occasion": "month-03", "language": "de" })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "language");

    let made = app.ok("generate_cards", json!({ "run": run, "layout": "4up", "open": true, "onProgress": "__CHANNEL__:1" }));
    assert_eq!(made["cancelled"], false);
    assert_eq!(made["file_name"], "cartes-2026-03.pdf");
    assert_eq!(made["cards"].as_u64().unwrap() as usize, cards.len());
    let pdf = std::fs::read(saved.join("cartes-2026-03.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 10_000);

    // The CLI's path, `fidele_usecases::cards::run::write`, on the same file: the same PDF,
    // streamed the same way, but for the second it was made in.
    let store = fidele_store::Store::open_read_only(&saved.parent().unwrap().join("shop.db"), None).unwrap();
    let req = fidele_usecases::RunRequest::monthly("2026-03", true, chrono::Local::now().date_naive()).unwrap();
    let plan = fidele_usecases::cards::plan(&store, &req).unwrap();
    let cli = saved.join("cli.pdf");
    let written = fidele_usecases::cards::run::write(&plan, fidele_usecases::parse_layout("4up").unwrap(), &cli, &|| false).unwrap();
    assert_eq!(written, fidele_usecases::cards::run::Written::Done);
    assert!(without_dates(&pdf) == without_dates(&std::fs::read(&cli).unwrap()), "the app's PDF is the CLI's");

    let recorded = app.ok("record_card_run", json!({ "token": made["token"] }));
    assert_eq!(recorded["customers"], preview["customers"]);
    assert!(recorded["run_id"].as_i64().is_some());
    let again = app.ok("record_card_run", json!({ "token": made["token"] }));
    assert_eq!((again["customers"].as_u64(), again["run_id"].is_null()), (Some(0), true));
    let err = app.call("record_card_run", json!({ "token": 999_999 })).unwrap_err();
    assert_eq!(err["kind"], "invalid");

    let page = app.ok("customer_page", json!({ "id": cards[0]["customer_id"] }));
    let sent: Vec<&Value> = page["interactions"].as_array().unwrap().iter().filter(|i| i["kind"] == "card_sent").collect();
    assert_eq!(sent.len(), 1);
    assert!(sent[0]["summary"].as_str().unwrap().contains("Vive le printemps"));
    let after = app.ok("card_run_preview", json!({ "run": run }));
    assert!(after["cards"].as_array().unwrap().iter().all(|c| c["recorded"] == true));
    let runs = app.ok("card_runs", json!({}));
    assert_eq!(runs.as_array().unwrap().len(), 1);
    assert_eq!(runs[0]["cards"].as_u64().unwrap() as usize, cards.len());

    let err = app.call("card_run_preview", json!({ "run": { "kind": "monthly", "month": "mars" } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "month");
}

#[test]
fn offers_settings_and_the_follow_up_week_with_done_and_snooze() {
    let (app, saved) = cards_harness();
    app.ok("load_demo", json!({ "customers": 120 }));
    let s = app.ok("get_card_settings", json!({}));
    assert_eq!(s["offers"]["client"], 10);
    let mut changed = s.clone();
    changed["offers"]["client"] = json!(20);
    changed["purchase_min"] = json!("50,00");
    app.ok("set_card_settings", json!({ "settings": changed }));
    let s = app.ok("get_card_settings", json!({}));
    assert_eq!((s["offers"]["client"].as_u64(), s["purchase_min"].as_str()), (Some(20), Some("50.00")));
    let mut bad = s.clone();
    bad["offers"]["partner"] = json!(90);
    assert_eq!(app.call("set_card_settings", json!({ "settings": bad })).unwrap_err()["kind"], "invalid");

    let id = app.ok("add_reminder", json!({ "reminder": { "customer_id": null, "title": "Commander les agendas", "due": "", "repeat_every": 0, "repeat_unit": "days" } }));
    let week = app.ok("follow_up_week", json!({ "week": "" }));
    let label = week["week_label"].as_str().unwrap();
    assert!(label.starts_with("semaine du ") || label.starts_with("week of "), "the week named by its dates: {label}");
    let reminders = week["groups"].as_array().unwrap().iter().find(|g| g["reason"] == "reminder").expect("the reminder group");
    assert!(reminders["entries"].as_array().unwrap().iter().any(|e| e["reminder_id"] == id && e["why"].as_str().unwrap().contains("Commander les agendas")));
    app.ok("snooze_reminder", json!({ "id": id, "days": 30 }));
    let week = app.ok("follow_up_week", json!({ "week": "" }));
    let still = week["groups"].as_array().unwrap().iter().flat_map(|g| g["entries"].as_array().unwrap()).any(|e| e["reminder_id"] == id);
    assert!(!still, "a snoozed reminder leaves this week's sheet");

    let name = app.ok("save_follow_up_sheet", json!({ "week": "2026-W11", "open": false }));
    assert_eq!(name, "suivi-2026-W11.pdf");
    assert!(std::fs::read(saved.join("suivi-2026-W11.pdf")).unwrap().starts_with(b"%PDF-"));
    assert_eq!(app.call("follow_up_week", json!({ "week": "2026-11" })).unwrap_err()["fields"][0]["field"], "week");
}

// -- import/export --

/// A harness whose dialogs are scripted: opens take the newest file in `dir/to-open/`, saves
/// write into `dir`.
fn interchange_harness() -> (Harness, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = dir.path().join("dialogs");
    std::fs::create_dir_all(dialogs.join("to-open")).unwrap();
    let state = fidele_app::AppState::open(&dir.path().join("shop.db")).unwrap().with_scripted_dialogs(&dialogs);
    (Harness::on(state, dir), dialogs)
}

/// Puts a fixture where the next open dialog will find it (alone, so it is the newest).
fn to_open(dialogs: &std::path::Path, fixture: &str) {
    let dir = dialogs.join("to-open");
    for old in std::fs::read_dir(&dir).unwrap() {
        std::fs::remove_file(old.unwrap().path()).unwrap();
    }
    let from = format!("{}/crates/interchange/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(from, dir.join(fixture)).unwrap();
}

#[test]
fn a_customer_file_is_previewed_corrected_imported_and_not_duplicated() {
    let (app, dialogs) = interchange_harness();
    assert_eq!(app.ok("open_customer_import", json!({})), Value::Null, "nothing to open: as if cancelled");
    to_open(&dialogs, "french_excel_cp1252.csv");
    let preview = app.ok("open_customer_import", json!({}));
    assert_eq!((preview["encoding"].as_str(), preview["delimiter"].as_str(), preview["format"].as_str()), (Some("windows-1252"), Some(";"), Some("CSV")));
    assert_eq!(preview["file_name"], "french_excel_cp1252.csv");
    assert_eq!((preview["new"].as_u64(), preview["rejected_total"].as_u64()), (Some(3), Some(0)));
    assert_eq!(preview["mapping"][10], json!({ "index": 10, "header": "Remarques", "field": "notes" }));
    assert!(preview["fields"].as_array().unwrap().contains(&json!("ignore")));
    let file = preview["file"].clone();

    let mut mapping: Vec<Value> = preview["mapping"].as_array().unwrap().iter().map(|c| c["field"].clone()).collect();
    mapping[10] = json!("ignore");
    let options = json!({ "encoding": "auto", "delimiter": "auto", "format": "auto", "mapping": mapping });
    let corrected = app.ok("preview_customer_import", json!({ "file": file, "options": options }));
    assert_eq!(corrected["mapping"][10]["field"], "ignore");
    let bad = app.call("preview_customer_import", json!({ "file": file, "options": { "mapping": ["colour"] } })).unwrap_err();
    assert_eq!(bad["fields"][0]["field"], "mapping");
    assert_eq!(app.call("preview_customer_import", json!({ "file": 999_999, "options": {} })).unwrap_err()["kind"], "invalid");

    let done = app.ok("import_customers", json!({ "file": file, "options": options, "onProgress": "__CHANNEL__:1" }));
    assert_eq!((done["new"].as_u64(), done["cancelled"].as_bool()), (Some(3), Some(false)), "{done}");
    let found = app.ok("list_customers", json!({ "search": "coeur", "offset": 0, "limit": 10 }));
    assert_eq!(found["rows"][0]["name"], "Zoé Cœur");
    let page = app.ok("customer_page", json!({ "id": app.ok("list_customers", json!({ "search": "duboeuf", "offset": 0, "limit": 1 }))["rows"][0]["id"] }));
    assert_eq!(page["notes"], "", "Remarques was set to be ignored");
    assert_eq!(page["consent_history"][0]["source"], "import");

    let again = app.ok("import_customers", json!({ "file": file, "options": options, "onProgress": "__CHANNEL__:2" }));
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(3)));
    // Each row says what it matched, for the UI to word in the shopkeeper's language.
    let seen = app.ok("preview_customer_import", json!({ "file": file, "options": options }));
    let row = &seen["rows"][0];
    assert_eq!(row["action"], "duplicate");
    assert!(["email", "phone", "customer_number"].contains(&row["matched_by"].as_str().unwrap_or("")), "{row}");
    assert!(row["matched_name"].is_string() && row["changes"].as_array().is_some_and(Vec::is_empty), "{row}");

    to_open(&dialogs, "broken_customers.csv");
    let broken = app.ok("open_customer_import", json!({}));
    let lines: Vec<u64> = broken["rejected"].as_array().unwrap().iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [3, 7], "a ragged row and an unclosed quote; a bad field is a warning");
    let warned: Vec<(u64, &str)> = broken["warnings"].as_array().unwrap().iter().map(|w| (w["line"].as_u64().unwrap(), w["value"].as_str().unwrap())).collect();
    assert_eq!(warned, [(4, "31/02/1985"), (5, "anne.exemple.fr")]);
}

#[test]
fn a_google_file_s_flagged_value_and_a_column_are_corrected_in_the_preview_and_remembered() {
    let (app, dialogs) = interchange_harness();
    to_open(&dialogs, "google_contacts.csv");
    let preview = app.ok("open_customer_import", json!({}));
    assert_eq!((preview["format"].as_str(), preview["format_code"].as_str(), preview["remembered"].as_bool()), (Some("Google Contacts"), Some("google"), Some(false)));
    assert_eq!((preview["new"].as_u64(), preview["rejected_total"].as_u64()), (Some(3), Some(0)), "{preview}");
    let w = &preview["warnings"][0];
    assert_eq!(
        (w["line"].as_u64(), w["column"].as_str(), w["column_index"].as_u64(), w["code"].as_str(), w["value"].as_str()),
        (Some(9), Some("Birthday"), Some(14), Some("not_a_day"), Some("1985-02-30"))
    );
    let file = preview["file"].clone();
    // The shopkeeper corrects the birthday and maps "Nickname" (ignored) to the notes.
    let mut mapping: Vec<Value> = preview["mapping"].as_array().unwrap().iter().map(|c| c["field"].clone()).collect();
    let nickname = preview["mapping"].as_array().unwrap().iter().position(|c| c["header"] == "Organization 1 - Title").unwrap();
    mapping[nickname] = json!("notes");
    let options = json!({ "mapping": mapping, "corrections": [{ "line": 9, "column": 14, "value": "1985-02-28" }] });
    let corrected = app.ok("preview_customer_import", json!({ "file": file, "options": options }));
    assert_eq!(corrected["warnings"], json!([]), "{corrected}");
    assert_eq!(corrected["mapping"][nickname]["field"], "notes");
    let done = app.ok("import_customers", json!({ "file": file, "options": options, "onProgress": "__CHANNEL__:1" }));
    assert_eq!((done["new"].as_u64(), done["rejected"].as_u64(), done["warnings"].as_u64()), (Some(3), Some(0), Some(0)), "{done}");
    let sam = app.ok("list_customers", json!({ "search": "taylor", "offset": 0, "limit": 1 }))["rows"][0].clone();
    let page = app.ok("customer_page", json!({ "id": sam["id"] }));
    assert_eq!((page["birthday"].as_str(), page["notes"].as_str()), (Some("1985-02-28"), Some("Owner")), "{page}");

    // The next export with the same headers is read with the corrected mapping, no question.
    let next = app.ok("open_customer_import", json!({}));
    assert_eq!((next["remembered"].as_bool(), next["mapping"][nickname]["field"].as_str()), (Some(true), Some("notes")));
    assert_eq!((next["new"].as_u64(), next["updated"].as_u64()), (Some(0), Some(0)), "the same file twice adds nothing: {next}");
}

#[test]
fn till_purchases_are_previewed_then_imported() {
    let (app, dialogs) = interchange_harness();
    to_open(&dialogs, "square_export.csv");
    let customers = app.ok("open_customer_import", json!({}));
    assert_eq!(customers["format"], "Square");
    app.ok("import_customers", json!({ "file": customers["file"], "options": {}, "onProgress": "__CHANNEL__:3" }));

    to_open(&dialogs, "till_export.csv");
    let preview = app.ok("open_purchase_import", json!({ "createCustomers": false }));
    assert_eq!((preview["rows"].as_u64(), preview["new"].as_u64(), preview["rejected_total"].as_u64()), (Some(4), Some(3), Some(1)), "{preview}");
    assert_eq!(preview["rejected"][0]["line"], 4);
    let problem = &preview["rejected"][0]["problems"][0];
    assert!(problem["code"].as_str().unwrap().starts_with("unknown_"), "a code the UI translates: {problem}");
    assert_eq!(problem["field"], "customer_ref");
    let text = problem["text"].as_str().unwrap();
    assert!(!text.is_empty() && !text.starts_with("error-"), "worded from its code: {problem}");
    assert_eq!(preview["encoding"], "UTF-8");
    let with_new = app.ok("preview_purchase_import", json!({ "file": preview["file"], "createCustomers": true }));
    assert_eq!((with_new["new"].as_u64(), with_new["new_customers"].as_u64()), (Some(4), Some(1)));
    let done = app.ok("import_purchases", json!({ "file": preview["file"], "createCustomers": true, "onProgress": "__CHANNEL__:4" }));
    assert_eq!((done["new"].as_u64(), done["new_customers"].as_u64(), done["cancelled"].as_bool()), (Some(4), Some(1), Some(false)));
    let helene = app.ok("list_customers", json!({ "search": "helene", "offset": 0, "limit": 1 }));
    assert_eq!(helene["rows"][0]["purchases"], 3);
}

/// A till export whose columns the guess misses: the shopkeeper picks each column's field, the
/// preview follows, and the choice is remembered for the next file with the same headers.
#[test]
fn a_till_export_s_mapping_is_corrected_in_the_preview_and_remembered() {
    let (app, dialogs) = interchange_harness();
    let dir = dialogs.join("to-open");
    std::fs::write(dir.join("caisse.csv"), "Date;Qui;Combien;Quoi;Prix d'achat\n03/11/2026;helene@exemple.fr;12,50;Fleurs;beaucoup\n04/11/2026;;8,00;Fleurs;2,00\n").unwrap();
    let preview = app.ok("open_purchase_import", json!({ "createCustomers": true }));
    assert_eq!((preview["till"].as_str(), preview["missing"].as_str(), preview["new"].as_u64()), (Some("generic"), Some("amount"), Some(0)), "{preview}");
    let fields: Vec<&str> = preview["mapping"].as_array().unwrap().iter().map(|c| c["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["date", "ignore", "ignore", "ignore", "cost"], "{preview}");
    assert!(preview["fields"].as_array().unwrap().iter().any(|f| f == "customer_number"));
    let mapping = json!(["date", "email", "amount", "category", "cost"]);
    let corrected = app.ok("preview_purchase_import", json!({ "file": preview["file"], "createCustomers": true, "mapping": mapping }));
    assert_eq!((corrected["new"].as_u64(), corrected["anonymous"].as_u64(), corrected["new_customers"].as_u64()), (Some(1), Some(1), Some(1)), "{corrected}");
    assert_eq!((corrected["rejected_total"].as_u64(), corrected["warnings_total"].as_u64()), (Some(0), Some(1)));
    assert_eq!(corrected["warnings"][0]["code"], "not_an_amount");
    assert_eq!(corrected["warnings"][0]["args"]["value"], "beaucoup");
    assert_eq!(corrected["warnings_lines"][0], 2);
    let done = app.ok("import_purchases", json!({ "file": preview["file"], "createCustomers": true, "mapping": mapping, "onProgress": "__CHANNEL__:5" }));
    assert_eq!((done["new"].as_u64(), done["anonymous"].as_u64(), done["warnings"].as_u64()), (Some(1), Some(1), Some(1)), "{done}");
    // The next export from the same till: the remembered mapping, without a question.
    std::fs::write(dir.join("caisse.csv"), "Date;Qui;Combien;Quoi;Prix d'achat\n05/11/2026;helene@exemple.fr;20,00;Vases;9,00\n").unwrap();
    let next = app.ok("open_purchase_import", json!({ "createCustomers": false }));
    assert_eq!((next["remembered"].as_bool(), next["new"].as_u64()), (Some(true), Some(1)), "{next}");
    assert_eq!(next["mapping"][1]["field"], "email");
}

/// A till file large enough for the import's fast path (indexes rebuilt, a rollback journal
/// for the duration) goes in through the app, and the file is back on its write-ahead log.
#[test]
fn a_large_till_file_goes_in_through_the_app() {
    use std::io::Write;
    let (app, dialogs) = interchange_harness();
    let dir = dialogs.join("to-open");
    let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("caisse-2025.csv")).unwrap());
    writeln!(f, "customer_ref;date;amount;category;ticket").unwrap();
    for i in 0..15_000 {
        writeln!(f, "C-{:04};{:02}/{:02}/2025 10:{:02};{},{:02};Librairie;T{i:06}", i % 700, 1 + i % 28, 1 + i % 12, i % 60, 5 + i % 90, i % 100).unwrap();
    }
    drop(f);
    let preview = app.ok("open_purchase_import", json!({ "createCustomers": true }));
    assert_eq!((preview["new"].as_u64(), preview["new_customers"].as_u64()), (Some(15_000), Some(700)), "{preview}");
    let done = app.ok("import_purchases", json!({ "file": preview["file"], "createCustomers": true, "onProgress": "__CHANNEL__:6" }));
    assert_eq!((done["new"].as_u64(), done["rejected"].as_u64()), (Some(15_000), Some(0)), "{done}");
    let db = dialogs.parent().unwrap().join("shop.db");
    assert!(!db.with_file_name("shop.db-journal").exists());
    // The file header's read and write versions (bytes 18 and 19): 2 for the log, 1 for a journal.
    let header = std::fs::read(&db).unwrap();
    assert_eq!(&header[18..20], &[2, 2], "back on the write-ahead log");
    let c = app.ok("list_customers", json!({ "search": "C-0007", "offset": 0, "limit": 1 }));
    assert_eq!(c["rows"][0]["purchases"], 22, "{c}");
}

#[test]
fn exports_go_where_the_save_dialog_says() {
    let (app, dialogs) = interchange_harness();
    to_open(&dialogs, "french_excel_cp1252.csv");
    let preview = app.ok("open_customer_import", json!({}));
    app.ok("import_customers", json!({ "file": preview["file"], "options": {}, "onProgress": "__CHANNEL__:5" }));
    let r = app.ok("export_customers", json!({ "export": { "format": "csv-excel" } }));
    assert_eq!((r["file_name"].as_str(), r["count"].as_u64()), (Some("clients-excel.csv"), Some(3)));
    let bytes = std::fs::read(dialogs.join("clients-excel.csv")).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbf") && String::from_utf8_lossy(&bytes).contains("\"Zoé\";\"Cœur\""));
    let r = app.ok("export_customers", json!({ "export": { "format": "vcard", "consent": "email" } }));
    assert_eq!(r["count"], 2, "Hélène and Zoé said yes to the newsletter");
    assert!(std::fs::read_to_string(dialogs.join("clients.vcf")).unwrap().contains("FN:Zoé Cœur"));
    let r = app.ok("export_customers", json!({ "export": { "format": "labels-l7160", "household": true } }));
    assert_eq!(r["count"], 0, "nobody consented to post");
    assert!(std::fs::read(dialogs.join("etiquettes-L7160.pdf")).unwrap().starts_with(b"%PDF-"));
    assert_eq!(app.call("export_customers", json!({ "export": { "format": "xls" } })).unwrap_err()["fields"][0]["field"], "format");
    assert_eq!(app.call("export_customers", json!({ "export": { "format": "csv", "consent": "fax" } })).unwrap_err()["fields"][0]["field"], "consent");
    // Nobody has bought yet: all three are prospects, and no one is in an RFM segment.
    let r = app.ok("export_customers", json!({ "export": { "format": "csv", "stage": "prospect" } }));
    assert_eq!(r["count"], 3);
    let r = app.ok("export_customers", json!({ "export": { "format": "csv", "stage": "client" } }));
    assert_eq!(r["count"], 0);
    let r = app.ok("export_customers", json!({ "export": { "format": "csv", "segment": "champions" } }));
    assert_eq!(r["count"], 0);
    assert_eq!(app.call("export_customers", json!({ "export": { "format": "csv", "stage": "gold" } })).unwrap_err()["fields"][0]["field"], "stage");
    assert_eq!(app.call("export_customers", json!({ "export": { "format": "csv", "segment": "vip" } })).unwrap_err()["fields"][0]["field"], "segment");
}

/// The newsletter tools' files: only those who said yes to e-mail, with the tool's own columns.
#[test]
fn newsletter_exports_for_mailchimp_and_brevo() {
    let (app, dialogs) = interchange_harness();
    to_open(&dialogs, "french_excel_cp1252.csv");
    let preview = app.ok("open_customer_import", json!({}));
    app.ok("import_customers", json!({ "file": preview["file"], "options": {}, "onProgress": "__CHANNEL__:5" }));
    let r = app.ok("export_customers", json!({ "export": { "format": "newsletter-mailchimp" } }));
    assert_eq!((r["file_name"].as_str(), r["count"].as_u64()), (Some("newsletter-mailchimp.csv"), Some(2)), "Hélène and Zoé said yes");
    let text = std::fs::read_to_string(dialogs.join("newsletter-mailchimp.csv")).unwrap();
    assert!(text.starts_with("Email Address,First Name,Last Name,Tags,Language\r\n"), "{text}");
    assert!(text.contains("\"Zoé\",\"Cœur\""), "{text}");
    let r = app.ok("export_customers", json!({ "export": { "format": "newsletter-brevo" } }));
    assert_eq!(r["count"], 2);
    assert!(std::fs::read_to_string(dialogs.join("newsletter-brevo.csv")).unwrap().starts_with("EMAIL,FIRSTNAME,LASTNAME,TAGS,LANGUAGE\r\n"));
    let refused = app.call("export_customers", json!({ "export": { "format": "newsletter-brevo", "consent": "post" } })).unwrap_err();
    assert_eq!(refused["fields"][0]["field"], "consent");
}

/// Another program holds the file's write past the wait: the command answers `busy`, saying
/// who (an import's note beside the file, else another program), and writes nothing.
#[test]
fn a_busy_file_answers_busy_and_names_an_import() {
    let (app, dialogs) = interchange_harness();
    let db = dialogs.parent().unwrap().join("shop.db");
    fidele_store::busy::set_wait_limit(std::time::Duration::from_millis(300));
    // sqlite3 holds the write until told to let go, as a long import in another process would.
    use std::io::Write;
    let mut holder = std::process::Command::new("sqlite3")
        .arg(&db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sqlite3 is installed");
    let mut to_holder = holder.stdin.take().unwrap();
    writeln!(to_holder, "BEGIN IMMEDIATE; INSERT INTO households (name, created_at) VALUES ('x', '2026-01-01T00:00:00'); SELECT 'holding';").unwrap();
    let mut said = [0u8; 7];
    std::io::Read::read_exact(holder.stdout.as_mut().unwrap(), &mut said).unwrap();
    assert_eq!(&said, b"holding");
    let started = std::time::Instant::now();
    let err = app.call("add_customer", json!({ "customer": { "last_name": "Pendant" } })).unwrap_err();
    assert_eq!(err["kind"], "busy", "{err}");
    assert_eq!(err["args"], json!({ "writer": "other" }));
    let other_said = err["message"].as_str().unwrap().to_owned();
    assert!(started.elapsed() >= std::time::Duration::from_millis(300), "it waited");
    let note = fidele_store::WriteNote::acquire(&db, fidele_store::Writer::Import).unwrap();
    let err = app.call("add_customer", json!({ "customer": { "last_name": "Pendant" } })).unwrap_err();
    assert_eq!(err["args"]["writer"], "import", "{err}");
    assert_ne!(err["message"].as_str().unwrap(), other_said, "an import is named: {err}");
    drop(note);
    writeln!(to_holder, "ROLLBACK;").unwrap();
    drop(to_holder);
    holder.wait().unwrap();
    app.ok("add_customer", json!({ "customer": { "last_name": "Après" } }));
    assert_eq!(app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 10 }))["total"], 1, "nothing of the busy attempts");
}

// ---- the customer file: archive, merge, erase, duplicates, timeline, purchases, consents ----

#[test]
fn a_customers_data_is_saved_as_one_json_file() {
    let (app, dialogs) = interchange_harness();
    let id = app.ok("add_customer", json!({ "customer": { "first_name": "Zoé", "last_name": "Cœur", "notes": "<b>allergique</b>", "consents": ["post"] } }));
    app.ok("add_purchase", json!({ "customer": id, "purchase": { "amount": "12,50", "at": "2026-03-01T10:00", "category": "BD" } }));
    let name = app.ok("export_customer_record", json!({ "id": id }));
    assert_eq!(name, format!("client-{id}.json"));
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dialogs.join(name.as_str().unwrap())).unwrap()).unwrap();
    assert_eq!(doc["format"], "fidele-customer-record/1");
    assert_eq!((doc["customer"]["first_name"].as_str(), doc["customer"]["notes"].as_str()), (Some("Zoé"), Some("<b>allergique</b>")));
    assert_eq!(doc["customer"]["consent_history"][0]["channel"], "post");
    assert_eq!((doc["purchases"][0]["amount"].as_str(), doc["purchases"][0]["category"].as_str()), (Some("12.50"), Some("BD")));
    assert_eq!(app.call("export_customer_record", json!({ "id": 999 })).unwrap_err()["kind"], "not_found");
}

#[test]
fn a_merge_keeps_the_other_phone_when_asked_and_is_undone_and_two_people_stay_apart() {
    let app = Harness::new();
    let a = app.ok("add_customer", json!({ "customer": { "first_name": "Lotte", "last_name": "Mulder", "emails": ["lotte@voorbeeld.nl"], "phones": ["06 12 34 56 78"], "postal_code": "1017 GC", "city": "Amsterdam" } }));
    let b = app.ok("add_customer", json!({ "customer": { "first_name": "Lotte", "last_name": "Mulder", "emails": ["l.mulder@werk.nl"], "phones": ["06 98 76 54 32"], "postal_code": "1017 GC", "city": "Utrecht" } }));
    let sale = app.ok("add_purchase", json!({ "customer": b, "purchase": { "amount": "12,00", "at": "2026-03-01T10:00" } }));

    let err = app.call("merge_customers", json!({ "keep": a, "other": b, "choices": { "phones": "theirs" } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "phones");
    let err = app.call("merge_customers", json!({ "keep": a, "other": b, "choices": { "from_other": ["shoe_size"] } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "from_other");

    let merged = app.ok("merge_customers", json!({ "keep": a, "other": b, "choices": { "from_other": ["address"], "emails": "kept", "phones": "other" } }));
    assert_eq!(merged["undo"]["minutes"], 15);
    let page = app.ok("customer_page", json!({ "id": a }));
    assert_eq!((page["phones"].clone(), page["emails"].clone(), page["city"].clone()), (json!(["06 98 76 54 32"]), json!(["lotte@voorbeeld.nl"]), json!("Utrecht")));

    let undone = app.ok("undo", json!({ "id": merged["undo"]["id"] }));
    assert_eq!((undone["kind"].as_str(), undone["other"].clone()), (Some("merge"), b.clone()));
    let (pa, pb) = (app.ok("customer_page", json!({ "id": a })), app.ok("customer_page", json!({ "id": b })));
    assert_eq!((pa["phones"].clone(), pa["city"].clone()), (json!(["06 12 34 56 78"]), json!("Amsterdam")));
    assert_eq!((pb["emails"].clone(), pb["purchase_count"].clone()), (json!(["l.mulder@werk.nl"]), json!(1)));
    assert_eq!(app.call("undo", json!({ "id": merged["undo"]["id"] })).unwrap_err()["fields"][0]["field"], "undo");

    let deleted = app.ok("delete_purchase", json!({ "id": sale }));
    assert_eq!(app.ok("customer_page", json!({ "id": b }))["purchase_count"], 0);
    assert_eq!(app.ok("undo", json!({ "id": deleted["id"] }))["purchase"], sale);
    assert_eq!(app.ok("customer_page", json!({ "id": b }))["purchase_count"], 1);

    assert_eq!(app.ok("probable_duplicates", json!({ "limit": 10 })).as_array().unwrap().len(), 1);
    app.ok("mark_not_duplicates", json!({ "a": b, "b": a }));
    assert!(app.ok("probable_duplicates", json!({ "limit": 10 })).as_array().unwrap().is_empty());
}

#[test]
fn duplicates_merge_timeline_and_erase_through_the_commands() {
    let app = Harness::new();
    let a = app.ok("add_customer", json!({ "customer": { "first_name": "Hélène", "last_name": "Dubœuf", "emails": ["helene@exemple.fr"], "phones": ["06 12 34 56 78"] } }));
    let b = app.ok("add_customer", json!({ "customer": { "first_name": "Helene", "last_name": "Duboeuf", "phones": ["+33 6 12 34 56 78"], "consents": ["email"] } }));
    let sale = app.ok("add_purchase", json!({ "customer": b, "purchase": { "amount": "40,00", "at": "2025-03-01T10:00" } }));
    let dups = app.ok("probable_duplicates", json!({ "limit": 10 }));
    assert_eq!((dups[0]["first"]["id"].clone(), dups[0]["second"]["id"].clone()), (a.clone(), b.clone()));
    assert_eq!(dups[0]["reasons"], json!(["phone"]));

    // Refunds: linked to the original, never more than it; the original cannot then be deleted.
    let refund = app.ok("add_refund", json!({ "original": sale, "amount": "15", "note": "abîmé" }));
    let err = app.call("add_refund", json!({ "original": sale, "amount": "30", "note": "" })).unwrap_err();
    assert_eq!((err["kind"].as_str(), err["fields"][0]["field"].as_str()), (Some("invalid"), Some("amount")));
    let err = app.call("delete_purchase", json!({ "id": sale })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "purchase");
    assert_eq!(err["fields"][0]["code"], "has_refunds", "{err}");
    app.ok("update_purchase", json!({ "id": sale, "purchase": { "amount": "45", "category": "Romans" } }));
    let err = app.call("update_purchase", json!({ "id": sale, "purchase": { "amount": "5" } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "amount");

    let merged = app.ok("merge_customers", json!({ "keep": a, "other": b }));
    assert_eq!((merged["purchases"].as_u64(), merged["consent_events"].as_u64()), (Some(2), Some(1)));
    assert_eq!(app.call("customer_page", json!({ "id": b })).unwrap_err()["kind"], "not_found");
    app.ok("record_consent", json!({ "customer": a, "channel": "email", "granted": false, "source": "" }));
    assert_eq!(app.call("record_consent", json!({ "customer": a, "channel": "fax", "granted": true, "source": "" })).unwrap_err()["fields"][0]["field"], "channel");

    let timeline = app.ok("customer_timeline", json!({ "id": a, "offset": 0, "limit": 10 }));
    assert_eq!(timeline["total"], 4, "{timeline}");
    let mut types: Vec<&str> = timeline["entries"].as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap()).collect();
    // The refund and both consent events happened this second; the sale in March is last.
    assert_eq!(timeline["entries"][3]["purchase"]["id"], sale, "{timeline}");
    types.sort();
    assert_eq!(types, ["consent", "consent", "purchase", "purchase"], "{timeline}");
    assert!(timeline["entries"].as_array().unwrap().iter().any(|e| e["purchase"]["id"] == refund));

    app.ok("archive_customer", json!({ "id": a, "archived": true }));
    assert_eq!(app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 10 }))["total"], 0);
    // Out of the list, findable through its "archived" filter, accents ignored.
    let archived = app.ok("list_customers", json!({ "search": "helene", "offset": 0, "limit": 10, "arrangement": { "archived": true } }));
    assert_eq!(archived["total"], 1);
    assert_eq!((archived["rows"][0]["id"].clone(), archived["rows"][0]["name"].as_str()), (a.clone(), Some("Hélène Dubœuf")));
    assert!(app.ok("customer_page", json!({ "id": a }))["archived"].as_bool().unwrap());
    app.ok("archive_customer", json!({ "id": a, "archived": false }));
    assert_eq!(app.ok("list_customers", json!({ "search": "helene", "offset": 0, "limit": 10 }))["total"], 1);

    let erased = app.ok("erase_customer", json!({ "id": a }));
    assert_eq!(erased["purchases_kept"], 2);
    let page = app.ok("customer_page", json!({ "id": a }));
    assert_eq!((page["name"].as_str(), page["purchase_count"].as_i64()), (Some(""), Some(2)));
    assert!(page["emails"].as_array().unwrap().is_empty());
    assert_eq!(app.ok("list_customers", json!({ "search": "helene", "offset": 0, "limit": 10 }))["total"], 0);
    assert_eq!(app.call("erase_customer", json!({ "id": a })).unwrap_err()["kind"], "invalid");
}

#[test]
fn ladder_settings_and_a_partner_set_by_hand() {
    let app = Harness::new();
    let s = app.ok("get_ladder_settings", json!({}));
    assert_eq!(s["supporter_min_purchases"], 4);
    app.ok("set_ladder_settings", json!({ "settings": { "supporter_min_purchases": 6, "drift_threshold_percent": 40.0, "discount_rate_percent": 8.0 } }));
    assert_eq!(app.ok("get_ladder_settings", json!({}))["drift_threshold_percent"], 40.0);
    let err = app
        .call("set_ladder_settings", json!({ "settings": { "supporter_min_purchases": 0, "drift_threshold_percent": 40.0, "discount_rate_percent": 8.0 } }))
        .unwrap_err();
    assert_eq!(err["fields"][0]["field"], "analytics.supporter_min_purchases");
    let id = app.ok("add_customer", json!({ "customer": { "last_name": "Imprimerie Dupuis" } }));
    app.ok("set_manual_stage", json!({ "id": id, "stage": "partner" }));
    let o = app.ok("customer_outlook", json!({ "id": id }));
    assert_eq!((o["stage"].as_str(), o["manual_stage"].as_bool()), (Some("partner"), Some(true)));
    assert_eq!(app.call("set_manual_stage", json!({ "id": id, "stage": "king" })).unwrap_err()["kind"], "invalid");
}

#[test]
fn customers_linked_into_one_household() {
    let app = Harness::new();
    let a = app.ok("add_customer", json!({ "customer": { "first_name": "Hélène", "last_name": "Dubœuf" } }));
    let b = app.ok("add_customer", json!({ "customer": { "first_name": "Paul", "last_name": "Dubœuf" } }));
    app.ok("link_household", json!({ "id": b, "with": a }));
    let page = app.ok("customer_page", json!({ "id": a }));
    assert_eq!(page["household"], "Famille Dubœuf");
    assert_eq!(page["household_members"][0]["id"], b);
    let err = app.call("link_household", json!({ "id": b, "with": 999 })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "household");
    app.ok("leave_household", json!({ "id": b }));
    assert!(app.ok("customer_page", json!({ "id": a }))["household"].is_null());
}

#[test]
fn a_backup_from_settings_restores_the_file_as_it_was() {
    let (app, saved) = cards_harness();
    app.ok("add_customer", json!({ "customer": { "first_name": "Zoë", "last_name": "Avant" } }));
    let info = app.ok("backup_info", json!({}));
    assert!(info["dir"].as_str().unwrap().ends_with("backups"), "{info}");
    assert_eq!(info["keep"], 10);
    assert_eq!(app.call("set_backup_keep", json!({ "keep": 0 })).unwrap_err()["fields"][0]["field"], "keep");
    let name = app.ok("backup_now", json!({}));
    let copy = saved.join(name.as_str().unwrap());
    assert!(copy.exists());
    app.ok("add_customer", json!({ "customer": { "last_name": "Après" } }));
    assert_eq!(app.ok("app_info", json!({}))["customers"], 2);
    // The open dialog (scripted) offers the newest file in `to-open/`.
    std::fs::create_dir_all(saved.join("to-open")).unwrap();
    std::fs::copy(&copy, saved.join("to-open/fidele.db")).unwrap();
    let kept = app.ok("restore_backup", json!({}));
    assert!(kept.as_str().unwrap().ends_with(".before-restore"), "{kept}");
    assert_eq!(app.ok("app_info", json!({}))["customers"], 1, "back to the backup");
    let list = app.ok("list_customers", json!({ "search": "avant", "offset": 0, "limit": 10 }));
    assert_eq!(list["total"], 1);
}

mod passphrase;
mod failures;
mod campaigns;
mod updates;

#[test]
fn the_list_sorts_filters_and_keeps_a_named_view() {
    let app = Harness::new();
    for (first, last, city, tags, phone) in [
        ("Théo", "Aubry", "Lyon", json!(["romans"]), "06 11 11 11 11"),
        ("Étienne", "Aubry", "Évian", json!(["bd"]), "06 22 22 22 22"),
        ("Anneke", "van den Berg", "Utrecht", json!(["romans"]), "06 33 33 33 33"),
    ] {
        let country = if city == "Utrecht" { "NL" } else { "FR" };
        app.ok(
            "add_customer",
            json!({ "customer": { "first_name": first, "last_name": last, "city": city, "country": country, "tags": tags, "phones": [phone] } }),
        );
    }
    let names = |list: &Value| list["rows"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    let plain = app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 10 }));
    assert_eq!(names(&plain), ["Étienne Aubry", "Théo Aubry", "Anneke van den Berg"]);
    let by_city = app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 10, "arrangement": { "sort": "city", "descending": true } }));
    assert_eq!(names(&by_city), ["Anneke van den Berg", "Théo Aubry", "Étienne Aubry"]);
    let romans = json!({ "tag": "romans", "city": "lyon" });
    let filtered = app.ok("list_customers", json!({ "search": "", "offset": 0, "limit": 10, "arrangement": romans }));
    assert_eq!((names(&filtered), filtered["total"].clone()), (vec!["Théo Aubry".to_owned()], json!(1)));
    // A search by phone shows the number it matched.
    let found = app.ok("list_customers", json!({ "search": "06 33", "offset": 0, "limit": 10 }));
    assert_eq!(found["rows"][0]["hit"], json!({ "field": "phone", "text": "06 33 33 33 33" }));
    let err = app.call("list_customers", json!({ "search": "", "offset": 0, "limit": 10, "arrangement": { "sort": "shoe size" } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "sort");

    app.ok("save_list_view", json!({ "name": "Romans à Lyon", "search": "", "arrangement": romans }));
    let views = app.ok("list_views", json!({}));
    assert_eq!(views[0]["name"], "Romans à Lyon");
    assert_eq!((views[0]["arrangement"]["tag"].clone(), views[0]["arrangement"]["city"].clone()), (json!("romans"), json!("lyon")));
    let choices = app.ok("list_choices", json!({}));
    assert_eq!(choices["tags"], json!(["bd", "romans"]));
    assert_eq!(choices["cities"], json!(["Évian", "Lyon", "Utrecht"]));
    app.ok("delete_list_view", json!({ "name": "Romans à Lyon" }));
    assert_eq!(app.ok("list_views", json!({})), json!([]));
}

/// A Thai interface's demo is the Chiang Mai shop: Thai customers, baht, a Thai shop's year.
#[test]
fn a_thai_interface_loads_the_thai_demo_shop() {
    let app = Harness::new();
    app.ok("set_ui_language", json!({ "language": "th" }));
    assert_eq!(app.ok("load_demo", json!({ "customers": 40 })), 40);
    let shop = &app.ok("get_settings", json!({}))["shop"];
    assert_eq!((shop["country"].as_str(), shop["currency"].as_str(), shop["language"].as_str()), (Some("TH"), Some("THB"), Some("th")));
    assert_eq!(app.ok("get_settings", json!({}))["calendar"], "buddhist", "a Thai shop counts in the Buddhist Era unless it chose otherwise");
}

/// A close request asks first while the UI holds changes not saved (`window::CloseGuard`,
/// unit-tested there; the real close request in `tests/e2e/nothing-lost.test.mjs`): the UI
/// says so through `set_unsaved_work`, and `close_window` lets the close agreed to through.
#[test]
fn closing_asks_first_while_the_ui_holds_changes_not_saved() {
    use tauri::Manager;
    let app = Harness::new();
    let guard = || app.window.state::<fidele_app::window::CloseGuard>();
    assert!(!guard().must_ask());
    app.ok("set_unsaved_work", json!({ "unsaved": true }));
    assert!(guard().must_ask());
    app.ok("set_unsaved_work", json!({ "unsaved": false }));
    assert!(!guard().must_ask());
    app.ok("set_unsaved_work", json!({ "unsaved": true }));
    app.ok("close_window", json!({}));
    assert!(!guard().must_ask(), "the close the shopkeeper agreed to goes through");
    assert!(app.call("set_unsaved_work", json!({})).is_err(), "the UI must say which");
}
