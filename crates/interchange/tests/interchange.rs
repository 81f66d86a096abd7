//! Files as real tools write them (see tests/fixtures/make_fixtures.py), read end to end; exports
//! read back; and every parser fed garbage.

#[path = "interchange/vendor_sources.rs"]
mod vendor_sources;

use chrono::NaiveDate;
use fidele_domain::{Birthday, Channel, Currency, CustomerDraft, ErrorCode, Language, Money, Salutation};
use fidele_interchange::{
    CsvStyle, CustomerField, CustomerFile, CustomerRef, DateOrder, ExportCustomer, FileFormat,
    ImportError, Problem, PurchaseOptions, ReadOptions, Rejected, TextEncoding, VCardVersion,
    read_customers, read_purchases, write_customers_csv, write_vcards,
};

#[path = "interchange/tills.rs"]
mod tills;
#[path = "interchange/thai.rs"]
mod thai;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> CustomerFile {
    read_customers(&fixture(name), &ReadOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn ok_rows(file: &CustomerFile) -> Vec<&CustomerDraft> {
    file.rows
        .iter()
        .map(|r| {
            &r.as_ref()
                .unwrap_or_else(|e| panic!("unexpected rejection: {e}"))
                .draft
        })
        .collect()
}

fn birthday(year: Option<i32>, month: u32, day: u32) -> Option<Birthday> {
    Some(Birthday::new(year, month, day).unwrap())
}

#[test]
fn french_excel_in_windows_1252() {
    let f = read("french_excel_cp1252.csv");
    assert_eq!(f.encoding, TextEncoding::Windows1252);
    assert_eq!(f.encoding.name(), "windows-1252");
    assert_eq!(f.delimiter, Some(b';'));
    assert_eq!(f.format, FileFormat::Csv);
    assert_eq!(f.date_order, DateOrder::DayFirst);
    let fields: Vec<CustomerField> = f.mapping.columns.iter().map(|c| c.field).collect();
    use CustomerField::*;
    assert_eq!(
        fields,
        [
            Salutation,
            LastName,
            FirstName,
            AddressLine1,
            PostalCode,
            City,
            Mobile,
            Email,
            Birthday,
            ConsentEmail,
            Notes
        ]
    );
    let rows = ok_rows(&f);
    assert_eq!(rows.len(), 3);
    let helene = rows[0];
    assert_eq!(helene.salutation, Some(fidele_domain::Salutation::Mrs));
    assert_eq!(
        (helene.first_name.as_str(), helene.last_name.as_str()),
        ("Hélène", "Dubœuf")
    );
    assert_eq!(helene.address.line1, "12, rue de la Façade");
    assert_eq!(helene.emails, ["Helene.Duboeuf@exemple.fr"]);
    assert_eq!(helene.birthday, birthday(Some(1985), 7, 14));
    assert_eq!(helene.notes, "Cliente fidèle");
    assert_eq!(rows[1].last_name, "Garçon");
    assert_eq!(rows[1].birthday, birthday(None, 2, 3));
    assert_eq!(rows[2].last_name, "Cœur");
    let consents: Vec<_> = f.imported().map(|c| c.consents.clone()).collect();
    assert_eq!(
        consents,
        [
            vec![(Channel::Email, true)],
            vec![(Channel::Email, false)],
            vec![(Channel::Email, true)]
        ]
    );
    let lines: Vec<u64> = f.imported().map(|c| c.line).collect();
    assert_eq!(lines, [2, 3, 4]);
}

#[test]
fn utf8_with_bom_and_commas() {
    let f = read("utf8_bom.csv");
    assert_eq!(f.encoding, TextEncoding::Utf8Bom);
    assert_eq!(f.delimiter, Some(b','));
    let rows = ok_rows(&f);
    assert_eq!(
        rows[0].first_name, "Zoë",
        "the BOM is not part of the first header or value"
    );
    assert_eq!(rows[0].birthday, birthday(None, 7, 14));
    assert_eq!(rows[0].tags, ["flowers", "vip"]);
    assert_eq!(rows[0].address.country, "GB");
    assert_eq!(rows[1].last_name, "van 't Hoff");
    assert_eq!(rows[1].birthday, birthday(Some(1979), 3, 2));
}

#[test]
fn utf16_unicode_text_from_a_dutch_excel() {
    let f = read("dutch_unicode_text_utf16le.txt");
    assert_eq!(f.encoding, TextEncoding::Utf16Le);
    assert_eq!(f.delimiter, Some(b'\t'));
    let rows = ok_rows(&f);
    assert_eq!(
        (rows[0].first_name.as_str(), rows[0].last_name.as_str()),
        ("Jan", "Peeters")
    );
    assert_eq!(rows[0].phones, ["0470 12 34 56"]);
    assert_eq!(rows[0].address.city, "Antwerpen");
    assert_eq!(rows[0].birthday, birthday(Some(1980), 3, 2));
    assert_eq!(rows[1].address.postal_code, "1011 AB");
    assert_eq!(rows[1].birthday, birthday(None, 7, 14));
}

#[test]
fn quoted_notes_over_several_lines_keep_line_numbers_right() {
    let f = read("multiline_notes.csv");
    let lines: Vec<u64> = f.imported().map(|c| c.line).collect();
    assert_eq!(lines, [2, 5, 6]);
    let rows = ok_rows(&f);
    assert_eq!(
        rows[0].notes,
        "Allergique aux lys; préfère les roses,\nlivrer après 18h\n(code \"1234\")"
    );
    assert_eq!(
        (rows[0].first_name.as_str(), rows[0].last_name.as_str()),
        ("Marie", "Dupont")
    );
    assert_eq!(
        (rows[1].first_name.as_str(), rows[1].last_name.as_str()),
        ("Paul", "Dupont")
    );
    assert_eq!(rows[2].notes, "Une ligne\net une autre");
}

#[test]
fn square_export() {
    let f = read("square_export.csv");
    assert_eq!(f.format, FileFormat::Square);
    assert_eq!(f.date_order, DateOrder::MonthFirst, "07/14 settles it");
    let imported: Vec<_> = f.imported().collect();
    assert_eq!(imported.len(), 3);
    let helene = imported[0];
    assert_eq!(helene.draft.phones, ["+33 6 12 34 56 78"]);
    assert_eq!(helene.draft.address.line2, "Bâtiment B");
    assert_eq!(helene.draft.birthday, birthday(Some(1985), 7, 14));
    assert_eq!(helene.draft.notes, "Aime les pivoines");
    assert_eq!(helene.external_ref.as_deref(), Some("7TQ8ZJ3K2G5V1"));
    assert_eq!(helene.consents, [(Channel::Email, true)]);
    assert_eq!(imported[1].draft.birthday, birthday(None, 7, 14));
    assert_eq!(imported[1].consents, [(Channel::Email, false)]);
    assert_eq!(imported[2].draft.company, "Vélos Martin SARL");
    assert!(imported[2].consents.is_empty());
}

#[test]
fn iphone_vcard_3() {
    let f = read("iphone_contacts_v30.vcf");
    assert_eq!(f.format, FileFormat::VCard);
    let imported: Vec<_> = f.imported().collect();
    assert_eq!(imported.len(), 2);
    let h = &imported[0];
    assert_eq!(h.line, 1);
    assert_eq!(
        (h.draft.first_name.as_str(), h.draft.last_name.as_str()),
        ("Hélène", "Dubœuf")
    );
    assert_eq!(h.draft.company, "Fleurs & Cie");
    assert_eq!(h.draft.emails, ["helene@exemple.fr"]);
    assert_eq!(h.draft.phones, ["+33 6 12 34 56 78"]);
    assert_eq!(h.draft.address.line1, "12 rue de la Façade");
    assert_eq!(h.draft.address.line2, "Bâtiment B");
    assert_eq!(
        (
            h.draft.address.postal_code.as_str(),
            h.draft.address.city.as_str()
        ),
        ("69001", "Lyon")
    );
    assert_eq!(h.draft.address.country, "FR");
    assert_eq!(
        h.draft.birthday,
        birthday(None, 7, 14),
        "Apple's 1604 means no year"
    );
    assert_eq!(h.draft.tags, ["fleurs", "vip"]);
    assert_eq!(
        h.external_ref.as_deref(),
        Some("9F1B3C2A-6D2E-4C8B-9A0E-2F4D6B8C1E3A")
    );
    assert!(
        h.draft.notes.starts_with(
            "Cliente depuis 2012, vient chaque samedi. Préfère les roses anciennes; jamais"
        ),
        "{}",
        h.draft.notes
    );
    assert!(h.draft.notes.ends_with("Parrainée par Zoé."));
    let jan = &imported[1];
    assert_eq!(jan.draft.salutation, Some(Salutation::Mr));
    assert_eq!(jan.draft.birthday, birthday(Some(1980), 3, 2));
    assert_eq!(jan.line, 18);
}

#[test]
fn android_vcard_2_1_quoted_printable() {
    let f = read("android_contacts_v21.vcf");
    let h = f.rows[0].as_ref().unwrap();
    assert_eq!(
        (h.draft.first_name.as_str(), h.draft.last_name.as_str()),
        ("Hélène", "Dubœuf")
    );
    assert_eq!(h.draft.salutation, Some(Salutation::Mrs));
    assert_eq!(h.draft.phones, ["+33612345678", "04 78 12 34 56"]);
    assert_eq!(
        h.draft.address.line1, "12 rue de la Façade",
        "the soft line break is joined"
    );
    assert_eq!(h.draft.address.country, "FR");
    assert_eq!(h.draft.notes, "Préfère être appelée le matin");
    assert_eq!(h.draft.birthday, birthday(None, 7, 14));
    // An impossible birthday costs the birthday, not the customer.
    let francois = f.rows[1].as_ref().unwrap();
    assert_eq!((francois.line, francois.draft.birthday), (14, None));
    let w = &francois.warnings[0];
    assert_eq!((w.column.as_str(), w.code.code(), w.value.as_str()), ("BDAY", "not_a_day", "1979-02-30"));
}

#[test]
fn broken_customer_rows_name_line_and_reason() {
    let f = read("broken_customers.csv");
    let summary: Vec<Result<u64, (u64, Vec<Problem>)>> = f
        .rows
        .iter()
        .map(|r| {
            r.as_ref()
                .map(|c| c.line)
                .map_err(|e| (e.line, e.problems.clone()))
        })
        .collect();
    assert_eq!(summary[0], Ok(2));
    let reason = |i: usize| summary[i].clone().unwrap_err();
    assert_eq!(reason(1).0, 3);
    assert_eq!(reason(1).1, [Problem::new("", ErrorCode::FieldCount).with("found", 3).with("expected", 4)]);
    // A bad birthday or e-mail is a warning; a row with only an e-mail is someone.
    assert_eq!((summary[2].clone(), summary[3].clone(), summary[4].clone()), (Ok(4), Ok(5), Ok(6)));
    let warnings: Vec<String> = f.warnings().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "line 4, column \"Date de naissance\": birthday: not_a_day (value=31/02/1985)",
            "line 5, column \"E-mail\": email: not_an_email (value=anne.exemple.fr)",
        ]
    );
    // The unclosed quote swallows the rest of the file into one field: one rejected record
    // on line 7, rather than a silently merged customer.
    assert_eq!(summary.len(), 6);
    assert_eq!(reason(5).0, 7);
}

