use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::loyalty::{Earning, LoyaltyRules, Reward};
use fidele_domain::{CustomerDraft, CustomerId};
use fidele_store::{OfferRefusal, Store};

use super::*;

fn at(month: u32, day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap().and_hms_opt(11, 0, 0).unwrap()
}

fn shop() -> (Store, CustomerId, CustomerId) {
    let mut store = Store::open_in_memory().unwrap();
    let add = |store: &mut Store, first: &str, phone: &str| {
        store
            .add_customer(CustomerDraft { first_name: first.into(), last_name: "Dubœuf".into(), phones: vec![phone.into()], ..Default::default() }, &[], "")
            .unwrap()
    };
    let helene = add(&mut store, "Hélène", "06 12 34 56 78");
    let marc = add(&mut store, "Marc", "06 98 76 54 32");
    rules::write(
        &mut store,
        &LoyaltyRules {
            enabled: true,
            earning: Earning::Points { per_unit: 1 },
            rewards: vec![Reward { cost: 200, value_minor: Some(1000), label: String::new() }],
            ..LoyaltyRules::default()
        },
    )
    .unwrap();
    // December's cards: an offer code each, good until the end of January.
    store
        .write(|tx| {
            tx.execute_batch(&format!(
                "INSERT INTO card_runs (id, kind, period, design, layout, households, created_at) VALUES (1, 'monthly', '2026-12', 'month-12', 'single', 0, '2026-11-28T09:00:00');
                 INSERT INTO card_run_recipients (run_id, customer_id, card_to, occasion, design, stage, offer_percent, offer_code)
                    VALUES (1, {h}, {h}, 'monthly:2026-12', 'month-12', 'client', 10, 'M2612-01X'), (1, {m}, {m}, 'monthly:2026-12', 'month-12', 'client', 10, 'M2612-02Y');",
                h = helene.0,
                m = marc.0
            ))?;
            Ok(())
        })
        .unwrap();
    (store, helene, marc)
}

