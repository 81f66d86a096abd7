//! A demo shop to try Fidèle on: a bookshop in Lyon with French, Dutch and English customers,
//! or (`DemoShop::ChiangMai`) a craft shop in Chiang Mai with Thai customers, Thai addresses,
//! Thai phones and prices in baht; households, birthdays, consents, three years of purchases
//! with a realistic skew (most buy once, a few buy often, a few spend a lot), complaints and
//! referrals.
//!
//! The same seed and the same `today` give the same shop, row for row.

mod names;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use fidele_domain::{
    Address, Birthday, Channel, Currency, CustomerDraft, CustomerId, Formality, HouseholdId, InteractionDraft,
    InteractionKind, InteractionStatus, Language, Money, PurchaseDraft, Salutation, ShopProfile,
};
use fidele_store::{Result, Store, bulk};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Beta, Distribution, Gamma, LogNormal, Normal};

use names::{
    CATEGORIES, COMPLAINTS, Culture, DUTCH, ENGLISH, FRENCH, NOTES, PLACES, PREFERENCES, RESOLUTIONS, STREETS, THAI, THAI_CATEGORIES,
    THAI_COMPLAINTS, THAI_NOTES, THAI_PLACES, THAI_PREFERENCES, THAI_RESOLUTIONS, THAI_STREETS,
};

/// What was generated, for the caller to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub customers: usize,
    pub households: usize,
    pub purchases: usize,
    pub interactions: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub customers: usize,
    pub seed: u64,
    /// The demo's last day: purchases fall in the three years before it.
    pub today: NaiveDate,
}

/// Which demo shop: where it is decides its language, its customers, their addresses and
/// phones, what they buy and in which currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DemoShop {
    /// A bookshop in Lyon: French, Dutch and English customers, euros.
    #[default]
    Lyon,
    /// A silk and craft shop in Chiang Mai: Thai customers (and a few English-speaking
    /// visitors), Thai addresses and phones, baht.
    ChiangMai,
}

impl DemoShop {
    /// The demo shop that speaks `language`: screenshots in Thai show Thai customers.
    pub fn for_language(language: Language) -> DemoShop {
        if language == Language::Th { DemoShop::ChiangMai } else { DemoShop::Lyon }
    }

    fn flavour(self) -> &'static Flavour {
        match self {
            DemoShop::Lyon => &LYON,
            DemoShop::ChiangMai => &CHIANG_MAI,
        }
    }
}

/// Everything that differs between the demo shops.
struct Flavour {
    profile: fn() -> ShopProfile,
    /// (culture, weight out of 100)
    cultures: &'static [(&'static Culture, u32)],
    streets: &'static [&'static str],
    /// (postcode, city or province, second address line)
    places: &'static [(&'static str, &'static str, &'static str)],
    country: &'static str,
    /// A building name some addresses have on their second line ("Bâtiment A"), if the
    /// country writes one.
    building: &'static str,
    sources: &'static [&'static str],
    referral_source: &'static str,
    tags: &'static [&'static str],
    preferences: &'static [&'static str],
    notes: &'static [&'static str],
    categories: &'static [(&'static str, u32)],
    complaints: &'static [&'static str],
    resolutions: &'static [&'static str],
    special_order: &'static str,
    advice: &'static str,
    call: &'static str,
    consent_given: &'static str,
    consent_withdrawn: &'static str,
    /// Baskets are drawn in euros; a price in the shop's currency is this many times it,
    /// rounded to `price_step` minor units.
    currency: &'static str,
    price_factor: f64,
    price_step: i64,
}

