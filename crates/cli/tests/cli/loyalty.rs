//! `fidele settings --printer-offset-x/-y`, `fidele calibration-page` and
//! `fidele loyalty-cards`: the printed loyalty cards and the offset they are moved by.

use std::process::Command as Process;

use predicates::str::contains;

use super::Shop;

fn text_of(pdf: &std::path::Path) -> String {
    let out = Process::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext is installed");
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_printer_offset_is_set_as_measured_and_a_bad_value_names_its_flag() {
    let shop = Shop::new();
    let set = shop.json(&["settings", "--printer-offset-x=-1,5", "--json"]);
    assert_eq!((set["printer_offset_x_mm"].as_f64(), set["printer_offset_y_mm"].as_f64()), (Some(-1.5), Some(0.0)));
    // The other one stays as it was.
    let set = shop.json(&["settings", "--printer-offset-y", "2", "--json"]);
    assert_eq!((set["printer_offset_x_mm"].as_f64(), set["printer_offset_y_mm"].as_f64()), (Some(-1.5), Some(2.0)));
    shop.fidele().args(["settings", "--printer-offset-y", "douze"]).assert().code(2).stderr(contains("--printer-offset-y: “douze” is not a number from -10 to 10"));
    shop.fidele().args(["settings", "--printer-offset-x", "10.5"]).assert().code(2).stderr(contains("--printer-offset-x"));
    let kept = shop.json(&["settings", "--json"]);
    assert_eq!(kept["printer_offset_y_mm"].as_f64(), Some(2.0), "a refused value writes nothing");
}

#[test]
fn the_calibration_page_quotes_the_offset_in_force() {
    let shop = Shop::new();
    shop.fidele().args(["settings", "--printer-offset-x=-1.5"]).assert().success();
    let pdf = shop.db.with_file_name("calibration.pdf");
    shop.fidele().args(["calibration-page", "-o"]).arg(&pdf).assert().success().stdout(contains("calibration.pdf: the calibration page"));
    let text = text_of(&pdf);
    assert!(text.contains("Printer calibration") && text.contains("-1.5 mm across, 0 mm down"), "{text}");
    shop.fidele().args(["--lang", "fr", "calibration-page", "-o"]).arg(&pdf).assert().success();
    assert!(text_of(&pdf).contains("Calibrage de l'imprimante"));
}
