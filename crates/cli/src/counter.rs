//! `fidele counter find TEXT`, `counter reissue ID`, `sale`, `refund`, `points` and `loyalty`:
//! the counter from the shell, through the same use cases as the app's counter screen.

use chrono::Local;
use clap::{Args, Subcommand};
use fidele_domain::loyalty::{Earning, LoyaltyRules, Reward, STAGE_CODES};
use fidele_domain::{CustomerId, ErrorCode, FieldError, Invalid, MemberNumber, Money};
use fidele_store::Store;
use fidele_usecases::counter::{self, Found, SaleRequest};
use serde::Serialize;

use crate::{Failure, Outcome, json, words};

#[derive(Subcommand)]
pub(crate) enum CounterCommand {
    /// Who a scan or typed text names: a card's number, an offer code, a phone, a name
    Find(FindArgs),
    /// A lost card: stop its number and give the customer a new one
    Reissue(crate::records::IdArg),
}

#[derive(Args)]
pub(crate) struct FindArgs {
    pub text: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct SaleArgs {
    /// The customer's number (#id)
    #[arg(long, conflicts_with = "card", required_unless_present = "card")]
    pub customer: Option<i64>,
    /// The number on their loyalty card
    #[arg(long)]
    pub card: Option<String>,
    /// The amount, as on the receipt ("24,90")
    #[arg(long)]
    pub amount: String,
    #[arg(long, default_value = "")]
    pub category: String,
    /// An offer code from a card, redeemed with this sale
    #[arg(long, default_value = "")]
    pub offer: String,
    /// Accept the offer although it is refused (expired, already used, another customer's); recorded
    #[arg(long)]
    pub accept_anyway: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct RefundArgs {
    /// The sale refunded (its purchase number)
    #[arg(long)]
    pub purchase: i64,
    /// How much of it is refunded ("24,90")
    #[arg(long)]
    pub amount: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct PointsArgs {
    /// The customer's number (#id)
    pub id: i64,
    /// Spend the points of this reward (1 = the cheapest, as `fidele loyalty` lists them)
    #[arg(long, value_name = "N")]
    pub spend_reward: Option<usize>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct LoyaltyArgs {
    /// Sales earn points or stamps from now on
    #[arg(long, conflicts_with = "off")]
    pub on: bool,
    /// Sales no longer earn (balances are kept)
    #[arg(long)]
    pub off: bool,
    /// Points for each whole euro (or baht...) spent
    #[arg(long, value_name = "N", conflicts_with = "stamp_over")]
    pub points_per_unit: Option<u32>,
    /// A stamp for a visit whose sale reaches this amount ("5,00")
    #[arg(long, value_name = "AMOUNT")]
    pub stamp_over: Option<String>,
    /// A reward: COST=AMOUNT (money off) or COST:LABEL (a gift); repeat for several; replaces the list
    #[arg(long, value_name = "REWARD")]
    pub reward: Vec<String>,
    /// Points expire this many months after they were earned (0: never)
    #[arg(long, value_name = "MONTHS")]
    pub expiry_months: Option<u32>,
    /// Double points in the customer's birthday month: yes or no
    #[arg(long, value_parser = ["yes", "no"])]
    pub birthday_double: Option<String>,
    /// Extra percent earned by a ladder stage: STAGE=PERCENT (e.g. supporter=10); repeat
    #[arg(long, value_name = "STAGE=PERCENT")]
    pub stage_bonus: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

fn usage(e: FieldError) -> Failure {
    Failure::from(fidele_store::Error::from(Invalid::one(e)))
}

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

fn now() -> chrono::NaiveDateTime {
    let n = Local::now().naive_local();
    chrono::Timelike::with_nanosecond(&n, 0).unwrap_or(n)
}

#[derive(Serialize)]
struct CustomerRef {
    id: i64,
    name: String,
    member_number: Option<String>,
}

#[derive(Serialize)]
struct OfferOut {
    code: String,
    customer_id: i64,
    owner: String,
    valid_until: String,
    used_at: Option<String>,
    percent: Option<u32>,
    /// Why the counter refuses it: `expired`, `already_used`, `other_customer`; null when good.
    refusal: Option<&'static str>,
}

impl OfferOut {
    fn new(c: &counter::OfferCheck) -> OfferOut {
        OfferOut {
            code: c.offer.code.clone(),
            customer_id: c.offer.customer.0,
            owner: c.owner_name.clone(),
            valid_until: c.valid_until.to_string(),
            used_at: c.used_at.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
            percent: c.offer.percent,
            refusal: c.refusal.map(|r| r.code()),
        }
    }
}

#[derive(Serialize)]
struct FindOut {
    /// `customer`, `offer`, `stopped`, `choices` or `nothing`.
    found: &'static str,
    /// How: `member_number`, `offer`, `phone`, `name`.
    by: Option<&'static str>,
    customer: Option<CustomerRef>,
    offer: Option<OfferOut>,
    /// A stopped card: when it was stopped, and the customer's current number.
    stopped_at: Option<String>,
    current_number: Option<String>,
    choices: Vec<CustomerRef>,
    /// Why nothing: `member_number_check`, `no_such_member_number`, `nothing`.
    reason: Option<&'static str>,
}

fn customer_ref(store: &Store, id: CustomerId) -> Result<CustomerRef, Failure> {
    Ok(CustomerRef { id: id.0, name: store.customer_name(id)?, member_number: store.member_number_of(id)?.map(|n| n.to_string()) })
}

pub(crate) fn run(store: &mut Store, command: CounterCommand) -> Outcome {
    match command {
        CounterCommand::Find(args) => find(store, args),
        CounterCommand::Reissue(args) => {
            let number = counter::members::reissue(store, CustomerId(args.id))?;
            println!("{number}");
            Ok(())
        }
    }
}

fn find(store: &Store, args: FindArgs) -> Outcome {
    let found = counter::find(store, &args.text, today())?;
    let mut out = FindOut { found: "nothing", by: None, customer: None, offer: None, stopped_at: None, current_number: None, choices: Vec::new(), reason: None };
    match &found {
        Found::Customer { customer, by } => {
            out.found = "customer";
            out.by = Some(by.code());
            out.customer = Some(customer_ref(store, *customer)?);
        }
        Found::Offer(check) => {
            out.found = "offer";
            out.by = Some("offer");
            out.customer = Some(customer_ref(store, check.offer.customer)?);
            out.offer = Some(OfferOut::new(check));
        }
        Found::Stopped { was, current, .. } => {
            out.found = "stopped";
            out.by = Some("member_number");
            out.customer = Some(customer_ref(store, was.customer)?);
            out.stopped_at = was.stopped_at.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string());
            out.current_number = current.map(|n| n.to_string());
        }
        Found::Choices { customers, by } => {
            out.found = "choices";
            out.by = Some(by.code());
            out.choices = customers.iter().map(|c| customer_ref(store, c.id)).collect::<Result<_, _>>()?;
        }
        Found::Nothing { reason } => out.reason = Some(reason.code()),
    }
    if args.json {
        return json::print(&out);
    }
    let card = |c: &CustomerRef| c.member_number.clone().unwrap_or_default();
    match (&found, &out.customer) {
        (Found::Customer { .. }, Some(c)) => println!("{} (#{})  {}", c.name, c.id, card(c)),
        (Found::Offer(check), Some(c)) => {
            println!("{} (#{})", c.name, c.id);
            let refusal = match check.refusal {
                Some(r) => words::t(&format!("cli-counter-offer-{}", r.code().replace('_', "-")), &words::args![]),
                None => words::t("cli-counter-offer-good", &words::args!["until" => check.valid_until.to_string()]),
            };
            println!("  {}  {}", check.offer.code, refusal);
        }
        (Found::Stopped { current, .. }, Some(c)) => println!(
            "{}",
            words::t(
                "cli-counter-stopped",
                &words::args!["number" => args.text.trim(), "name" => c.name.as_str(), "id" => c.id, "current" => current.map(|n| n.to_string()).unwrap_or_else(|| "-".into())]
            )
        ),
        (Found::Choices { .. }, _) => {
            for c in &out.choices {
                println!("{} (#{})  {}", c.name, c.id, card(c));
            }
        }
        _ => {
            // Nothing found is an answer, not a failure: a script reads the reason in --json.
            eprintln!("{}", words::t(&format!("cli-counter-nothing-{}", out.reason.unwrap_or("nothing").replace('_', "-")), &words::args!["value" => args.text.trim()]));
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct SaleOut {
    purchase: i64,
    customer: i64,
    amount: String,
    earned: i64,
    expired: i64,
    balance: i64,
    offer: Option<OfferOut>,
}

/// The customer a `--card` number names; a stopped or unknown card, or a misread one, is refused
/// naming the flag.
fn card_customer(store: &Store, typed: &str) -> Result<CustomerId, Failure> {
    let number = MemberNumber::parse(typed).map_err(|_| usage(FieldError::new("card", ErrorCode::MemberNumberCheck).with("value", typed.trim())))?;
    match counter::members::look_up(store, number)? {
        counter::NumberAnswer::Current { customer, .. } => Ok(customer),
        counter::NumberAnswer::Stopped { was, .. } => Err(usage(
            FieldError::new("card", ErrorCode::MemberNumberStopped).with("value", number.to_string()).with("name", store.customer_name(was.customer)?),
        )),
        counter::NumberAnswer::Unknown(_) => Err(usage(FieldError::new("card", ErrorCode::NoSuchMemberNumber).with("value", number.to_string()))),
    }
}

pub(crate) fn sale(store: &mut Store, args: SaleArgs) -> Outcome {
    let customer = match (&args.card, args.customer) {
        (Some(card), _) => card_customer(store, card)?,
        (None, Some(id)) => CustomerId(id),
        (None, None) => return Err(usage(FieldError::new("customer", ErrorCode::Empty))),
    };
    let req = SaleRequest { customer: customer.0, amount: args.amount, category: args.category, offer: args.offer, accept_anyway: args.accept_anyway };
    let done = counter::sale::record(store, &req, now())?;
    let purchase = store.purchase(done.recorded.purchase)?;
    let out = SaleOut {
        purchase: done.recorded.purchase,
        customer: customer.0,
        amount: purchase.draft.amount.to_decimal_string(),
        earned: done.recorded.earned,
        expired: done.recorded.expired,
        balance: done.recorded.balance,
        offer: done.offer.as_ref().map(OfferOut::new),
    };
    if args.json {
        return json::print(&out);
    }
    println!("{}", out.purchase);
    words::say("cli-counter-sale-done", &words::args!["earned" => out.earned, "balance" => out.balance]);
    Ok(())
}

#[derive(Serialize)]
struct RefundOut {
    purchase: i64,
    taken_back: i64,
    balance: i64,
}

pub(crate) fn refund(store: &mut Store, args: RefundArgs) -> Outcome {
    let done = counter::sale::refund(store, args.purchase, &args.amount, now())?;
    let out = RefundOut { purchase: done.purchase, taken_back: done.taken_back, balance: done.balance };
    if args.json {
        return json::print(&out);
    }
    println!("{}", out.purchase);
    words::say("cli-counter-refund-done", &words::args!["taken" => -out.taken_back, "balance" => out.balance]);
    Ok(())
}

#[derive(Serialize)]
struct RewardOut {
    cost: i64,
    /// Money off, as a decimal in the shop's currency; null for a gift.
    value: Option<String>,
    label: String,
}

fn reward_out(r: &Reward, currency: fidele_domain::Currency) -> RewardOut {
    RewardOut { cost: r.cost, value: r.value_minor.map(|v| Money::new(v, currency).to_decimal_string()), label: r.label.clone() }
}

#[derive(Serialize)]
struct EntryOut {
    at: String,
    kind: &'static str,
    points: i64,
    purchase: Option<i64>,
    note: String,
}

#[derive(Serialize)]
struct PointsOut {
    customer: i64,
    name: String,
    member_number: Option<String>,
    /// `points` or `stamps`.
    unit: &'static str,
    balance: i64,
    reward_now: Option<RewardOut>,
    next_reward: Option<RewardOut>,
    /// What the next reward still needs.
    missing: Option<i64>,
    entries: Vec<EntryOut>,
}

pub(crate) fn points(store: &mut Store, args: PointsArgs) -> Outcome {
    let customer = CustomerId(args.id);
    if let Some(n) = args.spend_reward {
        if n == 0 {
            return Err(usage(FieldError::new("spend-reward", ErrorCode::NotInRange).with("value", 0).with("min", 1).with("max", counter::rules::MAX_REWARDS)));
        }
        counter::sale::spend_reward(store, customer, n - 1, now())?;
    }
    let view = counter::view::open(store, customer, today(), None)?.ok_or(fidele_store::Error::NotFound { what: "customer", id: args.id })?;
    let currency = store.shop_profile()?.currency;
    let entries = store.points_entries(customer, u32::MAX)?;
    let out = PointsOut {
        customer: customer.0,
        name: view.name.clone(),
        member_number: view.member_number.map(|n| n.to_string()),
        unit: view.rules.earning.code(),
        balance: view.balance,
        reward_now: view.reward_now.as_ref().map(|r| reward_out(r, currency)),
        next_reward: view.next_reward.as_ref().map(|(r, _)| reward_out(r, currency)),
        missing: view.next_reward.as_ref().map(|(_, m)| *m),
        entries: entries
            .iter()
            .map(|e| EntryOut { at: e.at.format("%Y-%m-%dT%H:%M:%S").to_string(), kind: e.kind.code(), points: e.points, purchase: e.purchase, note: e.note.clone() })
            .collect(),
    };
    if args.json {
        return json::print(&out);
    }
    println!("{} (#{})  {}", out.name, out.customer, out.member_number.as_deref().unwrap_or(""));
    println!("  {}", words::t("cli-counter-balance", &words::args!["unit" => out.unit, "balance" => out.balance]));
    for e in &out.entries {
        println!("    {}  {:<9} {:>6}  {}", &e.at[..10], e.kind, e.points, e.note);
    }
    Ok(())
}

#[derive(Serialize)]
struct LoyaltyOut {
    enabled: bool,
    unit: &'static str,
    points_per_unit: Option<u32>,
    stamp_over: Option<String>,
    rewards: Vec<RewardOut>,
    expiry_months: Option<u32>,
    birthday_double: bool,
    stage_bonus: std::collections::BTreeMap<&'static str, u32>,
}

fn parse_reward(text: &str, currency: fidele_domain::Currency) -> Result<Reward, Failure> {
    let bad = || usage(FieldError::new("reward", ErrorCode::NotOneOf).with("value", text).with("choices", "COST=AMOUNT, COST:LABEL"));
    if let Some((cost, value)) = text.split_once('=') {
        let cost = cost.trim().parse().map_err(|_| bad())?;
        let money = Money::parse(value, currency).map_err(|e| usage(e.refusal().on("reward")))?;
        return Ok(Reward { cost, value_minor: Some(money.minor), label: String::new() });
    }
    let (cost, label) = text.split_once(':').ok_or_else(bad)?;
    Ok(Reward { cost: cost.trim().parse().map_err(|_| bad())?, value_minor: None, label: label.trim().to_owned() })
}

pub(crate) fn loyalty(store: &mut Store, args: LoyaltyArgs) -> Outcome {
    let currency = store.shop_profile()?.currency;
    let mut rules: LoyaltyRules = counter::rules::read(store)?;
    let before = rules.clone();
    if args.on {
        rules.enabled = true;
    }
    if args.off {
        rules.enabled = false;
    }
    if let Some(n) = args.points_per_unit {
        rules.earning = Earning::Points { per_unit: n };
    }
    if let Some(min) = &args.stamp_over {
        let money = Money::parse(min, currency).map_err(|e| usage(e.refusal().on("stamp-over")))?;
        rules.earning = Earning::Stamps { min_minor: money.minor };
    }
    if !args.reward.is_empty() {
        rules.rewards = args.reward.iter().map(|r| parse_reward(r, currency)).collect::<Result<_, _>>()?;
    }
    if let Some(m) = args.expiry_months {
        rules.expiry_months = (m > 0).then_some(m);
    }
    if let Some(b) = &args.birthday_double {
        rules.birthday_double = b == "yes";
    }
    for bonus in &args.stage_bonus {
        let bad = || usage(FieldError::new("stage-bonus", ErrorCode::NotOneOf).with("value", bonus.as_str()).with("choices", STAGE_CODES.join(", ")));
        let (stage, pct) = bonus.split_once('=').ok_or_else(bad)?;
        let i = STAGE_CODES.iter().position(|s| *s == stage.trim()).ok_or_else(bad)?;
        rules.stage_bonus_percent[i] = pct.trim().trim_end_matches('%').parse().map_err(|_| bad())?;
    }
    if rules != before {
        counter::rules::write(store, &rules)?;
        rules = counter::rules::read(store)?;
    }
    let out = LoyaltyOut {
        enabled: rules.enabled,
        unit: rules.earning.code(),
        points_per_unit: match rules.earning {
            Earning::Points { per_unit } => Some(per_unit),
            Earning::Stamps { .. } => None,
        },
        stamp_over: match rules.earning {
            Earning::Stamps { min_minor } => Some(Money::new(min_minor, currency).to_decimal_string()),
            Earning::Points { .. } => None,
        },
        rewards: rules.rewards.iter().map(|r| reward_out(r, currency)).collect(),
        expiry_months: rules.expiry_months,
        birthday_double: rules.birthday_double,
        stage_bonus: STAGE_CODES.iter().copied().zip(rules.stage_bonus_percent).collect(),
    };
    if args.json {
        return json::print(&out);
    }
    // As `fidele settings` prints its keys: the settings' names, values as typed.
    println!("enabled: {}", if out.enabled { "yes" } else { "no" });
    match (&out.points_per_unit, &out.stamp_over) {
        (Some(n), _) => println!("points-per-unit: {n}"),
        (_, Some(min)) => println!("stamp-over: {min}"),
        _ => {}
    }
    for r in &out.rewards {
        match &r.value {
            Some(v) => println!("reward: {}={v}", r.cost),
            None => println!("reward: {}:{}", r.cost, r.label),
        }
    }
    println!("expiry-months: {}", out.expiry_months.unwrap_or(0));
    println!("birthday-double: {}", if out.birthday_double { "yes" } else { "no" });
    for (stage, pct) in out.stage_bonus.iter().filter(|(_, p)| **p > 0) {
        println!("stage-bonus: {stage}={pct}");
    }
    Ok(())
}
