//! `fidele cards ...` and `fidele reminders ...`: card runs and the weekly follow-up sheet as
//! print-ready PDFs.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args};
use fidele_domain::Language;
use fidele_usecases::print::FollowUpReason;
use fidele_store::Store;
use fidele_usecases::cards::{RunKind, pages, run};
use fidele_usecases::{CardPlan, RunRequest, Settings, SettingsMut, follow_up};
use serde::Serialize;

use crate::words::{self, args, say};
use crate::{Failure, Outcome, json};

#[derive(Args)]
#[command(group(ArgGroup::new("which").required(true).args(["month", "birthdays", "anniversaries"])))]
pub(crate) struct CardsArgs {
    /// The month's seasonal cards to every customer who agreed to post: YYYY-MM
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    /// Birthday cards for the birthdays from --from to --to
    #[arg(long, requires_all = ["from", "to"])]
    pub birthdays: bool,
    /// Cards for the anniversary of a customer's first purchase, from --from to --to
    #[arg(long, requires_all = ["from", "to"])]
    pub anniversaries: bool,
    /// First day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Where to write the PDF
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// single: one A6 postcard per page (front, then address side); 4up: four on A4 with crop marks
    #[arg(long, default_value = "single")]
    pub layout: String,
    /// Also write the matching address labels (Avery L7160 on A4, 5160 for a US or Canadian shop)
    #[arg(long, value_name = "FILE")]
    pub labels: Option<PathBuf>,
    /// One card per household, addressed to the family
    #[arg(long)]
    pub households: bool,
    /// Record the run: "card sent" in each customer's timeline (never twice for the same occasion)
    #[arg(long)]
    pub record: bool,
    /// A monthly run's hold-out: this share of each loyalty stage gets no card this time, the
    /// comparison group `fidele campaigns` measures the cards against (0 for none; at most 50)
    #[arg(long, value_name = "PERCENT", default_value_t = fidele_usecases::cards::holdout::DEFAULT_PERCENT)]
    pub holdout: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct CardTextsArgs {
    /// month-01 ... month-12, birthday or anniversary
    pub occasion: String,
    /// fr, en or nl (default: the shop's language); each customer's card is in their language
    #[arg(long)]
    pub language: Option<String>,
    /// The greeting printed on the card's band; "" goes back to the suggested one
    #[arg(long)]
    pub greeting: Option<String>,
    /// The message; "" goes back to the suggested one
    #[arg(long)]
    pub message: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct RemindersArgs {
    /// The ISO week: YYYY-Www, e.g. 2026-W11
    #[arg(long, value_name = "YYYY-Www")]
    pub week: String,
    /// Write the follow-up sheet as a PDF here
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct RunOutput {
    kind: &'static str,
    period: String,
    output: Option<String>,
    labels: Option<String>,
    cards: usize,
    pages: usize,
    /// Customers the cards reach (household members included).
    customers: usize,
    household_members: usize,
    skipped: BTreeMap<&'static str, usize>,
    /// Cards not recorded before this run.
    new_cards: usize,
    /// `ladder`, or `purchase_count` when the ladder could not be computed.
    stages: &'static str,
    /// The hold-out share asked for, in percent, and the customers held out (no card).
    holdout_percent: u32,
    held_out: usize,
    recorded: Option<Recorded>,
}

#[derive(Serialize)]
struct Recorded {
    run: Option<i64>,
    customers: usize,
    cards: usize,
    held_out: usize,
}

pub(crate) fn cards(store: &mut Store, args: CardsArgs) -> Outcome {
    let today = chrono::Local::now().date_naive();
    let layout = fidele_usecases::parse_layout(&args.layout)?;
    let req = match (&args.month, args.birthdays, args.anniversaries) {
        (Some(month), _, _) => RunRequest::monthly(month, args.households, today)?.with_holdout(args.holdout)?,
        (None, birthdays, _) => {
            let kind = if birthdays { RunKind::Birthday } else { RunKind::Anniversary };
            let from = day("from", args.from.as_deref().unwrap_or_default())?;
            let to = day("to", args.to.as_deref().unwrap_or_default())?;
            RunRequest::period(kind, from, to, args.households, today)?
        }
    };
    let plan = fidele_usecases::cards::plan(store, &req)?;
    let pages = pages(plan.cards.len(), layout);
    let written = if plan.cards.is_empty() {
        eprintln!("fidele: {}", words::t("cli-cards-none-untouched", &args!["period" => req.period_code(), "path" => args.output.display().to_string()]));
        None
    } else {
        // Streamed into the file page by page: memory stays flat however many cards.
        run::write(&plan, layout, &args.output, &|| false).map_err(|e| crate::errors::write_failure(&e))?;
        Some(args.output.display().to_string())
    };
    let labels = match &args.labels {
        Some(path) if !plan.cards.is_empty() => {
            let sheet = fidele_usecases::labels::sheet_for(&store.shop_profile()?.country);
            let offset = fidele_usecases::settings::Settings::of(store).printer_offset()?;
            run::write_labels(&plan, sheet, offset, path).map_err(|e| crate::errors::write_failure(&e))?;
            Some(path.display().to_string())
        }
        _ => None,
    };
    let recorded = if args.record && written.is_some() {
        let r = run::record(store, &plan, layout)?;
        Some(Recorded { run: r.run_id, customers: r.customers, cards: r.cards, held_out: r.held_out })
    } else {
        None
    };
    let out = summary(&plan, req.kind.code(), written, labels, pages, recorded);
    if args.json {
        return json::print(&out);
    }
    print_summary(&out);
    Ok(())
}

fn summary(plan: &CardPlan, kind: &'static str, output: Option<String>, labels: Option<String>, pages: usize, recorded: Option<Recorded>) -> RunOutput {
    RunOutput {
        kind,
        period: plan.request.period_code(),
        output,
        labels,
        cards: plan.cards.len(),
        pages,
        customers: plan.cards.iter().map(|c| c.members.len()).sum(),
        household_members: plan.household_members(),
        skipped: plan.skipped_counts(),
        new_cards: plan.new_cards(),
        stages: match plan.stages {
            fidele_usecases::StageSource::Ladder => "ladder",
            fidele_usecases::StageSource::PurchaseCount(_) => "purchase_count",
        },
        recorded,
        holdout_percent: plan.request.holdout_percent,
        held_out: plan.held_out_customers(),
    }
}

fn print_summary(out: &RunOutput) {
    let skipped: usize = out.skipped.values().sum();
    let reasons = out
        .skipped
        .iter()
        .map(|(reason, k)| words::t("cli-cards-skip-reason", &args!["n" => words::n(*k), "reason" => *reason]))
        .collect::<Vec<_>>()
        .join(", ");
    match &out.output {
        Some(path) => say(
            "cli-cards-written",
            &args![
                "path" => path.as_str(),
                "cards" => words::count(out.cards, words::CARD),
                "pages" => words::count(out.pages, words::PAGE),
                "customers" => words::count(out.customers, words::CUSTOMER),
            ],
        ),
        None => say("cli-cards-none", &args!["period" => out.period.as_str()]),
    }
    if out.held_out > 0 {
        say("campaigns-held-out-summary", &args!["n" => words::n(out.held_out), "percent" => out.holdout_percent]);
    }
    if skipped > 0 {
        say("cli-cards-skipped", &args!["n" => words::n(skipped), "reasons" => reasons]);
    }
    if let Some(labels) = &out.labels {
        say("cli-cards-labels", &args!["path" => labels.as_str()]);
    }
    match &out.recorded {
        Some(Recorded { run: Some(run), customers, cards, .. }) => say(
            "cli-cards-recorded",
            &args![
                "run" => *run,
                "cards" => words::count(*cards, words::CARD),
                "customers" => words::count(*customers, words::CUSTOMER),
            ],
        ),
        Some(Recorded { run: None, .. }) => say("cli-cards-nothing-new", &args!["period" => out.period.as_str()]),
        None if out.new_cards > 0 && out.output.is_some() => {
            say("cli-cards-not-recorded", &args!["newCards" => words::count(out.new_cards, words::NEW_CARD)])
        }
        None => {}
    }
}

#[derive(Serialize)]
struct TextsOutput<'a> {
    occasion: &'a str,
    language: &'static str,
    greeting: String,
    message: String,
    /// Whether each is the suggested text (not edited).
    default_greeting: bool,
    default_message: bool,
}

/// `fidele card-texts OCCASION`: shows an occasion's words in one language, and sets them
/// when `--greeting` or `--message` is given (the one not given is kept).
pub(crate) fn card_texts(store: &mut Store, args: CardTextsArgs) -> Outcome {
    let occasion = fidele_usecases::parse_occasion(&args.occasion)?;
    let language = match args.language.as_deref() {
        None => store.shop_profile()?.language,
        Some(code) => Language::from_locale(code.trim()).ok_or_else(|| Failure::Usage(words::t("cli-not-one-of", &args!["field" => "language", "value" => code, "choices" => "fr, nl, en, th"])))?,
    };
    if args.greeting.is_some() || args.message.is_some() {
        let current = Settings::of(store).card_texts(occasion, language)?;
        let greeting = args.greeting.unwrap_or(current.greeting);
        let message = args.message.unwrap_or(current.message);
        SettingsMut::of(store).set_card_texts(occasion, language, &greeting, &message)?;
    }
    let t = Settings::of(store).card_texts(occasion, language)?;
    let out = TextsOutput {
        occasion: &args.occasion,
        language: language.code(),
        default_greeting: t.greeting == t.default_greeting,
        default_message: t.message == t.default_message,
        greeting: t.greeting,
        message: t.message,
    };
    if args.json {
        return json::print(&out);
    }
    println!("{} ({}): {}", out.occasion, out.language, out.greeting);
    println!("{}", out.message);
    Ok(())
}

#[derive(Serialize)]
struct SheetOutput {
    week: String,
    monday: String,
    output: Option<String>,
    entries: usize,
    /// `null` when the drifting customers could be computed; why not otherwise.
    drifting_unavailable: Option<String>,
    groups: BTreeMap<&'static str, Vec<SheetEntry>>,
}

#[derive(Serialize)]
struct SheetEntry {
    customer_id: Option<i64>,
    reminder_id: Option<i64>,
    name: String,
    phone: String,
    date: Option<String>,
    why: String,
}

pub(crate) fn reminders(store: &Store, args: RemindersArgs) -> Outcome {
    let monday = fidele_usecases::parse_iso_week(&args.week)?;
    let follow_up = follow_up::week(store, monday, chrono::Local::now().date_naive())?;
    let shop = store.shop_profile()?;
    let dates = Settings::of(store).dates(shop.language)?;
    let output = match &args.output {
        Some(path) => {
            follow_up::write_sheet(&follow_up.sheet(&shop, &dates), path).map_err(|e| crate::errors::write_failure(&e))?;
            Some(path.display().to_string())
        }
        None => None,
    };
    let mut groups: BTreeMap<&'static str, Vec<SheetEntry>> = BTreeMap::new();
    for item in &follow_up.items {
        groups.entry(reason_code(item.reason)).or_default().push(SheetEntry {
            customer_id: item.customer.map(|c| c.0),
            reminder_id: item.reminder_id(),
            name: item.name.clone(),
            phone: item.phone.clone(),
            date: item.date.map(|d| d.to_string()),
            why: item.why(&dates),
        });
    }
    let out = SheetOutput {
        week: monday.format("%G-W%V").to_string(),
        monday: monday.to_string(),
        output,
        entries: follow_up.items.len(),
        drifting_unavailable: follow_up.drifting.clone().err(),
        groups,
    };
    if args.json {
        return json::print(&out);
    }
    // The sheet and `--json` say why in the shop's language; the terminal in the CLI's.
    let said = Settings::of(store).dates(words::language())?;
    for item in &follow_up.items {
        println!("[{}] {:<28} {:<18} {}", reason_code(item.reason), item.name, item.phone, item.why(&said));
    }
    let week = args![
        "week" => out.week.as_str(),
        "monday" => said.day_month(monday),
        "sunday" => said.day_month(monday + chrono::Days::new(6)),
        "customers" => words::count(out.entries, words::CUSTOMER),
    ];
    match &out.output {
        Some(path) => {
            let mut with_path = week;
            with_path.set("path", path.as_str());
            say("cli-sheet-written", &with_path)
        }
        None => say("cli-sheet-count", &week),
    }
    if let Some(why) = &out.drifting_unavailable {
        eprintln!("fidele: {}", words::t("cli-sheet-drifting-left-out", &args!["why" => why.as_str()]));
    }
    Ok(())
}

pub(crate) fn reason_code(reason: FollowUpReason) -> &'static str {
    match reason {
        FollowUpReason::BirthdayComing => "birthday_coming",
        FollowUpReason::AfterPurchase => "after_purchase",
        FollowUpReason::OpenComplaint => "open_complaint",
        FollowUpReason::DriftingAway => "drifting_away",
        FollowUpReason::NearReward => "near_reward",
        FollowUpReason::Reminder => "reminder",
    }
}

fn day(field: &str, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Failure::Usage(words::t("cli-not-a-date", &args!["field" => field, "value" => text.trim()])))
}
