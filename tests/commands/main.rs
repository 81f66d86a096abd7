//! The app's commands on Tauri's mock runtime, through the real capabilities: what the UI
//! sends, what comes back, and the `{kind, message, fields}` errors.

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _dir: tempfile::TempDir,
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let state = fidele_app::AppState::open(&dir.path().join("shop.db")).unwrap();
        let app = mock_builder()
            .manage(state)
            .invoke_handler(fidele_app::invoke_handler())
            .build(fidele_app::context())
            .unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        Harness { _dir: dir, _app: app, window }
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
