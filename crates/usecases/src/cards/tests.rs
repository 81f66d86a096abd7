use chrono::NaiveDate;
use fidele_analytics::Stage;
use fidele_domain::{
    Address, Birthday, Channel, Currency, CustomerDraft, CustomerId, InteractionDraft, InteractionKind, InteractionStatus, Language, Money,
    PurchaseDraft, ReminderDraft, Repeat, Salutation,
};
use fidele_printing::{CardDesign, FollowUpReason, Layout, Occasion, PersonalLine, Theme, default_greeting, personal_text};
use fidele_store::{RecordedRun, RunKind, Store};

use super::run::{Written, record, write};
use super::*;
use crate::dates::{Calendar, Dates};
use crate::follow_up;
use crate::settings::{CardSettings, FollowUpSettings, Settings, SettingsMut};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(first: &str, last: &str, household: Option<fidele_domain::HouseholdId>) -> CustomerDraft {
    CustomerDraft {
        salutation: Some(Salutation::Mrs),
        first_name: first.into(),
        last_name: last.into(),
        phones: vec!["06 12 34 56 78".into()],
        address: Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Address::default() },
        household,
        ..CustomerDraft::default()
    }
}

fn buy(store: &mut Store, c: CustomerId, at: NaiveDate, minor: i64, code: &str) {
    store
        .add_purchase(PurchaseDraft {
            customer: Some(c),
            at: at.and_hms_opt(11, 0, 0).unwrap(),
            amount: Money::new(minor, Currency::EUR),
            margin: None,
            category: "Livres".into(),
            item_count: Some(1),
            ticket_ref: String::new(),
            offer_code: code.into(),
            refund_of: None,
            note: String::new(),
        })
        .unwrap();
}

fn shop() -> (Store, [CustomerId; 6]) {
    let mut store = Store::open_in_memory().unwrap();
    let home = store.add_household("Famille Dubœuf").unwrap();
    let yes = [(Channel::Post, true)];
    let a = store.add_customer(person("Hélène", "Dubœuf", Some(home)), &yes, "").unwrap();
    let b = store.add_customer(person("Paul", "Dubœuf", Some(home)), &yes, "").unwrap();
    let c = store.add_customer(person("Zoé", "Lefèvre", None), &yes, "").unwrap();
    let no_consent = store.add_customer(person("Anne", "Sans", None), &[], "").unwrap();
    let withdrawn = store.add_customer(person("Marc", "Retiré", None), &yes, "").unwrap();
    store.record_consent(withdrawn, Channel::Post, false, "call").unwrap();
    let no_address = store.add_customer(CustomerDraft { address: Address::default(), ..person("Luc", "Nulle-Part", None) }, &yes, "").unwrap();
    (store, [a, b, c, no_consent, withdrawn, no_address])
}

fn card_sent_summary(store: &Store, id: CustomerId) -> String {
    let sent: Vec<_> = store.interactions_of(id).unwrap().into_iter().filter(|i| i.draft.kind == InteractionKind::CardSent).collect();
    assert_eq!(sent.len(), 1, "customer {id:?}");
    sent[0].draft.summary.clone()
}

