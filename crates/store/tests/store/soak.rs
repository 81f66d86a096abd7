//! The soak: a few thousand mixed operations, chosen by a seeded RNG, run through the store's
//! API while a small model keeps the facts they should leave behind (who exists, who is
//! archived or erased, each customer's purchases and refunds, open complaints, reminders,
//! households). Every so often, and at the end, the file is checked against the model and
//! against itself: `PRAGMA integrity_check` and `foreign_key_check` (what `fidele check` runs),
//! the FTS5 index's own check, the index holding exactly the listed customers, a search finding
//! each of them by name, totals per customer and for the shop, refunds staying with what they
//! refund, erased rows holding nothing personal.
//!
//! Operations the store must refuse (refund more than is left, delete a refunded purchase, edit
//! an erased customer, merge someone with themselves...) are tried too; the checks then prove
//! they wrote nothing.
//!
//! `cargo test -p fidele-store --test store soak` runs 2,500 operations (a few seconds);
//! `FIDELE_SOAK_OPS=100000 FIDELE_SOAK_SEED=7` runs a longer one (`make bench` does).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime};
use fidele_domain::{
    Address, Birthday, Channel, Currency, CustomerDraft, CustomerId, InteractionDraft, InteractionKind, InteractionStatus, Money,
    PurchaseDraft, ReminderDraft, Repeat,
};
use fidele_store::{ListOrder, NewCard, NewCardRun, RunKind, Store};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const FIRST: [&str; 12] = ["Hélène", "Zoë", "Jean-Noël", "Maëlle", "Paul", "Agnès", "Joël", "Anaïs", "Björn", "Ève", "Lucas", "Inès"];
const LAST: [&str; 10] = ["Dubœuf", "Lœillet", "Müller", "Peeters", "Martin", "Nguyễn", "O'Brien", "Van den Berghe", "Ćosić", "Lefèvre"];
const CITIES: [(&str, &str); 5] = [("Lyon", "69003"), ("Liège", "4000"), ("Gand", "9000"), ("Paris", "75011"), ("Namur", "5000")];

#[derive(Debug)]
struct Cust {
    /// A word found in this customer's last name only: how the search must find them.
    token: String,
    archived: bool,
    erased: bool,
    household: Option<i64>,
}

#[derive(Debug, Clone, Copy)]
struct Sale {
    customer: Option<i64>,
    amount: i64,
    refund_of: Option<i64>,
}

#[derive(Default)]
struct Model {
    customers: BTreeMap<i64, Cust>,
    /// Ids of `customers`, to pick from without walking the map.
    ids: Vec<i64>,
    sales: BTreeMap<i64, Sale>,
    sale_ids: Vec<i64>,
    /// Original sale → its refunds' ids.
    refunds: BTreeMap<i64, BTreeSet<i64>>,
    /// Interactions the soak wrote (card runs write `card_sent` ones besides): id → customer.
    interactions: BTreeMap<i64, i64>,
    open: Vec<i64>,
    /// Reminders not done: id → customer.
    reminders: BTreeMap<i64, Option<i64>>,
    tokens: u32,
}

impl Model {
    fn token(&mut self) -> String {
        // Six letters, unique: no token is a prefix of another.
        let mut n = self.tokens;
        self.tokens += 1;
        let mut t = String::from("Zq");
        for _ in 0..4 {
            t.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
        }
        t
    }

    fn pick(&self, rng: &mut ChaCha8Rng, ok: impl Fn(&Cust) -> bool) -> Option<i64> {
        for _ in 0..30 {
            let id = *self.ids.choose(rng)?;
            if ok(&self.customers[&id]) {
                return Some(id);
            }
        }
        None
    }

    fn live(&self, rng: &mut ChaCha8Rng) -> Option<i64> {
        self.pick(rng, |c| !c.erased)
    }

    fn pick_sale(&self, rng: &mut ChaCha8Rng, ok: impl Fn(i64, &Sale) -> bool) -> Option<i64> {
        for _ in 0..30 {
            let id = *self.sale_ids.choose(rng)?;
            if ok(id, &self.sales[&id]) {
                return Some(id);
            }
        }
        None
    }

    fn refunded(&self, original: i64) -> i64 {
        self.refunds.get(&original).map_or(0, |r| r.iter().map(|id| -self.sales[id].amount).sum())
    }

    fn has_refunds(&self, original: i64) -> bool {
        self.refunds.get(&original).is_some_and(|r| !r.is_empty())
    }