#[test]
fn a_corrected_mapping_and_overrides_apply_on_a_second_read() {
    // A first read shows the mapping; the shopkeeper corrects a column and reads again.
    let bytes = fixture("french_excel_cp1252.csv");
    let first = read_customers(&bytes, &ReadOptions::default()).unwrap();
    let mut mapping = first.mapping.clone();
    mapping.set(10, CustomerField::Ignore).unwrap();
    let options = ReadOptions {
        mapping: Some(mapping),
        overrides: vec![("Téléphone portable".into(), CustomerField::Ignore)],
        ..ReadOptions::default()
    };
    let second = read_customers(&bytes, &options).unwrap();
    let h = second.imported().next().unwrap();
    assert_eq!(h.draft.notes, "");
    assert!(h.draft.phones.is_empty());
}

#[test]
fn till_export_with_french_amounts() {
    let reader = read_purchases(
        std::io::Cursor::new(fixture("till_export.csv")),
        &PurchaseOptions::default(),
    )
    .unwrap();
    assert_eq!(reader.delimiter(), b';');
    assert_eq!(reader.encoding(), TextEncoding::Utf8);
    let rows: Vec<_> = reader.map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].amount, Money::new(124_900, Currency::EUR));
    assert_eq!(rows[3].amount, Money::new(124_900, Currency::EUR));
    assert_eq!(rows[2].amount.minor, -1250);
    assert_eq!(
        rows[0].customer_ref,
        Some(CustomerRef::Email("helene@exemple.fr".into()))
    );
    assert_eq!(
        rows[1].customer_ref,
        Some(CustomerRef::Phone("0612345678".into()))
    );
    assert_eq!(rows[2].customer_ref, Some(CustomerRef::External("C-0042".into())));
    assert_eq!(
        rows[0].at,
        NaiveDate::from_ymd_opt(2024, 7, 14)
            .unwrap()
            .and_hms_opt(10, 32, 0)
            .unwrap()
    );
    assert_eq!(
        (rows[0].category.as_str(), rows[0].ticket.as_str()),
        ("Bijoux", "T-0001")
    );
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
}