const LYON: Flavour = Flavour {
    profile: || ShopProfile {
        name: "Librairie Les Mots Bleus".into(),
        address_line1: "12 rue Mercière".into(),
        postal_code: "69002".into(),
        city: "Lyon".into(),
        country: "FR".into(),
        language: Language::Fr,
        currency: Currency::EUR,
        phone: "04 78 42 00 00".into(),
        email: "bonjour@motsbleus.fr".into(),
        signature: "Camille et toute l'équipe des Mots Bleus".into(),
        margin_rate_permille: 330,
        ..ShopProfile::default()
    },
    cultures: &[(&FRENCH, 65), (&DUTCH, 22), (&ENGLISH, 13)],
    streets: STREETS,
    places: PLACES,
    country: "FR",
    building: "Bâtiment",
    sources: &["en boutique", "salon du livre", "site web", "bouche à oreille"],
    referral_source: "parrainage",
    tags: &["club de lecture", "dédicaces", "jeunesse", "collectionneur"],
    preferences: PREFERENCES,
    notes: NOTES,
    categories: CATEGORIES,
    complaints: COMPLAINTS,
    resolutions: RESOLUTIONS,
    special_order: "Commande spéciale d'un livre épuisé",
    advice: "Conseils pour un cadeau",
    call: "Appel : disponibilité d'un titre",
    consent_given: "en boutique",
    consent_withdrawn: "par e-mail",
    currency: "EUR",
    price_factor: 1.0,
    price_step: 0,
};

const CHIANG_MAI: Flavour = Flavour {
    profile: || ShopProfile {
        name: "ร้านผ้าไหมใบเตย".into(),
        address_line1: "45 ถนนนิมมานเหมินท์".into(),
        address_line2: "ตำบลสุเทพ อำเภอเมืองเชียงใหม่".into(),
        postal_code: "50200".into(),
        city: "เชียงใหม่".into(),
        country: "TH".into(),
        language: Language::Th,
        currency: Currency::parse("THB").expect("the baht is a currency"),
        phone: "053 221 456".into(),
        email: "hello@baitoeysilk.co.th".into(),
        signature: "ทีมงานร้านผ้าไหมใบเตย".into(),
        margin_rate_permille: 380,
        ..ShopProfile::default()
    },
    cultures: &[(&THAI, 88), (&ENGLISH, 12)],
    streets: THAI_STREETS,
    places: THAI_PLACES,
    country: "TH",
    building: "",
    sources: &["ที่ร้าน", "เฟซบุ๊ก", "ไลน์", "งานแสดงสินค้า", "เพื่อนแนะนำ"],
    referral_source: "ลูกค้าแนะนำ",
    tags: &["ลูกค้าประจำ", "ขายส่ง", "นักท่องเที่ยว", "ของขวัญองค์กร"],
    preferences: THAI_PREFERENCES,
    notes: THAI_NOTES,
    categories: THAI_CATEGORIES,
    complaints: THAI_COMPLAINTS,
    resolutions: THAI_RESOLUTIONS,
    special_order: "สั่งทอผ้าไหมลายพิเศษ",
    advice: "ขอคำแนะนำเลือกของขวัญ",
    call: "โทรถามว่ามีสินค้าหรือไม่",
    consent_given: "ที่ร้าน",
    consent_withdrawn: "ทางอีเมล",
    currency: "THB",
    price_factor: 38.0,
    price_step: 1_000,
};

/// Fills `store` with the Lyon demo shop, in one transaction, and sets the shop's profile.
pub fn generate(store: &mut Store, options: DemoOptions) -> Result<DemoSummary> {
    generate_shop(store, options, DemoShop::Lyon)
}

