//! `fidele campaigns`: a month's cards recorded with a hold-out, then measured against it.

use predicates::str::contains;

use super::Shop;

#[test]
fn a_run_with_a_hold_out_is_measured_and_said_in_words() {
    let shop = Shop::new();
    shop.fidele().args(["demo", "--customers", "300", "--seed", "3"]).assert().success();
    let none = shop.json(&["campaigns", "--json"]);
    assert_eq!(none["runs"].as_array().unwrap().len(), 0);
    shop.fidele().args(["campaigns"]).assert().success().stdout(contains("No card run with a hold-out yet"));

    let pdf = shop._dir.path().join("jan.pdf");
    let run = shop.json(&["cards", "--month", "2027-01", "-o", pdf.to_str().unwrap(), "--holdout", "30", "--record", "--json"]);
    let held = run["held_out"].as_u64().unwrap();
    assert!(held > 20 && run["holdout_percent"] == 30, "{run}");
    let c = shop.json(&["campaigns", "--json", "--as-of", "2030-01-01"]);
    let runs = c["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1, "{c}");
    let r = &runs[0];
    assert_eq!((r["period"].as_str(), r["holdout_percent"].as_i64()), (Some("2027-01"), Some(30)));
    let windows = r["windows"].as_array().unwrap();
    assert_eq!(windows.iter().map(|w| w["days"].as_u64().unwrap()).collect::<Vec<_>>(), [30, 60, 90]);
    assert!(windows.iter().all(|w| w["complete"] == true));
    assert_eq!(windows[0]["comparison"]["held_out"]["customers"].as_u64(), Some(held));
    let method = windows[2]["comparison"]["return_rate"]["method"].as_str().unwrap();
    assert!(["welch", "bootstrap"].contains(&method), "{method}");
    assert!(["too_early", "no_measurable_effect", "effect"].contains(&r["verdict"]["code"].as_str().unwrap()));
    assert_eq!(r["cost_minor"].as_i64(), Some(r["cards"].as_i64().unwrap() * c["cost_per_card_minor"].as_i64().unwrap()));
    assert_eq!(c["long_view"].as_array().unwrap().len(), 2);

    // In words, in the shopkeeper's language.
    shop.fidele().args(["--lang", "fr", "campaigns", "--as-of", "2030-01-01"]).assert().success().stdout(contains("cartes de janvier 2027")).stdout(contains("Coût par carte"));
    // Too large a hold-out is refused, naming the option; birthdays hold nobody out.
    shop.fidele().args(["cards", "--month", "2027-02", "-o", pdf.to_str().unwrap(), "--holdout", "60"]).assert().code(2).stderr(contains("holdout"));
    let birthdays = shop.json(&["cards", "--birthdays", "--from", "2027-01-01", "--to", "2027-06-30", "-o", pdf.to_str().unwrap(), "--holdout", "30", "--json"]);
    assert_eq!(birthdays["held_out"], 0, "{birthdays}");
}