#[test]
fn till_export_in_windows_1252_is_decoded_while_streaming() {
    let text = "client;date;montant;rayon\r\nC-1;14/07/2024;12,50 €;Crèmerie\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let reader = read_purchases(&bytes[..], &PurchaseOptions::default()).unwrap();
    assert_eq!(reader.encoding(), TextEncoding::Windows1252);
    let rows: Vec<_> = reader.map(|r| r.unwrap()).collect();
    assert_eq!(rows[0].category, "Crèmerie");
    assert_eq!(rows[0].amount.minor, 1250);
}

#[test]
fn broken_purchase_rows_name_line_and_reason() {
    let rows: Vec<Result<_, Rejected>> = read_purchases(
        fixture("broken_purchases.csv").as_slice(),
        &PurchaseOptions::default(),
    )
    .unwrap()
    .collect();
    let got: Vec<String> = rows
        .iter()
        .map(|r| match r {
            Ok(p) => format!("{}: ok {}", p.line, p.amount.minor),
            Err(e) => e.to_string(),
        })
        .collect();
    assert_eq!(got[0], "2: ok 1250");
    assert_eq!(got[1], "line 3: date: not_a_day (value=2024-02-30)");
    assert_eq!(got[2], "line 4: date: not_a_date (value=hier)");
    assert_eq!(got[3], "line 5: amount: not_an_amount (value=douze euros)");
    assert!(got[4].starts_with("line 6: amount: not_an_amount (value=12.5O"), "{}", got[4]);
    assert_eq!(got[5], "line 7: field_count (found=2, expected=3)");
    // No customer: an anonymous sale, not a refusal.
    assert_eq!(got[6], "8: ok 300");
    assert_eq!(got[7], "9: ok 124900");
}

