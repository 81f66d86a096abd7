//! Do the cards pay, through the commands: a run previewed and recorded with its hold-out,
//! the Campaigns view's data, "always send", and the card's cost.

use serde_json::json;

use super::Harness;

#[test]
fn a_run_with_a_hold_out_is_recorded_and_measured_and_always_send_keeps_a_customer_in() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved");
    std::fs::create_dir_all(&saved).unwrap();
    let state = fidele_app::AppState::open(&dir.path().join("shop.db")).unwrap().with_scripted_dialogs(&saved);
    let app = Harness::on(state, dir);
    app.ok("load_demo", json!({ "customers": 200 }));
    assert!(app.ok("campaigns", json!({}))["runs"].as_array().unwrap().is_empty());

    let run = json!({ "kind": "monthly", "month": "2027-01", "households": false, "holdout_percent": 25 });
    let preview = app.ok("card_run_preview", json!({ "run": run }));
    let held = preview["held_out"].as_u64().unwrap();
    assert!(held > 10 && preview["holdout_percent"] == 25, "{}", preview["held_out"]);
    let made = app.ok("generate_cards", json!({ "run": run, "layout": "single", "open": false, "onProgress": "__CHANNEL__:1" }));
    assert_eq!(made["cards"], preview["cards"].as_array().unwrap().len());
    let recorded = app.ok("record_card_run", json!({ "token": made["token"] }));
    assert_eq!(recorded["held_out"].as_u64(), Some(held));

    let view = app.ok("campaigns", json!({}));
    let runs = view["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0]["period"].as_str(), runs[0]["month"].as_u64()), (Some("2027-01"), Some(1)));
    assert_eq!(runs[0]["windows"][0]["held_out"]["customers"].as_u64(), Some(held));
    assert_eq!(runs[0]["verdict"]["code"], "too_early", "recorded today: no window has passed");
    assert!(!runs[0]["curve"].as_array().unwrap().is_empty());

    // "Always send" on a customer's page: kept, and never held out after.
    let someone = preview["cards"][0]["customer_id"].as_i64().unwrap();
    assert_eq!(app.ok("always_send", json!({ "id": someone })), false);
    app.ok("set_always_send", json!({ "id": someone, "always": true }));
    assert_eq!(app.ok("always_send", json!({ "id": someone })), true);
    let next = app.ok("card_run_preview", json!({ "run": { "kind": "monthly", "month": "2027-02", "holdout_percent": 50 } }));
    assert!(next["cards"].as_array().unwrap().iter().any(|c| c["customer_id"] == someone), "always sent");

    // What a card costs: the country's default, then the shop's own.
    assert_eq!(app.ok("card_cost", json!({})), "1.70");
    app.ok("set_card_cost", json!({ "amount": "1,25" }));
    assert_eq!(app.ok("card_cost", json!({})), "1.25");
    let err = app.call("set_card_cost", json!({ "amount": "cher" })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "card_cost");
    let err = app.call("card_run_preview", json!({ "run": { "kind": "monthly", "month": "2027-02", "holdout_percent": 80 } })).unwrap_err();
    assert_eq!(err["fields"][0]["field"], "holdout");
}