    fn insert_sale(&mut self, id: i64, sale: Sale) {
        if let Some(o) = sale.refund_of {
            self.refunds.entry(o).or_default().insert(id);
        }
        self.sales.insert(id, sale);
        self.sale_ids.push(id);
    }

    fn remove_sale(&mut self, id: i64) {
        let sale = self.sales.remove(&id).unwrap();
        if let Some(o) = sale.refund_of {
            self.refunds.get_mut(&o).unwrap().remove(&id);
        }
        let i = self.sale_ids.iter().position(|s| *s == id).unwrap();
        self.sale_ids.swap_remove(i);
    }

    fn add_customer(&mut self, id: i64, token: String) {
        self.customers.insert(id, Cust { token, archived: false, erased: false, household: None });
        self.ids.push(id);
    }

    /// A household left with one member is dissolved (see `leave_household`).
    fn dissolve_if_alone(&mut self, h: i64) {
        let members: Vec<i64> = self.customers.iter().filter(|(_, c)| c.household == Some(h)).map(|(id, _)| *id).collect();
        if members.len() <= 1 {
            for m in members {
                self.customers.get_mut(&m).unwrap().household = None;
            }
        }
    }
}

fn at(rng: &mut ChaCha8Rng) -> NaiveDateTime {
    let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(rng.random_range(0..900));
    day.and_hms_opt(rng.random_range(9..19), rng.random_range(0..60), 0).unwrap()
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::EUR)
}

fn draft(rng: &mut ChaCha8Rng, token: &str, model: &Model) -> CustomerDraft {
    let (city, postcode) = *CITIES.choose(rng).unwrap();
    let lower = token.to_lowercase();
    CustomerDraft {
        first_name: FIRST.choose(rng).unwrap().to_string(),
        last_name: format!("{} {token}", LAST.choose(rng).unwrap()),
        company: if rng.random_bool(0.1) { "Librairie & Fils".into() } else { String::new() },
        emails: if rng.random_bool(0.6) { vec![format!("{lower}@exemple.fr")] } else { vec![] },
        phones: if rng.random_bool(0.5) { vec![format!("06 {:02} {:02} {:02} {:02}", rng.random_range(10..99), rng.random_range(10..99), rng.random_range(10..99), rng.random_range(10..99))] } else { vec![] },
        address: if rng.random_bool(0.8) {
            Address { line1: format!("{} rue des Lilas", rng.random_range(1..200)), line2: String::new(), postal_code: postcode.into(), city: city.into(), country: String::new() }
        } else {
            Address::default()
        },
        birthday: rng.random_bool(0.5).then(|| Birthday::new(rng.random_bool(0.5).then_some(1980), rng.random_range(1..=12), rng.random_range(1..=28)).unwrap()),
        // Someone already in the file, live or not (an erased referrer is still a row).
        referred_by: if rng.random_bool(0.1) { model.ids.choose(rng).map(|id| CustomerId(*id)) } else { None },
        preferences: if rng.random_bool(0.3) { "romans policiers, BD".into() } else { String::new() },
        notes: if rng.random_bool(0.3) { "préfère être appelée le matin".into() } else { String::new() },
        tags: if rng.random_bool(0.3) { vec!["club lecture".into()] } else { vec![] },
        source: "soak".into(),
        ..Default::default()
    }
}