/// Fills `store` with `shop`, in one transaction, and sets the shop's profile.
pub fn generate_shop(store: &mut Store, options: DemoOptions, shop: DemoShop) -> Result<DemoSummary> {
    let f = shop.flavour();
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let people = people(&mut rng, options, f);
    store.set_shop_profile(&(f.profile)())?;
    store.write(|tx| {
        let mut summary = DemoSummary { customers: 0, households: 0, purchases: 0, interactions: 0 };
        let mut ids: Vec<CustomerId> = Vec::with_capacity(people.len());
        let mut household_of: Vec<Option<HouseholdId>> = Vec::with_capacity(people.len());
        for person in &people {
            let mut draft = person.draft.clone();
            if let Some(partner) = person.partner_of {
                // Partners share the household of the person they live with, created on demand.
                let household = match household_of[partner] {
                    Some(h) => h,
                    None => {
                        let h = bulk::insert_household(tx, &household_name(&people[partner]), person.created)?;
                        summary.households += 1;
                        household_of[partner] = Some(h);
                        tx.execute("UPDATE customers SET household_id = ?1 WHERE id = ?2", (h.0, ids[partner].0))?;
                        h
                    }
                };
                draft.household = Some(household);
            }
            draft.referred_by = person.referred_by.map(|i| ids[i]);
            let id = bulk::insert_customer(tx, &draft, person.created)?;
            ids.push(id);
            household_of.push(draft.household);
            for &(channel, granted, at) in &person.consents {
                bulk::insert_consent(tx, id, channel, granted, at, if granted { f.consent_given } else { f.consent_withdrawn })?;
            }
            for p in &person.purchases {
                bulk::insert_purchase(tx, &PurchaseDraft { customer: Some(id), ..p.clone() }, p.at)?;
                summary.purchases += 1;
            }
            for i in &person.interactions {
                bulk::insert_interaction(tx, &InteractionDraft { customer: id, ..i.clone() }, i.at)?;
                summary.interactions += 1;
            }
            summary.customers += 1;
        }
        bulk::refresh_purchase_totals(tx)?;
        Ok(summary)
    })
}

struct Person {
    draft: CustomerDraft,
    created: NaiveDateTime,
    partner_of: Option<usize>,
    referred_by: Option<usize>,
    consents: Vec<(Channel, bool, NaiveDateTime)>,
    purchases: Vec<PurchaseDraft>,
    interactions: Vec<InteractionDraft>,
}

fn household_name(p: &Person) -> String {
    let last = &p.draft.last_name;
    match p.draft.language {
        Some(Language::Nl) => format!("Familie {last}"),
        Some(Language::En) => format!("The {last} family"),
        Some(Language::Th) => format!("ครอบครัว{last}"),
        _ => format!("Famille {last}"),
    }
}

/// Everybody, in the order they became customers (so referrers come before those they brought).
fn people(rng: &mut ChaCha8Rng, o: DemoOptions, f: &Flavour) -> Vec<Person> {
    let start = o.today - Days::new(3 * 365);
    let span_days = (o.today - start).num_days();
    let mut firsts: Vec<i64> = (0..o.customers).map(|_| rng.random_range(0..span_days)).collect();
    firsts.sort_unstable();
    let mut people: Vec<Person> = Vec::with_capacity(o.customers);
    for (i, offset) in firsts.into_iter().enumerate() {
        let created = at_shop_hours(rng, start + Days::new(offset as u64));
        // One in seven lives with someone already in the file: same name and address.
        let partner = (i > 10 && rng.random_bool(0.14)).then(|| rng.random_range(0..i)).filter(|&p| people[p].partner_of.is_none());
        let person = match partner {
            Some(p) => partner_of(rng, &people[p], p, created, f),
            None => stranger(rng, created, f),
        };
        let mut person = person;
        if i > 20 && person.partner_of.is_none() && rng.random_bool(0.08) {
            person.referred_by = Some(rng.random_range(0..i));
            person.draft.source = f.referral_source.into();
        }
        person.purchases = purchases(rng, created, o.today, f);
        person.interactions = interactions(rng, &person.purchases, o.today, f);
        person.consents = consents(rng, &person.draft, created, o.today);
        people.push(person);
    }
    people
}

fn culture(rng: &mut ChaCha8Rng, f: &Flavour) -> &'static Culture {
    let mut roll = rng.random_range(0..100);
    for (culture, weight) in f.cultures {
        if roll < *weight {
            return culture;
        }
        roll -= weight;
    }
    f.cultures[0].0
}