#[test]
fn a_large_till_export_streams_from_a_file() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ventes.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(file, "customer_ref,date,amount,category,ticket").unwrap();
    // Past the 64 KiB sniffing head, so the chained rest of the file is read too.
    for i in 0..5_000 {
        writeln!(
            file,
            "c{},2024-{:02}-{:02} 10:{:02},{}.{:02},Cat{},T{i}",
            i % 300,
            i % 12 + 1,
            i % 28 + 1,
            i % 60,
            i % 500 + 1,
            i % 100,
            i % 7
        )
        .unwrap();
    }
    drop(file);
    let reader = read_purchases(
        std::fs::File::open(&path).unwrap(),
        &PurchaseOptions::default(),
    )
    .unwrap();
    let mut count = 0;
    let mut total = 0i64;
    for (i, row) in reader.enumerate() {
        let p = row.unwrap();
        assert_eq!(p.line, i as u64 + 2);
        assert_eq!(p.ticket, format!("T{i}"));
        total += p.amount.minor;
        count += 1;
    }
    assert_eq!(count, 5_000);
    let expected: i64 = (0..5_000i64).map(|i| (i % 500 + 1) * 100 + i % 100).sum();
    assert_eq!(total, expected);
}

fn sample_customers() -> Vec<ExportCustomer> {
    let mut full = ExportCustomer {
        salutation: Some(Salutation::Mrs),
        first_name: "Hélène".into(),
        last_name: "Dubœuf".into(),
        company: "Fleurs, Plantes & Cie".into(),
        emails: vec!["helene@exemple.fr".into(), "h.d@travail.fr".into()],
        phones: vec!["06 12 34 56 78".into(), "+33 4 78 12 34 56".into()],
        birthday: Birthday::new(None, 7, 14).ok(),
        notes: "Aime le thé; pas le café.\nAllergique aux lys, \\ attention.".into(),
        tags: vec!["fidèle".into(), "vip".into()],
        language: Some(Language::Fr),
        ..ExportCustomer::default()
    };
    full.address.line1 = "12, rue de la Façade".into();
    full.address.line2 = "Bâtiment B".into();
    full.address.postal_code = "69001".into();
    full.address.city = "Lyon".into();
    full.address.country = "FR".into();
    let plain = ExportCustomer {
        salutation: Some(Salutation::Mr),
        first_name: "Jan".into(),
        last_name: "van der Berg".into(),
        birthday: Birthday::new(Some(1980), 3, 2).ok(),
        language: Some(Language::Nl),
        ..ExportCustomer::default()
    };
    let company = ExportCustomer {
        company: "Vélos Martin".into(),
        ..ExportCustomer::default()
    };
    vec![full, plain, company]
}