#[test]
fn monthly_plan_picks_consenting_customers_and_households() {
    let (mut store, [a, b, c, ..]) = shop();
    let today = day(2026, 2, 20);
    buy(&mut store, c, day(2026, 2, 10), 4500, "");
    let req = RunRequest::monthly("2026-03", true, today).unwrap();
    let plan = plan(&store, &req).unwrap();
    assert_eq!(plan.cards.len(), 2, "{:?}", plan.cards);
    let family = plan.cards.iter().find(|p| p.members.len() == 2).unwrap();
    assert_eq!((family.to, family.members.clone(), family.name.as_str()), (a, vec![a, b], "Famille Dubœuf"));
    let i = plan.cards.iter().position(|p| p.to == a).unwrap();
    assert_eq!(plan.batch.cards[i].salutation, "Chère famille Dubœuf");
    let zoe = plan.cards.iter().position(|p| p.to == c).unwrap();
    assert_eq!(plan.batch.cards[zoe].salutation, "Chère Madame Lefèvre");
    let words_of = |i: usize| {
        let card = &plan.batch.cards[i];
        personal_text(card.language, card.voice, card.personal.as_ref().unwrap())
    };
    assert!(matches!(&plan.batch.cards[zoe].personal, Some(PersonalLine::Thanks { visit }) if *visit == day(2026, 2, 10)));
    assert_eq!(words_of(zoe), "Merci pour votre visite du 10 février, à très bientôt\u{a0}!");
    assert!(matches!(&plan.batch.cards[i].personal, Some(PersonalLine::Offer { code, .. }) if code.starts_with("M2603-")));
    assert_eq!(words_of(i), "\u{2212}5\u{a0}% sur votre premier achat, jusqu'au 30 avril.");
    let counts = plan.skipped_counts();
    assert_eq!(counts.get("no_post_consent"), Some(&2));
    assert_eq!(counts.get("no_address"), Some(&1));
    assert_eq!(plan.batch.design.greeting(Language::Fr), "Joyeux printemps");

    let individual = super::plan(&store, &RunRequest { households: false, ..req }).unwrap();
    assert_eq!(individual.cards.len(), 3);
}

#[test]
fn a_dutch_name_s_particle_takes_its_capital_after_a_title_and_a_belgian_one_stays_as_written() {
    let mut store = Store::open_in_memory().unwrap();
    let yes = [(Channel::Post, true)];
    let in_country = |first: &str, last: &str, country: &str| CustomerDraft {
        language: Some(Language::Nl),
        address: Address { country: country.into(), ..person(first, last, None).address },
        ..person(first, last, None)
    };
    let nl = store.add_customer(in_country("Anneke", "van den Berg", "NL"), &yes, "").unwrap();
    let be = store.add_customer(in_country("Wim", "van den Bossche", "BE"), &yes, "").unwrap();
    let home = store.add_household("Thuis").unwrap();
    for first in ["Jan", "Eva"] {
        store.add_customer(CustomerDraft { household: Some(home), ..in_country(first, "de Wit", "NL") }, &yes, "").unwrap();
    }
    let plan = plan(&store, &RunRequest::monthly("2026-03", true, day(2026, 2, 20)).unwrap()).unwrap();
    let salutation = |id: CustomerId| plan.batch.cards[plan.cards.iter().position(|p| p.to == id).unwrap()].salutation.clone();
    assert_eq!(salutation(nl), "Geachte mevrouw Van den Berg");
    assert_eq!(salutation(be), "Geachte mevrouw van den Bossche");
    let family = plan.cards.iter().position(|p| p.members.len() == 2).unwrap();
    assert_eq!(plan.batch.cards[family].salutation, "Beste familie De Wit");
    assert_eq!(plan.cards[family].name, "Familie De Wit");
    // Abroad from a French shop, the country is printed in the card's language.
    assert_eq!(plan.batch.cards[family].recipient.country, "Nederland");
}

#[test]
fn a_dutch_card_keeps_its_customer_s_register() {
    let mut store = Store::open_in_memory().unwrap();
    let yes = [(Channel::Post, true)];
    let dutch = |first: &str, formality| CustomerDraft { language: Some(Language::Nl), formality, ..person(first, "de Wit", None) };
    let formal = store.add_customer(dutch("Sanne", fidele_domain::Formality::Formal), &yes, "").unwrap();
    let informal = store.add_customer(dutch("Eva", fidele_domain::Formality::FirstName), &yes, "").unwrap();
    let plan = plan(&store, &RunRequest::monthly("2026-03", false, day(2026, 2, 20)).unwrap()).unwrap();
    let personal = |id: CustomerId| {
        let card = &plan.batch.cards[plan.cards.iter().position(|p| p.to == id).unwrap()];
        assert!(matches!(card.personal, Some(PersonalLine::Offer { .. })), "{:?}", card.personal);
        personal_text(card.language, card.voice, card.personal.as_ref().unwrap())
    };
    assert_eq!(personal(formal), "5% korting op uw eerste aankoop, tot 30 april.");
    assert_eq!(personal(informal), "5% korting op je eerste aankoop, tot 30 april.");
}