#[test]
fn a_card_a_phone_a_name_and_an_offer_code_each_find_their_customer() {
    let (mut store, helene, marc) = shop();
    let today = at(12, 3).date();
    let number = store.member_number_of(helene).unwrap().unwrap();
    assert_eq!(find(&store, &number.to_string(), today).unwrap(), Found::Customer { customer: helene, by: FoundBy::MemberNumber });
    // One digit misread: refused, never someone else.
    let mut wrong = number.to_string().into_bytes();
    wrong[4] = if wrong[4] == b'9' { b'1' } else { wrong[4] + 1 };
    assert_eq!(find(&store, std::str::from_utf8(&wrong).unwrap(), today).unwrap(), Found::Nothing { reason: NotFound::CheckDigit });
    assert_eq!(find(&store, "0698765432", today).unwrap(), Found::Customer { customer: marc, by: FoundBy::Phone });
    assert_eq!(find(&store, "+33 6 98 76 54 32", today).unwrap(), Found::Customer { customer: marc, by: FoundBy::Phone });
    assert_eq!(find(&store, "helene", today).unwrap(), Found::Customer { customer: helene, by: FoundBy::Name });
    assert!(matches!(find(&store, "duboeuf", today).unwrap(), Found::Choices { ref customers, .. } if customers.len() == 2));
    match find(&store, "m2612-02y", today).unwrap() {
        Found::Offer(check) => assert_eq!((check.offer.customer, check.refusal), (marc, None)),
        other => panic!("{other:?}"),
    }
    let new = members::reissue(&mut store, helene).unwrap();
    match find(&store, &number.to_string(), today).unwrap() {
        Found::Stopped { was, name, current } => assert_eq!((was.customer, name.as_str(), current), (helene, "Hélène Dubœuf", Some(new))),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_sale_earns_at_once_an_offer_is_redeemed_once_and_a_refund_takes_back() {
    let (mut store, helene, marc) = shop();
    let sale = |offer: &str, accept_anyway: bool| SaleRequest { customer: helene.0, amount: "124,90".into(), category: "Romans".into(), offer: offer.into(), accept_anyway };
    let first = sale::record(&mut store, &sale("m2612-01x", false), at(12, 3)).unwrap();
    assert_eq!((first.recorded.earned, first.recorded.balance), (124, 124));
    assert_eq!(store.purchase(first.recorded.purchase).unwrap().draft.offer_code, "M2612-01X");
    // The second time: refused with its reason, nothing written.
    let err = sale::record(&mut store, &sale("M2612-01X", false), at(12, 4)).unwrap_err();
    assert!(err.to_string().contains("offer: offer_already_used"), "{err}");
    assert_eq!(store.points_balance(helene).unwrap(), 124);
    // Another customer's code, accepted knowingly: recorded with why.
    let err = sale::record(&mut store, &sale("M2612-02Y", false), at(12, 4)).unwrap_err();
    assert!(err.to_string().contains("offer_other_customer"), "{err}");
    let anyway = sale::record(&mut store, &sale("M2612-02Y", true), at(12, 4)).unwrap();
    assert_eq!(anyway.offer.unwrap().refusal, Some(OfferRefusal::OtherCustomer));
    assert_eq!(store.redemptions_of("M2612-02Y").unwrap()[0].accepted_despite, Some(OfferRefusal::OtherCustomer));
    assert_eq!(store.redemptions_of("M2612-02Y").unwrap()[0].customer, Some(helene));
    // Used weighs first, whoever scans it later.
    assert_eq!(offers::check(&store, "M2612-02Y", Some(marc), at(12, 9).date()).unwrap().unwrap().refusal, Some(OfferRefusal::AlreadyUsed));
    // Spent, then the first sale refunded whole: the balance goes below zero.
    assert_eq!(sale::spend_reward(&mut store, helene, 0, at(12, 5)).unwrap(), 48);
    let back = sale::refund(&mut store, first.recorded.purchase, "124,90", at(12, 6)).unwrap();
    assert_eq!((back.taken_back, back.balance), (-124, -76));
    let err = sale::record(&mut store, &SaleRequest { customer: helene.0, amount: "douze".into(), ..Default::default() }, at(12, 7)).unwrap_err();
    assert!(err.to_string().starts_with("amount: "), "{err}");
}

#[test]
fn an_offer_not_used_expires_after_the_month_that_follows_its_run() {
    let (store, _, marc) = shop();
    let good = offers::check(&store, "M2612-02Y", Some(marc), NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()).unwrap().unwrap();
    assert_eq!((good.refusal, good.valid_until), (None, NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()));
    let late = offers::check(&store, "M2612-02Y", Some(marc), NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()).unwrap().unwrap();
    assert_eq!(late.refusal, Some(OfferRefusal::Expired));
}

#[test]
fn the_counter_view_shows_the_balance_what_it_buys_and_a_valid_offer() {
    let (mut store, helene, _) = shop();
    sale::record(&mut store, &SaleRequest { customer: helene.0, amount: "180".into(), ..Default::default() }, at(12, 1)).unwrap();
    let view = view::open(&mut store, helene, at(12, 3).date(), None).unwrap().unwrap();
    assert_eq!((view.balance, view.reward_now.clone(), view.next_reward.as_ref().map(|(r, missing)| (r.cost, *missing))), (180, None, Some((200, 20))));
    assert_eq!(view.offers.iter().map(|o| o.offer.code.as_str()).collect::<Vec<_>>(), ["M2612-01X"]);
    assert_eq!(view.last_purchases.len(), 1);
    assert!(view.member_number.is_some());
}

fn typed(customer: CustomerId, when: NaiveDateTime, euros: &str) -> fidele_domain::PurchaseDraft {
    fidele_domain::PurchaseDraft {
        customer: Some(customer),
        at: when,
        amount: fidele_domain::Money::parse(euros, fidele_domain::Currency::EUR).unwrap(),
        margin: None,
        category: String::new(),
        item_count: None,
        ticket_ref: String::new(),
        offer_code: String::new(),
        refund_of: None,
        note: String::new(),
    }
}

#[test]
fn a_purchase_entered_by_hand_earns_as_a_counter_sale_does_and_gives_them_back_when_deleted() {
    let (mut store, helene, marc) = shop();
    // The same 124,90 € as a counter sale and as a purchase entered on the customer's page.
    let counter = sale::record(&mut store, &SaleRequest { customer: marc.0, amount: "124,90".into(), ..Default::default() }, at(11, 2)).unwrap();
    let by_hand = purchases::add(&mut store, typed(helene, at(11, 2), "124,90")).unwrap();
    assert_eq!((by_hand.points, by_hand.balance), (counter.recorded.earned, Some(124)));
    // Its amount corrected: the points follow, as one dated adjustment.
    let fixed = purchases::edit(&mut store, by_hand.id, typed(helene, at(11, 2), "204,90")).unwrap();
    assert_eq!((fixed.points, fixed.balance), (80, Some(204)));
    assert_eq!(store.points_entries(helene, 1).unwrap()[0].kind, fidele_store::PointsKind::Adjusted);
    // A refund entered by hand takes back its share.
    let refund = purchases::add(&mut store, fidele_domain::PurchaseDraft { refund_of: Some(by_hand.id), ..typed(helene, at(11, 3), "-104,90") }).unwrap();
    // What the sale keeps: its points in proportion to what is left of it, 204 × 100/204,90.
    assert_eq!(refund.balance, Some(204 * 10_000 / 20_490));
    purchases::delete(&mut store, refund.id).unwrap();
    let ticket = purchases::delete(&mut store, by_hand.id).unwrap();
    assert_eq!(store.points_balance(helene).unwrap(), 0);
    purchases::undo(&mut store, ticket.id).unwrap();
    assert_eq!(store.points_balance(helene).unwrap(), 204);
    // The counter's view reads the same ledger.
    let view = view::open(&mut store, helene, at(11, 4).date(), None).unwrap().unwrap();
    assert_eq!((view.balance, view.reward_now.map(|r| r.cost)), (204, Some(200)));
}

/// The counter's line for a customer is the weekly sheet's line for them, read for them alone:
/// a birthday, a call after a purchase, an open complaint, drifting away (from the same
/// analysis), a reminder, and nothing.
#[test]
fn the_counter_s_line_is_the_follow_up_sheet_s_line_for_that_customer() {
    use crate::follow_up;
    use fidele_domain::{Birthday, InteractionDraft, InteractionKind, InteractionStatus, ReminderDraft};
    let (mut store, helene, marc) = shop();
    let add = |store: &mut Store, first: &str| store.add_customer(CustomerDraft { first_name: first.into(), last_name: "Roux".into(), ..Default::default() }, &[], "").unwrap();
    let (anne, paul, zoe, gaston, nobody) = (add(&mut store, "Anne"), add(&mut store, "Paul"), add(&mut store, "Zoé"), add(&mut store, "Gaston"), add(&mut store, "Rien"));
    let monday = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    let mut d = store.customer(helene).unwrap().draft;
    d.birthday = Some(Birthday::parse("1980-03-12").unwrap());
    store.update_customer(helene, d).unwrap();
    let buy = |store: &mut Store, c: CustomerId, at: NaiveDateTime, euros: &str| {
        store.add_purchase(typed(c, at, euros)).unwrap();
    };
    buy(&mut store, marc, at(3, 3), "150"); // called back 7 days later
    buy(&mut store, helene, at(3, 3), "150"); // also due a call, but her birthday comes first
    store
        .add_interaction(InteractionDraft {
            customer: anne,
            kind: InteractionKind::Complaint,
            status: InteractionStatus::Open,
            at: at(2, 20),
            summary: "Livre abîmé".into(),
            details: String::new(),
            due: None,
            resolution: String::new(),
        })
        .unwrap();
    store.add_reminder(ReminderDraft { customer: Some(zoe), title: "Rappeler pour la commande".into(), due: monday + chrono::Days::new(3), repeat: None }).unwrap();
    // Gaston came every ten days last summer, spending the most, then nothing: drifting away.
    for i in 0..6u64 {
        let when = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap() + chrono::Days::new(10 * i);
        buy(&mut store, gaston, when.and_hms_opt(10, 0, 0).unwrap(), "400");
    }
    buy(&mut store, paul, NaiveDate::from_ymd_opt(2025, 11, 5).unwrap().and_hms_opt(10, 0, 0).unwrap(), "12");
    let today = monday + chrono::Days::new(1);
    let week = follow_up::week(&store, monday, today).unwrap();
    let input = store.analysis_input(monday, store.analysis_settings().unwrap()).unwrap();
    let drifting = fidele_analytics::analyze(&input).drifting;
    let reasons: Vec<_> = week.items.iter().map(|i| i.reason).collect();
    assert!(reasons.contains(&fidele_printing::FollowUpReason::DriftingAway), "{reasons:?}");
    for c in [helene, marc, anne, zoe, gaston, paul, nobody] {
        let on_sheet = week.items.iter().find(|i| i.customer == Some(c)).cloned();
        assert_eq!(follow_up::line_for(&store, c, monday, today, Some(&drifting)).unwrap(), on_sheet, "customer {}", c.0);
    }
    assert!(follow_up::line_for(&store, paul, monday, today, Some(&drifting)).unwrap().is_none());
    // Without an analysis at hand, no one is said to be drifting; the rest stands.
    assert_eq!(follow_up::line_for(&store, gaston, monday, today, None).unwrap(), None);
    assert_eq!(follow_up::line_for(&store, anne, monday, today, None).unwrap().map(|i| i.reason), Some(fidele_printing::FollowUpReason::OpenComplaint));
    // The counter view says the same.
    let view = view::open(&mut store, helene, today, None).unwrap().unwrap();
    assert_eq!(view.say.map(|i| i.reason), Some(fidele_printing::FollowUpReason::BirthdayComing));
}

/// Customers close to a reward are on the week's sheet with what to say: within a fifth of the
/// next reward in points, one stamp away with stamps; nobody further, nobody who can already
/// have it, nobody archived.
#[test]
fn customers_close_to_a_reward_are_on_the_follow_up_with_their_line() {
    use crate::dates::Dates;
    use crate::follow_up;
    use fidele_domain::{Calendar, Language};
    use fidele_printing::FollowUpReason;
    let (mut store, helene, marc) = shop();
    let paul = store.add_customer(CustomerDraft { first_name: "Paul".into(), last_name: "Roux".into(), ..Default::default() }, &[], "").unwrap();
    let anne = store.add_customer(CustomerDraft { first_name: "Anne".into(), last_name: "Roux".into(), ..Default::default() }, &[], "").unwrap();
    for (c, euros) in [(helene, "180"), (marc, "150"), (paul, "205"), (anne, "170")] {
        purchases::add(&mut store, typed(c, at(11, 2), euros)).unwrap();
    }
    store.archive_customer(anne).unwrap();
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let week = follow_up::week(&store, monday, monday).unwrap();
    let near: Vec<_> = week.items.iter().filter(|i| i.reason == FollowUpReason::NearReward).collect();
    assert_eq!(near.iter().map(|i| i.customer).collect::<Vec<_>>(), [Some(helene)], "180 of 200 is close; 150 is not; 205 has it; Anne is archived");
    let fr = Dates::new(Language::Fr, Calendar::Gregorian);
    let plain = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
    assert_eq!(plain(near[0].why(&fr)), "180 points : plus que 20 pour un bon de 10,00 €");
    assert_eq!(plain(near[0].why(&Dates::new(Language::Nl, Calendar::Gregorian))), "180 punten: nog maar 20 voor een bon van € 10,00");
    assert_eq!(follow_up::line_for(&store, helene, monday, monday, None).unwrap().as_ref(), Some(near[0]));
    let sheet = week.sheet(&store.shop_profile().unwrap(), &fr);
    assert!(sheet.groups.iter().any(|g| g.reason == FollowUpReason::NearReward && g.entries[0].why.contains("plus que 20")));
    // With stamps, one away is close; the gift is named.
    rules::write(
        &mut store,
        &LoyaltyRules {
            enabled: true,
            earning: Earning::Stamps { min_minor: 500 },
            rewards: vec![Reward { cost: 3, value_minor: None, label: "Un café offert".into() }],
            ..LoyaltyRules::default()
        },
    )
    .unwrap();
    let lea = store.add_customer(CustomerDraft { first_name: "Léa".into(), last_name: "Roux".into(), ..Default::default() }, &[], "").unwrap();
    purchases::add(&mut store, typed(lea, at(11, 3), "6")).unwrap();
    assert_eq!(follow_up::line_for(&store, lea, monday, monday, None).unwrap(), None, "two stamps short is not close");
    purchases::add(&mut store, typed(lea, at(11, 4), "6")).unwrap();
    let line = follow_up::line_for(&store, lea, monday, monday, None).unwrap().unwrap();
    assert_eq!(line.why(&Dates::new(Language::En, Calendar::Gregorian)), "2 stamps: only 1 more for “Un café offert”");
    assert_eq!(line.why(&Dates::new(Language::Th, Calendar::Buddhist)), "มี 2 ดวง อีกเพียง 1 ดวงจะได้ “Un café offert”");
}