fn assert_round_trip(file: &CustomerFile, written: &[ExportCustomer], what: &str) {
    let back: Vec<ExportCustomer> = ok_rows(file)
        .into_iter()
        .map(ExportCustomer::from)
        .collect();
    assert_eq!(back.len(), written.len(), "{what}");
    for (b, w) in back.iter().zip(written) {
        let mut w = w.clone();
        w.tags.sort();
        assert_eq!(b, &w, "{what}");
    }
}

#[test]
fn csv_exports_read_back_to_the_same_customers() {
    let customers = sample_customers();
    for style in [
        CsvStyle::Plain,
        CsvStyle::Excel(Language::Fr),
        CsvStyle::Excel(Language::Nl),
        CsvStyle::Excel(Language::En),
    ] {
        let mut out = Vec::new();
        write_customers_csv(&mut out, &customers, style).unwrap();
        let file = read_customers(&out, &ReadOptions::default()).unwrap();
        let expected_delimiter = if matches!(style, CsvStyle::Excel(Language::Fr | Language::Nl)) {
            b';'
        } else {
            b','
        };
        assert_eq!(file.delimiter, Some(expected_delimiter), "{style:?}");
        let mut expected = customers.clone();
        if matches!(style, CsvStyle::Excel(Language::Nl)) {
            // Dutch has one word for Mrs and Ms.
            expected
                .iter_mut()
                .filter(|c| c.salutation == Some(Salutation::Ms))
                .for_each(|c| c.salutation = Some(Salutation::Mrs));
        }
        assert_round_trip(&file, &expected, &format!("{style:?}"));
    }
}