/// Runs `ops` operations from `seed`, checking the file every `check_every`.
fn soak(seed: u64, ops: usize, check_every: usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("soak.db");
    let mut store = Store::open(&path).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut m = Model::default();
    let mut done: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut refused: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut spent: BTreeMap<&'static str, std::time::Duration> = BTreeMap::new();
    let started = Instant::now();
    const WEIGHTS: [(&str, u32); 21] = [
        ("add_customer", 14),
        ("edit_customer", 8),
        ("archive", 2),
        ("unarchive", 2),
        ("consent", 5),
        ("add_purchase", 16),
        ("edit_purchase", 4),
        ("delete_purchase", 3),
        ("refund", 5),
        ("add_interaction", 8),
        ("resolve", 5),
        ("add_reminder", 3),
        ("complete_reminder", 2),
        ("link_household", 3),
        ("leave_household", 2),
        ("merge", 2),
        ("erase", 1),
        ("import", 1),
        ("card_run", 1),
        ("refused", 3),
        ("anonymous_sale", 2),
    ];
    let total: u32 = WEIGHTS.iter().map(|w| w.1).sum();
    for op in 0..ops {
        let mut roll = rng.random_range(0..total);
        let name = WEIGHTS.iter().find(|(_, w)| if roll < *w { true } else { roll -= w; false }).unwrap().0;
        let t = Instant::now();
        let ran = step(name, &mut store, &mut m, &mut rng, &raw);
        *spent.entry(name).or_default() += t.elapsed();
        *(if ran { done.entry(name) } else { refused.entry(name) }).or_default() += 1;
        if (op + 1) % check_every == 0 {
            check(&store, &raw, &m, false);
        }
    }
    let ran = started.elapsed();
    check(&store, &raw, &m, true);
    let mut slowest: Vec<_> = spent.into_iter().collect();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.1));
    slowest.truncate(4);
    eprintln!(
        "soak seed {seed}: {ops} operations in {:.2?} (+ {:.2?} final check); {} customers, {} sales; done {done:?}; skipped {refused:?}; most time in {slowest:.2?}",
        ran,
        started.elapsed() - ran,
        m.customers.len(),
        m.sales.len()
    );
}

