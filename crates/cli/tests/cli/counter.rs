//! The counter from the shell: `counter find`, `sale`, `refund`, `points`, `loyalty`,
//! `counter reissue`.

use predicates::str::contains;

use super::Shop;

fn added(shop: &Shop, first: &str, phone: &str) -> i64 {
    let out = shop.fidele().args(["customers", "add", "--first-name", first, "--last-name", "Dubœuf", "--phone", phone]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
}

#[test]
fn a_card_s_sale_earns_a_refund_takes_back_and_a_lost_card_is_refused_by_name() {
    let shop = Shop::new();
    let helene = added(&shop, "Hélène", "06 12 34 56 78");
    added(&shop, "Marc", "06 98 76 54 32");
    let rules = shop.json(&["loyalty", "--on", "--points-per-unit", "1", "--reward", "200=10", "--reward", "10:Un café", "--json"]);
    assert_eq!((rules["enabled"].as_bool(), rules["rewards"][0]["label"].as_str()), (Some(true), Some("Un café")));
    let card = shop.json(&["customers", "show", &helene.to_string(), "--json"])["member_number"].as_str().unwrap().to_owned();
    assert_eq!(card.len(), 10);

    let found = shop.json(&["counter", "find", &card, "--json"]);
    assert_eq!((found["found"].as_str(), found["by"].as_str(), found["customer"]["id"].as_i64()), (Some("customer"), Some("member_number"), Some(helene)));
    let by_phone = shop.json(&["counter", "find", "06 12 34 56 78", "--json"]);
    assert_eq!((by_phone["by"].as_str(), by_phone["customer"]["id"].as_i64()), (Some("phone"), Some(helene)));
    let mut misread = card.clone().into_bytes();
    misread.swap(3, 4);
    if misread[3] == misread[4] {
        misread[9] = if misread[9] == b'9' { b'0' } else { misread[9] + 1 };
    }
    let misread = String::from_utf8(misread).unwrap();
    assert_eq!(shop.json(&["counter", "find", &misread, "--json"])["reason"].as_str(), Some("member_number_check"));

    let sale = shop.json(&["sale", "--card", &card, "--amount", "124,90", "--category", "Romans", "--json"]);
    assert_eq!((sale["earned"].as_i64(), sale["balance"].as_i64(), sale["amount"].as_str()), (Some(124), Some(124), Some("124.90")));
    // The cheapest reward first: the coffee, 10 points.
    shop.fidele().args(["points", &helene.to_string(), "--spend-reward", "1"]).assert().success().stdout(contains("Points: 114"));
    let refund = shop.json(&["refund", "--purchase", &sale["purchase"].to_string(), "--amount", "124,90", "--json"]);
    assert_eq!((refund["taken_back"].as_i64(), refund["balance"].as_i64()), (Some(-124), Some(-10)));
    let points = shop.json(&["points", &helene.to_string(), "--json"]);
    let kinds: Vec<&str> = points["entries"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["refunded", "spent", "earned"]);
    assert_eq!(points["balance"].as_i64(), Some(-10));

    // Bad input names its flag, exit 2, nothing written.
    shop.fidele().args(["sale", "--customer", &helene.to_string(), "--amount", "douze"]).assert().code(2).stderr(contains("--amount"));
    shop.fidele().args(["sale", "--card", &misread, "--amount", "3"]).assert().code(2).stderr(contains("--card"));
    shop.fidele().args(["points", &helene.to_string(), "--spend-reward", "1"]).assert().code(2).stderr(contains("Not enough points"));

    // A lost card: the old number is refused at the till, naming whose it was.
    let new = String::from_utf8(shop.fidele().args(["counter", "reissue", &helene.to_string()]).output().unwrap().stdout).unwrap().trim().to_owned();
    assert_ne!(new, card);
    shop.fidele().args(["sale", "--card", &card, "--amount", "3"]).assert().code(2).stderr(contains("Hélène Dubœuf"));
    let stopped = shop.json(&["counter", "find", &card, "--json"]);
    assert_eq!((stopped["found"].as_str(), stopped["current_number"].as_str()), (Some("stopped"), Some(new.as_str())));
    assert_eq!(shop.json(&["sale", "--card", &new, "--amount", "300", "--json"])["balance"].as_i64(), Some(290));
}