/// Text a spreadsheet would run as a formula is escaped on the way out (a leading quote) and
/// comes back from Fidèle's own import exactly as it was typed, in every CSV style.
#[test]
fn formula_like_text_reads_back_as_it_was() {
    let mut hostile = ExportCustomer {
        first_name: "=HYPERLINK(\"http://exemple.com/x\",\"Cliquez\")".into(),
        last_name: "+SUM(1+1)".into(),
        company: "@SUM(A1:A2)".into(),
        phones: vec!["+33 6 12 34 56 78".into()],
        notes: "-2+3".into(),
        tags: vec!["=2+5+cmd".into(), "vip".into()],
        ..ExportCustomer::default()
    };
    hostile.address.line1 = "'=déjà cité".into();
    hostile.address.city = "-Lyon".into();
    let customers = vec![hostile];
    for style in [CsvStyle::Plain, CsvStyle::Excel(Language::Fr), CsvStyle::Excel(Language::En)] {
        let mut out = Vec::new();
        write_customers_csv(&mut out, &customers, style).unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("\"'+SUM(1+1)\"") && !text.contains("\"+SUM"), "{style:?}: {text}");
        let file = read_customers(&out, &ReadOptions::default()).unwrap();
        assert_round_trip(&file, &customers, &format!("{style:?}"));
    }
}

#[test]
fn vcard_exports_read_back_to_the_same_customers() {
    let customers = sample_customers();
    for version in [VCardVersion::V4, VCardVersion::V3] {
        let mut out = Vec::new();
        write_vcards(&mut out, &customers, version).unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(
            text.lines().all(|l| l.len() <= 75),
            "{version:?} folds at 75 octets"
        );
        assert!(text.contains("ORG:Fleurs\\, Plantes & Cie\r\n"), "{text}");
        let file = read_customers(&out, &ReadOptions::default()).unwrap();
        assert_eq!(file.format, FileFormat::VCard);
        let mut expected = customers.clone();
        if version == VCardVersion::V3 {
            // LANG is 4.0's: a 3.0 card (for older phones) leaves the language out.
            assert!(!text.contains("LANG"));
            expected.iter_mut().for_each(|c| c.language = None);
        } else {
            assert!(text.contains("LANG:nl\r\n"), "{text}");
        }
        assert_round_trip(&file, &expected, &format!("{version:?}"));
    }
}

#[test]
fn whole_file_errors() {
    let opts = ReadOptions::default();
    assert!(matches!(
        read_customers(b"", &opts),
        Err(ImportError::Empty)
    ));
    assert!(matches!(
        read_customers(b"Ville;Pays\nLyon;FR\n", &opts),
        Err(ImportError::NoNameColumn { .. })
    ));
    let purchase_opts = PurchaseOptions::default();
    assert!(matches!(
        read_purchases(&b""[..], &purchase_opts),
        Err(ImportError::Empty)
    ));
    let err = read_purchases(&b"foo;bar\n1;2\n"[..], &purchase_opts).unwrap_err();
    assert_eq!(err.to_string(), "missing_column (column=date, headers=foo, bar)");
}

/// Random, garbled and truncated input to every parser: errors, never panics.
mod garbage {
    use super::*;
    use fidele_interchange::{dates, encoding, sniff, values};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    const ALPHABET: &[u8] =
        b";,\t\"\r\n =:-/.+@0123456789aZ\\\xC3\xA9\xE9\x9C\xFF\xFE\x00BEGIN:VCARD\nEND:VCARD\n";