fn stranger(rng: &mut ChaCha8Rng, created: NaiveDateTime, f: &Flavour) -> Person {
    let c = culture(rng, f);
    let female = rng.random_bool(0.55);
    let first = *(if female { c.female } else { c.male }).choose(rng).expect("names");
    let last = *c.last.choose(rng).expect("names");
    let (postal_code, city, area) = *f.places.choose(rng).expect("places");
    let address = if rng.random_bool(0.88) {
        // Drawn in this order so the same seed still gives the same Lyon shop.
        let line1 = format!("{} {}", rng.random_range(1..180), f.streets.choose(rng).expect("streets"));
        let building = !f.building.is_empty() && rng.random_bool(0.1);
        Address {
            line1,
            line2: if building { format!("{} {}", f.building, ["A", "B", "C"].choose(rng).expect("x")) } else { area.to_owned() },
            postal_code: postal_code.into(),
            city: city.into(),
            country: f.country.into(),
        }
    } else {
        Address { city: city.into(), ..Address::default() }
    };
    // Miss for some young women in English and Thai (นางสาว); Thai cards say คุณ and the first name.
    let miss = female && matches!(c.language, Language::En | Language::Th) && rng.random_bool(0.4);
    let mut draft = CustomerDraft {
        salutation: Some(if female { if miss { Salutation::Ms } else { Salutation::Mrs } } else { Salutation::Mr }),
        formality: match c.language {
            Language::Th => Formality::FirstName,
            Language::Fr if rng.random_bool(0.8) => Formality::Formal,
            _ if rng.random_bool(0.5) => Formality::FirstName,
            _ => Formality::Formal,
        },
        first_name: first.into(),
        last_name: last.into(),
        address,
        language: Some(c.language),
        source: f.sources.choose(rng).expect("x").to_string(),
        ..CustomerDraft::default()
    };
    if rng.random_bool(0.75) {
        draft.emails.push(email(rng, c, first, last));
    }
    if rng.random_bool(0.8) {
        draft.phones.push(phone(rng, c.language));
    }
    if rng.random_bool(0.7) {
        let year = rng.random_bool(0.6).then(|| created.year() - rng.random_range(18..85));
        let month = rng.random_range(1..=12);
        let leap_day = u32::from(rng.random_bool(0.02));
        let day = rng.random_range(1..=28 + u32::from(month != 2) * 2 + leap_day);
        draft.birthday = Birthday::new(year, month, day).ok().or_else(|| Birthday::new(year, month, 28).ok());
    }
    if rng.random_bool(0.25) {
        draft.preferences = f.preferences.choose(rng).expect("x").to_string();
    }
    if rng.random_bool(0.1) {
        draft.notes = f.notes.choose(rng).expect("x").to_string();
    }
    if rng.random_bool(0.2) {
        draft.tags.push(f.tags.choose(rng).expect("x").to_string());
    }
    Person { draft, created, partner_of: None, referred_by: None, consents: Vec::new(), purchases: Vec::new(), interactions: Vec::new() }
}

/// "helene.duboeuf42@orange.fr": folded name parts joined by a dot.
fn email(rng: &mut ChaCha8Rng, c: &Culture, first: &str, last: &str) -> String {
    let part = |s: &str| fidele_domain::text::fold(s).replace(' ', "");
    let n = rng.random_range(1..99);
    format!("{}.{}{n}@{}", part(first), part(last), c.email_domains.choose(rng).expect("domains"))
}