/// A Thai shop counting in the Buddhist Era: its customers' cards open with คุณ and their first
/// name, and the shop's own note of the run names the month in Thai, in 2569. The same shop's
/// French customer reads a French card, in the Gregorian year a French reader counts in.
#[test]
fn a_thai_shop_in_the_buddhist_era() {
    let (mut store, [a, b, ..]) = shop();
    let profile = fidele_domain::ShopProfile { language: Language::Th, country: "TH".into(), ..store.shop_profile().unwrap() };
    store.set_shop_profile(&profile).unwrap();
    let somchai = CustomerDraft { language: Some(Language::Th), formality: fidele_domain::Formality::FirstName, ..person("สมชาย", "ใจดี", None) };
    store.update_customer(b, somchai).unwrap();
    let marie = CustomerDraft { language: Some(Language::Fr), ..store.customer(a).unwrap().draft };
    store.update_customer(a, marie).unwrap();
    SettingsMut::of(&mut store).set_calendar(Calendar::Buddhist).unwrap();
    let p = plan(&store, &RunRequest::monthly("2026-12", false, day(2026, 12, 1)).unwrap()).unwrap();
    let card_of = |id| &p.batch.cards[p.cards.iter().position(|x| x.to == id).unwrap()];
    assert!(card_of(b).salutation.ends_with("คุณสมชาย"), "{}", card_of(b).salutation);
    assert_eq!(card_of(a).language, Language::Fr);
    if let Some(line) = &card_of(a).personal {
        let said = personal_text(Language::Fr, card_of(a).voice, line);
        assert!(!said.contains("2569"), "{said}");
    }
    record(&mut store, &p, Layout::Postcard).unwrap();
    assert!(card_sent_summary(&store, b).ends_with("(ธันวาคม 2569)"), "{}", card_sent_summary(&store, b));
    let th = Dates::new(Language::Th, Calendar::Buddhist);
    assert_eq!(th.day_month_year(day(2026, 12, 5)), "5 ธันวาคม 2569");
}

#[test]
fn recording_twice_records_nothing_twice_and_codes_come_back() {
    let (mut store, [a, b, c, ..]) = shop();
    let req = RunRequest::monthly("2026-03", true, day(2026, 3, 1)).unwrap();
    let plan = plan(&store, &req).unwrap();
    let first = record(&mut store, &plan, Layout::FourUpA4).unwrap();
    assert_eq!((first.customers, first.cards), (3, 2));
    assert!(first.run_id.is_some());
    let again = super::plan(&store, &RunRequest { households: false, ..req.clone() }).unwrap();
    assert!(again.cards.iter().all(|c| c.recorded));
    assert_eq!(again.new_cards(), 0);
    assert_eq!(record(&mut store, &again, Layout::Postcard).unwrap(), RecordedRun { run_id: None, customers: 0, cards: 0, held_out: 0 });
    for id in [a, b, c] {
        assert_eq!(card_sent_summary(&store, id), "Carte « Joyeux printemps » (mars 2026)");
    }
    // The same code is printed again on a reprint.
    let code = plan.cards.iter().find(|p| p.to == c).unwrap().offer_code.clone().unwrap();
    assert_eq!(again.cards.iter().find(|p| p.to == c).unwrap().offer_code.as_deref(), Some(code.as_str()));
    buy(&mut store, c, day(2026, 3, 12), 3200, &code.to_lowercase());
    let runs = store.card_runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0].customers, runs[0].cards, runs[0].offers, runs[0].redeemed, runs[0].redeemed_minor), (3, 2, 2, 1, 3200));
    assert_eq!(runs[0].layout, "4up");
}

#[test]
fn nobody_gets_the_same_design_twice_in_a_row() {
    let (mut store, [_, _, c, ..]) = shop();
    let march = plan(&store, &RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap()).unwrap();
    record(&mut store, &march, Layout::Postcard).unwrap();
    let next_march = plan(&store, &RunRequest::monthly("2027-03", false, day(2027, 3, 1)).unwrap()).unwrap();
    assert!(next_march.cards.is_empty());
    assert!(next_march.skipped.iter().any(|s| s.customer == c && s.reason == SkipReason::SameDesignAsLast));
    let april = plan(&store, &RunRequest::monthly("2027-04", false, day(2027, 4, 1)).unwrap()).unwrap();
    assert_eq!(april.cards.len(), 3);
}

