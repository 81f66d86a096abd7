//! `fidele loyalty-cards`: the customers' loyalty cards on a sheet of business cards or one a
//! page; `fidele calibration-page`: the printed page that measures the printer's offset (set
//! with `fidele settings --printer-offset-x/-y`), which moves the cards and the labels.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use fidele_domain::CustomerId;
use fidele_store::Store;
use fidele_usecases::loyalty_cards::{self, LoyaltyCardRequest, Selection};
use fidele_usecases::print::CardSheet;
use serde::Serialize;

use crate::words::{self, args, say};
use crate::{Failure, Outcome, json};

#[derive(Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["customers", "new_since"]))]
pub(crate) struct LoyaltyCardsArgs {
    /// The PDF to write
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// c32011 (Avery C32011, A4, 10 cards), 5371 (Avery 5371/8371, Letter, 10 cards) or single
    /// (one card a page, for a card printer) [default: 5371 for a shop in the US or Canada, else c32011]
    #[arg(long, value_name = "LAYOUT")]
    pub layout: Option<String>,
    /// The customers, by number, comma-separated (e.g. 12,40,41), in the order printed
    #[arg(long, value_name = "IDS")]
    pub customers: Option<String>,
    /// Everyone added on or after this day (YYYY-MM-DD), in name order
    #[arg(long, value_name = "DATE")]
    pub new_since: Option<String>,
    /// Each card shows its customer's stage on the loyalty ladder, in the stage's colour
    #[arg(long)]
    pub stage_colour: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct LoyaltyOutput {
    /// `null` when nobody was selected: no file is written then.
    output: Option<String>,
    layout: &'static str,
    cards: usize,
    pages: usize,
    customers: Vec<i64>,
}

pub(crate) fn loyalty_cards(store: &Store, args: LoyaltyCardsArgs) -> Outcome {
    let sheet = match args.layout.as_deref() {
        Some(code) => CardSheet::parse(code).ok_or_else(|| {
            Failure::Usage(words::t("cli-not-one-of", &args!["field" => "layout", "value" => code, "choices" => "c32011, 5371, single"]))
        })?,
        None => loyalty_cards::sheet_for(&store.shop_profile()?.country),
    };
    let selection = match (&args.customers, &args.new_since) {
        (Some(ids), _) => Selection::Customers(customer_ids(ids)?),
        (None, Some(day)) => Selection::NewSince(
            NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d")
                .map_err(|_| Failure::Usage(words::t("cli-not-a-date", &args!["field" => "new-since", "value" => day.trim()])))?,
        ),
        (None, None) => unreachable!("clap requires one"),
    };
    let request = LoyaltyCardRequest { selection, sheet, stage_colour: args.stage_colour };
    let printed = loyalty_cards::render(store, &request, chrono::Local::now().date_naive()).map_err(|e| draw_failure(&args.output, e))?;
    let written = !printed.customers.is_empty();
    if written {
        write_pdf(&args.output, &printed.pdf)?;
    }
    let out = LoyaltyOutput {
        output: written.then(|| args.output.display().to_string()),
        layout: sheet.code(),
        cards: printed.customers.len(),
        pages: printed.pages,
        customers: printed.customers.iter().map(|c| c.0).collect(),
    };
    if args.json {
        return json::print(&out);
    }
    if written {
        say(
            "cli-loyalty-written",
            &args![
                "path" => args.output.display().to_string(),
                "cards" => words::count(out.cards, words::CARD),
                "pages" => words::count(out.pages, words::PAGE),
                "layout" => sheet.code(),
            ],
        );
    } else {
        eprintln!("fidele: {}", words::t("cli-loyalty-nobody", &args!["path" => args.output.display().to_string()]));
    }
    Ok(())
}

/// `12,40, 41`: customer numbers; the first that is not one is named.
fn customer_ids(text: &str) -> Result<Vec<CustomerId>, Failure> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .map(CustomerId)
                .ok_or_else(|| Failure::Usage(words::t("cli-loyalty-not-an-id", &args!["field" => "customers", "value" => t])))
        })
        .collect()
}

#[derive(Args)]
pub(crate) struct CalibrationArgs {
    /// The PDF to write
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

pub(crate) fn calibration_page(store: &Store, args: CalibrationArgs) -> Outcome {
    let pdf = fidele_usecases::loyalty_cards::calibration_page(store, words::language()).map_err(|e| draw_failure(&args.output, e))?;
    write_pdf(&args.output, &pdf)?;
    say("cli-calibration-written", &args!["path" => args.output.display().to_string()]);
    Ok(())
}

fn write_pdf(path: &std::path::Path, pdf: &[u8]) -> Outcome {
    fidele_usecases::write_whole(path, |out| out.write_all(pdf)).map_err(|e| crate::errors::write_failure(&e))
}

/// A store's refusal as the store's failures are; a PDF that could not be drawn (an unusable
/// logo) as a file that could not be written.
fn draw_failure(path: &std::path::Path, e: fidele_usecases::DrawError) -> Failure {
    match e {
        fidele_usecases::DrawError::Store(e) => e.into(),
        fidele_usecases::DrawError::Draw(e) => {
            Failure::Other(words::t("cli-could-not-write", &args!["path" => path.display().to_string(), "error" => e.to_string()]))
        }
    }
}