fn partner_of(rng: &mut ChaCha8Rng, other: &Person, index: usize, created: NaiveDateTime, f: &Flavour) -> Person {
    let mut p = stranger(rng, created, f);
    let c = match other.draft.language {
        Some(Language::Nl) => &DUTCH,
        Some(Language::En) => &ENGLISH,
        Some(Language::Th) => &THAI,
        _ => &FRENCH,
    };
    let female = other.draft.salutation == Some(Salutation::Mr);
    p.draft.first_name = (*(if female { c.female } else { c.male }).choose(rng).expect("names")).into();
    p.draft.salutation = Some(if female { Salutation::Mrs } else { Salutation::Mr });
    p.draft.last_name = other.draft.last_name.clone();
    p.draft.address = other.draft.address.clone();
    p.draft.language = other.draft.language;
    // A Thai household speaks Thai: its cards say คุณ and the first name, its phones are Thai.
    // (Only for Thai, so the same seed still gives the same Lyon shop.)
    if c.language == Language::Th {
        p.draft.formality = Formality::FirstName;
        p.draft.phones = p.draft.phones.iter().map(|_| phone(rng, Language::Th)).collect();
    }
    if !p.draft.emails.is_empty() {
        p.draft.emails = vec![email(rng, c, &p.draft.first_name, &p.draft.last_name)];
    }
    p.partner_of = Some(index);
    p
}

fn phone(rng: &mut ChaCha8Rng, language: Language) -> String {
    fn d(rng: &mut ChaCha8Rng, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect()
    }
    match language {
        Language::Fr => {
            let lead = ["06", "07", "04"].choose(rng).expect("x");
            let rest = d(rng, 8);
            format!("{lead} {} {} {} {}", &rest[0..2], &rest[2..4], &rest[4..6], &rest[6..8])
        }
        Language::Nl if rng.random_bool(0.5) => format!("06-{}", d(rng, 8)),
        Language::Nl => {
            let (a, b, c, e) = (d(rng, 1), d(rng, 2), d(rng, 2), d(rng, 2));
            format!("+32 47{a} {b} {c} {e}")
        }
        Language::En => format!("+44 7700 {}", d(rng, 6)),
        // Thai mobiles (06, 08, 09) as Thais write them, some with the country code.
        Language::Th if rng.random_bool(0.2) => format!("+66 {} {} {}", ["81", "89", "62", "95"].choose(rng).expect("x"), d(rng, 3), d(rng, 4)),
        Language::Th => format!("0{}{}-{}-{}", ["8", "9", "6"].choose(rng).expect("x"), d(rng, 1), d(rng, 3), d(rng, 4)),
    }
}

fn at_shop_hours(rng: &mut ChaCha8Rng, day: NaiveDate) -> NaiveDateTime {
    let minutes = rng.random_range(10 * 60..19 * 60);
    day.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).expect("shop hours"))
}

/// Purchases drawn from a BG/NBD-like process: each customer has their own buying rate and
/// their own chance of drifting away after each visit, so most buy once and a few often.
fn purchases(rng: &mut ChaCha8Rng, first: NaiveDateTime, today: NaiveDate, f: &Flavour) -> Vec<PurchaseDraft> {
    let currency = Currency::parse(f.currency).expect("a currency code");
    if rng.random_bool(0.08) {
        return Vec::new(); // a prospect: known, not yet a buyer
    }
    let rate_per_year: f64 = Gamma::new(0.55, 5.0).expect("valid").sample(rng);
    let dropout: f64 = Beta::new(0.7, 2.5).expect("valid").sample(rng);
    let big_spender = rng.random_bool(0.05);
    // Each customer has their own typical basket: some buy a paperback, some a coffee-table book.
    let typical: f64 = Normal::new(2.8, 0.55).expect("valid").sample(rng);
    let basket = LogNormal::new(if big_spender { 4.9 } else { typical }, 0.6).expect("valid");
    let mut out = Vec::new();
    let mut when = first;
    loop {
        let euros: f64 = Distribution::<f64>::sample(&basket, rng).clamp(2.0, 2_000.0);
        // Shop prices end in ,90 or ,50 or ,00 (in baht, in tens).
        let cents = if f.price_step > 0 {
            ((euros * f.price_factor * 100.0) as i64 / f.price_step).max(1) * f.price_step
        } else {
            (euros.floor() as i64) * 100 + [90, 50, 0].choose(rng).copied().unwrap_or(0)
        };
        let category = f.categories.choose_weighted(rng, |c| c.1).expect("weights").0;
        let margin_known = rng.random_bool(0.3);
        out.push(PurchaseDraft {
            customer: None,
            at: when,
            amount: Money::new(cents, currency),
            margin: margin_known.then(|| Money::new(cents * 33 / 100, currency)),
            category: category.into(),
            item_count: Some(rng.random_range(1..4)),
            ticket_ref: format!("T{}-{:05}", when.format("%y%m%d"), rng.random_range(0..100_000)),
            offer_code: String::new(),
            refund_of: None,
            note: String::new(),
        });
        if rng.random_bool(dropout.clamp(0.02, 0.98)) {
            break;
        }
        let gap_days = (-rng.random::<f64>().max(1e-9).ln() / rate_per_year.max(0.05) * 365.0).ceil() as u64;
        let next = when.date() + Days::new(gap_days.max(1));
        if next > today {
            break;
        }
        when = at_shop_hours(rng, next);
    }
    out
}

