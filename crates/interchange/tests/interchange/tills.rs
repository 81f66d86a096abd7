//! Sales exports as tills and web shops write them (fixtures written from each vendor's
//! published column list, with their odd rows): every receipt that comes out, checked.

use fidele_interchange::{ImportedPurchase, PurchaseOptions, Rejected, TextEncoding, Till, read_purchases, read_purchases_seekable};

use super::fixture;

/// One receipt as a line: where, who (and their name), when, how much, margin, categories,
/// items, refund of which receipt, warnings; or the refusal's codes.
fn render(r: &Result<ImportedPurchase, Rejected>) -> String {
    match r {
        Ok(p) => {
            let who = match &p.customer_ref {
                Some(c) => format!("{c:?}"),
                None => "anonymous".into(),
            };
            let name = if p.customer_name.is_empty() { String::new() } else { format!(" \"{}\"", p.customer_name) };
            let margin = p.margin.map_or(String::new(), |m| format!(" margin {}", m.minor));
            let items = p.item_count.map_or(String::new(), |n| format!(" x{n}"));
            let refund = p.refund_of.as_ref().map_or(String::new(), |t| format!(" refund of [{t}]"));
            let warnings: String = p.warnings.iter().map(|w| format!(" !{}:{}:{}", w.field, w.code, w.value)).collect();
            format!(
                "{} {who}{name} {} {} [{}]{margin} ({}){items}{refund}{warnings}",
                p.line,
                p.at.format("%Y-%m-%d %H:%M:%S"),
                p.amount.minor,
                p.ticket,
                p.category
            )
        }
        Err(e) => {
            let codes: Vec<String> = e.problems.iter().map(|p| format!("{}:{}:{}", p.field, p.code, p.args.iter().map(|(_, v)| v.to_string()).collect::<Vec<_>>().join("|"))).collect();
            format!("{} refused {}", e.line, codes.join(" "))
        }
    }
}

fn read(name: &str, locale: &str) -> (Till, TextEncoding, u8, Vec<String>) {
    let options = PurchaseOptions { locale: locale.into(), ..PurchaseOptions::default() };
    let bytes = fixture(name);
    let reader = read_purchases(bytes.as_slice(), &options).unwrap();
    let (till, encoding, delimiter) = (reader.till(), reader.encoding(), reader.delimiter());
    (till, encoding, delimiter, reader.map(|r| render(&r)).collect())
}