#[test]
fn birthdays_and_anniversaries_in_a_period() {
    let (mut store, [a, _, c, ..]) = shop();
    let mut d = store.customer(a).unwrap().draft;
    d.birthday = Some(Birthday::parse("1970-01-02").unwrap());
    store.update_customer(a, d).unwrap();
    buy(&mut store, c, day(2024, 12, 30), 2000, "");
    let req = RunRequest::period(RunKind::Birthday, day(2025, 12, 28), day(2026, 1, 5), true, day(2025, 12, 20)).unwrap();
    let p = plan(&store, &req).unwrap();
    assert_eq!(p.cards.iter().map(|p| (p.to, p.occasion.as_str())).collect::<Vec<_>>(), [(a, "birthday:2026")]);
    assert_eq!(p.batch.design, CardDesign::birthday());
    let req = RunRequest::period(RunKind::Anniversary, day(2025, 12, 28), day(2026, 1, 5), true, day(2025, 12, 20)).unwrap();
    let p = plan(&store, &req).unwrap();
    assert_eq!(p.cards.iter().map(|p| (p.to, p.occasion.as_str())).collect::<Vec<_>>(), [(c, "anniversary:2025")]);
    record(&mut store, &p, Layout::Postcard).unwrap();
    assert_eq!(card_sent_summary(&store, c), "Carte « Un an déjà » (28 décembre – 5 janvier)".replace("Un an déjà", &p.batch.design.greeting(Language::Fr)));
}

#[test]
fn offers_follow_the_ladder_and_the_settings() {
    let (mut store, [_, _, c, ..]) = shop();
    buy(&mut store, c, day(2025, 6, 1), 2000, "");
    buy(&mut store, c, day(2025, 9, 1), 2000, "");
    let req = RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap();
    let p = plan(&store, &req).unwrap();
    assert_eq!(p.stages, StageSource::Ladder);
    let zoe = p.cards.iter().find(|p| p.to == c).unwrap();
    assert_eq!((zoe.stage, zoe.offer_percent), (Some(Stage::Client), Some(10)));
    let prospect = p.cards.iter().find(|p| p.to != c).unwrap();
    assert_eq!((prospect.stage, prospect.offer_percent), (Some(Stage::Prospect), Some(5)));
    SettingsMut::of(&mut store).set_cards(&CardSettings { offer_percent: [0, 5, 25, 25, 30, 30], thanks_days: 30 }).unwrap();
    let p = plan(&store, &req).unwrap();
    assert_eq!(p.cards.iter().find(|p| p.to == c).unwrap().offer_percent, Some(25));
    assert!(p.cards.iter().filter(|p| p.to != c).all(|p| p.offer_code.is_none()));
}

#[test]
fn edited_texts_replace_the_defaults() {
    let (mut store, _) = shop();
    SettingsMut::of(&mut store).set_card_texts(Occasion::Month(3), Language::Fr, "Vive le printemps", "Les lilas sont en fleurs.").unwrap();
    let p = plan(&store, &RunRequest::monthly("2026-03", false, day(2026, 3, 1)).unwrap()).unwrap();
    assert_eq!(p.batch.design.greeting(Language::Fr), "Vive le printemps");
    assert!(p.batch.cards.iter().all(|c| c.body == "Les lilas sont en fleurs."));
}