fn interactions(rng: &mut ChaCha8Rng, purchases: &[PurchaseDraft], today: NaiveDate, f: &Flavour) -> Vec<InteractionDraft> {
    let mut out = Vec::new();
    for p in purchases {
        let roll = rng.random_range(0..1000);
        let (kind, summary) = match roll {
            0..25 => (InteractionKind::Complaint, *f.complaints.choose(rng).expect("x")),
            25..45 => (InteractionKind::ServiceRequest, f.special_order),
            45..75 => (InteractionKind::Consultation, f.advice),
            75..90 => (InteractionKind::Call, f.call),
            _ => continue,
        };
        let at = p.at + chrono::Duration::days(rng.random_range(0..10));
        if at.date() > today {
            continue;
        }
        let old = (today - at.date()).num_days() > 45;
        // Most old complaints were dealt with; a few linger, as in any shop.
        let resolved = kind != InteractionKind::Call && old && rng.random_bool(0.96);
        let status = match kind {
            InteractionKind::Call | InteractionKind::Consultation => InteractionStatus::Resolved,
            _ if resolved => InteractionStatus::Resolved,
            _ if rng.random_bool(0.3) => InteractionStatus::InProgress,
            _ => InteractionStatus::Open,
        };
        out.push(InteractionDraft {
            customer: CustomerId(0),
            kind,
            status,
            at,
            summary: summary.into(),
            details: String::new(),
            due: kind.needs_follow_up().then(|| at.date() + Days::new(7)),
            resolution: if status == InteractionStatus::Resolved && kind.needs_follow_up() {
                f.resolutions.choose(rng).expect("x").to_string()
            } else {
                String::new()
            },
        });
    }
    out
}