#[test]
fn shopify_orders() {
    let (till, encoding, delimiter, rows) = read("shopify_orders.csv", "fr-FR");
    assert_eq!((till, encoding, delimiter), (Till::Shopify, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 Email(\"marie@exemple.fr\") \"Marie Dupont\" 2026-10-05 14:31:07 4500 [#1001] (Mug, Gift wrap, Teapot) x4",
            "5 Phone(\"+32470123456\") \"Jan Peeters\" 2026-10-06 09:12:44 1200 [#1002] (Mug) x1",
            "5 Phone(\"+32470123456\") \"Jan Peeters\" 2026-10-06 09:12:44 -1200 [#1002] (Mug) refund of [#1002]",
            "6 anonymous 2026-10-06 11:02:10 850 [#1003] (Card) x1",
            "7 Email(\"marie@exemple.fr\") \"Marie Dupont\" 2026-10-30 17:45:00 106000 [#1004] (Samovar, Tea, green) x3",
            "7 Email(\"marie@exemple.fr\") \"Marie Dupont\" 2026-10-30 17:45:00 -1500 [#1004] (Samovar, Tea, green) refund of [#1004]",
            "9 Email(\"paul@exemple.fr\") \"Paul Martin\" 2026-11-02 10:00:00 0 [#1005] (Exchange) x1",
        ]
    );
}

#[test]
fn a_receipts_rows_apart_in_an_export_by_article_are_one_purchase() {
    let options = PurchaseOptions { locale: "fr-FR".into(), ..PurchaseOptions::default() };
    let reader = read_purchases_seekable(std::io::Cursor::new(fixture("french_till_by_article_cp1252.csv")), &options).unwrap();
    assert_eq!((reader.encoding(), reader.delimiter()), (TextEncoding::Windows1252, b';'));
    let rows: Vec<String> = reader.map(|r| render(&r)).collect();
    assert_eq!(
        rows,
        [
            "3 Email(\"zoe@exemple.fr\") 2026-11-03 11:05:00 1200 [T-0013] (Maison) x1",
            "5 anonymous 2026-11-04 16:40:00 150 [T-0014] (Papeterie) x1",
            // Its three articles, on lines 2, 4 and 6: one purchase, counted once.
            "2 Email(\"helene@exemple.fr\") 2026-11-03 10:12:00 107350 [T-0012] (Maison, Papeterie) x6",
            // The next day's ticket of the same number is a sale of its own.
            "7 Email(\"zoe@exemple.fr\") 2026-11-04 09:30:00 6000 [T-0012] (Maison) x1",
        ]
    );
}

#[test]
fn lightspeed_sales() {
    let (till, encoding, delimiter, rows) = read("lightspeed_sales.csv", "fr-BE");
    assert_eq!((till, encoding, delimiter), (Till::Lightspeed, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 External(\"C-0042\") \"Hélène Dubœuf\" 2026-11-03 10:12:31 2750 [1041] (Notebook, Pen) x3",
            "6 anonymous 2026-11-03 11:40:02 400 [1042] (Postcard) x1",
            "9 External(\"C-0042\") \"Hélène Dubœuf\" 2026-11-04 16:05:59 -750 [1043] (Pen) x1 refund of []",
            "12 External(\"C-0099\") \"Tom Janssens\" 2026-11-04 17:00:00 0 [1044] (Gift wrap) x1",
            "15 refused status:not_a_sale:VOIDED",
        ]
    );
}

#[test]
fn loyverse_receipts() {
    let (till, encoding, delimiter, rows) = read("loyverse_receipts.csv", "en-US");
    assert_eq!((till, encoding, delimiter), (Till::Loyverse, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 Email(\"marie@exemple.fr\") \"Marie Dupont\" 2026-11-03 10:12:00 3000 [1-1001] margin 1800 ()",
            "3 anonymous 2026-11-03 10:40:00 350 [1-1002] margin 250 ()",
            "4 Phone(\"+32470123456\") \"Jan Peeters\" 2026-11-04 09:05:00 0 [1-1003] margin 0 ()",
            "5 Email(\"marie@exemple.fr\") \"Marie Dupont\" 2026-11-13 16:45:00 -1200 [1-1004] margin -800 () refund of []",
            "6 refused status:not_a_sale:Cancelled",
        ]
    );
}

#[test]
fn sumup_transactions() {
    let (till, encoding, delimiter, rows) = read("sumup_transactions.csv", "fr-FR");
    assert_eq!((till, encoding, delimiter), (Till::SumUp, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 anonymous 2026-11-03 10:12:00 3500 [TDMKX4P2QZ] ()",
            "3 refused status:not_a_sale:Failed",
            "4 anonymous 2026-11-04 15:00:00 -3500 [TDMKX4P2RB] () refund of []",
        ]
    );
}

#[test]
fn zettle_sales() {
    let (till, encoding, delimiter, rows) = read("zettle_sales.csv", "nl-NL");
    assert_eq!((till, encoding, delimiter), (Till::Zettle, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 anonymous 2026-11-03 10:12:00 2490 [1207] ()",
            "3 anonymous 2026-11-03 14:03:00 -2490 [1208] () refund of []",
        ]
    );
}

#[test]
fn woocommerce_orders() {
    let (till, encoding, delimiter, rows) = read("woocommerce_orders.csv", "fr-FR");
    assert_eq!((till, encoding, delimiter), (Till::WooCommerce, TextEncoding::Utf8, b','));
    assert_eq!(
        rows,
        [
            "2 Email(\"marie@exemple.fr\") 2026-11-03 10:12:31 5400 [2041] (Candle, Soap) x5",
            "4 Email(\"paul@exemple.fr\") 2026-11-04 18:20:00 1900 [2042] (Soap) x1",
            "4 Email(\"paul@exemple.fr\") 2026-11-04 18:20:00 -1900 [2042] (Soap) refund of [2042]",
            "5 refused status:not_a_sale:failed",
        ]
    );
}

#[test]
fn french_till_cp1252() {
    let (till, encoding, delimiter, rows) = read("french_till_cp1252.csv", "fr-FR");
    assert_eq!((till, encoding, delimiter), (Till::Generic, TextEncoding::Windows1252, b';'));
    assert_eq!(
        rows,
        [
            "2 Email(\"helene@exemple.fr\") 2026-11-03 10:12:00 124900 [T-0001] margin 60900 (Bijoux) x1",
            "3 anonymous 2026-11-03 11:05:00 1250 [T-0002] (Fleurs) x3",
            "4 Email(\"helene@exemple.fr\") 2026-11-04 09:12:00 -4500 [T-0003] (Crèmerie) x1 refund of [] !cost:not_an_amount:n.c.",
            "5 Email(\"zoe@exemple.fr\") 2026-11-13 17:45:00 0 [T-0004] (Emballage cadeau) x1",
        ]
    );
}

#[test]
fn dutch_excel_cp1252() {
    let (till, encoding, delimiter, rows) = read("dutch_excel_cp1252.csv", "nl-NL");
    assert_eq!((till, encoding, delimiter), (Till::Generic, TextEncoding::Windows1252, b';'));
    assert_eq!(
        rows,
        [
            "2 External(\"K-1001\") 2026-11-05 10:12:00 124900 [B-77] margin 31000 (Fietsen) x1",
            "3 External(\"K-1001\") 2026-11-06 16:30:00 -2495 [B-78] (Onderdelen) refund of [] !quantity:not_whole_number:1,5",
            "4 anonymous 2026-11-07 09:00:00 500 [B-79] margin 200 (Onderdelen) x2",
        ]
    );
}

#[test]
fn english_excel_utf8() {
    let (till, encoding, delimiter, rows) = read("english_excel_utf8.csv", "en-GB");
    assert_eq!((till, encoding, delimiter), (Till::Generic, TextEncoding::Utf8Bom, b','));
    assert_eq!(
        rows,
        [
            "2 Email(\"sam@example.com\") 2026-11-03 10:12:00 124900 [R-1] margin 60900 (Jewellery) x1",
            "3 Phone(\"+12125550142\") 2026-11-13 14:05:00 1250 [R-2] (Flowers) x3",
            "4 anonymous 2026-11-14 09:00:00 3000 [R-3] (Flowers) !quantity:not_whole_number:two",
        ]
    );
}