#[test]
fn each_card_is_in_its_recipients_language_with_that_languages_texts() {
    let (mut store, [a, _, c, ..]) = shop();
    let pieter = CustomerDraft { salutation: Some(Salutation::Mr), language: Some(Language::Nl), ..person("Pieter", "Janssens", None) };
    store.update_customer(c, pieter).unwrap();
    SettingsMut::of(&mut store).set_card_texts(Occasion::Month(3), Language::Nl, "Fijne lente", "De tulpen bloeien.").unwrap();
    let p = plan(&store, &RunRequest::monthly("2026-03", true, day(2026, 3, 1)).unwrap()).unwrap();
    let card_of = |id| &p.batch.cards[p.cards.iter().position(|x| x.to == id).unwrap()];
    let dutch = card_of(c);
    assert_eq!((dutch.language, dutch.salutation.as_str(), dutch.body.as_str()), (Language::Nl, "Geachte heer Janssens", "De tulpen bloeien."));
    assert!(matches!(&dutch.personal, Some(PersonalLine::Offer { percent, .. }) if *percent > 0), "{:?}", dutch.personal);
    assert!(personal_text(dutch.language, dutch.voice, dutch.personal.as_ref().unwrap()).contains("korting op uw"));
    let french = card_of(a);
    assert_eq!((french.language, french.body.as_str()), (Language::Fr, CardDesign::month(3).default_message(Language::Fr, french.voice).as_str()));
    assert_eq!(p.batch.design.greeting(Language::Nl), "Fijne lente");
    assert_eq!(p.batch.design.greeting(Language::Fr), default_greeting(Theme::Spring, Language::Fr));
    assert_eq!(p.batch.language, Language::Fr, "the address side stays the shop's");
    record(&mut store, &p, Layout::FourUpA4).unwrap();
    assert!(card_sent_summary(&store, c).contains("Fijne lente"), "the greeting on the card");
}

#[test]
fn occasion_codes_read_back() {
    for o in (1..=12).map(Occasion::Month).chain([Occasion::Birthday, Occasion::PurchaseAnniversary]) {
        assert_eq!(parse_occasion(&design_code(o)).unwrap(), o);
    }
    for bad in ["month-13", "month-0", "noel", ""] {
        assert!(parse_occasion(bad).unwrap_err().to_string().contains("occasion"), "{bad}");
    }
    assert_eq!(parse_layout("A4").unwrap(), Layout::FourUpA4);
    assert_eq!(layout_code(parse_layout("single").unwrap()), "single");
    assert_eq!((pages(5, Layout::FourUpA4), pages(5, Layout::Postcard)), (4, 10));
}

#[test]
fn codes_are_distinct_and_checked() {
    let a = offer_code(RunKind::Monthly, "monthly:2026-03", CustomerId(1));
    let b = offer_code(RunKind::Monthly, "monthly:2026-03", CustomerId(2));
    let c = offer_code(RunKind::Birthday, "birthday:2026", CustomerId(1));
    assert!(a.starts_with("M2603-01") && b.starts_with("M2603-02") && c.starts_with("B26-01"), "{a} {b} {c}");
    assert_ne!(a.chars().last(), b.chars().last());
    assert_eq!(parse_iso_week("2026-W11").unwrap(), day(2026, 3, 9));
    assert!(parse_iso_week("2026-11").is_err());
    assert_eq!(parse_month("2026-03").unwrap(), day(2026, 3, 1));
}

