//! `fidele customers ...`

use fidele_domain::{Address, Birthday, Channel, CustomerDraft, CustomerId, Formality, Invalid, Language, Salutation};
use fidele_store::{CustomerList, ListOrder, Store};

use crate::args::{AddArgs, ListArgs, ShowArgs};
use crate::{Failure, Outcome, json, pages};

pub(crate) fn list(store: &Store, args: ListArgs) -> Outcome {
    let search = args.search.unwrap_or_default();
    let currency = store.shop_profile()?.currency;
    let fetch = |offset, limit| -> Result<_, Failure> {
        let CustomerList { rows, total } = store.search_customers(&search, ListOrder::Name, limit, offset)?;
        Ok((rows, total.max(0) as u64))
    };
    let line = |r: &fidele_domain::CustomerSummary| {
        println!(
            "{:>7}  {:<32}  {:<20}  {:<30}  {}",
            r.id.0,
            r.name,
            r.city,
            r.email.as_deref().unwrap_or(""),
            r.phone.as_deref().unwrap_or("")
        )
    };
    pages::print("customers", args.page, args.json, fetch, |r| json::CustomerRow::new(r, currency), line)
}

pub(crate) fn show(store: &Store, args: ShowArgs) -> Outcome {
    let page = store.customer_page(CustomerId(args.id), 1000)?;
    let currency = store.shop_profile()?.currency;
    if args.json {
        let outlook = crate::analyze::outlook(store, page.customer.id)?;
        return json::print(&json::CustomerDetail::new(&page, currency, outlook));
    }
    let c = &page.customer;
    let d = &c.draft;
    println!("{} (#{})", c.display_name(), c.id.0);
    let line = |label: &str, value: &str| {
        if !value.is_empty() {
            println!("  {:<12} {value}", crate::words::text(&format!("cli-show-{label}")));
        }
    };
    line("member-number", &page.member_number.map(|n| n.to_string()).unwrap_or_default());
    line("company", &d.company);
    line("email", &d.emails.join(", "));
    // Numbers as dialled in the shop's country ("06 12 34 56 78"), foreign ones with their code.
    let shop_country = store.shop_profile()?.country;
    let region = fidele_domain::phone::region_for(&d.address.country, &shop_country);
    line("phone", &d.phones.iter().map(|p| fidele_domain::phone::display(p, &region)).collect::<Vec<_>>().join(", "));
    // In the order the post of its country reads it: "เชียงใหม่ 50200" in Thailand, "69001 Lyon" in France.
    line("address", &fidele_interchange::postal_lines(&d.address, &shop_country).join(", "));
    line("birthday", &d.birthday.map(|b| b.to_string()).unwrap_or_default());
    line("household", c.household_name.as_deref().unwrap_or(""));
    line("referred-by", c.referred_by_name.as_deref().unwrap_or(""));
    line("consents", &fidele_domain::consent::current_consents(&c.consents).iter().map(|c| c.code()).collect::<Vec<_>>().join(", "));
    line("tags", &d.tags.join(", "));
    line("preferences", &d.preferences);
    line("notes", &d.notes);
    println!(
        "  {:<12} {}",
        crate::words::text("cli-show-purchases"),
        crate::words::t(
            "cli-show-purchases-total",
            &crate::words::args![
                "purchases" => crate::words::count(page.purchase_count, crate::words::PURCHASE),
                "total" => fidele_domain::Money::new(page.total_minor, currency).to_string(),
            ]
        )
    );
    for p in &page.purchases {
        println!("    {}  {:>10}  {}", p.draft.at.format("%Y-%m-%d %H:%M"), p.draft.amount.to_decimal_string(), p.draft.category);
    }
    for i in &page.interactions {
        println!("    {}  {:<16} {:<12} {}", i.draft.at.format("%Y-%m-%d"), i.draft.kind.code(), i.draft.status.code(), i.draft.summary);
    }
    Ok(())
}

pub(crate) fn add(store: &mut Store, a: AddArgs) -> Outcome {
    let mut invalid = Invalid::default();
    let salutation = match a.salutation.as_deref() {
        Some(s) => Salutation::parse(s).or_else(|| {
            invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", s).with("choices", "mrs, ms, mr, mx").on("salutation"));
            None
        }),
        None => None,
    };
    let birthday = match a.birthday.as_deref() {
        Some(b) => Birthday::parse(b).map_err(|why| invalid.push(why.on("birthday"))).ok(),
        None => None,
    };
    let language = match a.language.as_deref() {
        Some(l) => Language::from_locale(l).or_else(|| {
            invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", l).with("choices", "fr, nl, en, th").on("language"));
            None
        }),
        None => None,
    };
    let mut consents = Vec::new();
    for c in &a.consent {
        match Channel::parse(c) {
            Some(ch) => consents.push((ch, true)),
            None => invalid.push(fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotOneOf).with("value", c).with("choices", "post, email, phone, sms").on("consent")),
        }
    }
    let draft = CustomerDraft {
        salutation,
        formality: if a.first_name_terms { Formality::FirstName } else { Formality::Formal },
        first_name: a.first_name.unwrap_or_default(),
        last_name: a.last_name.unwrap_or_default(),
        company: a.company.unwrap_or_default(),
        emails: a.email,
        phones: a.phone,
        address: Address {
            line1: a.address_line.unwrap_or_default(),
            line2: a.address_line2.unwrap_or_default(),
            postal_code: a.postal_code.unwrap_or_default(),
            city: a.city.unwrap_or_default(),
            country: a.country.unwrap_or_default(),
        },
        birthday,
        household: None,
        referred_by: a.referred_by.map(CustomerId),
        language,
        preferences: a.preferences.unwrap_or_default(),
        notes: a.notes.unwrap_or_default(),
        tags: a.tag,
        source: a.source.unwrap_or_else(|| "fidele cli".into()),
    };
    // Report the flags' own problems together with the draft's, in one message.
    if let Err(more) = draft.clone().normalized().validate() {
        invalid.errors.extend(more.errors);
    }
    if !invalid.is_empty() {
        return Err(fidele_store::Error::Invalid(invalid).into());
    }
    let id = store.add_customer(draft, &consents, "fidele cli")?;
    println!("{}", id.0);
    Ok(())
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Other(crate::words::t("cli-could-not-write-output", &crate::words::args!["error" => e.to_string()]))
    }
}