    fn mutate(rng: &mut ChaCha8Rng, seed: &[u8]) -> Vec<u8> {
        let mut bytes = seed.to_vec();
        let edits = rng.random_range(1..12);
        for _ in 0..edits {
            match rng.random_range(0..4) {
                0 if !bytes.is_empty() => {
                    let i = rng.random_range(0..bytes.len());
                    bytes[i] = ALPHABET[rng.random_range(0..ALPHABET.len())];
                }
                1 if !bytes.is_empty() => {
                    let i = rng.random_range(0..bytes.len());
                    bytes.remove(i);
                }
                2 => {
                    let i = rng.random_range(0..=bytes.len());
                    bytes.insert(i, ALPHABET[rng.random_range(0..ALPHABET.len())]);
                }
                _ => {
                    let cut = rng.random_range(0..=bytes.len());
                    bytes.truncate(cut);
                }
            }
        }
        bytes
    }

    fn random_bytes(rng: &mut ChaCha8Rng) -> Vec<u8> {
        let len = rng.random_range(0..300);
        (0..len)
            .map(|_| {
                if rng.random_bool(0.7) {
                    ALPHABET[rng.random_range(0..ALPHABET.len())]
                } else {
                    rng.random()
                }
            })
            .collect()
    }

    #[test]
    fn no_parser_panics_on_garbage() {
        let seeds: Vec<Vec<u8>> = [
            "french_excel_cp1252.csv",
            "utf8_bom.csv",
            "dutch_unicode_text_utf16le.txt",
            "multiline_notes.csv",
            "square_export.csv",
            "iphone_contacts_v30.vcf",
            "android_contacts_v21.vcf",
            "till_export.csv",
            "broken_customers.csv",
            "broken_purchases.csv",
        ]
        .iter()
        .map(|n| fixture(n))
        .collect();
        let mut rng = ChaCha8Rng::seed_from_u64(0x5EED_F1DE);
        let mut rejected = 0usize;
        for round in 0..3_000 {
            let input = if round % 3 == 0 {
                random_bytes(&mut rng)
            } else {
                mutate(&mut rng, &seeds[round % seeds.len()])
            };
            if let Ok(file) = read_customers(&input, &ReadOptions::default()) {
                rejected += file.rejected().count();
            }
            if let Ok(reader) = read_purchases(input.as_slice(), &PurchaseOptions::default()) {
                rejected += reader.filter(Result::is_err).count();
            }
            let text = String::from_utf8_lossy(&input);
            let _ = encoding::detect(&input, round % 2 == 0);
            let _ = sniff::detect_delimiter(&text, round % 2 == 0);
            for piece in text.split(['\n', ';', ',']).take(20) {
                let _ = dates::parse_date_time(piece, DateOrder::DayFirst);
                let _ = dates::parse_birthday(piece, DateOrder::MonthFirst);
                let _ = dates::parse_time(piece);
                let amount = values::parse_amount(piece, Currency::EUR);
                assert_eq!(amount, Money::parse(piece, Currency::EUR), "{piece:?}");
                let _ = values::parse_consent(piece);
                let _ = values::country_code(piece);
                let _ = values::split_full_name(piece);
                let _ = CustomerRef::guess(piece);
            }
        }
        // The garbage did reach the per-record checks, not only the whole-file ones.
        assert!(rejected > 100, "only {rejected} records rejected");
    }
}

