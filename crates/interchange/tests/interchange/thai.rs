//! A Thai shop's customer file as Thai Excel writes it (Windows-874, Thai headers, Thai
//! addresses in Thailand Post's parts, Thai phone numbers): read without one mangled character.

use fidele_domain::{Address, Salutation};
use fidele_interchange::{CustomerField, ReadOptions, TextEncoding, postal_lines, read_customers};

use super::{fixture, ok_rows};

fn thai_options() -> ReadOptions {
    ReadOptions { locale: "th-TH".into(), ..ReadOptions::default() }
}

#[test]
fn thai_excel_in_windows_874_reads_names_addresses_and_phones_whole() {
    let f = read_customers(&fixture("thai_excel_cp874.csv"), &thai_options()).unwrap();
    assert_eq!((f.encoding, f.delimiter), (TextEncoding::Windows874, Some(b',')));
    use CustomerField as F;
    let fields: Vec<CustomerField> = f.mapping.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            F::Ignore, F::Salutation, F::FirstName, F::LastName, F::Phone, F::Email, F::AddressLine1, F::AddressLine2, F::AddressLine2,
            F::City, F::PostalCode, F::Birthday, F::Notes
        ]
    );
    assert_eq!(f.mapping.columns[7].header, "ตำบล/แขวง", "headers decoded whole");
    let rows = ok_rows(&f);
    assert_eq!(rows.len(), 4);

    let somchai = rows[0];
    assert_eq!((somchai.salutation, somchai.first_name.as_str(), somchai.last_name.as_str()), (Some(Salutation::Mr), "สมชาย", "ใจดี"));
    assert_eq!(somchai.phones, ["081-234-5678"]);
    assert_eq!(somchai.emails, ["somchai@example.co.th"]);
    assert_eq!(somchai.notes, "ลูกค้าประจำ ชอบผ้าไหม");
    // Outside Bangkok: ตำบล and อำเภอ, put in front of the bare names the file holds.
    assert_eq!(
        somchai.address,
        Address { line1: "123/45 หมู่ 5".into(), line2: "ตำบลสุเทพ อำเภอเมืองเชียงใหม่".into(), postal_code: "50200".into(), city: "เชียงใหม่".into(), country: String::new() }
    );
    assert_eq!(postal_lines(&somchai.address, "TH"), ["123/45 หมู่ 5", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "เชียงใหม่ 50200"]);

    let somsri = rows[1];
    assert_eq!((somsri.salutation, somsri.first_name.as_str()), (Some(Salutation::Ms), "สมศรี"));
    // Bangkok: แขวง and เขต.
    assert_eq!(somsri.address.line1, "99 ซอยสุขุมวิท 21, ถนนสุขุมวิท");
    assert_eq!(somsri.address.line2, "แขวงคลองเตยเหนือ เขตวัฒนา");
    assert_eq!(postal_lines(&somsri.address, "TH").last().unwrap(), "กรุงเทพมหานคร 10110");
    assert_eq!(somsri.notes, "ส่งของหลัง 5 โมงเย็น, ไม่รับวันอาทิตย์", "a quoted comma stays in its cell");

    // Prefixes already written (ต., อ.) are kept as they are.
    let malee = rows[2];
    assert_eq!((malee.salutation, malee.address.line2.as_str(), malee.address.city.as_str()), (Some(Salutation::Mrs), "ต.สุเทพ อ.เมืองเชียงใหม่", "จ.เชียงใหม่"));
    assert_eq!(malee.phones, ["+66 91 234 5678"]);

    let wichai = rows[3];
    assert_eq!((wichai.first_name.as_str(), wichai.last_name.as_str(), wichai.phones.as_slice()), ("วิชัย", "รักไทย", ["891234567".to_owned()].as_slice()));
    assert_eq!(wichai.address, Address::default());
}

#[test]
fn a_thai_address_in_a_shop_elsewhere_is_known_to_be_in_thailand() {
    let f = read_customers(&fixture("thai_excel_cp874.csv"), &ReadOptions::default()).unwrap();
    assert_eq!(f.encoding, TextEncoding::Windows874);
    let rows = ok_rows(&f);
    assert_eq!((rows[0].address.country.as_str(), rows[0].address.line2.as_str()), ("TH", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่"));
    assert_eq!(postal_lines(&rows[0].address, "FR"), ["123/45 หมู่ 5", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "เชียงใหม่ 50200", "TH"]);
    assert_eq!(rows[3].address.country, "", "no address, no country");
}

#[test]
fn thai_phone_numbers_are_one_number_in_every_spelling_and_shown_as_a_thai_shop_dials_them() {
    use fidele_domain::phone;
    // Mobiles (06, 08, 09) and a Bangkok line, as typed in the fixture and elsewhere.
    for (typed, e164, national) in [
        ("081-234-5678", "+66812345678", "081 234 5678"),
        ("0812345678", "+66812345678", "081 234 5678"),
        ("+66 81 234 5678", "+66812345678", "081 234 5678"),
        ("+66 91 234 5678", "+66912345678", "091 234 5678"),
        ("06-1234-5678", "+66612345678", "061 234 5678"),
        ("02-123-4567", "+6621234567", "02 123 4567"),
    ] {
        let p = phone::parse(typed, "TH").unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!((p.e164.as_str(), p.national.as_str()), (e164, national), "{typed}");
        assert_eq!(phone::display(typed, "TH"), national, "a Thai shop sees its own numbers nationally");
    }
    // The number whose zero Excel dropped is still read in Thailand.
    assert_eq!(phone::parse("891234567", "TH").map(|p| p.e164), Ok("+66891234567".to_owned()));
    // A Thai number in a French shop is shown with its country code.
    assert_eq!(phone::display("+66 81 234 5678", "FR"), "+66 81 234 5678");
}

#[test]
fn a_thai_full_name_with_its_title_against_it_and_thailand_in_thai() {
    let csv = "ชื่อ,เบอร์มือถือ,ประเทศ\r\nนางสาวสมศรี มีสุข,0812345678,ประเทศไทย\r\nนายิกา ดวงดี,0898765432,Thailand\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_874.encode(csv);
    let f = read_customers(&bytes, &thai_options()).unwrap();
    assert_eq!(f.encoding, TextEncoding::Windows874);
    assert_eq!(f.mapping.columns.iter().map(|c| c.field).collect::<Vec<_>>(), [CustomerField::FullName, CustomerField::Mobile, CustomerField::Country]);
    let rows = ok_rows(&f);
    assert_eq!((rows[0].salutation, rows[0].first_name.as_str(), rows[0].last_name.as_str()), (Some(Salutation::Ms), "สมศรี", "มีสุข"));
    // "นายิกา" is a name that starts like the title นาย: not a title, since a vowel follows.
    assert_eq!((rows[1].salutation, rows[1].first_name.as_str()), (None, "นายิกา"));
    assert_eq!((rows[0].address.country.as_str(), rows[1].address.country.as_str()), ("TH", "TH"));
}