/// One operation; false when there was nothing to do it to.
fn step(name: &str, store: &mut Store, m: &mut Model, rng: &mut ChaCha8Rng, raw: &rusqlite::Connection) -> bool {
    match name {
        "add_customer" => {
            let token = m.token();
            let d = draft(rng, &token, m);
            let consents: Vec<(Channel, bool)> = [Channel::Post, Channel::Email, Channel::Sms].into_iter().filter(|_| rng.random_bool(0.6)).map(|c| (c, true)).collect();
            let id = store.add_customer(d, &consents, "soak").unwrap();
            m.add_customer(id.0, token);
        }
        "edit_customer" => {
            let Some(id) = m.live(rng) else { return false };
            let mut d = store.customer(CustomerId(id)).unwrap().draft;
            match rng.random_range(0..4) {
                0 => {
                    let token = m.token();
                    d.last_name = format!("{} {token}", LAST.choose(rng).unwrap());
                    m.customers.get_mut(&id).unwrap().token = token;
                }
                1 => (d.address.city, d.address.postal_code) = { let (c, p) = *CITIES.choose(rng).unwrap(); (c.into(), p.into()) },
                2 => d.notes = format!("note {}", rng.random_range(0..1000)),
                _ => d.tags = vec!["fidèle".into(), format!("t{}", rng.random_range(0..5))],
            }
            // The household is the household module's: an edit keeps it.
            store.update_customer(CustomerId(id), d).unwrap();
        }
        "archive" | "unarchive" => {
            let archive = name == "archive";
            let Some(id) = m.pick(rng, |c| !c.erased && c.archived != archive) else { return false };
            if archive { store.archive_customer(CustomerId(id)) } else { store.unarchive_customer(CustomerId(id)) }.unwrap();
            m.customers.get_mut(&id).unwrap().archived = archive;
        }
        "consent" => {
            let Some(id) = m.live(rng) else { return false };
            let channel = *[Channel::Post, Channel::Email, Channel::Phone, Channel::Sms].choose(rng).unwrap();
            store.record_consent(CustomerId(id), channel, rng.random_bool(0.5), "soak").unwrap();
        }
        "add_purchase" | "anonymous_sale" => {
            let customer = if name == "anonymous_sale" {
                None
            } else {
                let Some(c) = m.live(rng) else { return false };
                Some(c)
            };
            let amount = rng.random_range(100..25_000);
            let id = store
                .add_purchase(PurchaseDraft {
                    customer: customer.map(CustomerId),
                    at: at(rng),
                    amount: eur(amount),
                    margin: None,
                    category: ["Romans", "BD", "Jeunesse", "Papeterie"].choose(rng).unwrap().to_string(),
                    item_count: Some(rng.random_range(1..4)),
                    ticket_ref: String::new(),
                    offer_code: String::new(),
                    refund_of: None,
                    note: String::new(),
                })
                .unwrap();
            m.insert_sale(id, Sale { customer, amount, refund_of: None });
        }
        "edit_purchase" => {
            let Some(id) = m.pick_sale(rng, |_, s| s.refund_of.is_none()) else { return false };
            let mut p = store.purchase(id).unwrap().draft;
            let refunded = m.refunded(id);
            let amount = rng.random_range(refunded.max(100)..refunded.max(100) + 10_000);
            p.amount = eur(amount);
            p.note = "montant corrigé".into();
            // Put on another customer, a sale takes its refunds along.
            let moved = if rng.random_bool(0.3) { m.live(rng) } else { None };
            if let Some(c) = moved {
                p.customer = Some(CustomerId(c));
            }
            store.update_purchase(id, p).unwrap();
            let s = m.sales.get_mut(&id).unwrap();
            s.amount = amount;
            if let Some(c) = moved {
                s.customer = Some(c);
                for r in m.refunds.get(&id).cloned().unwrap_or_default() {
                    m.sales.get_mut(&r).unwrap().customer = Some(c);
                }
            }
        }
        "delete_purchase" => {
            let Some(id) = m.pick_sale(rng, |id, _| !m.has_refunds(id)) else { return false };
            store.delete_purchase(id).unwrap();
            m.remove_sale(id);
        }
        "refund" => {
            let Some(id) = m.pick_sale(rng, |id, s| s.refund_of.is_none() && s.amount > m.refunded(id)) else { return false };
            let left = m.sales[&id].amount - m.refunded(id);
            let amount = -rng.random_range(1..=left);
            let customer = m.sales[&id].customer;
            let r = store
                .add_purchase(PurchaseDraft {
                    customer: customer.map(CustomerId),
                    at: at(rng),
                    amount: eur(amount),
                    margin: None,
                    category: String::new(),
                    item_count: None,
                    ticket_ref: String::new(),
                    offer_code: String::new(),
                    refund_of: Some(id),
                    note: "retour".into(),
                })
                .unwrap();
            m.insert_sale(r, Sale { customer, amount, refund_of: Some(id) });
        }
        "add_interaction" => {
            let Some(c) = m.live(rng) else { return false };
            let open = rng.random_bool(0.6);
            let kind = *[InteractionKind::Complaint, InteractionKind::Call, InteractionKind::ServiceRequest, InteractionKind::Note].choose(rng).unwrap();
            let id = store
                .add_interaction(InteractionDraft {
                    customer: CustomerId(c),
                    kind,
                    status: if open { InteractionStatus::Open } else { InteractionStatus::Resolved },
                    at: at(rng),
                    summary: "Livre abîmé à la livraison".into(),
                    details: String::new(),
                    due: None,
                    resolution: String::new(),
                })
                .unwrap();
            m.interactions.insert(id, c);
            if open {
                m.open.push(id);
            }
        }
        "resolve" => {
            if m.open.is_empty() {
                return false;
            }
            let i = rng.random_range(0..m.open.len());
            let id = m.open.swap_remove(i);
            store.resolve_interaction(id, "Exemplaire échangé").unwrap();
        }
        "add_reminder" => {
            let customer = if rng.random_bool(0.8) { m.live(rng) } else { None };
            let repeat = rng.random_bool(0.3).then_some(Repeat::Months(1));
            let due = at(rng).date();
            let id = store.add_reminder(ReminderDraft { customer: customer.map(CustomerId), title: "Rappeler pour la commande".into(), due, repeat }).unwrap();
            m.reminders.insert(id, customer);
        }
        "complete_reminder" => {
            let Some((&id, &customer)) = m.reminders.iter().nth(rng.random_range(0..m.reminders.len().max(1))) else { return false };
            let repeats = store.reminder(id).unwrap().draft.repeat.is_some();
            store.complete_reminder(id).unwrap();
            m.reminders.remove(&id);
            if repeats {
                let next: i64 = raw.query_row("SELECT max(id) FROM reminders", [], |r| r.get(0)).unwrap();
                assert!(!m.reminders.contains_key(&next) && next > id);
                m.reminders.insert(next, customer);
            }
        }
        "link_household" => {
            let (Some(a), Some(b)) = (m.live(rng), m.live(rng)) else { return false };
            if a == b {
                return false;
            }
            let h = store.link_household(CustomerId(a), CustomerId(b), |f| format!("Famille {f}")).unwrap().0;
            let before = m.customers[&a].household;
            m.customers.get_mut(&b).unwrap().household = Some(h);
            m.customers.get_mut(&a).unwrap().household = Some(h);
            // Leaving a household for another one is not `leave_household`: the old one keeps
            // whoever is left, even alone.
            let _ = before;
        }
        "leave_household" => {
            let Some(id) = m.pick(rng, |c| !c.erased && c.household.is_some()) else { return false };
            store.leave_household(CustomerId(id)).unwrap();
            let h = m.customers.get_mut(&id).unwrap().household.take().unwrap();
            m.dissolve_if_alone(h);
        }
        "merge" => {
            let (Some(keep), Some(other)) = (m.live(rng), m.live(rng)) else { return false };
            if keep == other {
                return false;
            }
            store.merge_customers(CustomerId(keep), CustomerId(other)).unwrap();
            let o = m.customers.remove(&other).unwrap();
            m.ids.retain(|id| *id != other);
            let k = m.customers.get_mut(&keep).unwrap();
            k.household = k.household.or(o.household);
            k.archived = k.archived && o.archived;
            for s in m.sales.values_mut().filter(|s| s.customer == Some(other)) {
                s.customer = Some(keep);
            }
            for c in m.interactions.values_mut().filter(|c| **c == other) {
                *c = keep;
            }
            for c in m.reminders.values_mut().filter(|c| **c == Some(other)) {
                *c = Some(keep);
            }
        }
        "erase" => {
            let Some(id) = m.live(rng) else { return false };
            store.erase_customer(CustomerId(id)).unwrap();
            let c = m.customers.get_mut(&id).unwrap();
            (c.erased, c.archived) = (true, true);
            c.household = None;
            m.reminders.retain(|_, c| *c != Some(id));
        }
        "import" => {
            let tokens: Vec<String> = (0..rng.random_range(1..6)).map(|_| m.token()).collect();
            let mut csv = String::from("Nom;Prénom;Ville;Code postal\n");
            for t in &tokens {
                csv.push_str(&format!("Importé {t};Zoé;Liège;4000\n"));
            }
            let file = fidele_interchange::read_customers(csv.as_bytes(), &fidele_interchange::ReadOptions::default()).unwrap();
            let report = store.import_customers(&file, &mut |_, _| {}, &AtomicBool::new(false)).unwrap();
            assert_eq!((report.new, report.updated, report.rejected.len()), (tokens.len(), 0, 0));
            for t in tokens {
                let hits = store.list_customers(&t, ListOrder::Name, 5, 0).unwrap();
                assert_eq!(hits.len(), 1, "the imported {t} is found");
                m.add_customer(hits[0].id.0, t);
            }
        }
        "card_run" => {
            // A run reads every customer: in a long soak, fewer of them as the file grows.
            if m.customers.len() > 1_000 && !rng.random_bool(1_000.0 / m.customers.len() as f64) {
                return false;
            }
            // The store's half of a run: the use-case layer plans who gets which card; here
            // everyone a card can reach gets one, recorded once.
            let month = format!("2026-{:02}", rng.random_range(1..=12));
            let occasion = format!("monthly:{month}");
            let cards: Vec<NewCard> = store
                .card_candidates()
                .unwrap()
                .into_iter()
                .filter(|c| c.post && !c.archived && !c.erased && c.address.is_usable())
                .map(|c| NewCard {
                    to: c.id,
                    members: vec![c.id],
                    occasion: occasion.clone(),
                    stage: None,
                    offer_percent: None,
                    offer_code: None,
                    summary: format!("Card ({month})"),
                    details: String::new(),
                    in_draw: false,
                })
                .collect();
            let run = NewCardRun {
                kind: RunKind::Monthly,
                period: month.clone(),
                design: format!("month-{}", &month[5..]),
                layout: "single",
                households: false,
                cards,
                holdout_percent: 0,
                holdout_seed: None,
                held_out: Vec::new(),
            };
            store.record_card_run(&run).unwrap();
            // Everything is now recorded: a second recording writes nothing.
            assert_eq!(store.record_card_run(&run).unwrap().customers, 0, "{month}");
        }
        "refused" => {
            // Each must fail and write nothing (the checks after prove the second part).
            match rng.random_range(0..6) {
                0 => {
                    let Some(id) = m.pick_sale(rng, |id, s| s.refund_of.is_none() && m.has_refunds(id)) else { return false };
                    assert!(store.delete_purchase(id).is_err(), "a refunded sale is kept");
                }
                1 => {
                    let Some(id) = m.pick_sale(rng, |_, s| s.refund_of.is_none()) else { return false };
                    let left = m.sales[&id].amount - m.refunded(id);
                    let draft = PurchaseDraft {
                        customer: m.sales[&id].customer.map(CustomerId),
                        at: at(rng),
                        amount: eur(-(left + 1)),
                        margin: None,
                        category: String::new(),
                        item_count: None,
                        ticket_ref: String::new(),
                        offer_code: String::new(),
                        refund_of: Some(id),
                        note: String::new(),
                    };
                    assert!(store.add_purchase(draft).is_err(), "more than is left to refund");
                }
                2 => {
                    let Some(id) = m.pick(rng, |c| c.erased) else { return false };
                    let d = CustomerDraft { last_name: "Revenant".into(), ..Default::default() };
                    assert!(store.update_customer(CustomerId(id), d).is_err(), "an erased customer stays erased");
                    assert!(store.unarchive_customer(CustomerId(id)).is_err());
                    let note = InteractionDraft {
                        customer: CustomerId(id),
                        kind: InteractionKind::Note,
                        status: InteractionStatus::Open,
                        at: at(rng),
                        summary: "Revenue".into(),
                        details: String::new(),
                        due: None,
                        resolution: String::new(),
                    };
                    assert!(store.add_interaction(note).is_err(), "an erased record takes no new words");
                    let reminder = ReminderDraft { customer: Some(CustomerId(id)), title: "Rappeler".into(), due: at(rng).date(), repeat: None };
                    assert!(store.add_reminder(reminder).is_err());
                    if let Some(other) = m.live(rng) {
                        assert!(store.link_household(CustomerId(other), CustomerId(id), |f| format!("Famille {f}")).is_err());
                        assert!(store.link_household(CustomerId(id), CustomerId(other), |f| format!("Famille {f}")).is_err());
                    }
                }
                3 => {
                    let Some(id) = m.live(rng) else { return false };
                    assert!(store.merge_customers(CustomerId(id), CustomerId(id)).is_err());
                    assert!(store.link_household(CustomerId(id), CustomerId(id), |f| format!("Famille {f}")).is_err());
                }
                4 => {
                    let Some(id) = m.pick_sale(rng, |_, s| s.refund_of.is_some()) else { return false };
                    let mut p = store.purchase(id).unwrap().draft;
                    p.refund_of = None;
                    assert!(store.update_purchase(id, p).is_err(), "a refund stays a refund");
                }
                _ => {
                    let Some(id) = m.live(rng) else { return false };
                    let d = CustomerDraft { last_name: "Sans faute".into(), emails: vec!["pas une adresse".into()], ..Default::default() };
                    assert!(store.update_customer(CustomerId(id), d).is_err(), "a bad e-mail is refused");
                }
            }
        }
        other => unreachable!("{other}"),
    }
    true
}