/// Refused rows carry problems with stable codes and the values they name, and no sentence:
/// the front ends word them in the shopkeeper's language.
#[test]
fn refused_rows_carry_codes_and_values() {
    let codes = |r: &Rejected| -> Vec<(String, &'static str, Vec<String>)> {
        r.problems.iter().map(|p| (p.field.clone(), p.code.code(), p.args.iter().map(|(_, v)| v.to_string()).collect())).collect()
    };
    let till = "customer_ref;date;amount;category;items\n\
                a@exemple.fr;32/13/2024;3;Fleurs;1\n\
                a@exemple.fr;14/07/2024;douze;Fleurs;1\n\
                a@exemple.fr;14/07/2024;0;Fleurs;1\n\
                ;14/07/2024;3;Fleurs;1\n\
                a@exemple.fr;14/07/2024;3;Fleurs;beaucoup\n\
                a@exemple.fr;14/07/2024\n";
    let read: Vec<_> = read_purchases(till.as_bytes(), &PurchaseOptions::default()).unwrap().collect();
    // A zero sale is a visit, a sale without a customer is anonymous, and an unreadable item
    // count is left out with a warning: none of them is refused.
    let kept: Vec<_> = read.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(kept.iter().map(|p| p.line).collect::<Vec<_>>(), [4, 5, 6]);
    let warning = &kept[2].warnings[0];
    assert_eq!((warning.line, warning.field, warning.code.code(), warning.value.as_str()), (6, "quantity", "not_whole_number", "beaucoup"));
    let rows: Vec<_> = read.into_iter().filter_map(Result::err).collect();
    let got: Vec<_> = rows.iter().map(|r| (r.line, codes(r))).collect();
    let p = |field: &str, code: &'static str, args: &[&str]| (field.to_owned(), code, args.iter().map(|a| a.to_string()).collect::<Vec<_>>());
    assert_eq!(
        got,
        vec![
            (2, vec![p("date", "not_a_day", &["32/13/2024"])]),
            (3, vec![p("amount", "not_an_amount", &["douze"])]),
            (7, vec![p("", "field_count", &["2", "3"])]),
        ]
    );

    let people = "Nom;Prénom;E-mail;Date de naissance;Newsletter\n\
                  Petit;Anne;anne.exemple.fr;31/02/1985;peut-être\n\
                  ;;;;\n\
                  ;;x@exemple.fr;;\n";
    let file = read_customers(people.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(file.rejected().count(), 0, "Anne is named, the last row has an e-mail");
    let anne: Vec<_> = file.warnings().map(|w| (w.field.as_str(), w.code.code(), w.value.as_str())).collect();
    assert_eq!(
        anne,
        [
            ("birthday", "not_a_day", "31/02/1985"),
            ("consent_email", "not_yes_no", "peut-être"),
            ("email", "not_an_email", "anne.exemple.fr"),
        ]
    );
    let nobody = read_customers("Nom;E-mail\n;anne.exemple.fr\n".as_bytes(), &ReadOptions::default()).unwrap();
    let refused = nobody.rejected().next().unwrap();
    assert_eq!(codes(refused), vec![p("email", "not_an_email", &["anne.exemple.fr"]), p("", "no_identity", &[])]);
}

/// Google and Outlook keep a given name in two columns: "Jean" and "Paul" beside "Sartre" is
/// Jean Paul Sartre, the middle name kept with the given names (a particle goes to the family
/// name instead), whether the given and family columns or only the whole name are filled.
#[test]
fn a_middle_name_column_stays_in_the_given_names() {
    let google = "Name,Given Name,Additional Name,Family Name,E-mail 1 - Value\n\
                  Jean Paul Sartre,Jean,Paul,Sartre,jps@exemple.fr\n\
                  Simone de Beauvoir,Simone,de,Beauvoir,sdb@exemple.fr\n\
                  Albert Camus,,,,ac@exemple.fr\n";
    let outlook = "First Name,Middle Name,Last Name,E-mail Address\nJean,Paul,Sartre,jps@exemple.fr\n";
    let whole = "Name,Middle Name,E-mail\nJean Paul Sartre,Paul,jps@exemple.fr\n";
    for (text, expected) in [
        (google, &[("Jean Paul", "Sartre"), ("Simone", "de Beauvoir"), ("Albert", "Camus")][..]),
        (outlook, &[("Jean Paul", "Sartre")][..]),
        (whole, &[("Jean Paul", "Sartre")][..]),
    ] {
        let file = read_customers(text.as_bytes(), &ReadOptions::default()).unwrap();
        let names: Vec<(&str, &str)> = ok_rows(&file).iter().map(|d| (d.first_name.as_str(), d.last_name.as_str())).collect();
        assert_eq!(names, expected, "{text}");
    }
}