#[test]
fn a_run_is_streamed_into_its_file_whole_or_not_at_all() {
    let (store, _) = shop();
    let mut p = plan(&store, &RunRequest::monthly("2026-03", true, day(2026, 3, 1)).unwrap()).unwrap();
    p.batch.created = Some(day(2026, 3, 1).and_hms_opt(9, 0, 0).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cartes-2026-03.pdf");
    assert_eq!(write(&p, Layout::FourUpA4, &path, &|| false).unwrap(), Written::Done);
    let pdf = std::fs::read(&path).unwrap();
    assert_eq!(pdf, fidele_printing::render_cards(&p.batch, Layout::FourUpA4).unwrap(), "the same PDF as drawn in memory");
    // Stopped halfway: the file keeps what it held, no part file is left.
    let other = dir.path().join("cartes-stopped.pdf");
    std::fs::write(&other, b"older").unwrap();
    assert_eq!(write(&p, Layout::Postcard, &other, &|| true).unwrap(), Written::Stopped);
    assert_eq!(std::fs::read(&other).unwrap(), b"older");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn follow_up_lists_the_right_people_for_the_right_reasons() {
    let (mut store, [a, b, c, no_consent, ..]) = shop();
    let monday = day(2026, 3, 9);
    let mut d = store.customer(a).unwrap().draft;
    d.birthday = Some(Birthday::parse("1980-03-12").unwrap());
    store.update_customer(a, d).unwrap();
    buy(&mut store, b, day(2026, 3, 3), 15_000, ""); // 7 days later is Tuesday 10
    buy(&mut store, c, day(2026, 3, 3), 2_000, ""); // too small
    buy(&mut store, c, day(2026, 2, 20), 50_000, ""); // follow-up was the week before
    let complaint = |customer, at: NaiveDate, summary: &str| InteractionDraft {
        customer,
        kind: InteractionKind::Complaint,
        status: InteractionStatus::Open,
        at: at.and_hms_opt(10, 0, 0).unwrap(),
        summary: summary.into(),
        details: String::new(),
        due: None,
        resolution: String::new(),
    };
    store.add_interaction(complaint(no_consent, day(2026, 2, 25), "Livre abîmé")).unwrap();
    store.add_interaction(complaint(c, day(2026, 3, 6), "Trop récent")).unwrap();
    store.add_reminder(ReminderDraft { customer: Some(c), title: "Rappeler pour la commande".into(), due: day(2026, 3, 13), repeat: Some(Repeat::Months(1)) }).unwrap();
    store.add_reminder(ReminderDraft { customer: None, title: "Plus tard".into(), due: day(2026, 3, 20), repeat: None }).unwrap();
    let f = follow_up::week(&store, monday, monday).unwrap();
    let got: Vec<(FollowUpReason, String)> = f.items.iter().map(|i| (i.reason, i.name.clone())).collect();
    assert_eq!(
        got,
        [
            (FollowUpReason::BirthdayComing, "Hélène Dubœuf".to_owned()),
            (FollowUpReason::AfterPurchase, "Paul Dubœuf".to_owned()),
            (FollowUpReason::OpenComplaint, "Anne Sans".to_owned()),
            (FollowUpReason::Reminder, "Zoé Lefèvre".to_owned()),
        ]
    );
    let (fr, en) = (Dates::new(Language::Fr, Calendar::Gregorian), Dates::new(Language::En, Calendar::Gregorian));
    assert_eq!(f.items[0].why(&fr), "anniversaire jeudi 12 mars (46 ans)");
    assert_eq!(f.items[1].why(&en), "bought for €150.00 on 3 March: is all well?");
    assert_eq!(f.items[2].why(&fr), "réclamation ouverte depuis 12 jours : « Livre abîmé »");
    assert_eq!(f.items[2].why(&Dates::new(Language::Nl, Calendar::Gregorian)), "klacht al 12 dagen open: „Livre abîmé”");
    assert_eq!(f.items[0].why(&Dates::new(Language::Th, Calendar::Buddhist)), "วันเกิด วันพฤหัสบดีที่ 12 มีนาคม (อายุครบ 46 ปี)");
    assert_eq!(f.items[0].phone, "06 12 34 56 78");
    assert_eq!(f.items[0].tel.as_deref(), Some("tel:+33612345678"));
    let sheet = f.sheet(&store.shop_profile().unwrap(), &fr);
    assert_eq!(sheet.groups.len(), 4);
    assert_eq!(fidele_printing::week_label(sheet.language, sheet.calendar, sheet.week_of), "semaine du 9 mars au 15 mars");
    SettingsMut::of(&mut store).set_follow_up(&FollowUpSettings { purchase_min_minor: 1_000, ..FollowUpSettings::default() }).unwrap();
    let f = follow_up::week(&store, monday, monday).unwrap();
    assert_eq!(f.items.iter().filter(|i| i.reason == FollowUpReason::AfterPurchase).count(), 2);
    assert!(follow_up::sheet_pdf(&store, monday, monday).unwrap().starts_with(b"%PDF"));
    assert_eq!(Settings::of(&store).follow_up().unwrap().purchase_min_minor, 1_000);
}

#[test]
fn the_follow_up_counts_from_today_and_shows_each_reminder_once() {
    let (mut store, [a, b, c, ..]) = shop();
    let monday = day(2026, 3, 9);
    for (id, birthday) in [(a, "1980-03-10"), (b, "1975-03-13")] {
        let mut d = store.customer(id).unwrap().draft;
        d.birthday = Some(Birthday::parse(birthday).unwrap());
        store.update_customer(id, d).unwrap();
    }
    buy(&mut store, c, day(2026, 3, 2), 15_000, ""); // its follow-up day, Monday 9, is past by Thursday
    for _ in 0..2 {
        // "Call them" clicked twice.
        store.add_reminder(ReminderDraft { customer: Some(c), title: "Appeler Zoé Lefèvre".into(), due: day(2026, 3, 9), repeat: None }).unwrap();
    }
    let thursday = day(2026, 3, 12);
    let f = follow_up::week(&store, monday, thursday).unwrap();
    let got: Vec<(FollowUpReason, String)> = f.items.iter().map(|i| (i.reason, i.name.clone())).collect();
    assert_eq!(
        got,
        [(FollowUpReason::BirthdayComing, "Paul Dubœuf".to_owned()), (FollowUpReason::Reminder, "Zoé Lefèvre".to_owned())],
        "Tuesday's birthday and Monday's follow-up are past; the reminder shows once, overdue"
    );
    assert!(f.items[1].why(&Dates::new(Language::Fr, Calendar::Gregorian)).contains("en retard"));
    // A week still to come counts from its Monday; a week gone has no birthday coming.
    let birthdays = |monday, today| follow_up::week(&store, monday, today).unwrap().items.iter().filter(|i| i.reason == FollowUpReason::BirthdayComing).count();
    assert_eq!(birthdays(day(2026, 3, 9), day(2026, 3, 1)), 2);
    assert_eq!(birthdays(day(2026, 3, 2), thursday), 0);
}

/// A shop in Thailand's April card is Songkran; a Dutch customer written to by first name
/// reads "je" throughout, signed in Dutch, not in the shop's French.
#[test]
fn a_thai_shops_year_and_a_dutch_informal_card() {
    let (mut store, [a, _, c, ..]) = shop();
    let profile = fidele_domain::ShopProfile { name: "Fleurs de Chiang Mai".into(), country: "TH".into(), signature: "Élodie et toute l'équipe".into(), ..store.shop_profile().unwrap() };
    store.set_shop_profile(&profile).unwrap();
    let sanne = CustomerDraft { language: Some(Language::Nl), formality: fidele_domain::Formality::FirstName, ..person("Sanne", "de Wit", None) };
    store.update_customer(c, sanne).unwrap();
    let p = plan(&store, &RunRequest::monthly("2026-04", false, day(2026, 3, 1)).unwrap()).unwrap();
    assert_eq!(p.batch.design.theme, Theme::Songkran);
    assert_eq!(p.batch.design.greeting(Language::Th), "สุขสันต์วันสงกรานต์");
    let card_of = |id| &p.batch.cards[p.cards.iter().position(|x| x.to == id).unwrap()];
    let dutch = card_of(c);
    assert_eq!(dutch.salutation, "Beste Sanne");
    assert!(dutch.body.contains(" je ") && !dutch.body.contains(" u "), "{}", dutch.body);
    assert_eq!(dutch.signature, "Het team van Fleurs de Chiang Mai");
    let french = card_of(a);
    assert_eq!((french.salutation.as_str(), french.signature.as_str()), ("Chère Madame Dubœuf", "Élodie et toute l'équipe"), "households apart: asked for so");
    assert!(french.body.starts_with("Toute l'équipe vous souhaite un joyeux Songkran"), "{}", french.body);
}

/// A shop of `n` customers who all agreed to post, a few sharing households, some with a
/// birthday in March.
fn many(n: usize, rng: &mut impl rand::Rng) -> (Store, Vec<CustomerId>) {
    let mut store = Store::open_in_memory().unwrap();
    let home = store.add_household("Famille Janssens").unwrap();
    let ids = (0..n)
        .map(|i| {
            let household = (i % 17 == 3).then_some(home);
            let birthday = rng.random_bool(0.3).then(|| Birthday::new(None, 3, 1 + (i % 28) as u32).unwrap());
            let draft = CustomerDraft { birthday, ..person(&format!("Client{i}"), "Janssens", household) };
            let id = store.add_customer(draft, &[(Channel::Post, true)], "").unwrap();
            if rng.random_bool(0.4) {
                buy(&mut store, id, day(2025, 1 + (i % 12) as u32, 10), 1000 + 100 * i as i64, "");
            }
            id
        })
        .collect();
    (store, ids)
}

#[test]
fn a_hold_out_is_drawn_by_stage_prints_fewer_cards_and_is_the_same_draw_when_planned_again() {
    use rand::SeedableRng;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let (mut store, ids) = many(120, &mut rng);
    store.set_always_send(ids[0], true).unwrap();
    let req = RunRequest::monthly("2026-03", false, day(2026, 2, 20)).unwrap().with_holdout(20).unwrap();
    let p = plan(&store, &req).unwrap();
    assert_eq!(p.batch.cards.len(), p.cards.len(), "the PDF has the cards the run sends");
    assert_eq!(p.cards.len() + p.held_out.len(), 120);
    assert!(p.held_out.iter().all(|c| c.to != ids[0]), "always send");
    let target = 119.0 * 0.2;
    assert!((p.held_out.len() as f64 - target).abs() <= 6.0, "{} held out of 119 drawable", p.held_out.len());
    let again = plan(&store, &req).unwrap();
    assert_eq!(again.held_out.iter().map(|c| c.to).collect::<Vec<_>>(), p.held_out.iter().map(|c| c.to).collect::<Vec<_>>());
    let recorded = record(&mut store, &p, Layout::FourUpA4).unwrap();
    assert_eq!((recorded.customers, recorded.held_out), (p.cards.len(), p.held_out.len()));
    // Printed again, even without a hold-out share: the recorded hold-out stays out.
    let reprint = plan(&store, &RunRequest::monthly("2026-03", false, day(2026, 2, 20)).unwrap()).unwrap();
    assert_eq!(reprint.held_out.len(), p.held_out.len());
    assert_eq!(reprint.new_cards(), 0);
    assert!(RunRequest::monthly("2026-03", false, day(2026, 2, 20)).unwrap().with_holdout(51).is_err());
}

#[test]
fn nobody_is_held_out_two_runs_in_a_row_over_random_histories_and_birthdays_never() {
    use rand::{Rng, SeedableRng};
    for seed in 0..4u64 {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let (mut store, ids) = many(60, &mut rng);
        let always: Vec<CustomerId> = ids.iter().copied().filter(|_| rng.random_bool(0.1)).collect();
        for id in &always {
            store.set_always_send(*id, true).unwrap();
        }
        // Each customer's history, run by run: Some(true) held out, Some(false) sent.
        let mut history: std::collections::HashMap<CustomerId, Vec<bool>> = std::collections::HashMap::new();
        let mut month = day(2026, 1, 1);
        for _ in 0..8 {
            let households = rng.random_bool(0.5);
            let percent = rng.random_range(0..=50);
            let req = RunRequest::monthly(&month.format("%Y-%m").to_string(), households, month).unwrap().with_holdout(percent).unwrap();
            let p = plan(&store, &req).unwrap();
            for c in &p.held_out {
                for m in &c.members {
                    assert!(!always.contains(m), "seed {seed}: {m:?} is marked always send");
                }
            }
            record(&mut store, &p, Layout::Postcard).unwrap();
            for (c, held) in p.cards.iter().map(|c| (c, false)).chain(p.held_out.iter().map(|c| (c, true))) {
                for m in &c.members {
                    history.entry(*m).or_default().push(held);
                }
            }
            month = month.checked_add_months(chrono::Months::new(1)).unwrap();
        }
        assert!(history.values().flatten().any(|h| *h), "seed {seed}: someone was held out");
        for (id, runs) in &history {
            assert!(!runs.windows(2).any(|w| w[0] && w[1]), "seed {seed}: {id:?} held out twice in a row: {runs:?}");
        }
        let birthdays = RunRequest::period(RunKind::Birthday, day(2027, 3, 1), day(2027, 3, 31), false, day(2027, 2, 20)).unwrap().with_holdout(50).unwrap();
        let p = plan(&store, &birthdays).unwrap();
        assert!(!p.cards.is_empty() && p.held_out.is_empty(), "seed {seed}: birthday cards are never held out");
    }
}