fn ids(raw: &rusqlite::Connection, sql: &str) -> BTreeSet<i64> {
    let mut stmt = raw.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
}

/// The file against itself and against the model. `full` also searches every listed customer.
fn check(store: &Store, raw: &rusqlite::Connection, m: &Model, full: bool) {
    assert_eq!(store.check_integrity().unwrap(), Vec::<String>::new(), "fidele check");
    raw.execute("INSERT INTO customer_search (customer_search) VALUES ('integrity-check')", []).expect("the FTS index matches its own content");

    // Who exists, who is listed (and so indexed), who is erased.
    let rows = ids(raw, "SELECT id FROM customers");
    assert_eq!(rows, m.customers.keys().copied().collect(), "customer rows");
    let listed: BTreeSet<i64> = m.customers.iter().filter(|(_, c)| !c.archived).map(|(id, _)| *id).collect();
    assert_eq!(ids(raw, "SELECT rowid FROM customer_search"), listed, "the index holds exactly the listed customers");
    assert_eq!(ids(raw, "SELECT id FROM customers WHERE archived_at IS NULL"), listed, "archived");
    assert_eq!(store.count_customers("").unwrap(), listed.len() as i64);
    let erased: BTreeSet<i64> = m.customers.iter().filter(|(_, c)| c.erased).map(|(id, _)| *id).collect();
    assert_eq!(ids(raw, "SELECT id FROM customers WHERE erased_at IS NOT NULL"), erased, "erased");
    assert_eq!(
        ids(
            raw,
            "SELECT id FROM customers WHERE erased_at IS NOT NULL AND (first_name <> '' OR last_name <> '' OR notes <> '' OR city <> ''
                OR household_id IS NOT NULL OR id IN (SELECT customer_id FROM customer_emails UNION SELECT customer_id FROM customer_phones
                UNION SELECT customer_id FROM consent_events UNION SELECT customer_id FROM customer_tags UNION SELECT customer_id FROM reminders
                UNION SELECT customer_id FROM interactions WHERE summary <> ''))"
        ),
        BTreeSet::new(),
        "erased rows hold nothing personal"
    );

    // Households.
    let mut stmt = raw.prepare("SELECT id, household_id FROM customers").unwrap();
    let households: BTreeMap<i64, Option<i64>> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<rusqlite::Result<_>>().unwrap();
    let expected: BTreeMap<i64, Option<i64>> = m.customers.iter().map(|(id, c)| (*id, c.household)).collect();
    assert_eq!(households, expected, "households");

    // Money: every sale where the model put it, each customer's and the shop's totals.
    let mut stmt = raw.prepare("SELECT id, customer_id, amount_minor, refund_of FROM purchases").unwrap();
    let sales: BTreeMap<i64, (Option<i64>, i64, Option<i64>)> =
        stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))).unwrap().collect::<rusqlite::Result<_>>().unwrap();
    let expected: BTreeMap<i64, (Option<i64>, i64, Option<i64>)> = m.sales.iter().map(|(id, s)| (*id, (s.customer, s.amount, s.refund_of))).collect();
    assert_eq!(sales, expected, "purchases");
    let shop: i64 = raw.query_row("SELECT coalesce(sum(amount_minor), 0) FROM purchases", [], |r| r.get(0)).unwrap();
    assert_eq!(shop, m.sales.values().map(|s| s.amount).sum::<i64>(), "the shop's takings");
    let mut per: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    for s in m.sales.values() {
        if let Some(c) = s.customer {
            let e = per.entry(c).or_default();
            e.0 += 1;
            e.1 += s.amount;
        }
    }
    let sample: Vec<i64> = if full { m.customers.keys().copied().collect() } else { m.customers.keys().copied().step_by(17).collect() };
    for id in sample {
        let page = store.customer_page(CustomerId(id), 5).unwrap();
        let (count, total) = per.get(&id).copied().unwrap_or_default();
        assert_eq!((page.purchase_count, page.total_minor), (count, total), "customer {id}'s purchases");
    }
    let stray = ids(
        raw,
        "SELECT r.id FROM purchases r JOIN purchases o ON o.id = r.refund_of
         WHERE r.customer_id IS NOT o.customer_id OR o.refund_of IS NOT NULL OR r.amount_minor >= 0
            OR (SELECT -sum(amount_minor) FROM purchases WHERE refund_of = o.id) > o.amount_minor",
    );
    assert_eq!(stray, BTreeSet::new(), "refunds stay with what they refund, and never exceed it");

    // Interactions and reminders.
    let open: BTreeSet<i64> = store.open_interactions(None).unwrap().iter().map(|i| i.id).collect();
    assert_eq!(open, m.open.iter().copied().collect(), "open interactions");
    let mut stmt = raw.prepare("SELECT id, customer_id FROM interactions WHERE kind <> 'card_sent'").unwrap();
    let owners: BTreeMap<i64, i64> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<rusqlite::Result<_>>().unwrap();
    assert_eq!(owners, m.interactions, "whose interactions");
    let due: BTreeMap<i64, Option<i64>> = store
        .due_reminders(NaiveDate::from_ymd_opt(2100, 1, 1).unwrap())
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r.draft.customer.map(|c| c.0)))
        .collect();
    assert_eq!(due, m.reminders, "reminders not done");

    // Each listed customer is found by their name; nobody archived is.
    if full {
        for (id, c) in &m.customers {
            let hits: Vec<i64> = store.list_customers(&c.token, ListOrder::Name, 10, 0).unwrap().iter().map(|h| h.id.0).collect();
            if c.archived {
                assert!(!hits.contains(id), "archived {id} ({}) is not found", c.token);
            } else {
                assert!(hits.contains(id), "{id} is found by {}: {hits:?}", c.token);
            }
        }
    }
}

#[test]
fn a_few_thousand_mixed_operations_leave_the_file_whole_and_consistent() {
    let ops = std::env::var("FIDELE_SOAK_OPS").ok().and_then(|v| v.parse().ok()).unwrap_or(2_500);
    let seed = std::env::var("FIDELE_SOAK_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(20261123);
    soak(seed, ops, (ops / 5).clamp(250, 5_000));
}