fn consents(rng: &mut ChaCha8Rng, d: &CustomerDraft, created: NaiveDateTime, today: NaiveDate) -> Vec<(Channel, bool, NaiveDateTime)> {
    let mut out = Vec::new();
    if d.address.is_usable() && rng.random_bool(0.75) {
        out.push((Channel::Post, true, created));
    }
    if !d.emails.is_empty() && rng.random_bool(0.6) {
        out.push((Channel::Email, true, created));
        if rng.random_bool(0.08) {
            let later = created.date() + Days::new(rng.random_range(1..400));
            if later <= today {
                out.push((Channel::Email, false, later.and_time(created.time())));
            }
        }
    }
    if !d.phones.is_empty() && rng.random_bool(0.3) {
        out.push((Channel::Phone, true, created));
    }
    if !d.phones.is_empty() && rng.random_bool(0.2) {
        out.push((Channel::Sms, true, created));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_store::ListOrder;

    fn options(seed: u64) -> DemoOptions {
        DemoOptions { customers: 300, seed, today: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap() }
    }

    fn shop(seed: u64) -> (Store, DemoSummary) {
        let mut store = Store::open_in_memory().unwrap();
        let summary = generate(&mut store, options(seed)).unwrap();
        (store, summary)
    }

    #[test]
    fn same_seed_same_shop() {
        let (a, sa) = shop(7);
        let (b, sb) = shop(7);
        assert_eq!(sa, sb);
        let list = |s: &Store| s.list_customers("", ListOrder::Name, 400, 0).unwrap();
        assert_eq!(list(&a), list(&b));
        let (c, _) = shop(8);
        assert_ne!(list(&a), list(&c));
    }

    #[test]
    fn the_chiang_mai_shop_is_thai_through_and_through() {
        let mut store = Store::open_in_memory().unwrap();
        let s = generate_shop(&mut store, options(3), DemoShop::ChiangMai).unwrap();
        assert_eq!(s.customers, 300);
        let shop = store.shop_profile().unwrap();
        assert_eq!((shop.language, shop.country.as_str(), shop.currency.code()), (Language::Th, "TH", "THB"));
        let thai = |t: &str| t.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
        let customers: Vec<_> = (1..=300).map(|i| store.customer(CustomerId(i)).unwrap().draft).collect();
        let in_thai = customers.iter().filter(|d| d.language == Some(Language::Th)).count();
        assert!(in_thai > 220 && in_thai < 300, "mostly Thai, a few visitors: {in_thai}");
        for d in customers.iter().filter(|d| d.language == Some(Language::Th)) {
            assert!(thai(&d.first_name) && thai(&d.last_name), "{d:?}");
            assert_eq!(d.formality, Formality::FirstName, "คุณ and the first name");
            for p in &d.phones {
                let read = fidele_domain::phone::parse(p, "TH").unwrap_or_else(|e| panic!("{p}: {e}"));
                assert!(read.e164.starts_with("+66") && ["06", "08", "09"].iter().any(|m| read.national.starts_with(m)), "{p}: a Thai mobile");
            }
        }
        let addressed: Vec<_> = customers.iter().filter(|d| d.address.is_usable()).collect();
        assert!(addressed.len() > 200);
        for d in addressed {
            let a = &d.address;
            assert!(a.country == "TH" && a.postal_code.len() == 5 && a.postal_code.chars().all(|c| c.is_ascii_digit()), "{a:?}");
            assert!(thai(&a.city) && (a.line2.starts_with("ตำบล") || a.line2.starts_with("แขวง")), "{a:?}");
            assert_eq!(a.line2.starts_with("แขวง"), a.city == "กรุงเทพมหานคร", "Bangkok's แขวง, the provinces' ตำบล: {a:?}");
        }
        let list = store.list_customers("", ListOrder::Name, 400, 0).unwrap();
        let spent: i64 = list.iter().map(|c| c.total_minor).sum();
        let baskets: i64 = list.iter().map(|c| c.purchase_count).sum();
        let average_baht = spent / baskets / 100;
        assert!((300..3_000).contains(&average_baht), "a basket in baht, not in euros: ฿{average_baht}");
        assert!(list.iter().all(|c| c.total_minor % 1_000 == 0), "prices in tens of baht");
        assert!(store.check_integrity().unwrap().is_empty());
    }

    #[test]
    fn the_shop_looks_real() {
        let (store, s) = shop(1);
        assert_eq!(s.customers, 300);
        assert!(s.households >= 10, "{s:?}");
        assert!(s.interactions > 0, "{s:?}");
        let all = store.list_customers("", ListOrder::Name, 400, 0).unwrap();
        let buyers: Vec<_> = all.iter().filter(|c| c.purchase_count > 0).collect();
        let once = buyers.iter().filter(|c| c.purchase_count == 1).count();
        let often = buyers.iter().filter(|c| c.purchase_count >= 5).count();
        assert!(once * 3 > buyers.len(), "most buy once or twice: {once} of {}", buyers.len());
        assert!(often > 5, "a few buy often: {often}");
        assert!(all.iter().any(|c| c.name.chars().any(|ch| "éèëïœç".contains(ch))), "accents");
        assert!(store.check_integrity().unwrap().is_empty());
        let referred = (1..=300).filter(|&i| store.customer(CustomerId(i)).unwrap().draft.referred_by.is_some()).count();
        assert!(referred > 5, "referrals: {referred}");
    }
}
